package dev.lede.facts;

import java.text.Normalizer;

/**
 * The lookup key of a name: lower case, accents folded, apostrophes unified, runs of spaces as one.
 * "Coruña", "CORUNA" and "Coruna" share a key, so word lists match copy that drops accents.
 */
final class NameKey {
  private NameKey() {}

  /** What {@link #asciiHash} gives for a slice that is not plain ASCII. */
  static final long NOT_ASCII = -1L;

  /**
   * The {@link String#hashCode} and length of the key of {@code text[start, end)}, computed in place
   * without making the key, packed as {@code (long) length << 32 | hash}; {@link #NOT_ASCII} when the
   * slice holds a char outside ASCII (its key folds accents, and must be made).
   */
  static long asciiHash(String text, int start, int end) {
    return asciiHash(text, null, start, end);
  }

  /** {@link #asciiHash(String, int, int)} of {@code chars[start, end)}, the chars of a text. */
  static long asciiHash(char[] chars, int start, int end) {
    return asciiHash(null, chars, start, end);
  }

  /** One loop for both: the chars come from {@code chars} when it is not null, else from {@code text}. */
  private static long asciiHash(String text, char[] chars, int start, int end) {
    int h = 0;
    int len = 0;
    boolean space = false;
    for (int k = start; k < end; k++) {
      char c = chars != null ? chars[k] : text.charAt(k);
      if (c >= 128) {
        return NOT_ASCII;
      }
      if (c == ' ' || c == '\t' || c == '\n') {
        space = len > 0;
        continue;
      }
      if (space) {
        h = 31 * h + ' ';
        len++;
        space = false;
      }
      h = 31 * h + (c >= 'A' && c <= 'Z' ? c + 32 : c);
      len++;
    }
    return (long) len << 32 | (h & 0xFFFFFFFFL);
  }

  static String of(CharSequence s) {
    return of(s, 0, s.length());
  }

  static String of(CharSequence s, int start, int end) {
    // one pass tells plain ASCII (the common case) from text that needs folding, and whether the slice
    // is its own key already
    boolean plain = true;
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      if (c >= 128) {
        return folded(s, start, end);
      }
      if (c >= 'A' && c <= 'Z' || c == ' ' || c == '\t' || c == '\n') {
        plain = false;
      }
    }
    if (plain && s instanceof String str) {
      return str.substring(start, end);
    }
    // a plain array rather than a StringBuilder: this runs for most capitalised words of a text
    char[] b = new char[end - start];
    int len = 0;
    boolean space = false;
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n') {
        space = len > 0;
        continue;
      }
      if (space) {
        b[len++] = ' ';
        space = false;
      }
      b[len++] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
    return new String(b, 0, len);
  }

  /** The key of a slice beyond ASCII: accents folded by decomposition. */
  private static String folded(CharSequence s, int start, int end) {
    StringBuilder b = new StringBuilder(end - start);
    String folded = Normalizer.normalize(s.subSequence(start, end), Normalizer.Form.NFD);
    boolean space = false;
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (Character.isWhitespace(c)) {
        space = b.length() > 0;
        continue;
      }
      if (space) {
        b.append(' ');
        space = false;
      }
      if (c == '\u2019' || c == '\u2018' || c == '`') {
        c = '\'';
      } else if (c == '\u2010' || c == '\u2011' || c == '\u2013') {
        c = '-';
      }
      b.append(Character.toLowerCase(c));
    }
    return b.toString();
  }
}
