package dev.lede.extract;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Decides whether an input is plain text, HTML or Markdown. Stateless and thread-safe; looks at a
 * bounded prefix of the content, so it costs the same on any size.
 *
 * <p>Order: a declared media type ({@code text/html}, {@code application/xhtml+xml},
 * {@code text/markdown}) wins, then the name's extension ({@code .html}, {@code .htm}, {@code .xhtml},
 * {@code .md}, {@code .markdown}; a trailing {@code .gz} is ignored); otherwise the content decides: a
 * document whose first markup (after a BOM, whitespace and comments) is {@code <!doctype html},
 * {@code <html}, {@code <head}, {@code <body}, {@code <meta} or {@code <title}, or that starts with a tag
 * and carries several HTML block tags near its start, is HTML, whatever its name says (web pages saved
 * as {@code .txt} are common). Markdown is never guessed from content: plain text with a {@code #} line
 * or a {@code *} bullet is still plain text.
 */
public final class FormatDetector {
  private static final int SAMPLE = 4096;
  private static final String[] OPENERS = {"<!doctype html", "<html", "<head", "<body", "<meta", "<title"};
  private static final String[] BLOCK_TAGS = {"</p>", "</div>", "<br", "</li>", "</h1>", "</h2>", "</table>"};

  private FormatDetector() {}

  /**
   * @param name a file name or object key, or null
   * @param mediaType a declared content type, or null
   * @param head the start of the content as text (at least the first few KB when there are that many)
   */
  public static InputFormat detect(String name, String mediaType, CharSequence head) {
    InputFormat declared = byMediaType(mediaType);
    if (declared == null) {
      declared = byName(name);
    }
    if (declared != null) {
      return declared;
    }
    return looksLikeHtml(head) ? InputFormat.HTML : InputFormat.TEXT;
  }

  /** Reads the start of raw bytes as ASCII for {@link #detect}; other bytes become spaces. */
  public static CharSequence asciiHead(byte[] bytes) {
    int from = 0;
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      from = 3;
    }
    int n = Math.min(bytes.length - from, SAMPLE);
    // Filled as Latin-1 bytes and made a String in one copy: appending char by char to a builder
    // cost about 1% of summarising a short article.
    byte[] ascii = new byte[n];
    int k = 0;
    for (int i = from; i < from + n; i++) {
      byte b = bytes[i];
      if (b == 0) {
        continue; // UTF-16 text reads as its ASCII letters
      }
      ascii[k++] = b < 0 ? (byte) ' ' : b;
    }
    return new String(ascii, 0, k, StandardCharsets.ISO_8859_1);
  }

  static InputFormat byMediaType(String mediaType) {
    if (mediaType == null) {
      return null;
    }
    String t = mediaType.toLowerCase(Locale.ROOT);
    int semi = t.indexOf(';');
    if (semi >= 0) {
      t = t.substring(0, semi);
    }
    t = t.strip();
    switch (t) {
      case "text/html":
      case "application/xhtml+xml":
        return InputFormat.HTML;
      case "text/markdown":
      case "text/x-markdown":
        return InputFormat.MARKDOWN;
      default:
        return null;
    }
  }

  static InputFormat byName(String name) {
    if (name == null) {
      return null;
    }
    String n = name.toLowerCase(Locale.ROOT).strip();
    if (n.endsWith(".gz")) {
      n = n.substring(0, n.length() - 3);
    }
    if (n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".xhtml")) {
      return InputFormat.HTML;
    }
    if (n.endsWith(".md") || n.endsWith(".markdown")) {
      return InputFormat.MARKDOWN;
    }
    return null;
  }

  static boolean looksLikeHtml(CharSequence head) {
    if (head == null) {
      return false;
    }
    CharSequence sample = head.subSequence(0, Math.min(head.length(), SAMPLE));
    // Most inputs are plain text: decide that before copying and lower-casing the sample. Lower-casing
    // changes no whitespace, '<', '!', '-' or '>', and makes none of them, so the sample and its
    // lower-cased copy agree on whether the first thing after space and comments is a '<'.
    int first = skipSpaceAndComments(sample, 0);
    if (first >= sample.length() || sample.charAt(first) != '<') {
      return false;
    }
    String s = sample.toString().toLowerCase(Locale.ROOT);
    int i = skipSpaceAndComments(s, 0);
    if (i >= s.length() || s.charAt(i) != '<') {
      return false;
    }
    if (s.startsWith("<?xml", i)) {
      return s.contains("<html") || s.contains("<!doctype html");
    }
    for (String opener : OPENERS) {
      if (s.startsWith(opener, i)) {
        return true;
      }
    }
    int blocks = 0;
    for (String tag : BLOCK_TAGS) {
      int at = s.indexOf(tag);
      while (at >= 0 && blocks < 3) {
        blocks++;
        at = s.indexOf(tag, at + tag.length());
      }
    }
    return blocks >= 3 || s.contains("<html") || s.contains("<body");
  }

  private static int skipSpaceAndComments(CharSequence s, int i) {
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '\uFEFF' || Character.isWhitespace(c)) {
        i++;
      } else if (startsWith(s, "<!--", i)) {
        int end = indexOf(s, "-->", i + 4);
        if (end < 0) {
          return s.length();
        }
        i = end + 3;
      } else {
        return i;
      }
    }
    return i;
  }

  private static boolean startsWith(CharSequence s, String prefix, int at) {
    if (at + prefix.length() > s.length()) {
      return false;
    }
    for (int k = 0; k < prefix.length(); k++) {
      if (s.charAt(at + k) != prefix.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(CharSequence s, String target, int from) {
    for (int at = from; at + target.length() <= s.length(); at++) {
      if (startsWith(s, target, at)) {
        return at;
      }
    }
    return -1;
  }
}
