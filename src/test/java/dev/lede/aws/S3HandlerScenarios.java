package dev.lede.aws;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.json.SchemaAssert;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * The handler's contract, run through the real AWS SDK v2 client against a real S3-compatible server.
 * Subclasses say which server ({@link S3MockHandlerTest} in this JVM, {@link LocalStackHandlerTest} in
 * Docker). Every test uses fresh buckets, so one server serves the whole class.
 */
abstract class S3HandlerScenarios extends S3Fixture {

  @Test
  void anUploadBecomesASummaryDocument() throws IOException {
    byte[] body = Files.readAllBytes(SEED);
    ObjectRef ref = upload("articles/seed-article.txt", body);

    JsonNode report = invoke(handler(), TestEvents.created(ref));

    assertEquals("summarised", status(report, 0));
    String key = "summaries/articles/seed-article.txt.json";
    assertEquals(key, report.path("outcomes").path(0).path("outputKey").asText());
    ResponseBytes<GetObjectResponse> doc = document(key);
    assertEquals("application/json", doc.response().contentType());
    JsonNode json = SchemaAssert.assertValid(doc.asByteArray());
    JsonNode source = json.path("source");
    assertEquals(input, source.path("bucket").asText());
    assertEquals("articles/seed-article.txt", source.path("key").asText());
    assertEquals(ref.versionId(), source.path("versionId").asText());
    assertEquals(ref.eTag(), source.path("eTag").asText());
    assertEquals(body.length, source.path("size").asLong());
    assertEquals(ref.sequencer(), source.path("sequencer").asText());
    HeadObjectResponse in = s3().headObject(b -> b.bucket(input).key("articles/seed-article.txt"));
    assertEquals(in.lastModified().toString(), source.path("lastModified").asText());
    assertTrue(json.hasNonNull("summary"), "the seed article has a lead sentence");
    assertEquals(ref.sequencer(), doc.response().metadata().get(ArticleProcessor.META_SEQUENCER));
    assertEquals(List.of(key), outputKeys(), "one document, and no error document");
  }

  @Test
  void encodedKeysAreDecodedAndTheDocumentKeepsTheRealKey() throws IOException {
    String key = "articles/city desk/Nørreby 1+1 tram plan.txt";
    ObjectRef ref = upload(key, article("Work starts in spring."));
    byte[] event = TestEvents.created(ref);
    String raw = new String(event, StandardCharsets.UTF_8);
    assertTrue(raw.contains("city+desk/N%C3%B8rreby+1%2B1+tram+plan.txt"), raw);

    JsonNode report = invoke(handler(), event);

    assertEquals("summarised", status(report, 0));
    JsonNode json = SchemaAssert.assertValid(document("summaries/" + key + ".json").asByteArray());
    assertEquals(key, json.path("source").path("key").asText());
  }

  @Test
  void everyRecordOfAnEventIsProcessed() throws IOException {
    ObjectRef a = upload("articles/a.txt", article("The first record."));
    ObjectRef b = upload("articles/b.txt", article("The second record."));

    JsonNode report = invoke(handler(), TestEvents.created(a, b));

    assertEquals(2, report.path("records").asInt());
    assertEquals("summarised", status(report, 0));
    assertEquals("summarised", status(report, 1));
    assertEquals(List.of("summaries/articles/a.txt.json", "summaries/articles/b.txt.json"), outputKeys());
  }

  @Test
  void theSameEventTwiceLeavesTheSameBytesAndWritesNothingNew() throws IOException {
    ObjectRef ref = upload("articles/twice.txt", article("Delivered twice."));
    byte[] event = TestEvents.created(ref);
    S3EventHandler handler = handler();

    invoke(handler, event);
    ResponseBytes<GetObjectResponse> first = document("summaries/articles/twice.txt.json");
    JsonNode again = invoke(handler, event);
    ResponseBytes<GetObjectResponse> second = document("summaries/articles/twice.txt.json");
    JsonNode fromFreshInstance = invoke(handler(), event);

    assertEquals("duplicate", status(again, 0));
    assertEquals("duplicate", status(fromFreshInstance, 0));
    assertArrayEquals(first.asByteArray(), second.asByteArray());
    assertEquals(first.response().eTag(), second.response().eTag(), "the document was not rewritten");
  }

