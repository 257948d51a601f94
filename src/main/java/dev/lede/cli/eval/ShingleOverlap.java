package dev.lede.cli.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The article-extraction benchmark's per-page measure (scrapinghub/article-extraction-benchmark,
 * {@code evaluate.py}): texts are cut into tokens (maximal runs of Unicode letters, digits and
 * underscores, as Python's {@code \w+}), tokens into overlapping 4-grams ("shingles"; a text of fewer
 * than four tokens is one shingle), and the shingle multisets of truth and prediction are compared.
 * True positives, false positives and false negatives are then divided by their sum, so that every page
 * weighs the same. Stateless.
 */
public final class ShingleOverlap {
  static final int N = 4;

  private ShingleOverlap() {}

  /** {@code {tp, fp, fn}} for one page, normalised to sum to 1 (all zero when both texts are empty). */
  public static double[] tpFpFn(String truth, String prediction) {
    Map<List<String>, Integer> t = shingles(truth);
    Map<List<String>, Integer> p = shingles(prediction);
    double tp = 0;
    double fp = 0;
    double fn = 0;
    for (Map.Entry<List<String>, Integer> e : t.entrySet()) {
      int tc = e.getValue();
      int pc = p.getOrDefault(e.getKey(), 0);
      tp += Math.min(tc, pc);
      fn += Math.max(0, tc - pc);
    }
    for (Map.Entry<List<String>, Integer> e : p.entrySet()) {
      int pc = e.getValue();
      int tc = t.getOrDefault(e.getKey(), 0);
      fp += Math.max(0, pc - tc);
    }
    double sum = tp + fp + fn;
    return sum > 0 ? new double[] {tp / sum, fp / sum, fn / sum} : new double[] {tp, fp, fn};
  }

  static Map<List<String>, Integer> shingles(String text) {
    List<String> tokens = tokens(text);
    Map<List<String>, Integer> counts = new HashMap<>();
    int last = Math.max(1, tokens.size() - N + 1);
    for (int i = 0; i < last; i++) {
      List<String> shingle = tokens.subList(i, Math.min(tokens.size(), i + N));
      if (!shingle.isEmpty()) {
        counts.merge(List.copyOf(shingle), 1, Integer::sum);
      }
    }
    return counts;
  }

  /** Python's {@code re.findall(r'\w+', text)} for str patterns: letters, numbers and '_'. */
  static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    if (text == null) {
      return tokens;
    }
    int i = 0;
    int n = text.length();
    while (i < n) {
      int cp = text.codePointAt(i);
      if (!isWord(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      while (i < n && isWord(text.codePointAt(i))) {
        i += Character.charCount(text.codePointAt(i));
      }
      tokens.add(text.substring(start, i));
    }
    return tokens;
  }

  private static boolean isWord(int cp) {
    if (cp == '_' || Character.isLetter(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  /** Precision of one page as the benchmark scores it. */
  static double precision(double[] c) {
    if (c[1] == 0 && c[2] == 0) {
      return 1;
    }
    if (c[0] == 0 && c[1] == 0) {
      return 0;
    }
    return c[0] / (c[0] + c[1]);
  }

  /** Recall of one page as the benchmark scores it. */
  static double recall(double[] c) {
    if (c[1] == 0 && c[2] == 0) {
      return 1;
    }
    if (c[0] == 0 && c[2] == 0) {
      return 0;
    }
    return c[0] / (c[0] + c[2]);
  }
}
