package dev.lede.text;

/**
 * Tells text from binary without trusting a file name. Stateless and thread-safe; looks at a bounded
 * prefix of the input, so it costs the same on any size.
 */
public final class BinarySniffer {
  private static final int SAMPLE = 8192;

  /**
   * What a byte of 8-bit text adds to the control count: NUL 4 (it never occurs in 8-bit text), any
   * other C0 control 1, except the line and page breaks and tabs and the vertical tab (0x0B: Word's
   * manual line break, read as a line end); every other byte 0. A table, so the loop has no branch.
   */
  private static final byte[] CONTROL_WEIGHT = new byte[256];

  static {
    for (int c = 0; c < 0x20; c++) {
      boolean whitespace = c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0x0B;
      CONTROL_WEIGHT[c] = (byte) (c == 0 ? 4 : whitespace ? 0 : 1);
    }
  }

  /**
   * What {@link #looksBinary}'s tests make of an ASCII char, without the Unicode tables: no ASCII char is
   * odd; each counts as text (1), but where the bytes needed the Windows-1252 fallback only letters,
   * digits, the space and the line break do.
   */
  private static final byte[] ASCII_TEXT = new byte[0x80];
  private static final byte[] ASCII_TEXT_AFTER_FALLBACK = new byte[0x80];

  static {
    java.util.Arrays.fill(ASCII_TEXT, (byte) 1);
    for (int c = 0; c < 0x80; c++) {
      boolean letterOrDigit = (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
      ASCII_TEXT_AFTER_FALLBACK[c] = (byte) (letterOrDigit || c == ' ' || c == '\n' ? 1 : 0);
    }
  }

  private BinarySniffer() {}

  /** Formats recognised by their first bytes. */
  public enum Magic {
    GZIP,
    ZIP,
    PDF,
    PNG,
    JPEG,
    GIF,
    WEBP,
    OTHER_BINARY,
    NONE
  }

  public static Magic magic(byte[] b) {
    if (startsWith(b, 0x1F, 0x8B)) {
      return Magic.GZIP;
    }
    if (startsWith(b, 'P', 'K', 3, 4) || startsWith(b, 'P', 'K', 5, 6)) {
      return Magic.ZIP;
    }
    if (startsWith(b, '%', 'P', 'D', 'F')) {
      return Magic.PDF;
    }
    if (startsWith(b, 0x89, 'P', 'N', 'G')) {
      return Magic.PNG;
    }
    if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
      return Magic.JPEG;
    }
    if (startsWith(b, 'G', 'I', 'F', '8')) {
      return Magic.GIF;
    }
    if (startsWith(b, 'R', 'I', 'F', 'F') && b.length >= 12 && b[8] == 'W' && b[9] == 'E') {
      return Magic.WEBP;
    }
    if (startsWith(b, 0x7F, 'E', 'L', 'F')
        || startsWith(b, 0xCA, 0xFE, 0xBA, 0xBE)
        || startsWith(b, 'B', 'Z', 'h')
        || startsWith(b, 0xFD, '7', 'z', 'X', 'Z')
        || startsWith(b, '7', 'z', 0xBC, 0xAF)
        || startsWith(b, 0x28, 0xB5, 0x2F, 0xFD)
        || startsWith(b, 'R', 'a', 'r', '!')
        || startsWith(b, 0xD0, 0xCF, 0x11, 0xE0)
        || startsWith(b, 'I', 'D', '3')
        || startsWith(b, 'O', 'g', 'g', 'S')
        || startsWith(b, 0x00, 0x00, 0x00) && b.length > 8 && b[4] == 'f' && b[5] == 't') {
      return Magic.OTHER_BINARY;
    }
    return Magic.NONE;
  }

  /**
   * Recognises UTF-16 without a byte-order mark by the zero high bytes of ASCII text: returns 1 for
   * big-endian, -1 for little-endian, 0 when the input does not look like BOM-less UTF-16.
   */
  public static int bomlessUtf16(byte[] b) {
    int n = Math.min(b.length, SAMPLE) & ~1;
    if (n < 4) {
      return 0;
    }
    int evenZeros = 0;
    int oddZeros = 0;
    for (int i = 0; i < n; i += 2) {
      if (b[i] == 0) {
        evenZeros++;
      }
      if (b[i + 1] == 0) {
        oddZeros++;
      }
    }
    int pairs = n / 2;
    if (evenZeros * 10 >= pairs * 4 && oddZeros * 20 < pairs) {
      return 1;
    }
    if (oddZeros * 10 >= pairs * 4 && evenZeros * 20 < pairs) {
      return -1;
    }
    return 0;
  }

  /**
   * True when decoded text looks like binary read as text: many replacement, control or private-use
   * chars in the sample. Decoded text is normalised already, so controls show up as losses; the caller
   * passes the raw bytes too.
   *
   * <p>Where bytes needed the Windows-1252 fallback, mostly non-letters mean binary noise read as
   * symbols. Well-formed UTF-8 or UTF-16 is text whatever it holds, so there punctuation, symbols and
   * emoji count as text: a page of quote marks, brackets or emoji is odd text, not binary data.
   */
  public static boolean looksBinary(byte[] raw, DecodedText decoded) {
    if (looksBinaryMarkup(raw, decoded)) {
      return true;
    }
    String t = decoded.text();
    int m = Math.min(t.length(), SAMPLE);
    if (m == 0) {
      return false;
    }
    boolean fallback = decoded.charset().endsWith("+windows-1252");
    char[] sample = new char[m];
    t.getChars(0, m, sample, 0); // read from an array: String.charAt checks the string's coding per char
    int letters = 0;
    int odd = 0;
    byte[] ascii = fallback ? ASCII_TEXT_AFTER_FALLBACK : ASCII_TEXT;
    for (int i = 0; i < m; i++) {
      char c = sample[i];
      if (c < 0x80) {
        letters += ascii[c];
        continue;
      }
      if (Character.isLetterOrDigit(c) || c == ' ' || c == '\n') {
        letters++;
      } else if (c == '\uFFFD' || (c >= '\uE000' && c <= '\uF8FF') || Character.getType(c) == Character.UNASSIGNED) {
        odd++;
      } else if (!fallback) {
        letters++; // punctuation, symbols, surrogate halves of emoji
      }
    }
    return odd * 10 > m || letters * 2 < m;
  }

  /**
   * The part of {@link #looksBinary} that holds for markup too: a binary format's magic number, or many
   * control bytes. HTML may open with kilobytes of script and style, which are not prose but are text,
   * so the letter-ratio test is left out.
   */
  public static boolean looksBinaryMarkup(byte[] raw, DecodedText decoded) {
    if (magic(raw) != Magic.NONE) {
      return true;
    }
    int n = Math.min(raw.length, SAMPLE);
    if (n == 0) {
      return false;
    }
    if (decoded.charset().startsWith("UTF-16")) {
      return false; // the zero high bytes of UTF-16 are no control chars
    }
    int controls = 0;
    for (int i = 0; i < n; i++) {
      controls += CONTROL_WEIGHT[raw[i] & 0xFF];
    }
    return controls * 20 > n;
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((b[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
