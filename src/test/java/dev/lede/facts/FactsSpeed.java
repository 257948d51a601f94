package dev.lede.facts;

import dev.lede.clean.CleanArticle;
import dev.lede.clean.DedupStats;
import dev.lede.text.RuleSentenceSplitter;
import dev.lede.text.Span;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A documented speed check of the fact extractors (until the JMH suite lands); not a unit test. Reads
 * the seed article (about 5 KB as scraped, three copies), and a 1 MB text made of the same paragraphs
 * repeated, and prints the CPU time per call of each extractor (each tokenising the text itself) and of
 * {@link FactExtractor#extract} (tokenising once; entity recognition included), after warming up: the
 * least of five rounds, in thread CPU time, because the build machine is shared.
 *
 * <pre>
 * ./mvnw -o -q test-compile &amp;&amp; java -cp target/classes:target/test-classes dev.lede.facts.FactsSpeed
 * </pre>
 */
public final class FactsSpeed {
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  private FactsSpeed() {}

  public static void main(String[] args) throws Exception {
    Path seed = Path.of(args.length > 0 ? args[0] : "local/lede-input/articles/seed-article.txt");
    String small = Files.readString(seed, StandardCharsets.UTF_8);
    StringBuilder big = new StringBuilder();
    while (big.length() < 1_000_000) {
      big.append(small).append("\n\n");
    }
    run("5 KB", paragraphs(small), 1_000);
    run("1 MB", paragraphs(big.toString()), 4);
  }

  private static String paragraphs(String raw) {
    List<String> ps = new ArrayList<>();
    for (String line : raw.split("\n")) {
      if (!line.isBlank()) {
        ps.add(line.strip());
      }
    }
    return String.join("\n\n", ps);
  }

  private static void run(String label, String text, int iterations) {
    List<Span> sentences = new RuleSentenceSplitter().split(text);
    CleanArticle article = new CleanArticle(null, null, List.of(text.split("\n\n")), List.of(),
        new DedupStats(1, 0, text.length(), text.length()));
    ReferenceDate ref = ReferenceDate.supplied(LocalDate.of(2021, 1, 19));
    FactExtractor facts = new FactExtractor();
    DateExtractor dates = new DateExtractor();
    NumberExtractor numbers = new NumberExtractor();
    QuoteExtractor quotes = new QuoteExtractor();
    for (int i = 0; i < Math.max(3, iterations / 2); i++) {
      facts.extract(article, text, sentences, ref); // warm up
    }
    double tokens = time(iterations, () -> TextTokens.of(text).size());
    double d = time(iterations, () -> dates.scan(TextTokens.of(text), ref).size());
    double n = time(iterations, () -> numbers.extract(TextTokens.of(text), List.of()).size());
    double q = time(iterations, () -> quotes.extract(TextTokens.of(text), Entities.NONE).size());
    double all = time(iterations, () -> facts.extract(article, text, sentences, ref).numbers().size());
    System.out.printf(Locale.ROOT,
        "%s (%,d chars): tokens %.1f us, dates %.1f us, numbers %.1f us, quotes %.1f us; "
            + "FactExtractor.extract %.1f us per call (CPU time, %d calls)%n",
        label, text.length(), tokens, d, n, q, all, iterations);
  }

  /** The least CPU time per call over five rounds: the machine is shared, and the least is the least disturbed. */
  private static double time(int iterations, java.util.function.IntSupplier work) {
    double best = Double.MAX_VALUE;
    long sink = 0;
    for (int round = 0; round < 5; round++) {
      long t0 = CPU.getCurrentThreadCpuTime();
      for (int i = 0; i < iterations; i++) {
        sink += work.getAsInt();
      }
      long t1 = CPU.getCurrentThreadCpuTime();
      best = Math.min(best, (t1 - t0) / 1000.0 / iterations);
    }
    if (sink == Long.MIN_VALUE) {
      System.out.println(sink);
    }
    return best;
  }
}
