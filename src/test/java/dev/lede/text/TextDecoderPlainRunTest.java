package dev.lede.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Decoding UTF-8 takes runs of printable ASCII and single spaces in one tight loop, and every other byte
 * char by char. Both must give what normalising the same chars one by one gives ({@link
 * TextDecoder#normalise}, which has no such loop): the same text, and each char from the same input
 * offset. Random byte strings weighted towards what tells the two apart: spaces at line starts and ends,
 * runs of spaces, CR LF, tabs, controls, joiners, no-break spaces and surrogate pairs beside plain text.
 */
class TextDecoderPlainRunTest {
  private static final String[] PIECES = {
    "a", "The", "rain", ".", ",", "\"", "~", "!", "0", " ", " ", " ", "  ", "\n", "\r\n", "\r", "\t", "\f",
    "\u000B", "\u0000", "\u0001", "\u007F", "\u00A0", "\u200D", "\u200B", "\u2028", "\u00E9", "\u201C",
    "\uD83D\uDE00", "\u3000", "\u00AD"
  };

  static Stream<Long> seeds() {
    return IntStream.range(0, 400).mapToObj(i -> 0xA5C11L * 17 + i);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void plainRunsDecodeAsCharByCharNormalising(long seed) {
    Random r = new Random(seed);
    StringBuilder sb = new StringBuilder();
    int pieces = r.nextInt(80);
    for (int i = 0; i < pieces; i++) {
      sb.append(PIECES[r.nextInt(PIECES.length)]);
    }
    String s = sb.toString();
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    DecodedText decoded = TextDecoder.decode(bytes);
    DecodedText reference = TextDecoder.normalise(s);
    assertEquals(reference.text(), decoded.text(), () -> "text of " + show(s));
    // the reference's offsets are char offsets: move them to the bytes those chars start at
    int[] byteOf = new int[s.length() + 1];
    int at = 0;
    for (int i = 0; i < s.length(); i++) {
      byteOf[i] = at;
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)) {
        byteOf[++i] = at; // both halves of a pair come from its 4 bytes' start
        at += 4;
      } else {
        at += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
      }
    }
    byteOf[s.length()] = at;
    int[] expected = new int[reference.text().length() + 1];
    for (int k = 0; k < expected.length; k++) {
      expected[k] = byteOf[reference.inputOffset(k)];
    }
    int[] actual = new int[decoded.text().length() + 1];
    for (int k = 0; k < actual.length; k++) {
      actual[k] = decoded.inputOffset(k);
    }
    assertArrayEquals(expected, actual, () -> "offsets of " + show(s));
  }

  private static String show(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      b.append(c >= ' ' && c < 0x7F ? String.valueOf(c) : String.format("\\u%04X", (int) c));
    }
    return b.toString();
  }
}
