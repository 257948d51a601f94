package dev.lede.text;

import java.util.ArrayList;
import java.util.List;

/** Word counting and splitting over normalised text. */
public final class Words {
  private static final String[] NONE = new String[0];

  private Words() {}

  /**
   * Exactly what {@code s.split("[\\s" + separators + "]+")} gives (the pieces between runs of ASCII
   * whitespace and {@code separators}; an empty first piece when {@code s} starts with a separator, no
   * empty pieces at the end), without a regular expression: {@code String.split} compiles one on every
   * call for such a pattern, and the first compiles cost a cold start the regex machinery.
   */
  public static String[] split(String s, String separators) {
    List<String> pieces = null;
    int start = 0;
    int i = 0;
    int n = s.length();
    while (i < n) {
      if (!isSeparator(s.charAt(i), separators)) {
        i++;
        continue;
      }
      if (pieces == null) {
        pieces = new ArrayList<>();
      }
      pieces.add(s.substring(start, i));
      do {
        i++;
      } while (i < n && isSeparator(s.charAt(i), separators));
      start = i;
    }
    if (pieces == null) {
      return new String[] {s};
    }
    pieces.add(s.substring(start));
    int size = pieces.size();
    while (size > 0 && pieces.get(size - 1).isEmpty()) {
      size--;
    }
    return size == 0 ? NONE : pieces.subList(0, size).toArray(NONE);
  }

  /** The regex class {@code \s} (ASCII whitespace), or one of {@code separators}. */
  private static boolean isSeparator(char c, String separators) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
        || separators.indexOf(c) >= 0;
  }

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
      boolean wordChar = isLetterOrDigit(c)
          || Character.isSurrogate(c)
          || (in && (c == '\'' || c == '\u2019' || c == '-' || c == '.') && i + 1 < n
              && isLetterOrDigit(text.charAt(i + 1)));
      if (wordChar && !in) {
        words++;
      }
      in = wordChar;
    }
    return words;
  }

  /** {@link Character#isLetterOrDigit}, answered without a table look-up for ASCII (nearly every char). */
  public static boolean isLetterOrDigit(char c) {
    if (c < 128) {
      return (c | 0x20) >= 'a' && (c | 0x20) <= 'z' || c >= '0' && c <= '9';
    }
    return Character.isLetterOrDigit(c);
  }

  /**
   * {@code c} with an ASCII capital lower-cased, any other char as it is: the lower case that ASCII
   * fast paths compare by, where lower-casing is one char for one and needs no context.
   */
  public static char asciiLower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + 0x20) : c;
  }
}
