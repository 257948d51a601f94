package dev.lede.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.lede.extract.CharsetSniffer;
import dev.lede.extract.FormatDetector;
import java.nio.charset.Charset;

/**
 * Fuzzing the decoder (issue 6). In the normal test run each target replays its corpus under
 * {@code src/test/resources/dev/lede/text/TextDecoderFuzzTestInputs/<method>/}; to fuzz:
 * {@code JAZZER_FUZZ=1 ./mvnw test -Dtest=TextDecoderFuzzTest#decode}.
 *
 * <p>Invariants: decoding never throws; the offset map is one entry longer than the text, never goes
 * back, and stays inside the input; the text is normalised (no control character but the line feed, no
 * lone surrogate, no double space, no space at a line's or the text's ends), so normalising it again
 * changes nothing, and {@link TextDecoder#isNormalised} says so; the same bytes always give the same text.
 */
class TextDecoderFuzzTest {
  private static final String[] CHARSETS = {"UTF-8", "UTF-16LE", "UTF-16BE", "windows-1252", "ISO-8859-1",
      "Shift_JIS", "EUC-JP", "ISO-2022-JP", "GB18030", "Big5", "windows-1251", "KOI8-R"};

  @FuzzTest(maxDuration = "10m")
  void decode(byte[] bytes) {
    DecodedText d = TextDecoder.decode(bytes);
    assertDecoded(bytes, d);
    assertEquals(d.text(), TextDecoder.decode(bytes).text(), "deterministic");
    BinarySniffer.looksBinary(bytes, d);
    FormatDetector.detect(null, null, FormatDetector.asciiHead(bytes));
  }

  /** {@link TextDecoder#isNormalised} says exactly whether normalising would give the string back. */
  @FuzzTest(maxDuration = "10m")
  void isNormalisedAgreesWithNormalise(FuzzedDataProvider data) {
    String s = data.consumeRemainingAsString();
    assertEquals(TextDecoder.normalise(s).text().equals(s), TextDecoder.isNormalised(s), s);
    String n = TextDecoder.normalise(s).text();
    assertTrue(TextDecoder.isNormalised(n), "normalised text is recognised as such");
  }

  @FuzzTest(maxDuration = "10m")
  void decodeInADeclaredCharset(FuzzedDataProvider data) {
    Charset charset = Charset.forName(CHARSETS[data.consumeInt(0, CHARSETS.length - 1)]);
    byte[] bytes = data.consumeRemainingAsBytes();
    assertDecoded(bytes, TextDecoder.decode(bytes, charset));
    CharsetSniffer.sniff(bytes);
  }

  static void assertDecoded(byte[] bytes, DecodedText d) {
    String t = d.text();
    int[] offsets = d.inputOffsets();
    assertEquals(t.length() + 1, offsets.length);
    assertEquals(bytes.length, offsets[t.length()]);
    for (int i = 0; i < t.length(); i++) {
      assertTrue(offsets[i] >= 0 && offsets[i] <= offsets[i + 1], "offsets never go back, at " + i);
      char c = t.charAt(i);
      assertFalse(c != '\n' && Character.isISOControl(c), "a control character at " + i);
      if (Character.isHighSurrogate(c)) {
        assertTrue(i + 1 < t.length() && Character.isLowSurrogate(t.charAt(i + 1)), "a lone high surrogate at " + i);
      } else if (Character.isLowSurrogate(c)) {
        assertTrue(i > 0 && Character.isHighSurrogate(t.charAt(i - 1)), "a lone low surrogate at " + i);
      }
      if (c == ' ') {
        assertTrue(i > 0 && i + 1 < t.length(), "no space at the ends");
        char before = t.charAt(i - 1);
        char after = t.charAt(i + 1);
        assertFalse(before == ' ' || before == '\n' || after == ' ' || after == '\n', "a space next to a space or line end at " + i);
      }
    }
    assertEquals(t, TextDecoder.normalise(t).text(), "normalised text is a fixed point");
    assertTrue(TextDecoder.isNormalised(t), "normalised text is recognised as such");
  }
}
