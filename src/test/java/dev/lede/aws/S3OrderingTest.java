package dev.lede.aws;

import static dev.lede.aws.S3Buckets.invoke;
import static dev.lede.aws.S3Buckets.status;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.HostileInputs;
import dev.lede.json.SchemaAssert;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * At-least-once, out-of-order delivery (issue 6): repeats leave one byte-identical document; a stale
 * event never replaces a newer one; concurrent versions end with the newer; and a key keeps one current
 * document, so a newer binary version's error document replaces the older version's summary (and the
 * other way round). All through the real handler, SDK and an S3-compatible server in this JVM.
 */
class S3OrderingTest {
  private static final ExecutorService POOL = Executors.newFixedThreadPool(10);

  @AfterAll
  static void stop() {
    POOL.shutdownNow();
  }

  static byte[] article(String line) {
    return ("Harbour council approves budget\nThe harbour council on Tuesday approved a budget of 12 million. "
        + line + "\nCouncillors said the vote followed months of debate.\n").getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] binary() {
    return HostileInputs.byId("png-as-txt").bytes();
  }

  private static JsonNode json(byte[] b) {
    return SchemaAssert.assertValid(b);
  }

  @Test
  void theSameEventTenTimesLeavesOneByteIdenticalDocument() {
    S3Buckets f = new S3Buckets("tentimes");
    ObjectRef ref = f.upload("articles/story.txt", article("Delivered ten times."));
    byte[] event = TestEvents.created(ref);

    List<String> statuses = new ArrayList<>();
    byte[] first = null;
    for (int i = 0; i < 10; i++) {
      statuses.add(status(invoke(f.handler(), event)));
      byte[] now = f.document("summaries/articles/story.txt.json");
      if (first == null) {
        first = now;
      }
      assertArrayEquals(first, now, "byte-identical after delivery " + (i + 1));
    }

    assertEquals("summarised", statuses.get(0));
    assertEquals(List.of("duplicate"), statuses.subList(1, 10).stream().distinct().toList());
    assertEquals(List.of("summaries/articles/story.txt.json"), f.outputKeys(), "one output");
  }

  @Test
  void theSameEventTenTimesAtOnceLeavesOneDocumentIdenticalToASingleRun() throws Exception {
    S3Buckets f = new S3Buckets("tenatonce");
    ObjectRef ref = f.upload("articles/story.txt", article("Delivered ten times at once."));
    byte[] event = TestEvents.created(ref);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<JsonNode>> runs = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      S3EventHandler handler = f.handler(); // one warm Lambda instance each
      runs.add(POOL.submit(() -> {
        go.await();
        return invoke(handler, event);
      }));
    }
    go.countDown();
    List<String> statuses = new ArrayList<>();
    for (Future<JsonNode> r : runs) {
      statuses.add(status(r.get(60, TimeUnit.SECONDS)));
    }
    byte[] concurrent = f.document("summaries/articles/story.txt.json");
    f.s3.deleteObject(b -> b.bucket(f.output).key("summaries/articles/story.txt.json"));
    invoke(f.handler(), event);

