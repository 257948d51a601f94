package dev.lede.text;

/** Word counting over normalised text. */
public final class Words {
  private Words() {}

  /** Counts maximal runs of letters or digits (with inner apostrophes, hyphens and dots). */
  public static int count(CharSequence text) {
    return count(text, 0, text.length());
  }

  /** {@link #count(CharSequence)} of {@code text[start, end)}, without copying it. */
  public static int count(CharSequence text, int start, int end) {
    int n = end;
    int words = 0;
    boolean in = false;
    for (int i = start; i < n; i++) {
      char c = text.charAt(i);
      boolean wordChar = Character.isLetterOrDigit(c)
          || Character.isSurrogate(c)
          || (in && (c == '\'' || c == '\u2019' || c == '-' || c == '.') && i + 1 < n
              && Character.isLetterOrDigit(text.charAt(i + 1)));
      if (wordChar && !in) {
        words++;
      }
      in = wordChar;
    }
    return words;
  }
}