  @Test
  void summarisingTheSameVersionAgainProducesTheSameBytes() throws IOException {
    ObjectRef ref = upload("articles/again.txt", Files.readAllBytes(SEED));
    String key = "summaries/articles/again.txt.json";
    invoke(handler(), TestEvents.created(ref));
    byte[] first = document(key).asByteArray();
    s3().deleteObject(b -> b.bucket(output).key(key));

    JsonNode report = invoke(handler(), TestEvents.created(ref));

    assertEquals("summarised", status(report, 0), "written anew");
    assertArrayEquals(first, document(key).asByteArray(), "nothing of the processing is in the document");
  }

  @Test
  void anOlderEventNeverOverwritesTheSummaryOfANewerVersion() throws IOException {
    String key = "articles/story.txt";
    ObjectRef v1 = upload(key, article("This is the first version."));
    ObjectRef v2 = upload(key, article("This is the corrected version."));
    assertFalse(v1.versionId().equals(v2.versionId()), "the input bucket is versioned");

    JsonNode newer = invoke(handler(), TestEvents.created(v2));
    JsonNode older = invoke(handler(), TestEvents.created(v1));

    assertEquals("summarised", status(newer, 0));
    assertEquals("stale", status(older, 0));
    JsonNode json = MAPPER.readTree(document("summaries/" + key + ".json").asByteArray());
    assertEquals(v2.versionId(), json.path("source").path("versionId").asText());
    assertTrue(json.path("text").asText().contains("corrected version"));
  }

  @Test
  void aNewerEventReplacesTheSummaryOfAnOlderVersion() throws IOException {
    String key = "articles/story.txt";
    ObjectRef v1 = upload(key, article("This is the first version."));
    ObjectRef v2 = upload(key, article("This is the corrected version."));

    invoke(handler(), TestEvents.created(v1));
    JsonNode report = invoke(handler(), TestEvents.created(v2));

    assertEquals("summarised", status(report, 0));
    JsonNode json = MAPPER.readTree(document("summaries/" + key + ".json").asByteArray());
    assertEquals(v2.versionId(), json.path("source").path("versionId").asText());
    assertEquals(v2.sequencer(), json.path("source").path("sequencer").asText());
  }

  @Test
  void anObjectDeletedBeforeProcessingIsSkippedAsFinal() throws IOException {
    ObjectRef ref = upload("articles/deleted.txt", article("Deleted before processing."));
    s3().deleteObject(b -> b.bucket(input).key("articles/deleted.txt").versionId(ref.versionId()));

    JsonNode report = invoke(handler(), TestEvents.created(ref));

    assertEquals("gone", status(report, 0));
    assertEquals(List.of(), outputKeys());
    assertTrue(logs.toString(StandardCharsets.UTF_8).contains("\"status\":\"gone\""), logs.toString());
  }

  @Test
  void anObjectOverwrittenBeforeProcessingInAnUnversionedBucketIsSkipped() throws IOException {
    String plain = input + "-plain";
    s3().createBucket(b -> b.bucket(plain));
    LedeConfig config = new LedeConfig(plain, "articles/", output, "summaries/", "errors/", 1 << 20);
    byte[] first = article("The version the event announced.");
    PutObjectResponse put =
        s3().putObject(b -> b.bucket(plain).key("articles/x.txt"), RequestBody.fromBytes(first));
    s3().putObject(b -> b.bucket(plain).key("articles/x.txt"), RequestBody.fromBytes(article("Newer.")));
    ObjectRef announced =
        new ObjectRef(plain, "articles/x.txt", null, put.eTag(), (long) first.length, TestEvents.nextSequencer());

    JsonNode report = invoke(handler(s3(), config), TestEvents.created(announced));

    assertEquals("gone", status(report, 0), "the conditional read by eTag failed with 412");
    assertEquals(List.of(), outputKeys());
  }

  @Test
  void anOversizedObjectGetsAnErrorDocumentWithoutBeingRead() throws IOException {
    byte[] body = new byte[5000];
    java.util.Arrays.fill(body, (byte) 'a');
    ObjectRef ref = upload("articles/huge.txt", body);

    JsonNode report = invoke(handler(s3(), config(2048)), TestEvents.created(ref));

    assertEquals("error_document", status(report, 0));
    JsonNode json = SchemaAssert.assertValid(document("errors/articles/huge.txt.json").asByteArray());
    assertEquals("too_large", json.path("error").path("code").asText());
    assertEquals("input is 5000 bytes; the limit is 2048", json.path("error").path("message").asText());
    assertTrue(json.path("source").path("lastModified").isNull(), "decided from the event's size alone");
    assertFalse(exists(output, "summaries/articles/huge.txt.json"));
  }

