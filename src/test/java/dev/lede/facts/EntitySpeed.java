package dev.lede.facts;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.text.RuleSentenceSplitter;
import dev.lede.text.Span;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A rough speed check until the JMH suite exists: this thread's CPU time per 5 KB article for entity
 * recognition after warm-up (minimum and median over rounds, so other processes on a shared machine
 * disturb it less), and per megabyte on one 1 MB text (linearity). A bare pass over the same text
 * (a character scan plus a lower-cased substring and hash per word) is timed alongside as a yardstick
 * of how fast the machine is at the moment. Articles are CoNLL dev documents glued into 5 KB pieces
 * when {@code ../shared/data} is there, else the seed body repeated.
 * <pre>
 * ./mvnw -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) dev.lede.facts.EntitySpeed
 * </pre>
 */
final class EntitySpeed {
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  public static void main(String[] args) throws Exception {
    List<String> articles = articles(5 * 1024);
    EntityRecognizer r = new EntityRecognizer();
    RuleSentenceSplitter splitter = new RuleSentenceSplitter();
    List<List<Span>> sentences = new ArrayList<>();
    long chars = 0;
    for (String a : articles) {
      sentences.add(splitter.split(a));
      chars += a.length();
    }
    long sink = 0;
    int rounds = 60;
    double[] perArticle = new double[rounds];
    double[] yardstick = new double[rounds];
    for (int round = 0; round < rounds + 20; round++) {
      long c0 = CPU.getCurrentThreadCpuTime();
      for (int i = 0; i < articles.size(); i++) {
        sink += r.recognize(articles.get(i), sentences.get(i)).people().size();
      }
      long c1 = CPU.getCurrentThreadCpuTime();
      for (String a : articles) {
        sink += barePass(a);
      }
      long c2 = CPU.getCurrentThreadCpuTime();
      if (round >= 20) {
        perArticle[round - 20] = (double) (c1 - c0) / chars * 5 * 1024;
        yardstick[round - 20] = (double) (c2 - c1) / chars * 5 * 1024;
      }
    }
    Arrays.sort(perArticle);
    Arrays.sort(yardstick);
    System.out.printf("entities per 5 KB article, CPU: min %.0f us, median %.0f us (%d articles x %d rounds)%n",
        perArticle[0] / 1e3, perArticle[rounds / 2] / 1e3, articles.size(), rounds);
    System.out.printf("yardstick bare pass per 5 KB, CPU: min %.1f us, median %.1f us%n",
        yardstick[0] / 1e3, yardstick[rounds / 2] / 1e3);
    String big = String.join("\n\n", articles);
    while (big.length() < 1024 * 1024) {
      big = big + "\n\n" + big;
    }
    big = big.substring(0, 1024 * 1024);
    List<Span> bigSentences = splitter.split(big);
    double best = Double.MAX_VALUE;
    for (int round = 0; round < 8; round++) {
      long c0 = CPU.getCurrentThreadCpuTime();
      sink += r.recognize(big, bigSentences).places().size();
      best = Math.min(best, CPU.getCurrentThreadCpuTime() - c0);
    }
    System.out.printf("1 MB text, CPU: min %.1f ms (%.0f us per 5 KB)%n", best / 1e6,
        best / 1024.0 / 1024.0 * 5 * 1024 / 1e3);
    System.out.println("(sink " + sink + ")");
  }

  private static long barePass(String s) {
    long h = 0;
    int start = -1;
    for (int i = 0; i <= s.length(); i++) {
      boolean letter = i < s.length() && Character.isLetterOrDigit(s.charAt(i));
      if (letter && start < 0) {
        start = i;
      } else if (!letter && start >= 0) {
        h += s.substring(start, i).toLowerCase().hashCode();
        start = -1;
      }
    }
    return h;
  }

  private static List<String> articles(int size) throws Exception {
    Path conll = Path.of("..", "shared", "data", "dev", "conll.jsonl");
    List<String> texts = new ArrayList<>();
    if (Files.exists(conll)) {
      ObjectMapper json = new ObjectMapper();
      for (String line : Files.readAllLines(conll)) {
        texts.add(json.readTree(line).get("text").asText());
      }
    } else {
      texts.add(EntityRecognizerTest.SEED_BODY);
    }
    List<String> out = new ArrayList<>();
    StringBuilder b = new StringBuilder();
    for (int i = 0; out.size() < 50; i = (i + 1) % texts.size()) {
      b.append(texts.get(i)).append("\n\n");
      if (b.length() >= size) {
        out.add(b.substring(0, size));
        b.setLength(0);
      }
    }
    return out;
  }
}
