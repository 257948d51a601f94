package dev.lede.cli.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** ROUGE on small examples worked out by hand. */
class RougeTest {
  private static final double EPS = 1e-9;

  @Test
  void tokensAreLowerCasedRunsOfLettersAndDigits() {
    assertEquals(List.of("the", "cpc", "s", "70th", "year", "2021"), Rouge.tokens("The CPC's 70th year (2021)!"));
  }

  @Test
  void rouge1And2ClipRepeatedNgrams() {
    List<String> ref = Rouge.tokens("the cat sat on the mat");
    List<String> cand = Rouge.tokens("the the the cat");
    Rouge.Score r1 = Rouge.n(cand, ref, 1);
    // overlap: "the" min(3, 2) = 2, "cat" 1 -> 3; P = 3/4, R = 3/6
    assertEquals(0.75, r1.precision(), EPS);
    assertEquals(0.5, r1.recall(), EPS);
    assertEquals(2 * 0.75 * 0.5 / 1.25, r1.f1(), EPS);
    Rouge.Score r2 = Rouge.n(cand, ref, 2);
    // bigrams: cand {the the x2, the cat}, ref {the cat, cat sat, sat on, on the, the mat}: overlap 1
    assertEquals(1.0 / 3, r2.precision(), EPS);
    assertEquals(1.0 / 5, r2.recall(), EPS);
  }

  @Test
  void rougeLIsTheLongestCommonSubsequence() {
    List<String> ref = Rouge.tokens("police killed the gunman");
    List<String> cand = Rouge.tokens("police kill the gunman");
    Rouge.Score l = Rouge.l(cand, ref);
    assertEquals(0.75, l.precision(), EPS);
    assertEquals(0.75, l.recall(), EPS);
    // order matters: "the gunman" or "police killed", two of four tokens, not all four
    assertEquals(0.5, Rouge.l(Rouge.tokens("the gunman police killed"), ref).precision(), EPS);
  }

  @Test
  void emptyCandidateScoresZero() {
    Rouge.Score s = Rouge.n(List.of(), Rouge.tokens("a b c"), 1);
    assertEquals(0, s.f1(), EPS);
    assertEquals(0, Rouge.l(List.of(), List.of()).f1(), EPS);
  }
}
