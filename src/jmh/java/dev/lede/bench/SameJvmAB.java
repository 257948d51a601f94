package dev.lede.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Two builds of Lede timed against each other in one JVM: each {@code benchmarks.jar} is loaded by its own
 * class loader, and their runs alternate in blocks, in thread CPU time. On a machine whose speed drifts
 * between runs (this one: up to 2× between JVMs started minutes apart), separate runs of the old and the
 * new code compare badly; blocks side by side in one JVM meet the same drift.
 *
 * <pre>
 * java [-Dbench=pipeline|corpus|STAGE] [-Dsize=5KB] [-Dblocks=16] [-Dper=300] [-Dwarm=15] \
 *     -cp target/benchmarks.jar dev.lede.bench.SameJvmAB old/benchmarks.jar new/benchmarks.jar
 * </pre>
 *
 * {@code pipeline} is {@link PipelineBenchmark#digestToJson}; {@code corpus} runs the whole corpus of
 * {@link ThroughputBenchmark} per block ({@code per} is then ignored); any other name is a method of
 * {@link StageBenchmark} ("clean", "factsEntities", ...). Prints, per jar, the median of the block
 * medians, the best block median and the minimum run (per article; for the corpus, MB per CPU second),
 * and, for each jar after the first, the median and quartiles of its blocks' time ratios to the first
 * jar's blocks beside them.
 */
public final class SameJvmAB {
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  private SameJvmAB() {}

  /** One build's benchmark: a call of it, and how many calls make a block. */
  private static final class Build {
    final String jar;
    final Object target;
    final Method method;
    final Object[] args;
    final int calls;
    final double megabytes; // the corpus's size, or 0
    final List<Double> blockMedians = new ArrayList<>();
    double min = Double.MAX_VALUE;

    Build(String jar, String bench, String size, int per) throws Exception {
      this.jar = jar;
      URLClassLoader loader =
          new URLClassLoader(new URL[] {Path.of(jar).toUri().toURL()}, ClassLoader.getPlatformClassLoader());
      if (bench.equals("corpus")) {
        Class<?> c = loader.loadClass("dev.lede.bench.ThroughputBenchmark");
        target = c.getConstructor().newInstance();
        c.getMethod("setUp").invoke(target);
        Class<?> input = loader.loadClass("dev.lede.bench.ThroughputBenchmark$Input");
        method = c.getMethod("corpus", input);
        args = new Object[] {input.getConstructor().newInstance()};
        java.lang.reflect.Field articles = c.getDeclaredField("articles");
        articles.setAccessible(true);
        List<?> all = (List<?>) articles.get(target);
        calls = all.size();
        long bytes = 0;
        for (Object a : all) {
          bytes += ((byte[]) a).length;
        }
        megabytes = bytes / 1e6;
      } else {
        String name = bench.equals("pipeline") ? "dev.lede.bench.PipelineBenchmark" : "dev.lede.bench.StageBenchmark";
        Class<?> c = loader.loadClass(name);
        target = c.getConstructor().newInstance();
        c.getField("size").set(target, size);
        c.getMethod("setUp").invoke(target);
        method = c.getMethod(bench.equals("pipeline") ? "digestToJson" : bench);
        args = new Object[0];
        calls = per;
        megabytes = 0;
      }
    }

    void call() throws Exception {
      method.invoke(target, args);
    }

    void block() throws Exception {
      if (megabytes > 0) {
        long t = CPU.getCurrentThreadCpuTime();
        for (int i = 0; i < calls; i++) {
          call();
        }
        double mbPerSecond = megabytes / ((CPU.getCurrentThreadCpuTime() - t) / 1e9);
        blockMedians.add(mbPerSecond);
        min = Math.min(min, -mbPerSecond); // the best, kept as a minimum of its negation
        return;
      }
      long[] ns = new long[calls];
      for (int i = 0; i < calls; i++) {
        long t = CPU.getCurrentThreadCpuTime();
        call();
        ns[i] = CPU.getCurrentThreadCpuTime() - t;
      }
      Arrays.sort(ns);
      blockMedians.add(ns[calls / 2] / 1e6);
      min = Math.min(min, ns[0] / 1e6);
    }

    String report() {
      double[] m = blockMedians.stream().mapToDouble(Double::doubleValue).sorted().toArray();
      if (megabytes > 0) {
        return String.format("%s: MB per CPU second, median of %d blocks %.2f, best %.2f",
            jar, m.length, m[m.length / 2], -min);
      }
      return String.format("%s: median of %d block medians %.3f ms, best block median %.3f ms, min %.3f ms",
          jar, m.length, m[m.length / 2], m[0], min);
    }
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: SameJvmAB OLD.jar NEW.jar [more.jar ...]");
      System.exit(2);
    }
    String bench = System.getProperty("bench", "pipeline");
    String size = System.getProperty("size", "5KB");
    int blocks = Integer.getInteger("blocks", 16);
    int per = Integer.getInteger("per", 300);
    List<Build> builds = new ArrayList<>();
    for (String jar : args) {
      builds.add(new Build(jar, bench, size, per));
    }
    long warmUntil = System.nanoTime() + Long.getLong("warm", 15) * 1_000_000_000L;
    while (System.nanoTime() < warmUntil) {
      for (Build b : builds) {
        for (int i = 0; i < Math.min(b.calls, 50); i++) {
          b.call();
        }
      }
    }
    for (int block = 0; block < blocks; block++) {
      for (int k = 0; k < builds.size(); k++) {
        builds.get(block % 2 == 0 ? k : builds.size() - 1 - k).block(); // ABBA: neither always goes first
      }
    }
    System.out.printf("%s%s, %d blocks, thread CPU time%n", bench, bench.equals("corpus") ? "" : " " + size, blocks);
    for (Build b : builds) {
      System.out.println(b.report());
    }
    for (int k = 1; k < builds.size(); k++) {
      System.out.println(pairedRatios(builds.get(0), builds.get(k)));
    }
  }

  /**
   * Each block of {@code other} against the block of {@code first} run beside it, as a ratio of times
   * (below 1: {@code other} is faster), with the median and quartiles over the blocks. The two blocks of
   * a pair meet nearly the same drift, so this is steadier than comparing the builds' own medians.
   */
  static String pairedRatios(Build first, Build other) {
    int n = Math.min(first.blockMedians.size(), other.blockMedians.size());
    double[] r = new double[n];
    for (int i = 0; i < n; i++) {
      double a = first.blockMedians.get(i);
      double b = other.blockMedians.get(i);
      r[i] = first.megabytes > 0 ? a / b : b / a; // MB per second is the inverse of a time
    }
    Arrays.sort(r);
    return String.format("%s / %s: paired time ratio, median %.3f (quartiles %.3f-%.3f) over %d blocks",
        other.jar, first.jar, r[n / 2], r[n / 4], r[(3 * n) / 4], n);
  }
}
