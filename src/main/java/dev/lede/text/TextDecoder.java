package dev.lede.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns raw article bytes into normalised text. Stateless and thread-safe.
 *
 * <p>Reading order: a byte-order mark wins (UTF-8, UTF-16 LE/BE); then BOM-less UTF-16 recognised by its
 * zero bytes; otherwise the bytes are read as UTF-8, and every byte that is not part of a well-formed
 * UTF-8 sequence is read as Windows-1252. A file written wholly in Windows-1252 therefore reads
 * correctly (its high bytes almost never form valid UTF-8), and a UTF-8 file with a few stray bytes
 * keeps all of its good text.
 *
 * <p>Normalisation: {@code \r\n} and {@code \r} become {@code \n}; tabs, no-break and other odd spaces
 * become a plain space; runs of spaces collapse to one and spaces at line ends are dropped;
 * zero-width characters, soft hyphens and control characters are removed, except that a zero-width
 * joiner or non-joiner between two visible characters stays (it is part of an emoji sequence such as a
 * family, or of the spelling of Persian and Indic words). Every kept char remembers the input byte
 * offset it came from.
 */
public final class TextDecoder {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final char[] CP1252_HIGH = new char[256];
  /** Chars {@link #isPlainlyNormalised} copies out of the string at a time. */
  private static final int PLAIN_CHUNK = 8192;
  /** 1 for the bytes (and chars) of printable ASCII other than the space, {@code '!'} to {@code '~'}. */
  private static final byte[] PLAIN = new byte[256];
  /** 1 for the space. */
  private static final byte[] SPACE = new byte[256];
  /** {@link #isPlainlyNormalised}'s classes: a break (space or line break), a space, a char normalising changes. */
  private static final int BREAK = 1;
  private static final int SPACED = 2;
  private static final int CHANGED = 4;
  /** The class of every ASCII char: printable 0, line break {@link #BREAK}, space both, other controls changed. */
  private static final byte[] ASCII_CLASS = new byte[128];

  static {
    for (int c = '!'; c <= '~'; c++) {
      PLAIN[c] = 1;
    }
    SPACE[' '] = 1;
    for (int c = 0; c < 0x80; c++) {
      ASCII_CLASS[c] = (byte) (c > ' ' && c < 0x7F ? 0 : c == '\n' ? BREAK : c == ' ' ? BREAK | SPACED : CHANGED);
    }
  }

  static {
    byte[] all = new byte[256];
    for (int i = 0; i < 256; i++) {
      all[i] = (byte) i;
    }
    String s = new String(all, WINDOWS_1252);
    for (int i = 0; i < 256; i++) {
      CP1252_HIGH[i] = s.charAt(i);
    }
  }

  private TextDecoder() {}

  /** Decodes and normalises {@code bytes}. Never fails; binary detection is {@link BinarySniffer}'s job. */
  public static DecodedText decode(byte[] bytes) {
    int n = bytes.length;
    if (n >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      return decodeUtf8(bytes, 3, "UTF-8");
    }
    if (n >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return decodeUtf16(bytes, 2, false, "UTF-16LE");
    }
    if (n >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return decodeUtf16(bytes, 2, true, "UTF-16BE");
    }
    int bomless = BinarySniffer.bomlessUtf16(bytes);
    if (bomless != 0) {
      return decodeUtf16(bytes, 0, bomless > 0, bomless > 0 ? "UTF-16BE" : "UTF-16LE");
    }
    return decodeUtf8(bytes, 0, "UTF-8");
  }

  /**
   * Decodes {@code bytes} in a character set the caller determined (an HTML page's {@code <meta charset>},
   * say) and normalises the text as {@link #decode(byte[])} does. A byte-order mark still wins, since
   * it cannot be wrong; UTF-8 keeps its Windows-1252 fallback for stray bytes; in any other charset,
   * malformed input becomes U+FFFD. Never fails.
   */
  public static DecodedText decode(byte[] bytes, Charset charset) {
    if (charset == null || hasBom(bytes) || charset.equals(StandardCharsets.UTF_8)) {
      return decode(bytes);
    }
    if (charset.equals(StandardCharsets.UTF_16LE) || charset.equals(StandardCharsets.UTF_16BE)) {
      boolean big = charset.equals(StandardCharsets.UTF_16BE);
      return decodeUtf16(bytes, 0, big, charset.name());
    }
    return decodeWith(bytes, charset);
  }

  private static boolean hasBom(byte[] b) {
    int n = b.length;
    return n >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF
        || n >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE
        || n >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF;
  }

