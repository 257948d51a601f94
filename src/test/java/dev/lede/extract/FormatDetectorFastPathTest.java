package dev.lede.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The detector reads the start of raw bytes without a char-by-char builder, and answers "not HTML" for
 * plain text before it copies and lower-cases the sample. Both must decide as the straightforward rule
 * below does (the detector's rule before those shortcuts): random inputs weighted towards what could
 * tell them apart, namely comments, whitespace of every kind, chars whose lower case is longer
 * ('\u0130'), NULs, bytes above 0x7F, BOMs and markup.
 */
class FormatDetectorFastPathTest {
  private static final String[] PIECES = {
    "<", ">", "!", "-", "<!--", "-->", "<!-- x -->", " ", "\t", "\n", "\r\n", "\u000B", "\u001C", "\u2028",
    "\u00A0", "\u3000", "\uFEFF", "\u0130", "\u212A", "A", "a", "<P>", "</p>", "</P>", "</div>", "<br>",
    "<HTML>", "<html", "<!DOCTYPE html>", "<head>", "<body>", "<meta", "<title>", "<?xml?>", "</li>",
    "</h1>", "</table>", "text", "\u00E9", "<b>", "<BODY"
  };

  static Stream<Long> seeds() {
    return IntStream.range(0, 600).mapToObj(i -> 0xF0F0L * 31 + i);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void decidesAsTheStraightforwardRule(long seed) {
    Random r = new Random(seed);
    StringBuilder sb = new StringBuilder();
    int pieces = r.nextInt(60);
    for (int i = 0; i < pieces; i++) {
      sb.append(PIECES[r.nextInt(PIECES.length)]);
    }
    String head = sb.toString();
    assertEquals(referenceLooksLikeHtml(head), FormatDetector.looksLikeHtml(head), head);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void readsBytesAsTheStraightforwardRule(long seed) {
    Random r = new Random(seed);
    byte[] bytes = new byte[r.nextInt(5000)];
    for (int i = 0; i < bytes.length; i++) {
      int kind = r.nextInt(10);
      bytes[i] = (byte) (kind == 0 ? 0 : kind == 1 ? 0x80 + r.nextInt(128) : kind == 2 ? '<' : r.nextInt(128));
    }
    if (r.nextBoolean() && bytes.length >= 3) {
      bytes[0] = (byte) 0xEF;
      bytes[1] = (byte) 0xBB;
      bytes[2] = (byte) 0xBF;
    }
    String expected = referenceAsciiHead(bytes);
    String actual = FormatDetector.asciiHead(bytes).toString();
    assertEquals(expected, actual);
    assertEquals(referenceLooksLikeHtml(expected), FormatDetector.looksLikeHtml(actual));
  }

  private static String referenceAsciiHead(byte[] bytes) {
    int from = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < Math.min(bytes.length, from + 4096); i++) {
      int c = bytes[i] & 0xFF;
      if (c != 0) {
        sb.append(c < 0x80 ? (char) c : ' ');
      }
    }
    return sb.toString();
  }

  private static boolean referenceLooksLikeHtml(String head) {
    String s = head.substring(0, Math.min(head.length(), 4096)).toLowerCase(Locale.ROOT);
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '\uFEFF' || Character.isWhitespace(c)) {
        i++;
      } else if (s.startsWith("<!--", i)) {
        int end = s.indexOf("-->", i + 4);
        i = end < 0 ? s.length() : end + 3;
      } else {
        break;
      }
    }
    if (i >= s.length() || s.charAt(i) != '<') {
      return false;
    }
    if (s.startsWith("<?xml", i)) {
      return s.contains("<html") || s.contains("<!doctype html");
    }
    for (String opener : new String[] {"<!doctype html", "<html", "<head", "<body", "<meta", "<title"}) {
      if (s.startsWith(opener, i)) {
        return true;
      }
    }
    int blocks = 0;
    for (String tag : new String[] {"</p>", "</div>", "<br", "</li>", "</h1>", "</h2>", "</table>"}) {
      for (int at = s.indexOf(tag); at >= 0 && blocks < 3; at = s.indexOf(tag, at + tag.length())) {
        blocks++;
      }
    }
    return blocks >= 3 || s.contains("<html") || s.contains("<body");
  }
}
