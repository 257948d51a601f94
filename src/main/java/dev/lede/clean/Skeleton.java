package dev.lede.clean;

/**
 * The comparison form of a piece of text: its letters and digits, lower-cased, with everything else
 * (spaces, punctuation, HTML entity junk such as {@code &nbsp;}) left out, and a map from every skeleton
 * char back to its offset in the text. Two passages that differ only in whitespace, punctuation or case
 * have the same skeleton.
 */
final class Skeleton {
  /** The skeleton chars in {@code [0, length)}; what lies beyond is unspecified. */
  final char[] chars;
  /** {@code offsets[i]} is the text offset of {@code chars[i]}. */
  final int[] offsets;
  final int length;

  /**
   * The skeleton char of each ASCII char, 0 for none: most of any text is told apart with a table read
   * and no branch per kind of char (the branches mispredict on the mix of letters, spaces and
   * punctuation).
   */
  private static final char[] ASCII = new char[128];

  static {
    for (char ch = 'a'; ch <= 'z'; ch++) {
      ASCII[ch] = ch;
      ASCII[ch - ('a' - 'A')] = ch;
    }
    for (char ch = '0'; ch <= '9'; ch++) {
      ASCII[ch] = ch;
    }
  }

  private Skeleton(char[] chars, int[] offsets, int length) {
    this.chars = chars;
    this.offsets = offsets;
    this.length = length;
  }

  /** The skeleton of {@code text[from, to)}. Linear in the range. */
  static Skeleton of(String text, int from, int to) {
    char[] c = new char[to - from];
    // the chars are read from c, and the skeleton written over those already read (n <= i - from):
    // an array read per char, without String.charAt's checks
    text.getChars(from, to, c, 0);
    int[] o = new int[to - from];
    int n = 0;
    int i = from;
    while (i < to) {
      char ch = c[i - from];
      char k; // the skeleton char, or 0 for none
      if (ch < 128) { // ASCII, most of any text, without the Unicode tables
        k = ASCII[ch];
        if (ch == '&') {
          int end = entityEnd(text, i, to);
          if (end > 0) {
            i = end;
            continue;
          }
        }
      } else {
        k = Character.isLetterOrDigit(ch) ? Character.toLowerCase(ch) : 0;
      }
      // written whether or not there is a skeleton char, and kept only when there is: no branch
      c[n] = k;
      o[n] = i;
      n += k != 0 ? 1 : 0;
      i++;
    }
    return new Skeleton(c, o, n);
  }

  /** The skeleton as a string (for hashing short segments). */
  static String key(CharSequence text) {
    return key(text, 0, text.length());
  }

  /**
   * The skeleton of {@code text[from, to)} as a string, as {@link #key(CharSequence)} gives it for that
   * part alone. ASCII, most of any text, is told apart without the Unicode tables.
   */
  static String key(CharSequence text, int from, int to) {
    char[] b = new char[to - from];
    int n = 0;
    for (int i = from; i < to; i++) {
      char ch = text.charAt(i);
      if (ch < 128) {
        if (ch >= 'a' && ch <= 'z' || ch >= '0' && ch <= '9') {
          b[n++] = ch;
        } else if (ch >= 'A' && ch <= 'Z') {
          b[n++] = (char) (ch + ('a' - 'A'));
        } else if (ch == '&') {
          int end = entityEnd(text, i, to);
          if (end > 0) {
            i = end - 1;
          }
        }
      } else if (Character.isLetterOrDigit(ch)) {
        b[n++] = Character.toLowerCase(ch);
      }
    }
    return new String(b, 0, n);
  }