  /**
   * Decodes with a JDK decoder one char at a time (two for a surrogate pair), so that each char keeps
   * the offset of the bytes it came from. Linear in the input.
   */
  private static DecodedText decodeWith(byte[] b, Charset charset) {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    Normaliser out = new Normaliser(b.length);
    ByteBuffer in = ByteBuffer.wrap(b);
    CharBuffer one = CharBuffer.allocate(2);
    while (in.hasRemaining()) {
      int at = in.position();
      one.clear().limit(1);
      CoderResult r = decoder.decode(in, one, true);
      if (one.position() == 0 && r.isOverflow()) {
        one.limit(2); // a surrogate pair needs room for both halves
        r = decoder.decode(in, one, true);
      }
      if (one.position() == 0 && in.position() == at) {
        break; // the decoder made no progress: the rest is an incomplete sequence
      }
      one.flip();
      while (one.hasRemaining()) {
        out.accept(one.get(), at);
      }
    }
    CharBuffer tail = CharBuffer.allocate(16);
    decoder.flush(tail); // stateful decoders (ISO-2022) may hold a last char
    tail.flip();
    while (tail.hasRemaining()) {
      out.accept(tail.get(), b.length);
    }
    return out.finish(charset.name(), b.length);
  }

  /** Normalises text a caller already holds as a string; offsets map to char indexes of {@code s}. */
  public static DecodedText normalise(String s) {
    Normaliser out = new Normaliser(s.length());
    for (int i = 0; i < s.length(); i++) {
      out.accept(s.charAt(i), i);
    }
    return out.finish("UTF-16", s.length());
  }

  /**
   * Whether {@link #normalise} would give {@code s} back as it is: one scan that compares instead of
   * copying, for text already normalised once (cleaned text read again), however large.
   */
  public static boolean isNormalised(String s) {
    if (isPlainlyNormalised(s)) {
      return true;
    }
    Normaliser check = new Normaliser(s);
    for (int i = 0; i < s.length() && !check.differs; i++) {
      check.accept(s.charAt(i), i);
    }
    return !check.differs && check.len == s.length() && !check.pendingOutput();
  }

  /**
   * A quick yes for {@link #isNormalised}, false when it cannot tell: every char is one that normalising
   * keeps as it is (a line break; printable ASCII; beyond it, any char that is not a space, an invisible
   * or joiner, a line separator or half a surrogate pair), and every space stands alone between two such
   * chars other than line breaks. The normaliser gives such text back char for char; cleaned text is
   * nearly always such text, and this reads it without the normaliser's state.
   */
  private static boolean isPlainlyNormalised(String s) {
    int n = s.length();
    // read in chunks copied to an array (String.charAt checks the string's coding on every read), each
    // char classed by table, and the pairs that normalising would change (a space beside a space or a
    // line break) told by bits, without a branch per kind of char
    char[] buf = new char[Math.min(n, PLAIN_CHUNK)];
    int prev = BREAK; // the start reads like the start of a line: no space may open it
    for (int from = 0; from < n; from += PLAIN_CHUNK) {
      int m = Math.min(n - from, PLAIN_CHUNK);
      s.getChars(from, from + m, buf, 0);
      int bad = 0;
      for (int k = 0; k < m; k++) {
        char c = buf[k];
        int cls = c < 0x80 ? ASCII_CLASS[c] : wideClass(c);
        int pair = prev & cls & BREAK; // two breaks together ...
        int spaced = (prev | cls) >> 1 & 1; // ... one of them a space
        bad |= cls & CHANGED | (pair & spaced) << 2;
        prev = cls;
      }
      if (bad != 0) {
        return false;
      }
    }
    return (prev & SPACED) == 0; // nor may a space end the text
  }

  /** {@link #isPlainlyNormalised}'s class of a char beyond ASCII: 0 when normalising keeps it as it is. */
  private static int wideClass(char c) {
    return c < 0xA0 || isSpace(c) || isInvisible(c) || Character.isSurrogate(c) || c == '\u2028' || c == '\u2029'
        ? CHANGED
        : 0;
  }

  private static DecodedText decodeUtf8(byte[] b, int from, String name) {
    Normaliser out = new Normaliser(b.length - from);
    int i = from;
    boolean sawFallback = false;
    while (i < b.length) {
      int c = b[i] & 0xFF;
      if (c < 0x80) {
        int after = out.acceptPlainRun(b, i);
        if (after > i) {
          i = after;
          continue;
        }
        out.accept((char) c, i);
        i++;
        continue;
      }
      int len = utf8SequenceLength(b, i);
      if (len == 0) {
        out.accept(CP1252_HIGH[c], i);
        sawFallback = true;
        i++;
        continue;
      }
      int cp;
      if (len == 2) {
        cp = ((c & 0x1F) << 6) | (b[i + 1] & 0x3F);
      } else if (len == 3) {
        cp = ((c & 0x0F) << 12) | ((b[i + 1] & 0x3F) << 6) | (b[i + 2] & 0x3F);
      } else {
        cp = ((c & 0x07) << 18) | ((b[i + 1] & 0x3F) << 12) | ((b[i + 2] & 0x3F) << 6) | (b[i + 3] & 0x3F);
      }
      if (cp >= 0x10000) {
        out.accept(Character.highSurrogate(cp), i);
        out.accept(Character.lowSurrogate(cp), i);
      } else {
        out.accept((char) cp, i);
      }
      i += len;
    }
    return out.finish(sawFallback ? name + "+windows-1252" : name, b.length);
  }

