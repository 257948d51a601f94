package dev.lede.cli.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.Digest;
import dev.lede.text.SentenceSplitter;
import dev.lede.text.Span;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * ROUGE-1, -2 and -L (precision, recall, F1; see {@link Rouge}) of the summary and of the highlights
 * against a row's reference {@code highlights} (an array joined with spaces, or a string), beside the
 * naive Lead-1 and Lead-3 baselines: the first one or three sentences of the row's raw {@code text}, split
 * by the same sentence splitter as the digest. Figures are means over the rows, in percent.
 * {@code failures} lists each article whose highlights score a lower ROUGE-1 F1 than its Lead-3.
 */
public final class RougeMeasure implements ArticleMeasure {
  private static final String[] SYSTEMS = {"summary", "highlights", "lead1", "lead3"};
  private static final String[] KINDS = {"rouge1", "rouge2", "rougeL"};

  private final SentenceSplitter splitter;
  /** sums[system][kind][precision, recall, f1] */
  private final double[][][] sums = new double[SYSTEMS.length][KINDS.length][3];
  private int rows;

  public RougeMeasure(SentenceSplitter splitter) {
    this.splitter = splitter;
  }

  @Override
  public boolean applies(JsonNode row) {
    return row.hasNonNull("highlights") && row.hasNonNull("text");
  }

  @Override
  public void add(JsonNode row, Digest digest, PrintStream failures) {
    List<String> reference = Rouge.tokens(reference(row.get("highlights")));
    String raw = row.get("text").asText();
    List<Span> sentences = splitter.split(raw);
    String[] candidates = {
      digest.summary() == null ? "" : digest.summary(),
      String.join(" ", digest.highlights()),
      lead(raw, sentences, 1),
      lead(raw, sentences, 3)
    };
    double[] r1 = new double[SYSTEMS.length];
    for (int s = 0; s < SYSTEMS.length; s++) {
      List<String> c = Rouge.tokens(candidates[s]);
      Rouge.Score[] scores = {Rouge.n(c, reference, 1), Rouge.n(c, reference, 2), Rouge.l(c, reference)};
      for (int k = 0; k < KINDS.length; k++) {
        sums[s][k][0] += scores[k].precision();
        sums[s][k][1] += scores[k].recall();
        sums[s][k][2] += scores[k].f1();
      }
      r1[s] = scores[0].f1();
    }
    rows++;
    if (failures != null && r1[1] < r1[3]) {
      failures.printf(Locale.ROOT, "[rouge] %s highlights R1 %.1f < lead-3 %.1f%n", row.path("id").asText(),
          100 * r1[1], 100 * r1[3]);
      failures.println("   highlights: " + candidates[1]);
      failures.println("   lead-3:     " + candidates[3]);
    }
  }

  @Override
  public Map<String, Object> result() {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("rouge.rows", rows);
    r.put("rouge.method", "mean per-article F1/P/R in percent; lower-cased letter/digit tokens, no stemming; "
        + "ROUGE-L = LCS over the whole text");
    for (int s = 0; s < SYSTEMS.length; s++) {
      for (int k = 0; k < KINDS.length; k++) {
        String key = "rouge." + SYSTEMS[s] + "." + KINDS[k];
        r.put(key + ".f1", percent(sums[s][k][2]));
        r.put(key + ".p", percent(sums[s][k][0]));
        r.put(key + ".r", percent(sums[s][k][1]));
      }
    }
    return r;
  }

  private double percent(double sum) {
    return rows == 0 ? 0.0 : Math.round(10_000.0 * sum / rows) / 100.0;
  }

  private static String reference(JsonNode h) {
    if (h.isArray()) {
      List<String> parts = new ArrayList<>();
      h.forEach(x -> parts.add(x.asText()));
      return String.join(" ", parts);
    }
    return h.asText();
  }

  private static String lead(String raw, List<Span> sentences, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < Math.min(n, sentences.size()); i++) {
      if (i > 0) {
        b.append(' ');
      }
      b.append(sentences.get(i).of(raw));
    }
    return b.toString();
  }
}
