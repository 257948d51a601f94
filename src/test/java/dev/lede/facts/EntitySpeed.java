package dev.lede.facts;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.text.RuleSentenceSplitter;
import dev.lede.text.Span;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A rough speed check until the JMH suite exists: nanoseconds (wall and this thread's CPU time) per
 * 5 KB article for entity recognition, after warm-up, and per megabyte on one 1 MB text (linearity). Articles are CoNLL dev documents glued
 * into 5 KB pieces when {@code ../shared/data} is there, else the seed body repeated.
 * <pre>
 * ./mvnw -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) dev.lede.facts.EntitySpeed
 * </pre>
 */
final class EntitySpeed {
  public static void main(String[] args) throws Exception {
    List<String> articles = articles(5 * 1024);
    EntityRecognizer r = new EntityRecognizer();
    RuleSentenceSplitter splitter = new RuleSentenceSplitter();
    List<List<Span>> sentences = new ArrayList<>();
    for (String a : articles) {
      sentences.add(splitter.split(a));
    }
    long sink = 0;
    java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
    for (int round = 0; round < 30; round++) {
      long c0 = cpu.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      long chars = 0;
      for (int i = 0; i < articles.size(); i++) {
        sink += r.recognize(articles.get(i), sentences.get(i)).people().size();
        chars += articles.get(i).length();
      }
      long ns = System.nanoTime() - t0;
      long cpuNs = cpu.getCurrentThreadCpuTime() - c0;
      if (round % 5 == 4) {
        System.out.printf("round %d: %d articles, %.0f ns wall, %.0f ns CPU per 5 KB article%n", round,
            articles.size(), (double) ns / chars * 5 * 1024, (double) cpuNs / chars * 5 * 1024);
      }
    }
    String big = String.join("\n\n", articles);
    while (big.length() < 1024 * 1024) {
      big = big + "\n\n" + big;
    }
    big = big.substring(0, 1024 * 1024);
    List<Span> bigSentences = splitter.split(big);
    for (int round = 0; round < 5; round++) {
      long c0 = cpu.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      sink += r.recognize(big, bigSentences).places().size();
      long ns = System.nanoTime() - t0;
      long cpuNs = cpu.getCurrentThreadCpuTime() - c0;
      System.out.printf("1 MB text: %.1f ms wall, %.1f ms CPU (%.0f ns CPU per 5 KB)%n", ns / 1e6,
          cpuNs / 1e6, cpuNs / 1024.0 / 1024.0 * 5 * 1024);
    }
    System.out.println("(sink " + sink + ")");
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
