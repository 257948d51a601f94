package dev.lede.extract;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Finds the character set of an HTML page from its bytes, before decoding: there is no HTTP header in
 * an S3 object, so the page must say. Stateless and thread-safe; reads at most the first
 * {@value #PRESCAN} bytes for declarations and one linear pass to check a declaration against the bytes.
 *
 * <p>Order: a byte-order mark; then {@code <meta charset>} or {@code <meta http-equiv=Content-Type
 * content="…; charset=…">} (or an XML declaration's {@code encoding}) in the first {@value #PRESCAN}
 * bytes, with labels mapped as browsers do (ISO-8859-1 and ASCII read as Windows-1252, GB2312 as GBK,
 * a UTF-16 label in an ASCII-readable page as UTF-8). A declared legacy charset is overruled when the
 * bytes are well-formed UTF-8 holding multi-byte sequences: that combination is almost always a page
 * saved as UTF-8 whose old declaration was kept, and reading it as declared would garble every accent.
 */
public final class CharsetSniffer {
  static final int PRESCAN = 8192;

  private CharsetSniffer() {}

  /** The charset to decode {@code bytes} with, or null when the page declares none (decode as UTF-8). */
  public static Charset sniff(byte[] bytes) {
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return StandardCharsets.UTF_16LE;
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return StandardCharsets.UTF_16BE;
    }
    Charset declared = forLabel(declaredLabel(bytes));
    if (declared == null || declared.equals(StandardCharsets.UTF_8)) {
      return declared;
    }
    return isMultiByteUtf8(bytes) ? StandardCharsets.UTF_8 : declared;
  }

  /** The charset label the page declares in its first bytes, or null. */
  static String declaredLabel(byte[] b) {
    int n = Math.min(b.length, PRESCAN);
    int i = 0;
    if (startsWithIgnoreCase(b, 0, n, "<?xml")) {
      int end = indexOf(b, 0, n, '>');
      String decl = ascii(b, 0, end < 0 ? n : end);
      String enc = attributeIn(decl, "encoding");
      if (enc != null) {
        return enc;
      }
    }
    while (i < n) {
      if (b[i] != '<') {
        i++;
        continue;
      }
      if (startsWithIgnoreCase(b, i, n, "<!--")) {
        int end = indexOf(b, i + 4, n, "-->");
        i = end < 0 ? n : end + 3;
        continue;
      }
      if (startsWithIgnoreCase(b, i, n, "<meta") && i + 5 < n && isTagBreak(b[i + 5])) {
        int end = indexOf(b, i, n, '>');
        String tag = ascii(b, i + 5, end < 0 ? n : end);
        String label = charsetOfMeta(tag);
        if (label != null) {
          return label;
        }
        i = end < 0 ? n : end + 1;
        continue;
      }
      i++;
    }
    return null;
  }

  private static String charsetOfMeta(String attributes) {
    String charset = attributeIn(attributes, "charset");
    if (charset != null && !charset.isBlank()) {
      return charset;
    }
    String equiv = attributeIn(attributes, "http-equiv");
    String content = attributeIn(attributes, "content");
    if (equiv != null && equiv.equalsIgnoreCase("content-type") && content != null) {
      int at = content.toLowerCase(Locale.ROOT).indexOf("charset");
      if (at >= 0) {
        int j = at + 7;
        while (j < content.length() && (content.charAt(j) == ' ' || content.charAt(j) == '=')) {
          j++;
        }
        int k = j;
        while (k < content.length() && content.charAt(k) != ';' && content.charAt(k) != ' '
            && content.charAt(k) != '"' && content.charAt(k) != '\'') {
          k++;
        }
        return k > j ? content.substring(j, k) : null;
      }
    }
    return null;
  }

  /** The value of {@code name} among tag attributes ({@code a=b c="d" e='f'}), or null. */
  static String attributeIn(String attrs, String name) {
    int i = 0;
    int n = attrs.length();
    while (i < n) {
      while (i < n && (isSpace(attrs.charAt(i)) || attrs.charAt(i) == '/')) {
        i++;
      }
      int start = i;
      while (i < n && attrs.charAt(i) != '=' && !isSpace(attrs.charAt(i)) && attrs.charAt(i) != '>') {
        i++;
      }
      String key = attrs.substring(start, i);
      while (i < n && isSpace(attrs.charAt(i))) {
        i++;
      }
      String value = "";
      if (i < n && attrs.charAt(i) == '=') {
        i++;
        while (i < n && isSpace(attrs.charAt(i))) {
          i++;
        }
        if (i < n && (attrs.charAt(i) == '"' || attrs.charAt(i) == '\'')) {
          char q = attrs.charAt(i++);
          int end = attrs.indexOf(q, i);
          end = end < 0 ? n : end;
          value = attrs.substring(i, end);
          i = Math.min(n, end + 1);
        } else {
          int vs = i;
          while (i < n && !isSpace(attrs.charAt(i)) && attrs.charAt(i) != '>') {
            i++;
          }
          value = attrs.substring(vs, i);
        }
      }
      if (key.equalsIgnoreCase(name)) {
        return value.strip();
      }
      if (start == i) {
        i++; // a stray char: step over it
      }
    }
    return null;
  }

  /** Maps a declared label to a charset the JDK has, as browsers read the label; null if unknown. */
  static Charset forLabel(String label) {
    if (label == null) {
      return null;
    }
    String l = label.strip().toLowerCase(Locale.ROOT);
    switch (l) {
      case "utf8":
      case "utf-8":
      case "unicode-1-1-utf-8":
      case "utf-16":
      case "utf-16le":
      case "utf-16be":
      case "unicode":
        return StandardCharsets.UTF_8; // a page we could read as ASCII is not UTF-16
      case "iso-8859-1":
      case "iso8859-1":
      case "latin1":
      case "l1":
      case "us-ascii":
      case "ascii":
      case "windows-1252":
      case "cp1252":
        return Charset.forName("windows-1252");
      case "gb2312":
      case "gb_2312-80":
      case "x-gbk":
        return Charset.forName("GBK");
      case "shift_jis":
      case "shift-jis":
      case "sjis":
      case "x-sjis":
        return Charset.forName("windows-31j");
      default:
        try {
          return Charset.isSupported(l) ? Charset.forName(l) : null;
        } catch (IllegalArgumentException e) {
          return null; // an illegal label: ignore the declaration
        }
    }
  }

  /** True when every byte is part of well-formed UTF-8 and at least one sequence is multi-byte. */
  static boolean isMultiByteUtf8(byte[] b) {
    boolean multi = false;
    int i = 0;
    while (i < b.length) {
      int c = b[i] & 0xFF;
      if (c < 0x80) {
        i++;
        continue;
      }
      int len = utf8Length(b, i);
      if (len == 0) {
        return false;
      }
      multi = true;
      i += len;
    }
    return multi;
  }

  private static int utf8Length(byte[] b, int i) {
    int c = b[i] & 0xFF;
    int len = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
    if (len == 0 || i + len > b.length) {
      return 0;
    }
    for (int k = 1; k < len; k++) {
      if ((b[i + k] & 0xC0) != 0x80) {
        return 0;
      }
    }
    return len;
  }

  private static boolean isTagBreak(byte c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '/';
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
  }

  private static boolean startsWithIgnoreCase(byte[] b, int at, int n, String s) {
    if (at + s.length() > n) {
      return false;
    }
    for (int k = 0; k < s.length(); k++) {
      if (Character.toLowerCase((char) (b[at + k] & 0xFF)) != s.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] b, int from, int n, char c) {
    for (int i = from; i < n; i++) {
      if (b[i] == c) {
        return i;
      }
    }
    return -1;
  }

  private static int indexOf(byte[] b, int from, int n, String s) {
    for (int i = from; i + s.length() <= n; i++) {
      if (startsWithIgnoreCase(b, i, n, s)) {
        return i;
      }
    }
    return -1;
  }

  private static String ascii(byte[] b, int from, int to) {
    StringBuilder sb = new StringBuilder(Math.max(0, to - from));
    for (int i = from; i < to; i++) {
      int c = b[i] & 0xFF;
      sb.append(c < 0x80 ? (char) c : '?');
    }
    return sb.toString();
  }
}
