package dev.lede.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Whether two headline-like strings say the same thing, compared by their words. Stateless. */
final class TitleMatch {
  private TitleMatch() {}

  /**
   * Whether {@code heading} repeats {@code title}: the same words, or the words of one contained in the
   * other when the shorter has at least half the words of the longer (a title with a site name appended).
   */
  static boolean same(String heading, String title) {
    List<String> hw = words(heading);
    List<String> tw = words(title);
    if (hw.isEmpty() || tw.isEmpty()) {
      return false;
    }
    List<String> shorter = hw.size() <= tw.size() ? hw : tw;
    List<String> longer = hw.size() <= tw.size() ? tw : hw;
    return 2 * shorter.size() >= longer.size() && Collections.indexOfSubList(longer, shorter) >= 0;
  }

  /** How much of {@code b}'s text (by length of its words) also appears as words of {@code a}, 0 to 1. */
  static double overlap(String a, String b) {
    Set<String> inA = new HashSet<>(words(a));
    int total = 0;
    int shared = 0;
    for (String w : words(b)) {
      total += w.length();
      if (inA.contains(w)) {
        shared += w.length();
      }
    }
    return total == 0 ? 0 : (double) shared / total;
  }

  /** The lower-cased runs of letters and digits of {@code s}. */
  static List<String> words(String s) {
    List<String> words = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    String lower = s.toLowerCase(Locale.ROOT);
    for (int i = 0; i <= lower.length(); i++) {
      char c = i < lower.length() ? lower.charAt(i) : ' ';
      if (Character.isLetterOrDigit(c)) {
        w.append(c);
      } else if (w.length() > 0) {
        words.add(w.toString());
        w.setLength(0);
      }
    }
    return words;
  }
}
