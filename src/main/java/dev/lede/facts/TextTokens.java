package dev.lede.facts;

/**
 * The tokens of a text with their offsets, for the date and number scanners: words (letters, with inner
 * apostrophes as in "don't" or "CPC's"), numbers (digits with inner {@code ,} or {@code .} followed by a
 * digit, as in "2,000" or "1.13"), single punctuation marks, and one {@code \n} mark per line break, so
 * that no pattern runs from one paragraph into the next. A token is "glued" to the one before when
 * no space separates them ("$", "1.13", "bn"). One linear pass; not thread-safe: one per text, used by
 * one thread.
 */
final class TextTokens {
  static final byte WORD = 1;
  static final byte NUMBER = 2;
  static final byte MARK = 3;

  final String text;
  private int[] starts;
  private int[] ends;
  private byte[] kinds;
  private int size;
  /** {@link WordTable#hash} of each token, taken in the scan: nearly every token is looked up. */
  private int[] hashes;
  /** {@link ScanWords} bits of each token: which scanner tables hold it. */
  private int[] scanWords;
  private String[] strs;
  private String[] lowers;
  private QuantityWords.Entry[] quantities;
  private boolean[] quantityKnown;
  /** Where the text starts in the chars {@link #scan} reads: {@code add} takes offsets into them. */
  private int off;

  private TextTokens(String text) {
    this.text = text;
    int cap = Math.max(16, text.length() / 4);
    starts = new int[cap];
    ends = new int[cap];
    kinds = new byte[cap];
    hashes = new int[cap];
    scanWords = new int[cap];
  }

  static TextTokens of(String text) {
    return of(text, text.toCharArray(), 0);
  }

  /**
   * The tokens of {@code text}, whose chars {@code chars} holds from {@code offset} to its end (the chars
   * entity recognition made of the heading lines and the text, shared rather than copied again);
   * offsets are into {@code text}.
   */
  static TextTokens of(String text, char[] chars, int offset) {
    if (offset < 0 || chars.length - offset != text.length()) {
      throw new IllegalArgumentException("the chars do not end with the text");
    }
    TextTokens t = new TextTokens(text);
    t.scan(chars, offset);
    return t;
  }

  /**
   * One pass over a copy of the text's chars (a string's own chars are read through checks of its
   * coding on every read), {@code text[i]} at {@code s[off + i]}, each token's {@link WordTable#hash}
   * taken as its chars are passed over.
   */
  private void scan(char[] s, int off) {
    this.off = off;
    int n = s.length; // the text runs to the end of the chars: bounds the JIT can see
    int i = off;
    while (i < n) {
      char c = s[i];
      if (c == '\n') {
        int j = i + 1;
        while (j < n && isWhitespace(s[j])) {
          j++;
        }
        add(s, i, i + 1, MARK, WordTable.mix('\n')); // a line break ends every pattern, as a full stop does
        i = j;
      } else if (isWhitespace(c)) {
        i++;
      } else if (isLetter(c)) {
        int h = WordTable.fold(c);
        int j = i + 1;
        while (j < n) {
          char d = s[j];
          if (isLetter(d)) {
            h = 31 * h + WordTable.fold(d);
            j++;
          } else if (isApostrophe(d) && j + 1 < n && isLetter(s[j + 1])) {
            h = 31 * (31 * h + WordTable.fold(d)) + WordTable.fold(s[j + 1]);
            j += 2;
          } else {
            break;
          }
        }
        add(s, i, j, WORD, WordTable.mix(h));
        i = j;
      } else if (c >= '0' && c <= '9') {
        int h = c;
        int j = i + 1;
        while (j < n) {
          char d = s[j];
          if (d >= '0' && d <= '9') {
            h = 31 * h + d;
            j++;
          } else if ((d == ',' || d == '.') && j + 1 < n && isDigit(s[j + 1])) {
            h = 31 * (31 * h + d) + s[j + 1];
            j += 2;
          } else {
            break;
          }
        }
        add(s, i, j, NUMBER, WordTable.mix(h));
        i = j;
      } else {
        add(s, i, i + 1, MARK, WordTable.mix(WordTable.fold(c)));
        i++;
      }
    }
  }