  /**
   * Whether {@link #key(CharSequence, int, int)} of {@code text[from, to)} equals {@code key}, read
   * until the first char that differs, without making the key: a paragraph compared with a headline
   * mostly differs within a few chars.
   */
  static boolean keyEquals(CharSequence text, int from, int to, String key) {
    int n = 0;
    int length = key.length();
    for (int i = from; i < to; i++) {
      char ch = text.charAt(i);
      char k = 0;
      if (ch < 128) {
        if (ch >= 'a' && ch <= 'z' || ch >= '0' && ch <= '9') {
          k = ch;
        } else if (ch >= 'A' && ch <= 'Z') {
          k = (char) (ch + ('a' - 'A'));
        } else if (ch == '&') {
          int end = entityEnd(text, i, to);
          if (end > 0) {
            i = end - 1;
          }
        }
      } else if (Character.isLetterOrDigit(ch)) {
        k = Character.toLowerCase(ch);
      }
      if (k != 0) {
        if (n >= length || key.charAt(n) != k) {
          return false;
        }
        n++;
      }
    }
    return n == length;
  }

  /**
   * The skeletons of any parts of {@code text} from one pass over it, when they can be had so: each
   * char of a text without {@code '&'} maps to its skeleton char (or none) alone, so the key of a part
   * is the run of the whole text's skeleton that the part's chars map to. Null when {@code text} holds
   * an {@code '&'}, which may open an HTML entity whose chars map together.
   */
  static Parts parts(String text) {
    if (text.indexOf('&') >= 0) {
      return null;
    }
    int n = text.length();
    char[] c = new char[n];
    text.getChars(0, n, c, 0); // read from an array: no String.charAt checks per char
    int[] before = new int[n + 1];
    int k = 0;
    for (int i = 0; i < n; i++) {
      before[i] = k;
      char ch = c[i];
      char sk = ch < 128 ? ASCII[ch] : Character.isLetterOrDigit(ch) ? Character.toLowerCase(ch) : 0;
      c[k] = sk; // k <= i: the skeleton is written over the chars already read
      k += sk != 0 ? 1 : 0;
    }
    before[n] = k;
    return new Parts(c, before);
  }

  /** The skeleton of a whole text, and where each of its chars' part of it begins. */
  static final class Parts {
    private final char[] chars;
    /** {@code before[i]}: how many skeleton chars the text's chars before {@code i} map to. */
    private final int[] before;

    private Parts(char[] chars, int[] before) {
      this.chars = chars;
      this.before = before;
    }

    /** {@link Skeleton#key(CharSequence, int, int)} of the text's {@code [from, to)}. */
    String key(int from, int to) {
      return new String(chars, before[from], before[to] - before[from]);
    }
  }

  /** End of an HTML entity such as {@code &nbsp;} or {@code &#160;} starting at {@code i}, or -1. */
  static int entityEnd(CharSequence t, int i, int to) {
    int j = i + 1;
    int limit = Math.min(to, i + 10);
    boolean numeric = j < limit && t.charAt(j) == '#';
    if (numeric) {
      j++;
    }
    int start = j;
    while (j < limit) {
      char c = t.charAt(j);
      if (c == ';') {
        return j > start + (numeric ? 0 : 1) ? j + 1 : -1;
      }
      boolean ok = numeric
          ? (c >= '0' && c <= '9') || c == 'x'
          : (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      if (!ok) {
        return -1;
      }
      j++;
    }
    return -1;
  }

  /**
   * The Z-function of {@code s[0, n)}: {@code z[i]} is the length of the longest common prefix of
   * {@code s} and {@code s[i..]} ({@code z[0] = n}). Linear time.
   */
  static int[] zFunction(char[] s, int n) {
    int[] z = new int[n];
    if (n == 0) {
      return z;
    }
    z[0] = n;
    int l = 0;
    int r = 0;
    for (int i = 1; i < n; i++) {
      if (i < r) {
        z[i] = Math.min(r - i, z[i - l]);
      }
      while (i + z[i] < n && s[z[i]] == s[i + z[i]]) {
        z[i]++;
      }
      if (i + z[i] > r) {
        l = i;
        r = i + z[i];
      }
    }
    return z;
  }
}
