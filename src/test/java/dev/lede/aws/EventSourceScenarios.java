package dev.lede.aws;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.json.SchemaAssert;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;

/**
 * The event sources beyond the direct S3 trigger (SQS, SNS through SQS, EventBridge, S3 Batch
 * Operations), through the handler's Lambda entry point, the real AWS SDK v2 client and a real
 * S3-compatible server. Faults are injected at the SDK's HTTP layer ({@link FaultyHttpClient}: 503
 * SlowDown). Subclasses say which server.
 */
abstract class EventSourceScenarios extends S3Fixture {

  static List<String> failedMessageIds(JsonNode response) {
    List<String> ids = new ArrayList<>();
    for (JsonNode f : response.path("batchItemFailures")) {
      ids.add(f.path("itemIdentifier").asText());
    }
    return ids;
  }

  static JsonNode result(JsonNode response, int i) {
    return response.path("results").path(i);
  }

  /** A client whose GET and HEAD requests for input keys containing {@code marker} get 503 SlowDown. */
  FaultyHttpClient throttling(String marker) {
    return new FaultyHttpClient(UrlConnectionHttpClient.create(),
        r -> r.encodedPath().startsWith("/" + input + "/") && r.encodedPath().contains(marker)
            && (r.method().name().equals("GET") || r.method().name().equals("HEAD")));
  }

  // ---- SQS ----

  @Test
  void aBatchNamesOnlyTheMessagesThatMustComeBack() throws IOException {
    ObjectRef fine = upload("articles/fine.txt", article("All is well."));
    byte[] big = new byte[5000];
    java.util.Arrays.fill(big, (byte) 'a');
    ObjectRef oversized = upload("articles/oversized.txt", big);
    ObjectRef throttled = upload("articles/throttled.txt", article("The server is busy."));
    ObjectRef foreign = new ObjectRef("someone-elses-bucket", "articles/x.txt", null, "abc", 10L, "00AA");
    byte[] event = TestEvents.sqs(
        TestEvents.sqsMessage("m-fine", new String(TestEvents.created(fine), StandardCharsets.UTF_8)),
        TestEvents.sqsMessage("m-oversized", new String(TestEvents.created(oversized), StandardCharsets.UTF_8)),
        TestEvents.sqsMessage("m-throttled", new String(TestEvents.created(throttled), StandardCharsets.UTF_8)),
        TestEvents.sqsMessage("m-not-s3", "{\"hello\":\"world\"}"),
        TestEvents.sqsMessage("m-foreign", new String(TestEvents.created(foreign), StandardCharsets.UTF_8)));
    FaultyHttpClient http = throttling("throttled");

    JsonNode response;
    try (S3Client client = s3With(http)) {
      response = invoke(handler(client, config(2048)), event);
    }

    assertEquals(List.of("m-throttled", "m-not-s3", "m-foreign"), failedMessageIds(response),
        "the throttled message comes back; those no retry cures go to the dead-letter queue; the rest are done");
    assertEquals(1, response.size(), "exactly the partial batch response: " + response);
    assertTrue(http.failed.get() >= 3, "the SDK retried the throttled read first: " + http.failed.get());
    assertTrue(exists(output, "summaries/articles/fine.txt.json"));
    assertEquals("too_large", MAPPER.readTree(document("errors/articles/oversized.txt.json").asByteArray())
        .path("error").path("code").asText(), "an input that cannot be summarised is done: an error document");
    assertFalse(exists(output, "summaries/articles/throttled.txt.json"));
    String log = logs.toString(StandardCharsets.UTF_8);
    assertTrue(log.contains("\"messageId\":\"m-throttled\",\"retryable\":true"), log);
    assertTrue(log.contains("\"messageId\":\"m-not-s3\",\"retryable\":false"), log);

    JsonNode redelivered = invoke(handler(), TestEvents.sqs(
        TestEvents.sqsMessage("m-throttled", new String(TestEvents.created(throttled), StandardCharsets.UTF_8))));

    assertEquals(List.of(), failedMessageIds(redelivered));
    SchemaAssert.assertValid(document("summaries/articles/throttled.txt.json").asByteArray());
  }

  @Test
  void aNotificationWrappedBySnsIsSummarised() throws IOException {
    ObjectRef ref = upload("articles/fanned out.txt", article("Through a topic, then a queue."));
    String body = TestEvents.snsEnvelope(TestEvents.created(ref));

    JsonNode response = invoke(handler(), TestEvents.sqs(TestEvents.sqsMessage("m-sns", body)));

    assertEquals(List.of(), failedMessageIds(response));
    JsonNode doc = SchemaAssert.assertValid(document("summaries/articles/fanned out.txt.json").asByteArray());
    assertEquals("articles/fanned out.txt", doc.path("source").path("key").asText(), "the inner key is decoded");
    assertEquals(ref.sequencer(), doc.path("source").path("sequencer").asText());
  }