  /** {@link Character#isWhitespace}, answered without a table look-up for ASCII (nearly every char). */
  static boolean isWhitespace(char c) {
    if (c < 128) {
      return c == ' ' || c >= '\t' && c <= '\r' || c >= '\u001C' && c <= '\u001F';
    }
    return Character.isWhitespace(c);
  }

  /** {@link Character#isLetter}, answered without a table look-up for ASCII. */
  static boolean isLetter(char c) {
    if (c < 128) {
      return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    }
    return Character.isLetter(c);
  }

  /**
   * Adds the token {@code chars[s, e)} (the text's chars, from {@link #off}), whose {@link WordTable#hash}
   * is {@code hash}.
   */
  private void add(char[] chars, int s, int e, byte kind, int hash) {
    if (size == starts.length) {
      int cap = size * 2;
      starts = java.util.Arrays.copyOf(starts, cap);
      ends = java.util.Arrays.copyOf(ends, cap);
      kinds = java.util.Arrays.copyOf(kinds, cap);
      hashes = java.util.Arrays.copyOf(hashes, cap);
      scanWords = java.util.Arrays.copyOf(scanWords, cap);
    }
    starts[size] = s - off;
    ends[size] = e - off;
    kinds[size] = kind;
    hashes[size] = hash;
    scanWords[size] = ScanWords.of(hash, chars, s, e);
    size++;
  }

  static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019';
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  int size() {
    return size;
  }

  int start(int i) {
    return starts[i];
  }

  int end(int i) {
    return ends[i];
  }

  byte kind(int i) {
    return kinds[i];
  }

  boolean isWord(int i) {
    return i >= 0 && i < size && kinds[i] == WORD;
  }

  boolean isNumber(int i) {
    return i >= 0 && i < size && kinds[i] == NUMBER;
  }

  /** Whether token {@code i} is the single mark {@code c}. */
  boolean isMark(int i, char c) {
    return i >= 0 && i < size && kinds[i] == MARK && text.charAt(starts[i]) == c;
  }

  /** The value {@code table} holds for token {@code i}, in any case, or null (also out of range). */
  <V> V lookup(WordTable<V> table, int i) {
    return table.get(this, i);
  }

  /** Whether token {@code i} is in any of the {@link ScanWords} tables {@code bits} names. */
  boolean in(int i, int bits) {
    return i >= 0 && i < size && (scanWords[i] & bits) != 0;
  }

  /** The case-folded hash of token {@code i}, for {@link WordTable}. */
  int foldedHash(int i) {
    return hashes[i];
  }

  /** The token as written; made once per token and kept, since several scanners ask. */
  String str(int i) {
    if (strs == null) {
      strs = new String[size];
    }
    String s = strs[i];
    if (s == null) {
      s = text.substring(starts[i], ends[i]);
      strs[i] = s;
    }
    return s;
  }

  /** The token in lower case, made once and kept. */
  String lower(int i) {
    if (lowers == null) {
      lowers = new String[size];
    }
    String s = lowers[i];
    if (s == null) {
      s = asciiLower(i);
      if (s == null) {
        s = str(i).toLowerCase(java.util.Locale.ROOT);
      }
      lowers[i] = s;
    }
    return s;
  }