  /** Length of the well-formed UTF-8 sequence starting at {@code i}, or 0 if there is none. */
  static int utf8SequenceLength(byte[] b, int i) {
    int c = b[i] & 0xFF;
    int n = b.length;
    if (c >= 0xC2 && c <= 0xDF) {
      return i + 1 < n && cont(b[i + 1]) ? 2 : 0;
    }
    if (c >= 0xE0 && c <= 0xEF) {
      if (i + 2 >= n || !cont(b[i + 1]) || !cont(b[i + 2])) {
        return 0;
      }
      int c1 = b[i + 1] & 0xFF;
      if (c == 0xE0 && c1 < 0xA0) {
        return 0; // overlong
      }
      if (c == 0xED && c1 >= 0xA0) {
        return 0; // surrogate
      }
      return 3;
    }
    if (c >= 0xF0 && c <= 0xF4) {
      if (i + 3 >= n || !cont(b[i + 1]) || !cont(b[i + 2]) || !cont(b[i + 3])) {
        return 0;
      }
      int c1 = b[i + 1] & 0xFF;
      if (c == 0xF0 && c1 < 0x90) {
        return 0;
      }
      if (c == 0xF4 && c1 >= 0x90) {
        return 0;
      }
      return 4;
    }
    return 0;
  }

  private static boolean cont(byte x) {
    return (x & 0xC0) == 0x80;
  }

  private static DecodedText decodeUtf16(byte[] b, int from, boolean bigEndian, String name) {
    Normaliser out = new Normaliser((b.length - from) / 2);
    for (int i = from; i + 1 < b.length; i += 2) {
      int hi = b[bigEndian ? i : i + 1] & 0xFF;
      int lo = b[bigEndian ? i + 1 : i] & 0xFF;
      out.accept((char) ((hi << 8) | lo), i);
    }
    return out.finish(name, b.length);
  }

  /** Streams chars through normalisation, tracking offsets. */
  private static final class Normaliser {
    private char[] chars;
    private int[] offsets;
    private int len;
    private boolean pendingSpace;
    private int pendingSpaceOffset;
    private boolean pendingCr;
    private char pendingHigh;
    private int pendingHighOffset;
    private char pendingJoiner;
    private int pendingJoinerOffset;

    /** When set, emitted chars are compared with it instead of stored ({@link #isNormalised}). */
    private final String expected;
    boolean differs;

    Normaliser(int capacity) {
      chars = new char[Math.max(16, capacity)];
      offsets = new int[Math.max(16, capacity) + 1];
      expected = null;
    }

    Normaliser(String expected) {
      this.expected = expected;
    }

    /** The last char emitted (when checking, the expected one: they differ only once {@code differs}). */
    private char last() {
      if (expected == null) {
        return chars[len - 1];
      }
      return len - 1 < expected.length() ? expected.charAt(len - 1) : 0;
    }

    /** Whether a char still waits to be emitted (a high surrogate waiting for its low half). */
    boolean pendingOutput() {
      return pendingHigh != 0;
    }

    void accept(char c, int offset) {
      if (c > ' ' && c < 0x7F && pendingHigh == 0) {
        // Printable ASCII, most of any text: what the general path below does with it, in short.
        pendingCr = false;
        if (pendingJoiner != 0 || pendingSpace) {
          beforeVisible();
        }
        emit(c, offset);
        return;
      }
      if (pendingHigh != 0) {
        char high = pendingHigh;
        pendingHigh = 0;
        if (Character.isLowSurrogate(c)) {
          beforeVisible();
          emit(high, pendingHighOffset);
          emit(c, offset);
          return;
        }
        // lone high surrogate: dropped
      }
      if (Character.isHighSurrogate(c)) {
        pendingHigh = c;
        pendingHighOffset = offset;
        return;
      }
      if (Character.isLowSurrogate(c)) {
        return; // lone low surrogate
      }
      if (c == '\r') {
        newline(offset);
        pendingCr = true;
        return;
      }
      if (c == '\n') {
        if (pendingCr) {
          pendingCr = false;
          return;
        }
        newline(offset);
        return;
      }
      pendingCr = false;
      if (c == '\f' || c == '\u000B' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
        newline(offset);
        return;
      }
      if (isSpace(c)) {
        if (!pendingSpace) {
          pendingSpace = true;
          pendingSpaceOffset = offset;
        }
        pendingJoiner = 0;
        return;
      }
      if (c == '\u200C' || c == '\u200D') {
        if (!pendingSpace && len > 0 && last() != '\n') {
          pendingJoiner = c;
          pendingJoinerOffset = offset;
        }
        return;
      }
      if (isInvisible(c)) {
        return;
      }
      beforeVisible();
      emit(c, offset);
    }