  @Test
  void anEventBridgeEventDeliveredThroughAQueueIsSummarised() throws IOException {
    ObjectRef ref = upload("articles/ruled.txt", article("A rule sent it to the queue."));
    String body = new String(TestEvents.eventBridge("Object Created", ref), StandardCharsets.UTF_8);

    JsonNode response = invoke(handler(), TestEvents.sqs(TestEvents.sqsMessage("m-rule", body)));

    assertEquals(List.of(), failedMessageIds(response));
    assertTrue(exists(output, "summaries/articles/ruled.txt.json"));
  }

  @Test
  void testEventMessagesAreIgnoredWithALogLine() throws IOException {
    String test = "{\"Service\":\"Amazon S3\",\"Event\":\"s3:TestEvent\",\"Bucket\":\"" + input + "\"}";

    JsonNode response = invoke(handler(), TestEvents.sqs(
        TestEvents.sqsMessage("m-test", test),
        TestEvents.sqsMessage("m-sns-test", TestEvents.snsEnvelope(test.getBytes(StandardCharsets.UTF_8)))));

    assertEquals(List.of(), failedMessageIds(response), "a test event is not a failure");
    assertEquals(List.of(), outputKeys());
    String log = logs.toString(StandardCharsets.UTF_8);
    assertTrue(log.contains("\"message\":\"ignored: s3:TestEvent\",\"messageId\":\"m-test\""), log);
    assertTrue(log.contains("\"messageId\":\"m-sns-test\""), log);
  }

  // ---- EventBridge ----

  @Test
  void anEventBridgeObjectCreatedEventIsSummarisedWithItsKeyAsItIs() throws IOException {
    String key = "articles/city desk/1+1 Nørreby%20plan.txt";
    ObjectRef ref = upload(key, article("Keys arrive unencoded from EventBridge."));

    JsonNode report = invoke(handler(), TestEvents.eventBridge("Object Created", ref));

    assertEquals("summarised", status(report, 0));
    JsonNode doc = SchemaAssert.assertValid(document("summaries/" + key + ".json").asByteArray());
    assertEquals(key, doc.path("source").path("key").asText(), "'+' and '%20' are part of the key");
    assertEquals(ref.versionId(), doc.path("source").path("versionId").asText());
    assertEquals(ref.sequencer(), doc.path("source").path("sequencer").asText());
    assertEquals(ref.eTag(), doc.path("source").path("eTag").asText());
  }

  @Test
  void otherEventBridgeS3EventsAreIgnoredAndOtherSourcesRefused() throws IOException {
    ObjectRef ref = upload("articles/gone.txt", article("Deleted."));

    JsonNode deleted = invoke(handler(), TestEvents.eventBridge("Object Deleted", ref));
    byte[] foreign = new String(TestEvents.eventBridge("Object Created", ref), StandardCharsets.UTF_8)
        .replace("\"aws.s3\"", "\"dev.lede\"").getBytes(StandardCharsets.UTF_8);

    assertEquals("ignored", status(deleted, 0));
    assertThrows(BadEventException.class, () -> invoke(handler(), foreign));
    assertEquals(List.of(), outputKeys());
  }

  @Test
  void anEventBridgeEventThatFailsFailsTheInvocationSoLambdaRetriesIt() {
    ObjectRef ref = upload("articles/throttled.txt", article("Busy."));
    try (S3Client client = s3With(throttling("throttled"))) {
      RuntimeException e = assertThrows(RuntimeException.class,
          () -> invoke(handler(client, config(1 << 20)), TestEvents.eventBridge("Object Created", ref)));
      assertTrue(Failures.retryable(e), e.toString());
    }
  }

  // ---- S3 Batch Operations ----

