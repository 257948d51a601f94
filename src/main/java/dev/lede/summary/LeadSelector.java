package dev.lede.summary;

import dev.lede.clean.CleanArticle;
import dev.lede.text.Span;
import java.util.List;

/** Chooses the lead sentence: the first real sentence of the body. Stateless and thread-safe. */
public final class LeadSelector {
  /** Returns the index into {@code sentences} of the lead, or -1 when there is no sentence. */
  public int select(CleanArticle article, String text, List<Span> sentences) {
    return sentences.isEmpty() ? -1 : 0;
  }
}