    /**
     * Takes the run of printable ASCII bytes from {@code b[i]}, and the single spaces between them, when
     * nothing waits to be emitted: most of any text, stored as {@link #accept} would store it, without its
     * state. Returns where the run stopped ({@code i} when it did not start); the bytes from there go to
     * {@link #accept}.
     */
    int acceptPlainRun(byte[] b, int i) {
      if (expected != null || pendingHigh != 0 || pendingJoiner != 0 || pendingSpace) {
        return i;
      }
      char[] cs = chars;
      int[] at = offsets;
      int n = len;
      int end = Math.min(b.length, i + (cs.length - n)); // one char per byte: never past the capacity
      if (i >= end || b[i] == ' ' && (n == 0 || cs[n - 1] == '\n')) {
        return i; // a space opening a line is dropped: not for this loop
      }
      // the run: printable chars, and single spaces each followed by one (so never a space at the run's
      // end, nor two together); found by table, without a branch per kind of byte
      int j = i;
      int last = end - 1;
      while (j < last && (PLAIN[b[j] & 0xFF] | SPACE[b[j] & 0xFF] & PLAIN[b[j + 1] & 0xFF]) != 0) {
        j++;
      }
      if (j == last && PLAIN[b[j] & 0xFF] != 0) {
        j++; // the last byte in reach: a space there has no char after it in reach
      }
      for (int k = i; k < j; k++) {
        cs[n + k - i] = (char) b[k];
      }
      for (int k = i; k < j; k++) {
        at[n + k - i] = k;
      }
      if (j > i) {
        pendingCr = false;
        len = n + j - i;
      }
      return j;
    }

    /** Emits what waits for a visible char: a space, or a joiner between two visible chars. */
    private void beforeVisible() {
      if (pendingJoiner != 0) {
        emit(pendingJoiner, pendingJoinerOffset);
        pendingJoiner = 0;
      }
      flushSpace();
    }

    private void flushSpace() {
      if (pendingSpace) {
        pendingSpace = false;
        if (len > 0 && last() != '\n') {
          emit(' ', pendingSpaceOffset);
        }
      }
    }

    private void newline(int offset) {
      pendingSpace = false; // trailing spaces dropped
      pendingJoiner = 0;
      emit('\n', offset);
    }

    private void emit(char c, int offset) {
      if (expected != null) {
        differs |= len >= expected.length() || expected.charAt(len) != c;
        len++;
        return;
      }
      if (len == chars.length) {
        int cap = chars.length * 2;
        chars = java.util.Arrays.copyOf(chars, cap);
        offsets = java.util.Arrays.copyOf(offsets, cap + 1);
      }
      chars[len] = c;
      offsets[len] = offset;
      len++;
    }

    DecodedText finish(String charset, int inputLength) {
      offsets[len] = inputLength;
      // the map is handed over as it is when it is full, as it is for text that lost no char (most of
      // any input): a copy would hold a second 4 bytes per char
      int[] map = offsets.length == len + 1 ? offsets : java.util.Arrays.copyOf(offsets, len + 1);
      return new DecodedText(new String(chars, 0, len), charset, map);
    }
  }

  static boolean isSpace(char c) {
    return c == ' '
        || c == '\t'
        || c == '\u00A0'
        || c == '\u1680'
        || (c >= '\u2000' && c <= '\u200A')
        || c == '\u202F'
        || c == '\u205F'
        || c == '\u3000';
  }

  static boolean isInvisible(char c) {
    if (c < 0x20 || (c >= 0x7F && c < 0xA0)) {
      return true; // controls (line breaks handled before)
    }
    return c == '\u00AD'
        || c == '\u200B'
        || c == '\u200C'
        || c == '\u200D'
        || c == '\u200E'
        || c == '\u200F'
        || c == '\u2060'
        || c == '\uFEFF'
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069')
        || c == '\uFFFE'
        || c == '\uFFFF';
  }
}
