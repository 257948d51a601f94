package dev.lede.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link BinarySniffer#looksBinary} counts ASCII chars without the Unicode tables. For every ASCII char,
 * with and without the Windows-1252 fallback, a text of nothing but that char must be judged as the
 * general rule judges it: a letter, digit, space or line break counts as text; any other char counts as
 * text unless the bytes needed the fallback; no ASCII char is odd.
 */
class BinarySnifferAsciiTest {
  @ParameterizedTest(name = "fallback {0}")
  @ValueSource(booleans = {false, true})
  void everyAsciiCharIsCountedAsTheGeneralRuleCountsIt(boolean fallback) {
    byte[] raw = "plain text".getBytes(StandardCharsets.US_ASCII); // no magic number, no controls
    for (char c = 0; c < 0x80; c++) {
      char[] run = new char[100];
      Arrays.fill(run, c);
      String text = new String(run);
      DecodedText decoded =
          new DecodedText(text, fallback ? "UTF-8+windows-1252" : "UTF-8", new int[text.length() + 1]);
      assertEquals(generalRuleSaysBinary(c, fallback), BinarySniffer.looksBinary(raw, decoded),
          "char " + (int) c + (fallback ? " with" : " without") + " the fallback");
    }
  }

  /** The rule as written for any char, before ASCII had its own path: 100 copies of {@code c}. */
  private static boolean generalRuleSaysBinary(char c, boolean fallback) {
    boolean letter = Character.isLetterOrDigit(c) || c == ' ' || c == '\n';
    boolean odd = !letter
        && (c == '\uFFFD' || (c >= '\uE000' && c <= '\uF8FF') || Character.getType(c) == Character.UNASSIGNED);
    int letters = letter || (!odd && !fallback) ? 100 : 0;
    return (odd ? 100 : 0) * 10 > 100 || letters * 2 < 100;
  }
}
