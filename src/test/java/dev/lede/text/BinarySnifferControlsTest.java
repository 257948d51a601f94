package dev.lede.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link BinarySniffer#looksBinaryMarkup} counts control bytes through a table. For every byte value, a
 * sample holding a few of it among plain letters is judged as the rule reads: a NUL weighs 4, any other
 * C0 control 1, except line and page breaks, tabs and the vertical tab; more than one weight in twenty
 * bytes is binary. Text read as UTF-16 has zero bytes that are no controls.
 */
class BinarySnifferControlsTest {
  @ParameterizedTest(name = "{0} of 100 bytes")
  @ValueSource(ints = {1, 2, 4, 6, 30})
  void everyByteWeighsAsTheRuleSays(int copies) {
    for (int v = 0; v < 256; v++) {
      byte[] raw = new byte[100];
      Arrays.fill(raw, (byte) 'a');
      for (int k = 0; k < copies; k++) {
        raw[10 + 3 * k] = (byte) v; // not at the start, where a magic number could be read
      }
      DecodedText decoded = new DecodedText("x", "UTF-8", new int[2]);
      assertEquals(ruleSaysBinary(v, copies, 100), BinarySniffer.looksBinaryMarkup(raw, decoded),
          "byte " + v + " x" + copies);
    }
  }

  @Test
  void zeroBytesOfUtf16AreNoControls() {
    byte[] raw = new byte[200];
    for (int i = 0; i < raw.length; i += 2) {
      raw[i + 1] = 'a'; // UTF-16BE "aaa...": every other byte is zero
    }
    assertFalse(BinarySniffer.looksBinaryMarkup(raw, new DecodedText("x", "UTF-16BE", new int[2])));
  }

  private static boolean ruleSaysBinary(int v, int copies, int n) {
    int weight;
    if (v == 0) {
      weight = 4;
    } else if (v < 0x20 && v != '\n' && v != '\r' && v != '\t' && v != '\f' && v != 0x0B) {
      weight = 1;
    } else {
      weight = 0;
    }
    return weight * copies * 20 > n;
  }
}
