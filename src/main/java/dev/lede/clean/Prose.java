package dev.lede.clean;

/** Character-level facts about English prose shared by the cleaning stages. */
final class Prose {
  private Prose() {}

  static boolean isTerminal(char c) {
    return c == '.' || c == '!' || c == '?' || c == '\u2026';
  }

  static boolean isClosingQuote(char c) {
    return c == '"' || c == '\'' || c == '\u201D' || c == '\u2019' || c == '\u00BB' || c == ')' || c == ']';
  }

  static boolean isOpeningQuote(char c) {
    return c == '"' || c == '\'' || c == '\u201C' || c == '\u2018' || c == '\u00AB' || c == '(' || c == '[';
  }

  /**
   * Not white space ({@link Character#isWhitespace}). Every ASCII white space char is at most ' ', so a
   * printable ASCII char is told without the tables.
   */
  private static boolean isWordChar(char c) {
    return c > ' ' && c < 128 || !Character.isWhitespace(c);
  }

  /** Whether a sentence may start with {@code c}: a capital letter, a digit or an opening quote. */
  static boolean startsSentence(char c) {
    if (c >= 'a' && c <= 'z') {
      return false; // most words: spared the four tests below, each of which says no
    }
    return Character.isUpperCase(c) || Character.isDigit(c) || isOpeningQuote(c) || Character.isTitleCase(c);
  }

  /** Whether {@code s[0, end)} ends like a finished sentence: a full stop, perhaps inside quotes. */
  static boolean endsSentence(CharSequence s, int end) {
    int i = end - 1;
    while (i >= 0 && Character.isWhitespace(s.charAt(i))) {
      i--;
    }
    int quotes = 0;
    while (i >= 0 && isClosingQuote(s.charAt(i)) && quotes < 3) {
      i--;
      quotes++;
      // copy with spaced-out quotes: '... said Washington. "'
      if (i > 0 && s.charAt(i) == ' ' && (s.charAt(i + 1) == '"' || s.charAt(i + 1) == '\'')) {
        i--;
      }
    }
    return i >= 0 && isTerminal(s.charAt(i));
  }

  static boolean endsSentence(CharSequence s) {
    return endsSentence(s, s.length());
  }

  /**
   * Whether {@code s} reads as a finished sentence: it ends like one and has lower-case letters. A
   * line in capitals is a headline even with a full stop ("CRICKET - LEICESTERSHIRE WIN.").
   */
  static boolean isSentence(CharSequence s) {
    return endsSentence(s) && hasLowerCase(s);
  }

  /** Whether a new sentence may start at {@code i}: the start, or after a finished sentence and a space. */
  static boolean sentenceStartsAt(CharSequence s, int i) {
    if (i == 0) {
      return true;
    }
    if (s.charAt(i - 1) != ' ') {
      return false;
    }
    return endsSentence(s, i - 1);
  }

  /** Whether {@code s[.., j)} may end a piece before a new sentence: the end, or a space then a capital. */
  static boolean sentenceFollowsAt(CharSequence s, int j) {
    if (j >= s.length()) {
      return true;
    }
    return s.charAt(j) == ' ' && j + 1 < s.length() && startsSentence(s.charAt(j + 1));
  }

  static int wordCount(CharSequence s) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < s.length(); i++) {
      boolean w = isWordChar(s.charAt(i));
      if (w && !in) {
        n++;
      }
      in = w;
    }
    return n;
  }

  /** Whether {@code s[from, to)} holds at least {@code n} words; stops counting at {@code n}. */
  static boolean hasWords(CharSequence s, int from, int to, int n) {
    int count = 0;
    boolean in = false;
    for (int i = from; i < to && count < n; i++) {
      boolean w = isWordChar(s.charAt(i));
      if (w && !in) {
        count++;
      }
      in = w;
    }
    return count >= n;
  }

  /** Lower-cased, without letters-and-digits-free ends: the form word lists are compared in. */
  static String key(CharSequence s) {
    int a = keyStart(s);
    return s.subSequence(a, keyEnd(s, a)).toString().toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * The length of the part of {@code s} that {@link #key} lower-cases; the key is never shorter (lower
   * case never takes a char away), so a key longer than every word of a list is ruled out by this.
   */
  static int keySpan(CharSequence s) {
    int a = keyStart(s);
    return keyEnd(s, a) - a;
  }

  private static int keyStart(CharSequence s) {
    int a = 0;
    while (a < s.length() && !Character.isLetterOrDigit(s.charAt(a))) {
      a++;
    }
    return a;
  }

  private static int keyEnd(CharSequence s, int a) {
    int b = s.length();
    while (b > a && !Character.isLetterOrDigit(s.charAt(b - 1)) && s.charAt(b - 1) != '+') {
      b--;
    }
    return b;
  }

  /** The length of the longest of {@code words}, for {@link #keySpan} tests. */
  static int longest(java.util.Collection<String> words) {
    int max = 0;
    for (String w : words) {
      max = Math.max(max, w.length());
    }
    return max;
  }

  /** {@link #wordCount}, counting no further than {@code cap}. */
  static int wordCount(CharSequence s, int cap) {
    int n = 0;
    boolean in = false;
    for (int i = 0; i < s.length() && n < cap; i++) {
      boolean w = isWordChar(s.charAt(i));
      if (w && !in) {
        n++;
      }
      in = w;
    }
    return n;
  }

  static boolean hasLetterOrDigit(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetterOrDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  static boolean hasLowerCase(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLowerCase(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Case-insensitive match of lower-case {@code word} at {@code s[i..]}. */
  static boolean matchesAt(CharSequence s, int i, String word) {
    if (i + word.length() > s.length()) {
      return false;
    }
    for (int k = 0; k < word.length(); k++) {
      if (Character.toLowerCase(s.charAt(i + k)) != word.charAt(k)) {
        return false;
      }
    }
    return true;
  }
}
