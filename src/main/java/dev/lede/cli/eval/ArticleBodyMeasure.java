package dev.lede.cli.eval;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Main-text extraction scored as the article-extraction benchmark scores it: {@link ShingleOverlap}
 * per page; precision averaged over the pages where something was predicted (tp + fp > 0), recall over
 * the pages with a truth (tp + fn > 0); F1 is the harmonic mean of those two averages. Collects state;
 * one instance per run.
 */
public final class ArticleBodyMeasure {
  private final String prefix;
  private final double failBelow;
  private final List<double[]> pages = new ArrayList<>();

  /**
   * @param prefix the figures' name prefix ({@code body.extracted})
   * @param failBelow pages whose own F1 is below this are reported as failures
   */
  public ArticleBodyMeasure(String prefix, double failBelow) {
    this.prefix = prefix;
    this.failBelow = failBelow;
  }

  /** Scores one page; reports it on {@code failures} (when not null) if it scores below the bar. */
  public void add(String id, String url, String truth, String prediction, PrintStream failures) {
    double[] c = ShingleOverlap.tpFpFn(truth, prediction);
    pages.add(c);
    double p = ShingleOverlap.precision(c);
    double r = ShingleOverlap.recall(c);
    double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
    if (failures != null && f < failBelow) {
      failures.printf(
          Locale.ROOT, "[%s] %s %s P=%.3f R=%.3f F1=%.3f%n", prefix, id, url == null ? "" : url, p, r, f);
    }
  }

  public Map<String, Object> result() {
    double p = 0;
    int np = 0;
    double r = 0;
    int nr = 0;
    for (double[] c : pages) {
      if (c[0] + c[1] > 0) {
        p += ShingleOverlap.precision(c);
        np++;
      }
      if (c[0] + c[2] > 0) {
        r += ShingleOverlap.recall(c);
        nr++;
      }
    }
    double precision = np == 0 ? 0 : p / np;
    double recall = nr == 0 ? 0 : r / nr;
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put(prefix + ".f1", round(f1));
    m.put(prefix + ".precision", round(precision));
    m.put(prefix + ".recall", round(recall));
    m.put(prefix + ".pages", pages.size());
    return m;
  }

  private static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }
}
