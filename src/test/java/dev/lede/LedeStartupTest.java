package dev.lede;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * A new Lede loads the fact extractor's word lists on a thread of its own; a digest asked for at once,
 * from one thread or many, waits for them and answers as a Lede that had finished loading would.
 */
class LedeStartupTest {
  private static final Path SEED = Path.of("local/lede-input/articles/seed-article.txt");

  @Test
  void digestsAskedForAtOnceFromManyThreadsAllWaitAndAgree() throws Exception {
    byte[] bytes = Files.readAllBytes(SEED);
    Digest expected = Lede.create().digest(bytes, InputInfo.named("seed.txt"));
    Lede fresh = Lede.create();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Digest>> digests = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        digests.add(pool.submit((Callable<Digest>) () -> fresh.digest(bytes, InputInfo.named("seed.txt"))));
      }
      for (Future<Digest> d : digests) {
        assertEquals(expected, d.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void anInterruptedCallerStillGetsItsDigestAndKeepsItsInterrupt() throws Exception {
    byte[] bytes = Files.readAllBytes(SEED);
    Digest expected = Lede.create().digest(bytes, InputInfo.named("seed.txt"));
    Lede fresh = Lede.create();
    Thread.currentThread().interrupt();
    try {
      assertEquals(expected, fresh.digest(bytes, InputInfo.named("seed.txt")));
      assertTrue(Thread.currentThread().isInterrupted(), "the interrupt is kept for the caller");
    } finally {
      Thread.interrupted(); // clear it for the next test
    }
  }
}