    assertTrue(statuses.contains("summarised"), statuses.toString());
    assertTrue(Set.of("summarised", "duplicate").containsAll(statuses), statuses.toString());
    assertArrayEquals(f.document("summaries/articles/story.txt.json"), concurrent, "the same bytes as a lone run");
    assertEquals(List.of("summaries/articles/story.txt.json"), f.outputKeys());
  }

  @Test
  void aStaleEventForAnOldVersionNeverReplacesTheNewerSummary() {
    S3Buckets f = new S3Buckets("stale");
    ObjectRef v1 = f.upload("articles/story.txt", article("The first version."));
    ObjectRef v2 = f.upload("articles/story.txt", article("The corrected version."));

    assertEquals("summarised", status(invoke(f.handler(), TestEvents.created(v2))));
    for (int i = 0; i < 10; i++) {
      assertEquals("stale", status(invoke(f.handler(), TestEvents.created(v1))));
    }

    JsonNode doc = json(f.document("summaries/articles/story.txt.json"));
    assertEquals(v2.versionId(), doc.path("source").path("versionId").asText());
    assertEquals(List.of("summaries/articles/story.txt.json"), f.outputKeys());
  }

  /**
   * Random interleavings of two versions' events, each on its own handler (two Lambda instances). The
   * handlers' client applies conditional writes atomically, as S3 does and S3Mock does not (see
   * {@link AtomicConditionalWrites}); the interleavings that matter are also forced one by one below.
   */
  @Test
  void twoVersionsProcessedAtOnceEndWithTheNewerSummary() throws Exception {
    S3Buckets f = new S3Buckets("concurrent");
    S3Client atomic = S3Buckets.atomicClient();
    for (int round = 0; round < 12; round++) {
      String key = "articles/story-" + round + ".txt";
      ObjectRef v1 = f.upload(key, article("The first version, round " + round + "."));
      ObjectRef v2 = f.upload(key, article("The corrected version, round " + round + "."));
      CountDownLatch go = new CountDownLatch(1);
      // Alternate which one is submitted first, so both orders of arrival are tried.
      List<ObjectRef> order = round % 2 == 0 ? List.of(v1, v2) : List.of(v2, v1);
      List<Future<JsonNode>> runs = new ArrayList<>();
      for (ObjectRef v : order) {
        S3EventHandler handler = f.handler(atomic);
        runs.add(POOL.submit(() -> {
          go.await();
          return invoke(handler, TestEvents.created(v));
        }));
      }
      go.countDown();
      List<String> statuses = new ArrayList<>();
      for (Future<JsonNode> r : runs) {
        statuses.add(status(r.get(60, TimeUnit.SECONDS)));
      }

      JsonNode doc = json(f.document("summaries/" + key + ".json"));
      assertEquals(v2.versionId(), doc.path("source").path("versionId").asText(),
          "round " + round + ", " + (round % 2 == 0 ? "v1, v2: " : "v2, v1: ") + statuses + "\n" + f.logText());
      assertTrue(doc.path("text").asText().contains("corrected version"), "round " + round);
    }
  }

  @Test
  void anOlderEventThatReadFirstButWritesLastLosesToTheNewer() throws Exception {
    S3Buckets f = new S3Buckets("interleave");
    ObjectRef v1 = f.upload("articles/story.txt", article("The first version."));
    ObjectRef v2 = f.upload("articles/story.txt", article("The corrected version."));
    PausingStore paused = new PausingStore(new S3ObjectStore(f.s3));
    S3EventHandler slow = new S3EventHandler(paused, f.config(), f.log());

    Future<JsonNode> older = POOL.submit(() -> invoke(slow, TestEvents.created(v1)));
    paused.awaitPaused();
    JsonNode newer = invoke(f.handler(), TestEvents.created(v2));
    paused.release();

    assertEquals("summarised", status(newer));
    assertEquals("stale", status(older.get(60, TimeUnit.SECONDS)), "its conditional write failed and it looked again");
    assertEquals(v2.versionId(), json(f.document("summaries/articles/story.txt.json")).path("source").path("versionId").asText());
  }

  @Test
  void aNewerBinaryVersionReplacesTheSummaryWithItsErrorDocument() {
    S3Buckets f = new S3Buckets("tobinary");
    ObjectRef v1 = f.upload("articles/story.txt", article("Text at first."));
    ObjectRef v2 = f.upload("articles/story.txt", binary());

    assertEquals("summarised", status(invoke(f.handler(), TestEvents.created(v1))));
    assertEquals("error_document", status(invoke(f.handler(), TestEvents.created(v2))));

    assertEquals(List.of("errors/articles/story.txt.json"), f.outputKeys(), "the stale summary is gone");
    JsonNode doc = json(f.document("errors/articles/story.txt.json"));
    assertEquals(v2.versionId(), doc.path("source").path("versionId").asText());
    assertEquals("not_text", doc.path("error").path("code").asText());

    assertEquals("stale", status(invoke(f.handler(), TestEvents.created(v1))), "the old text arriving late changes nothing");
    assertEquals(List.of("errors/articles/story.txt.json"), f.outputKeys());
  }

  @Test
  void aNewerTextVersionReplacesTheErrorDocumentWithItsSummary() {
    S3Buckets f = new S3Buckets("totext");
    ObjectRef v1 = f.upload("articles/story.txt", binary());
    ObjectRef v2 = f.upload("articles/story.txt", article("Text at last."));

    assertEquals("error_document", status(invoke(f.handler(), TestEvents.created(v1))));
    assertEquals("summarised", status(invoke(f.handler(), TestEvents.created(v2))));

    assertEquals(List.of("summaries/articles/story.txt.json"), f.outputKeys());
    assertEquals("stale", status(invoke(f.handler(), TestEvents.created(v1))));
    assertEquals("duplicate", status(invoke(f.handler(), TestEvents.created(v2))));
    assertEquals(List.of("summaries/articles/story.txt.json"), f.outputKeys());
  }

  @Test
  void anOlderErrorDocumentWrittenAfterANewerSummaryWithdrawsItself() throws Exception {
    S3Buckets f = new S3Buckets("withdraw");
    ObjectRef v1 = f.upload("articles/story.txt", binary());
    ObjectRef v2 = f.upload("articles/story.txt", article("Text that won."));
    PausingStore paused = new PausingStore(new S3ObjectStore(f.s3));
    S3EventHandler slow = new S3EventHandler(paused, f.config(), f.log());

    Future<JsonNode> older = POOL.submit(() -> invoke(slow, TestEvents.created(v1)));
    paused.awaitPaused();
    assertEquals("summarised", status(invoke(f.handler(), TestEvents.created(v2))));
    paused.release();

    assertEquals("stale", status(older.get(60, TimeUnit.SECONDS)));
    assertEquals(List.of("summaries/articles/story.txt.json"), f.outputKeys());
  }

  @Test
  void aDeleteIsConditionalSoANewerDocumentWrittenMeanwhileSurvives() {
    S3Buckets f = new S3Buckets("conddelete");
    ObjectRef v1 = f.upload("articles/story.txt", article("Text at first."));
    ObjectRef v2 = f.upload("articles/story.txt", binary());
    String summaryKey = "summaries/articles/story.txt.json";
    invoke(f.handler(), TestEvents.created(v1));
    byte[] newer = "{\"written\":\"by a newer event\"}".getBytes(StandardCharsets.UTF_8);
    String newerSequencer = TestEvents.nextSequencer();
    ObjectStore racing = new ForwardingStore(new S3ObjectStore(f.s3)) {
      private boolean raced;

      @Override
      public boolean deleteIfMatch(String bucket, String key, String eTag) {
        if (!raced) {
          raced = true; // a newer event's summary lands between the look and the delete
          f.s3.putObject(b -> b.bucket(f.output).key(summaryKey)
              .metadata(Map.of(ArticleProcessor.META_SEQUENCER, newerSequencer)), RequestBody.fromBytes(newer));
        }
        return super.deleteIfMatch(bucket, key, eTag);
      }
    };

    JsonNode report = invoke(new S3EventHandler(racing, f.config(), f.log()), TestEvents.created(v2));

    assertEquals("stale", status(report), "v2's error document withdrew itself for the newer summary");
    assertArrayEquals(newer, f.document(summaryKey), "the newer summary was not deleted");
    assertEquals(List.of(summaryKey), f.outputKeys());
  }

  @Test
  void conditionalDeletesAreHonouredByTheServer() {
    S3Buckets f = new S3Buckets("ifmatch");
    f.s3.putObject(b -> b.bucket(f.output).key("summaries/x.json"), RequestBody.fromString("{}"));
    S3ObjectStore store = new S3ObjectStore(f.s3);
    String eTag = store.head(f.output, "summaries/x.json").orElseThrow().eTag();

    assertFalse(store.deleteIfMatch(f.output, "summaries/x.json", "0123456789abcdef0123456789abcdef"));
    assertTrue(store.head(f.output, "summaries/x.json").isPresent());
    assertTrue(store.deleteIfMatch(f.output, "summaries/x.json", eTag));
    assertEquals(Optional.empty(), store.head(f.output, "summaries/x.json"));
    assertFalse(store.deleteIfMatch(f.output, "summaries/x.json", eTag), "already gone");
  }

  /** The real store, but the first write waits until the test releases it. */
  static final class PausingStore extends ForwardingStore {
    private final CountDownLatch paused = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);

    PausingStore(ObjectStore real) {
      super(real);
    }

    void awaitPaused() throws InterruptedException, TimeoutException {
      if (!paused.await(60, TimeUnit.SECONDS)) {
        throw new TimeoutException("the paused writer never got to its write");
      }
    }

    void release() {
      released.countDown();
    }

    @Override
    public WriteResult write(String bucket, String key, byte[] body, String contentType,
        Map<String, String> metadata, WriteCondition condition) {
      paused.countDown();
      try {
        if (!released.await(60, TimeUnit.SECONDS)) {
          throw new IllegalStateException("never released");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      return super.write(bucket, key, body, contentType, metadata, condition);
    }
  }
}
