package dev.lede.bench;

import dev.lede.LedeException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@link StageBenchmark}'s stages timed in thread CPU time (see {@link CpuTimes}), for a quick look on a
 * busy machine: median per call after a warm-up of several seconds per stage.
 *
 * <pre>java [-Dstage=factsOther] -cp target/benchmarks.jar dev.lede.bench.StageCpuTimes [5KB 1MB]</pre>
 */
public final class StageCpuTimes {
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  private StageCpuTimes() {}

  public static void main(String[] args) throws LedeException {
    List<String> sizes = args.length == 0 ? List.of("5KB", "1MB") : List.of(args);
    for (String size : sizes) {
      StageBenchmark b = new StageBenchmark();
      b.size = size;
      b.setUp();
      Map<String, Supplier<Object>> stages = new LinkedHashMap<>();
      stages.put("decode", b::decode);
      stages.put("clean", b::clean);
      stages.put("sentences", b::sentences);
      stages.put("lead", b::lead);
      stages.put("factsEntities", b::factsEntities);
      stages.put("factsOther", b::factsOther);
      stages.put("highlights", b::highlights);
      stages.put("json", b::json);
      stages.put("htmlExtraction", b::htmlExtraction);
      String only = System.getProperty("stage");
      for (Map.Entry<String, Supplier<Object>> e : stages.entrySet()) {
        if (only != null && !only.equals(e.getKey())) {
          continue;
        }
        Supplier<Object> stage = e.getValue();
        long until = System.nanoTime() + 3_000_000_000L;
        int warm = 0;
        while (System.nanoTime() < until || warm < 5) {
          stage.get();
          warm++;
        }
        int runs = Math.max(5, Math.min(2_000, warm / 3));
        long[] ns = new long[runs];
        for (int i = 0; i < runs; i++) {
          long t = CPU.getCurrentThreadCpuTime();
          stage.get();
          ns[i] = CPU.getCurrentThreadCpuTime() - t;
        }
        Arrays.sort(ns);
        System.out.printf("%-5s %-15s median %11.1f us  min %11.1f us  (%d runs)%n",
            size, e.getKey(), ns[runs / 2] / 1e3, ns[0] / 1e3, runs);
      }
    }
  }
}
