package dev.lede.cli.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * ROUGE-N and ROUGE-L (Lin, 2004) computed the standard way: text lower-cased, tokens are maximal runs of
 * letters and digits, no stemming and no stop-word removal; n-gram counts are clipped; ROUGE-L is the
 * longest common subsequence over the whole token sequences (not the per-sentence union "ROUGE-Lsum");
 * F is the balanced F1, {@code 2PR/(P+R)}. Scores are fractions in [0, 1].
 */
public final class Rouge {
  /** Token sequences longer than this are cut before the LCS (quadratic), so a runaway input stays cheap. */
  static final int MAX_LCS_TOKENS = 5_000;

  private Rouge() {}

  /** Precision, recall and F1 of one candidate against one reference. */
  public record Score(double precision, double recall, double f1) {
    static Score of(int overlap, int candidate, int reference) {
      double p = candidate == 0 ? 0 : (double) overlap / candidate;
      double r = reference == 0 ? 0 : (double) overlap / reference;
      return new Score(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }
  }

  /** Lower-cased runs of letters and digits. */
  public static List<String> tokens(String s) {
    List<String> out = new ArrayList<>();
    if (s == null) {
      return out;
    }
    int n = s.length();
    int i = 0;
    while (i < n) {
      while (i < n && !Character.isLetterOrDigit(s.charAt(i))) {
        i++;
      }
      int j = i;
      while (j < n && Character.isLetterOrDigit(s.charAt(j))) {
        j++;
      }
      if (j > i) {
        out.add(s.substring(i, j).toLowerCase(Locale.ROOT));
      }
      i = j;
    }
    return out;
  }

  /** ROUGE-N: clipped n-gram overlap. */
  public static Score n(List<String> candidate, List<String> reference, int n) {
    Map<String, Integer> ref = grams(reference, n);
    Map<String, Integer> cand = grams(candidate, n);
    int overlap = 0;
    for (Map.Entry<String, Integer> e : cand.entrySet()) {
      overlap += Math.min(e.getValue(), ref.getOrDefault(e.getKey(), 0));
    }
    return Score.of(overlap, Math.max(0, candidate.size() - n + 1), Math.max(0, reference.size() - n + 1));
  }

  /** ROUGE-L: longest common subsequence. */
  public static Score l(List<String> candidate, List<String> reference) {
    List<String> a = candidate.size() > MAX_LCS_TOKENS ? candidate.subList(0, MAX_LCS_TOKENS) : candidate;
    List<String> b = reference.size() > MAX_LCS_TOKENS ? reference.subList(0, MAX_LCS_TOKENS) : reference;
    int[] prev = new int[b.size() + 1];
    int[] cur = new int[b.size() + 1];
    for (String x : a) {
      for (int j = 1; j <= b.size(); j++) {
        cur[j] = x.equals(b.get(j - 1)) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return Score.of(prev[b.size()], candidate.size(), reference.size());
  }

  private static Map<String, Integer> grams(List<String> tokens, int n) {
    Map<String, Integer> m = new HashMap<>();
    for (int i = 0; i + n <= tokens.size(); i++) {
      String g = n == 1 ? tokens.get(i) : String.join(" ", tokens.subList(i, i + n));
      m.merge(g, 1, Integer::sum);
    }
    return m;
  }
}