  /**
   * What {@code str(i).toLowerCase(Locale.ROOT)} gives for a token of plain ASCII, made in one pass (the
   * token as written when it has no capitals); null beyond ASCII, where lower case may change the length.
   */
  private String asciiLower(int i) {
    int s = starts[i];
    int e = ends[i];
    boolean upper = false;
    for (int k = s; k < e; k++) {
      char c = text.charAt(k);
      if (c >= 128) {
        return null;
      }
      upper |= c >= 'A' && c <= 'Z';
    }
    if (!upper) {
      return str(i);
    }
    char[] b = new char[e - s];
    for (int k = s; k < e; k++) {
      char c = text.charAt(k);
      b[k - s] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
    return new String(b);
  }

  /**
   * Token {@code i} is plain ASCII or the curly apostrophe, whose lower case {@link WordTable#fold} gives
   * char by char; so a look-up by its hash, or a comparison of its folded chars, answers exactly as its
   * {@link #lower} string would (beyond ASCII, lower case may change a string's length).
   */
  boolean isPlain(int i) {
    for (int k = starts[i]; k < ends[i]; k++) {
      char c = text.charAt(k);
      if (c >= 128 && c != '\u2019') {
        return false;
      }
    }
    return true;
  }

  /** {@code lower(i).equals(s)} for a lower-case {@code s}, without making the string for a plain token. */
  boolean lowerIs(int i, String s) {
    if (!isPlain(i)) {
      return lower(i).equals(s);
    }
    return ends[i] - starts[i] == s.length() && foldedMatch(starts[i], s);
  }

  /** {@code lower(i).endsWith(s)} for a lower-case {@code s}, without making the string for a plain token. */
  boolean lowerEndsWith(int i, String s) {
    if (!isPlain(i)) {
      return lower(i).endsWith(s);
    }
    return ends[i] - starts[i] >= s.length() && foldedMatch(ends[i] - s.length(), s);
  }

  /** {@code lower(i).length()}, without making the string for a plain token. */
  int lowerLength(int i) {
    return isPlain(i) ? ends[i] - starts[i] : lower(i).length();
  }

  /** The chars from {@code at}, folded to lower case, are {@code s}. */
  private boolean foldedMatch(int at, String s) {
    for (int k = 0; k < s.length(); k++) {
      if (WordTable.fold(text.charAt(at + k)) != s.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** {@link QuantityWords#of(TextTokens, int)} of a word or mark, looked up once and kept: several scanners ask. */
  QuantityWords.Entry quantity(int i) {
    if (quantities == null) {
      quantities = new QuantityWords.Entry[size];
      quantityKnown = new boolean[size];
    }
    if (!quantityKnown[i]) {
      quantities[i] = (scanWords[i] & ScanWords.QUANTITY) != 0 ? QuantityWords.find(this, i) : null;
      quantityKnown[i] = true;
    }
    return quantities[i];
  }

  /** Token {@code i} is written exactly as {@code s}. */
  boolean is(int i, String s) {
    return i >= 0 && i < size && ends[i] - starts[i] == s.length() && text.startsWith(s, starts[i]);
  }

  /** No space between token {@code i - 1} and token {@code i}. */
  boolean glued(int i) {
    return i > 0 && i < size && starts[i] == ends[i - 1];
  }

  /** Token {@code i} starts with an upper-case letter. */
  boolean capitalised(int i) {
    return isWord(i) && Character.isUpperCase(text.charAt(starts[i]));
  }

  /** Whether a line break lies between token {@code i - 1} and token {@code i}. */
  boolean lineBreakBefore(int i) {
    if (i <= 0 || i >= size) {
      return i <= 0;
    }
    for (int k = ends[i - 1]; k < starts[i]; k++) {
      if (text.charAt(k) == '\n') {
        return true;
      }
    }
    return false;
  }

  /** Token {@code i} ends a sentence or clause for look-around windows: . ! ? ; or a line break. */
  boolean isBoundary(int i) {
    if (i < 0 || i >= size) {
      return true;
    }
    if (kinds[i] != MARK) {
      return false;
    }
    char c = text.charAt(starts[i]);
    return c == '.' || c == '!' || c == '?' || c == ';' || c == '\n';
  }

  /** The value of a plain digit token without separators, or -1. At most 9 digits. */
  int intValue(int i) {
    if (!isNumber(i) || ends[i] - starts[i] > 9) {
      return -1;
    }
    int v = 0;
    for (int k = starts[i]; k < ends[i]; k++) {
      char c = text.charAt(k);
      if (!isDigit(c)) {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  int length(int i) {
    return ends[i] - starts[i];
  }

  /** The first token that ends after char {@code offset}: the one holding it, or the next; or size(). */
  int tokenAt(int offset) {
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (ends[mid] <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
