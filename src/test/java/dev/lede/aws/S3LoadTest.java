package dev.lede.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.HostileInputs;
import dev.lede.VariedArticles;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Load (issue 6): {@value #DEFAULT_OBJECTS} objects through the handler with {@value #CONCURRENCY}
 * concurrent invocations (eight warm Lambda instances, each with its own handler and client), against
 * S3Mock in this JVM, with one event in ten delivered twice (S3 delivers at least once). Afterwards
 * every input has exactly one document, a summary or (for the binary ones) an error document: none
 * missing, none duplicated, nothing else in the output bucket. About a minute on two cores; ten times the
 * size with {@code ./mvnw test -Dtest=S3LoadTest -Dlede.load.objects=10000}.
 */
class S3LoadTest {
  static final int DEFAULT_OBJECTS = 1000;
  static final int CONCURRENCY = 8;

  @Test
  void everyInputEndsWithExactlyOneDocument() throws Exception {
    int objects = Integer.getInteger("lede.load.objects", DEFAULT_OBJECTS);
    S3Buckets f = new S3Buckets("load");
    byte[] binary = HostileInputs.byId("png-as-txt").bytes();
    ExecutorService pool = Executors.newFixedThreadPool(CONCURRENCY);
    try {
      // Upload in parallel; every 20th object is binary (an error document is its right outcome).
      List<Future<ObjectRef>> uploads = new ArrayList<>();
      for (int i = 0; i < objects; i++) {
        int n = i;
        uploads.add(pool.submit(() -> f.upload(key(n), n % 20 == 7 ? binary : VariedArticles.article(n))));
      }
      LinkedBlockingQueue<byte[]> events = new LinkedBlockingQueue<>();
      for (int i = 0; i < objects; i++) {
        byte[] event = TestEvents.created(uploads.get(i).get(60, TimeUnit.SECONDS));
        events.add(event);
        if (i % 10 == 3) {
          events.add(event); // delivered twice
        }
      }
      int deliveries = events.size();

      long start = System.nanoTime();
      Map<String, Integer> statuses = new ConcurrentHashMap<>();
      List<Future<Integer>> workers = new ArrayList<>();
      for (int w = 0; w < CONCURRENCY; w++) {
        workers.add(pool.submit(() -> {
          // Conditional writes applied atomically, as S3 does (S3Mock alone lets two racing repeats both
          // write; the document is the same either way, but the count of duplicates would be off).
          S3Client client = S3Buckets.atomicClient();
          S3EventHandler handler = f.handler(client);
          int done = 0;
          for (byte[] e = events.poll(); e != null; e = events.poll()) {
            JsonNode report = S3Buckets.invoke(handler, e);
            statuses.merge(S3Buckets.status(report), 1, Integer::sum);
            done++;
          }
          return done;
        }));
      }
      int invoked = 0;
      for (Future<Integer> w : workers) {
        invoked += w.get(20, TimeUnit.MINUTES);
      }
      double seconds = (System.nanoTime() - start) / 1e9;

      assertEquals(deliveries, invoked);
      Set<String> expected = new TreeSet<>();
      for (int i = 0; i < objects; i++) {
        expected.add((i % 20 == 7 ? "errors/" : "summaries/") + key(i) + ".json");
      }
      List<String> keys = f.outputKeys();
      assertEquals(keys.size(), new TreeSet<>(keys).size(), "no key listed twice");
      assertEquals(expected, new TreeSet<>(keys), "exactly one document per input, of the right kind");
      assertEquals(objects / 20 + (objects % 20 > 7 ? 1 : 0), statuses.getOrDefault("error_document", 0));
      assertEquals(objects, statuses.getOrDefault("summarised", 0) + statuses.getOrDefault("error_document", 0),
          "one write per input: " + statuses);
      assertEquals(deliveries - objects, statuses.getOrDefault("duplicate", 0), "each repeat recognised: " + statuses);
      assertTrue(f.logText().lines().noneMatch(l -> l.contains("\"level\":\"ERROR\"")), "no failures");
      System.out.printf("load: %d objects, %d deliveries, %d concurrent: %.1f s, %.0f invocations/s, outcomes %s%n",
          objects, deliveries, CONCURRENCY, seconds, deliveries / seconds, new TreeMap<>(statuses));
    } finally {
      pool.shutdownNow();
    }
  }

  private static String key(int i) {
    return "articles/load/" + (i % 10) + "/story-" + i + ".txt";
  }
}