  @Test
  void anOversizedObjectIsCaughtByItsContentLengthWhenTheEventHasNoSize() throws IOException {
    byte[] body = new byte[5000];
    java.util.Arrays.fill(body, (byte) 'a');
    ObjectRef uploaded = upload("articles/huge.txt", body);
    ObjectRef noSize = new ObjectRef(input, uploaded.key(), uploaded.versionId(), uploaded.eTag(), null, uploaded.sequencer());

    JsonNode report = invoke(handler(s3(), config(2048)), TestEvents.created(noSize));

    assertEquals("error_document", status(report, 0));
    JsonNode json = MAPPER.readTree(document("errors/articles/huge.txt.json").asByteArray());
    assertEquals("input is 5000 bytes; the limit is 2048", json.path("error").path("message").asText());
  }

  @Test
  void aBinaryObjectGetsAnErrorDocument() throws IOException {
    byte[] png = new byte[600];
    byte[] magic = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    System.arraycopy(magic, 0, png, 0, magic.length);
    for (int i = magic.length; i < png.length; i++) {
      png[i] = (byte) (i * 31);
    }
    ObjectRef ref = upload("articles/photo.txt", png);

    JsonNode report = invoke(handler(), TestEvents.created(ref));

    assertEquals("error_document", status(report, 0));
    JsonNode json = SchemaAssert.assertValid(document("errors/articles/photo.txt.json").asByteArray());
    assertEquals("not_text", json.path("error").path("code").asText());
    assertEquals(ref.versionId(), json.path("source").path("versionId").asText());
  }

  @Test
  void aFailingOutputWriteSurfacesAndLeavesNothingBehind() {
    ObjectRef ref = upload("articles/unlucky.txt", article("The write will fail."));
    FaultyHttpClient http =
        new FaultyHttpClient(
            UrlConnectionHttpClient.create(),
            r -> r.method().name().equals("PUT") && r.encodedPath().startsWith("/" + output + "/"));
    try (S3Client failing = s3With(http)) {
      S3EventHandler handler = handler(failing, config(1 << 20));

      RuntimeException e = assertThrows(RuntimeException.class, () -> invoke(handler, TestEvents.created(ref)));

      assertTrue(e instanceof SdkException, e.toString());
      assertTrue(Failures.retryable(e), "503 SlowDown is retried by Lambda");
      assertTrue(http.failed.get() >= 3, "the SDK retried before giving up: " + http.failed.get());
    }
    assertEquals(List.of(), outputKeys(), "no document, whole or partial");
    assertTrue(logs.toString(StandardCharsets.UTF_8).contains("\"retryable\":true"), logs.toString());
  }

  @Test
  void aMissingOutputBucketSurfacesAsAFailure() {
    ObjectRef ref = upload("articles/nowhere.txt", article("No bucket to write to."));
    LedeConfig config = new LedeConfig(input, "articles/", output + "-missing", "summaries/", "errors/", 1 << 20);

    assertThrows(S3Exception.class, () -> invoke(handler(s3(), config), TestEvents.created(ref)));
    assertEquals(List.of(), outputKeys());
  }

  @Test
  void anEventNamingAnotherBucketIsRefusedBeforeAnyWork() {
    ObjectRef ours = upload("articles/ours.txt", article("Ours."));
    ObjectRef foreign = new ObjectRef("someone-elses-bucket", "articles/theirs.txt", null, "abc", 10L, "00AA");

    assertThrows(
        RefusedEventException.class, () -> invoke(handler(), TestEvents.created(ours, foreign)));
    assertEquals(List.of(), outputKeys(), "not even the valid record was processed");
  }

  @Test
  void testEventsAndNonCreateEventsAreIgnoredWithALogLine() throws IOException {
    ObjectRef ref = upload("articles/removed.txt", article("Removed."));
    byte[] delete = TestEvents.notification(TestEvents.record("ObjectRemoved:Delete", ref));
    byte[] test = "{\"Service\":\"Amazon S3\",\"Event\":\"s3:TestEvent\",\"Bucket\":\"x\"}".getBytes(StandardCharsets.UTF_8);

    JsonNode deleted = invoke(handler(), delete);
    JsonNode tested = invoke(handler(), test);

    assertEquals("ignored", status(deleted, 0));
    assertEquals(0, tested.path("outcomes").size());
    String log = logs.toString(StandardCharsets.UTF_8);
    assertTrue(log.contains("ignored: not an ObjectCreated event"), log);
    assertTrue(log.contains("ignored: s3:TestEvent"), log);
    assertEquals(List.of(), outputKeys());
  }

