package dev.lede.bench;

import dev.lede.Digest;
import dev.lede.Lede;
import dev.lede.LedeException;
import dev.lede.json.DigestJson;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The pipeline's cost in CPU time of the measuring thread rather than wall time: steadier than JMH's
 * wall-clock figures on a machine other jobs share (another process's load barely moves it). Prints the
 * median and the minimum over repeated runs after a warm-up, per article size, and the throughput of
 * the corpus in MB per CPU second.
 *
 * <pre>java [-Drounds=5] -cp target/benchmarks.jar dev.lede.bench.CpuTimes [corpus | 5KB 50KB 1MB 5MB]</pre>
 */
public final class CpuTimes {
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  private CpuTimes() {}

  public static void main(String[] args) throws LedeException {
    List<String> sizes = args.length == 0 ? List.of("5KB", "50KB", "1MB", "5MB") : List.of(args);
    int rounds = Integer.getInteger("rounds", 5);
    if (sizes.equals(List.of("corpus"))) {
      sizes = List.of();
    }
    Lede lede = Lede.create();
    Corpus corpus = Corpus.bbcOrGenerated(1_000);
    // Warm up on the corpus for 10 s of wall time: JIT compilers on a busy machine can lag far behind.
    long until = System.nanoTime() + 10_000_000_000L;
    while (System.nanoTime() < until) {
      for (byte[] a : corpus.articles()) {
        once(lede, a);
      }
    }
    for (String size : sizes) {
      int n = Sizes.bytes(size);
      byte[] article = new ArticleGenerator(Sizes.seed(size)).article(n).getBytes(StandardCharsets.UTF_8);
      int runs = (int) Math.max(5, Math.min(2_000, 20_000_000L / n));
      long[] ns = new long[runs];
      for (int w = 0; w < Math.max(3, runs); w++) {
        once(lede, article);
      }
      for (int i = 0; i < runs; i++) {
        long t = CPU.getCurrentThreadCpuTime();
        once(lede, article);
        ns[i] = CPU.getCurrentThreadCpuTime() - t;
      }
      Arrays.sort(ns);
      System.out.printf("%-5s %9d bytes  median %10.3f ms  min %10.3f ms  (%d runs, thread CPU time)%n",
          size, article.length, ns[runs / 2] / 1e6, ns[0] / 1e6, runs);
    }
    double best = Double.MAX_VALUE;
    for (int round = 0; round < rounds; round++) {
      long t = CPU.getCurrentThreadCpuTime();
      for (byte[] a : corpus.articles()) {
        once(lede, a);
      }
      best = Math.min(best, (CPU.getCurrentThreadCpuTime() - t) / 1e9);
    }
    System.out.printf("corpus %s: %d articles, %.2f MB, best of %d rounds %.3f CPU s = %.1f MB per CPU second%n",
        corpus.name(), corpus.articles().size(), corpus.bytes() / 1e6, rounds, best, corpus.bytes() / 1e6 / best);
  }

  private static int once(Lede lede, byte[] article) throws LedeException {
    Digest d = lede.digest(article, PipelineBenchmark.INFO);
    return DigestJson.toBytes(PipelineBenchmark.SOURCE, d, false).length;
  }
}