  @Test
  void aJobOfThreeTasksReportsSucceededPermanentAndTemporaryFailure() throws IOException {
    upload("articles/city desk/present.txt", article("Archived years ago."));
    upload("articles/throttled.txt", article("The server is busy."));
    byte[] event = TestEvents.batch("1.0",
        TestEvents.batchTask("1.0", "t-present", input, "articles/city desk/present.txt", null),
        TestEvents.batchTask("1.0", "t-missing", input, "articles/missing.txt", null),
        TestEvents.batchTask("1.0", "t-throttled", input, "articles/throttled.txt", null));
    FaultyHttpClient http = throttling("throttled");

    JsonNode response;
    try (S3Client client = s3With(http)) {
      response = invoke(handler(client, config(1 << 20)), event);
    }

    assertEquals("1.0", response.path("invocationSchemaVersion").asText());
    assertEquals("PermanentFailure", response.path("treatMissingKeysAs").asText());
    assertEquals("YXNkbGZqYWRmaiBhc2RmdW9hZHNmZGpmaGFzbGtkaGZza2RmaAo", response.path("invocationId").asText());
    assertEquals(3, response.path("results").size());
    assertEquals("t-present", result(response, 0).path("taskId").asText());
    assertEquals("Succeeded", result(response, 0).path("resultCode").asText());
    assertTrue(result(response, 0).path("resultString").asText()
        .startsWith("summarised summaries/articles/city desk/present.txt.json"), result(response, 0).toString());
    assertEquals("t-missing", result(response, 1).path("taskId").asText());
    assertEquals("PermanentFailure", result(response, 1).path("resultCode").asText());
    assertTrue(result(response, 1).path("resultString").asText().contains("NoSuchKey"), result(response, 1).toString());
    assertEquals("t-throttled", result(response, 2).path("taskId").asText());
    assertEquals("TemporaryFailure", result(response, 2).path("resultCode").asText(), "S3 retries it");
    assertTrue(http.failed.get() >= 3, "the SDK retried first");
    ResponseBytes<GetObjectResponse> doc = document("summaries/articles/city desk/present.txt.json");
    JsonNode json = SchemaAssert.assertValid(doc.asByteArray());
    assertTrue(json.path("source").path("sequencer").isNull(), "a backfill has no event sequencer");
    assertFalse(doc.response().metadata().containsKey(ArticleProcessor.META_SEQUENCER));
    assertEquals(List.of("summaries/articles/city desk/present.txt.json"), outputKeys());
  }

  @Test
  void schemaTwoNamesTheBucketAndPassesTheKeyAsItIs() throws IOException {
    String key = "articles/1+1 plan.txt";
    ObjectRef ref = upload(key, article("Schema 2.0 keys are not encoded."));

    JsonNode response = invoke(handler(), TestEvents.batch("2.0", TestEvents.batchTask("2.0", "t-1", input, key, ref.versionId())));

    assertEquals("2.0", response.path("invocationSchemaVersion").asText());
    assertEquals("Succeeded", result(response, 0).path("resultCode").asText(), response.toString());
    assertEquals(key, MAPPER.readTree(document("summaries/" + key + ".json").asByteArray()).path("source").path("key").asText());
  }

  @Test
  void aTaskOutsideTheInputIsAPermanentFailureAndWritesNothing() throws IOException {
    upload("elsewhere/x.txt", article("Outside the prefix."));

    JsonNode response = invoke(handler(), TestEvents.batch("2.0",
        TestEvents.batchTask("2.0", "t-prefix", input, "elsewhere/x.txt", null),
        TestEvents.batchTask("2.0", "t-bucket", "someone-elses-bucket", "articles/x.txt", null)));

    assertEquals("PermanentFailure", result(response, 0).path("resultCode").asText());
    assertEquals("PermanentFailure", result(response, 1).path("resultCode").asText());
    assertTrue(result(response, 1).path("resultString").asText().startsWith("RefusedEventException"), response.toString());
    assertEquals(List.of(), outputKeys());
  }

  @Test
  void rerunningABackfillWritesNothingNew() throws IOException {
    upload("articles/again.txt", article("Backfilled twice."));
    byte[] event = TestEvents.batch("1.0", TestEvents.batchTask("1.0", "t", input, "articles/again.txt", null));

    invoke(handler(), event);
    ResponseBytes<GetObjectResponse> first = document("summaries/articles/again.txt.json");
    JsonNode again = invoke(handler(), event);

    assertEquals("Succeeded", result(again, 0).path("resultCode").asText());
    assertTrue(result(again, 0).path("resultString").asText().startsWith("duplicate"), again.toString());
    assertEquals(first.response().eTag(), document("summaries/articles/again.txt.json").response().eTag());
  }

  // ---- backfill and events on one key: ordering without a sequencer ----

