package dev.lede.text;

/** Word counting over normalised text. */
public final class Words {
  private Words() {}

  /** Counts maximal runs of letters or digits (with inner apostrophes, hyphens and dots). */
  public static int count(CharSequence text) {
    int n = text.length();
    int words = 0;
    boolean in = false;
    for (int i = 0; i < n; i++) {
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
