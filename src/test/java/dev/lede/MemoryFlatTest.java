package dev.lede;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Memory stays flat across warm invocations (issue 6): 10,000 digests of different articles (names,
 * numbers and dates vary, so a cache keyed by content would grow) on one {@link Lede}, as one warm Lambda
 * instance serves them. The heap still in use after a full GC is sampled every 1,000 invocations; the
 * slope of those samples after the first (warm-up) must stay within noise: below 100 bytes per
 * invocation, one megabyte over the run, where any per-invocation leak of a digest, a text or a token
 * list would be kilobytes each. A complexity bound, not a timing.
 */
class MemoryFlatTest {
  private static final int INVOCATIONS = 10_000;
  private static final int SAMPLE_EVERY = 1_000;
  @Test
  void retainedHeapDoesNotGrowAcrossTenThousandWarmInvocations() throws Exception {
    Lede lede = Lede.create();
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    List<Long> samples = new ArrayList<>();
    long sink = 0;
    for (int i = 0; i < INVOCATIONS; i++) {
      Digest d = lede.digest(VariedArticles.article(i), InputInfo.named("articles/" + i + ".txt"));
      sink += d.text().length();
      if ((i + 1) % SAMPLE_EVERY == 0) {
        samples.add(retained(memory));
      }
    }
    assertTrue(sink > 0);
    // Least-squares slope over the samples after warm-up, in bytes per invocation.
    List<Long> warm = samples.subList(1, samples.size());
    double n = warm.size();
    double meanX = (n - 1) / 2.0;
    double meanY = warm.stream().mapToLong(Long::longValue).average().orElseThrow();
    double num = 0;
    double den = 0;
    for (int k = 0; k < warm.size(); k++) {
      num += (k - meanX) * (warm.get(k) - meanY);
      den += (k - meanX) * (k - meanX);
    }
    double bytesPerInvocation = num / den / SAMPLE_EVERY;
    System.out.printf("retained heap every %d invocations (KiB): %s; slope %.1f bytes/invocation%n",
        SAMPLE_EVERY, samples.stream().map(s -> s >> 10).toList(), bytesPerInvocation);
    assertTrue(bytesPerInvocation < 100,
        "retained heap grows " + bytesPerInvocation + " bytes per invocation: " + samples);
  }

  private static long retained(MemoryMXBean memory) throws InterruptedException {
    long least = Long.MAX_VALUE;
    for (int k = 0; k < 3; k++) {
      System.gc();
      Thread.sleep(50);
      least = Math.min(least, memory.getHeapMemoryUsage().getUsed());
    }
    return least;
  }
}
