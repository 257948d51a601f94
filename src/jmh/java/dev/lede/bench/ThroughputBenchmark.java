package dev.lede.bench;

import dev.lede.Lede;
import dev.lede.LedeException;
import dev.lede.json.DigestJson;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of the core + JSON over a corpus on one thread (one core): the BBC dev texts when the
 * evaluation data is present, else generated articles ({@link Corpus}). Each operation summarises the
 * next article of the corpus, round and round; the {@code megabytes} counter, reported per second, is
 * the throughput in MB/s (decimal megabytes of input).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Threads(1)
@Fork(1)
public class ThroughputBenchmark {
  private Lede lede;
  private List<byte[]> articles;
  private int next;

  /** Input consumed, in megabytes; JMH reports it per second. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Input {
    public double megabytes;

    @Setup(Level.Iteration)
    public void reset() {
      megabytes = 0;
    }
  }

  @Setup
  public void setUp() {
    lede = Lede.create();
    Corpus corpus = Corpus.bbcOrGenerated(1_000);
    articles = corpus.articles();
    System.out.printf("%ncorpus: %s, %d articles, %.2f MB%n", corpus.name(), articles.size(), corpus.bytes() / 1e6);
  }

  @Benchmark
  public byte[] corpus(Input input) throws LedeException {
    byte[] a = articles.get(next);
    next = next + 1 == articles.size() ? 0 : next + 1;
    input.megabytes += a.length / 1e6;
    return DigestJson.toBytes(PipelineBenchmark.SOURCE, lede.digest(a, PipelineBenchmark.INFO), false);
  }
}