  @Test
  void logsAreOneJsonObjectPerLineWithEscapedKeysAndNoArticleText() throws IOException {
    String key = "articles/evil\n{\"level\":\"ERROR\",\"message\":\"forged\"}.txt";
    ObjectRef ref = upload(key, article("The secret word is " + MARKER + "."));

    JsonNode report = invoke(handler(), TestEvents.created(ref));

    assertEquals("summarised", status(report, 0));
    String log = logs.toString(StandardCharsets.UTF_8);
    String[] lines = log.split("\n");
    assertEquals(1, lines.length, log);
    JsonNode line = MAPPER.readTree(lines[0]);
    assertEquals("INFO", line.path("level").asText());
    assertEquals(key, line.path("key").asText(), "the key survives, escaped");
    assertNotNull(line.path("timestamp").asText());
    assertFalse(log.contains(MARKER), "article text never reaches the logs");
  }

  @Test
  void aWriteThatLosesARaceToANewerEventKeepsTheNewerDocument() throws IOException {
    ObjectRef ref = upload("articles/race.txt", article("Two writers at once."));
    String key = "summaries/articles/race.txt.json";
    String newer = TestEvents.nextSequencer();
    byte[] theirs = "{\"written\":\"by a newer event\"}".getBytes(StandardCharsets.UTF_8);
    ObjectStore racing =
        new CompetingWriter(new S3ObjectStore(s3()), () -> s3().putObject(
            b -> b.bucket(output).key(key).metadata(Map.of(ArticleProcessor.META_SEQUENCER, newer)),
            RequestBody.fromBytes(theirs)));
    S3EventHandler handler = new S3EventHandler(racing, config(1 << 20), new JsonLog(new PrintStream(logs, true, StandardCharsets.UTF_8), Clock.systemUTC()));

    JsonNode report = invoke(handler, TestEvents.created(ref));

    assertEquals("stale", status(report, 0), "the conditional write failed and the re-check saw the newer one");
    assertArrayEquals(theirs, document(key).asByteArray());
  }

  @Test
  void aWriteThatLosesARaceToAnOlderEventRetriesAndWins() throws IOException {
    ObjectRef ref = upload("articles/race.txt", article("Two writers at once."));
    String key = "summaries/articles/race.txt.json";
    String older = "0000000000000000AA";
    ObjectStore racing =
        new CompetingWriter(new S3ObjectStore(s3()), () -> s3().putObject(
            b -> b.bucket(output).key(key).metadata(Map.of(ArticleProcessor.META_SEQUENCER, older)),
            RequestBody.fromString("{}")));
    S3EventHandler handler = new S3EventHandler(racing, config(1 << 20), new JsonLog(new PrintStream(logs, true, StandardCharsets.UTF_8), Clock.systemUTC()));

    JsonNode report = invoke(handler, TestEvents.created(ref));

    assertEquals("summarised", status(report, 0));
    JsonNode json = SchemaAssert.assertValid(document(key).asByteArray());
    assertEquals(ref.sequencer(), json.path("source").path("sequencer").asText());
  }

  /**
   * The real S3 store, except that just before its first write another writer puts a document through
   * the real server, so the conditional write meets a changed object (412) as in a real race.
   */
  static final class CompetingWriter implements ObjectStore {
    private final ObjectStore real;
    private Runnable competitor;

    CompetingWriter(ObjectStore real, Runnable competitor) {
      this.real = real;
      this.competitor = competitor;
    }

    @Override
    public ReadResult read(ObjectRef ref, int maxBytes) {
      return real.read(ref, maxBytes);
    }

    @Override
    public java.util.Optional<Existing> head(String bucket, String key) {
      return real.head(bucket, key);
    }

    @Override
    public boolean deleteIfMatch(String bucket, String key, String eTag) {
      return real.deleteIfMatch(bucket, key, eTag);
    }

    @Override
    public java.util.Optional<ObjectRef> describe(ObjectRef ref) {
      return real.describe(ref);
    }

    @Override
    public WriteResult write(String bucket, String key, byte[] body, String contentType,
        Map<String, String> metadata, WriteCondition condition) {
      if (competitor != null) {
        competitor.run();
        competitor = null;
      }
      return real.write(bucket, key, body, contentType, metadata, condition);
    }
  }
}
