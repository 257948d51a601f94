package dev.lede.summary;

import dev.lede.clean.CleanArticle;
import dev.lede.text.Span;
import java.util.List;

/**
 * Chooses the lead sentence: the first real sentence of the cleaned body (the dateline is already
 * gone). A real sentence has a lower-case letter and either ends with a full stop, question or
 * exclamation mark and has at least two words, or is long; leftover fragments before it (a kicker, a
 * sub-heading) are passed over. When no sentence qualifies the first one is the lead, so the lead is
 * never missing while the text holds a sentence. Stateless and thread-safe.
 */
public final class LeadSelector {
  /** How far into the text the lead is looked for before falling back to the first sentence. */
  static final int LOOKAHEAD = 12;
  static final int MIN_WORDS = 2;
  static final int LONG_WORDS = 10;

  /** Returns the index into {@code sentences} of the lead, or -1 when there is no sentence. */
  public int select(CleanArticle article, String text, List<Span> sentences) {
    int limit = Math.min(sentences.size(), LOOKAHEAD);
    for (int i = 0; i < limit; i++) {
      if (isReal(sentences.get(i).of(text))) {
        return i;
      }
    }
    return sentences.isEmpty() ? -1 : 0;
  }

  static boolean isReal(CharSequence s) {
    int words = 0;
    boolean in = false;
    boolean lower = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean w = !Character.isWhitespace(c);
      if (w && !in) {
        words++;
      }
      in = w;
      lower |= Character.isLowerCase(c);
    }
    if (!lower) {
      return false;
    }
    return endsSentence(s) ? words >= MIN_WORDS : words >= LONG_WORDS;
  }

  private static boolean endsSentence(CharSequence s) {
    int i = s.length() - 1;
    while (i >= 0 && "\"')]\u201D\u2019".indexOf(s.charAt(i)) >= 0) {
      i--;
    }
    return i >= 0 && ".!?\u2026".indexOf(s.charAt(i)) >= 0;
  }
}
