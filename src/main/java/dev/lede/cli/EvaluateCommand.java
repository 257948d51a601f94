package dev.lede.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.Digest;
import dev.lede.InputInfo;
import dev.lede.Lede;
import dev.lede.cli.eval.ArticleMeasure;
import dev.lede.cli.eval.DressedPageEvaluation;
import dev.lede.cli.eval.ExactMatchMeasure;
import dev.lede.cli.eval.GoldenRulesMeasure;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code evaluate --data FILE.jsonl|DIR [--failures] [--dressed [--seed N]]}: runs every measure that
 * applies to an evaluation set and prints the figures as one JSON object. {@code --failures} lists each
 * miss on stderr. {@code --dressed} measures instead on the articles dressed as scraped pages
 * ({@link DressedPageEvaluation}). A directory is a page set (see {@link PageSetEvaluation}): HTML pages
 * with {@code ground-truth.json} (article bodies) or page folders with {@code expected-metadata.json}
 * (metadata).
 */
final class EvaluateCommand {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private final PrintStream out;
  private final PrintStream err;

  EvaluateCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  int run(String[] args) {
    Path data = null;
    boolean failures = false;
    boolean dressed = false;
    long seed = DressedPageEvaluation.DEFAULT_SEED;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--data") && i + 1 < args.length) {
        data = Path.of(args[++i]);
      } else if (args[i].startsWith("--data=")) {
        data = Path.of(args[i].substring(7));
      } else if (args[i].equals("--failures")) {
        failures = true;
      } else if (args[i].equals("--dressed")) {
        dressed = true;
      } else if (args[i].equals("--seed") && i + 1 < args.length && args[i + 1].matches("-?\\d+")) {
        seed = Long.parseLong(args[++i]);
      } else {
        err.println("lede evaluate: unknown argument " + args[i]);
        err.print(Main.USAGE);
        return 2;
      }
    }
    if (data == null) {
      err.println("lede evaluate: --data FILE.jsonl is required");
      err.print(Main.USAGE);
      return 2;
    }
    if (!Files.exists(data)) {
      err.println("lede evaluate: no such file or directory: " + data);
      return 1;
    }
    try {
      Map<String, Object> figures = dressed
          ? evaluateDressed(data, seed, failures ? err : null)
          : evaluate(data, failures ? err : null);
      JsonGenerator g = MAPPER.getFactory().createGenerator(out);
      g.useDefaultPrettyPrinter();
      MAPPER.writeValue(g, figures);
      out.println();
      return 0;
    } catch (IOException e) {
      err.println("lede evaluate: cannot read " + data + ": " + e.getMessage());
      return 1;
    }
  }

  /** Runs every applicable measure on {@code data}; public to tests through this package. */
  static Map<String, Object> evaluate(Path data, PrintStream failures) throws IOException {
    if (PageSetEvaluation.applies(data)) {
      return PageSetEvaluation.evaluate(data, failures);
    }
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("data", data.toString());
    List<JsonNode> rows = readJsonl(data);
    figures.put("items", rows.size());
    List<ArticleMeasure> measures = articleMeasures();
    java.util.Set<ArticleMeasure> used = new java.util.LinkedHashSet<>();
    Lede lede = Lede.create();
    GoldenRulesMeasure golden = new GoldenRulesMeasure();
    int articles = 0;
    long chars = 0;
    long nanos = 0;
    for (JsonNode row : rows) {
      if (golden.applies(row)) {
        // Golden Rules rows test the raw sentence splitter, not the article pipeline.
        golden.add(row, lede.sentenceSplitter(), failures);
        continue;
      }
      if (!row.hasNonNull("text")) {
        continue;
      }
      String text = row.get("text").asText();
      long t0 = System.nanoTime();
      Digest d = lede.digest(text, InputInfo.named(row.path("id").asText(null)));
      nanos += System.nanoTime() - t0;
      articles++;
      chars += text.length();
      for (ArticleMeasure m : measures) {
        if (m.applies(row)) {
          used.add(m);
          m.add(row, d, failures);
        }
      }
    }
    for (ArticleMeasure m : measures) {
      if (used.contains(m)) {
        figures.putAll(m.result());
      }
    }
    if (golden.total() > 0) {
      figures.putAll(golden.result());
    }
    figures.put("articles", articles);
    figures.put("chars", chars);
    figures.put("coreMillis", nanos / 1_000_000);
    return figures;
  }

  static Map<String, Object> evaluateDressed(Path data, long seed, PrintStream failures) throws IOException {
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("data", data.toString());
    figures.putAll(DressedPageEvaluation.evaluate(readJsonl(data), seed, failures));
    return figures;
  }

  private static List<ArticleMeasure> articleMeasures() {
    List<ArticleMeasure> m = new ArrayList<>();
    m.add(ExactMatchMeasure.lead());
    m.add(ExactMatchMeasure.title());
    m.add(new dev.lede.cli.eval.RougeMeasure(Lede.create().sentenceSplitter()));
    m.add(new dev.lede.cli.eval.EntityMeasure());
    return m;
  }

  static List<JsonNode> readJsonl(Path file) throws IOException {
    List<JsonNode> rows = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank()) {
          rows.add(MAPPER.readTree(line));
        }
      }
    }
    return rows;
  }
}