  @Test
  void aBackfillNeverReplacesTheSummaryOfANewerVersion() throws IOException {
    String key = "articles/story.txt";
    ObjectRef v1 = upload(key, article("The first version."));
    ObjectRef v2 = upload(key, article("The corrected version."));
    invoke(handler(), TestEvents.created(v2));
    byte[] summary = document("summaries/" + key + ".json").asByteArray();

    JsonNode old = invoke(handler(), TestEvents.batch("1.0", TestEvents.batchTask("1.0", "t-v1", input, key, v1.versionId())));
    JsonNode current = invoke(handler(), TestEvents.batch("1.0", TestEvents.batchTask("1.0", "t-now", input, key, null)));

    assertTrue(result(old, 0).path("resultString").asText().startsWith("stale"), old.toString());
    assertEquals("Succeeded", result(old, 0).path("resultCode").asText());
    assertTrue(result(current, 0).path("resultString").asText().startsWith("duplicate"), current.toString());
    assertArrayEquals(summary, document("summaries/" + key + ".json").asByteArray());
  }

  @Test
  void aBackfillReplacesTheSummaryOfAnOlderVersionWhoseEventIsStillQueued() throws IOException {
    String key = "articles/story.txt";
    ObjectRef v1 = upload(key, article("The first version."));
    invoke(handler(), TestEvents.created(v1));
    ObjectRef v2 = upload(key, article("The corrected version."));

    JsonNode backfill = invoke(handler(), TestEvents.batch("1.0", TestEvents.batchTask("1.0", "t", input, key, null)));
    JsonNode queued = invoke(handler(), TestEvents.created(v2));

    assertTrue(result(backfill, 0).path("resultString").asText().startsWith("summarised"), backfill.toString());
    assertEquals("duplicate", status(queued, 0), "the event for the version the backfill summarised finds it done");
    JsonNode json = MAPPER.readTree(document("summaries/" + key + ".json").asByteArray());
    assertEquals(v2.versionId(), json.path("source").path("versionId").asText());
  }

  @Test
  void aStaleEventNeverReplacesABackfilledSummaryAndANewerOneDoes() throws IOException {
    String key = "articles/story.txt";
    ObjectRef v1 = upload(key, article("The first version."));
    ObjectRef v2 = upload(key, article("The corrected version."));
    invoke(handler(), TestEvents.batch("1.0", TestEvents.batchTask("1.0", "t", input, key, null)));

    JsonNode late = invoke(handler(), TestEvents.created(v1));
    ObjectRef v3 = upload(key, article("The final version."));
    JsonNode newer = invoke(handler(), TestEvents.created(v3));
    JsonNode lateAgain = invoke(handler(), TestEvents.created(v2));

    assertEquals("stale", status(late, 0), "v1 is not the current version, so it cannot be newer");
    assertEquals("summarised", status(newer, 0));
    assertEquals("stale", status(lateAgain, 0), "now ordered by sequencers again");
    JsonNode json = MAPPER.readTree(document("summaries/" + key + ".json").asByteArray());
    assertEquals(v3.versionId(), json.path("source").path("versionId").asText());
  }

  @Test
  void anUnversionedBucketTellsVersionsByTheirETag() throws IOException {
    String plain = input + "-plain";
    s3().createBucket(b -> b.bucket(plain));
    LedeConfig config = new LedeConfig(plain, "articles/", output, "summaries/", "errors/", 1 << 20);
    byte[] event = TestEvents.batch("2.0", TestEvents.batchTask("2.0", "t", plain, "articles/x.txt", null));
    s3().putObject(b -> b.bucket(plain).key("articles/x.txt"), RequestBody.fromBytes(article("First.")));

    JsonNode first = invoke(handler(s3(), config), event);
    JsonNode repeat = invoke(handler(s3(), config), event);
    PutObjectResponse overwritten =
        s3().putObject(b -> b.bucket(plain).key("articles/x.txt"), RequestBody.fromBytes(article("Overwritten.")));
    JsonNode changed = invoke(handler(s3(), config), event);

    assertTrue(result(first, 0).path("resultString").asText().startsWith("summarised"), first.toString());
    assertTrue(result(repeat, 0).path("resultString").asText().startsWith("duplicate"), repeat.toString());
    assertTrue(result(changed, 0).path("resultString").asText().startsWith("summarised"), changed.toString());
    JsonNode json = MAPPER.readTree(document("summaries/articles/x.txt.json").asByteArray());
    assertEquals(ObjectRef.unquote(overwritten.eTag()), json.path("source").path("eTag").asText());
  }

  @Test
  void theSeedArticleBackfillsLikeItsUpload() throws IOException {
    upload("articles/seed-article.txt", Files.readAllBytes(SEED));

    JsonNode response = invoke(handler(), TestEvents.batch("2.0",
        TestEvents.batchTask("2.0", "t-seed", input, "articles/seed-article.txt", null)));

    assertEquals("Succeeded", result(response, 0).path("resultCode").asText(), response.toString());
    SchemaAssert.assertValid(document("summaries/articles/seed-article.txt.json").asByteArray());
  }
}
