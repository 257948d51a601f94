package dev.lede.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
  @Test
  void readsUtf8WithAndWithoutBom() {
    byte[] plain = "Café – “quoted”".getBytes(StandardCharsets.UTF_8);
    assertEquals("Café – “quoted”", TextDecoder.decode(plain).text());
    byte[] bom = new byte[plain.length + 3];
    bom[0] = (byte) 0xEF;
    bom[1] = (byte) 0xBB;
    bom[2] = (byte) 0xBF;
    System.arraycopy(plain, 0, bom, 3, plain.length);
    DecodedText d = TextDecoder.decode(bom);
    assertEquals("Café – “quoted”", d.text());
    assertEquals(3, d.inputOffset(0), "offsets point past the BOM");
  }

  @Test
  void readsUtf16WithBomBothOrders() {
    String s = "Hello, 世界 😀";
    byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, s.getBytes(StandardCharsets.UTF_16LE));
    byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, s.getBytes(StandardCharsets.UTF_16BE));
    assertEquals(s, TextDecoder.decode(le).text());
    assertEquals(s, TextDecoder.decode(be).text());
  }

  @Test
  void readsBomlessUtf16ByItsZeroBytes() {
    String s = "An article in UTF-16 without a byte-order mark.";
    assertEquals(s, TextDecoder.decode(s.getBytes(StandardCharsets.UTF_16LE)).text());
    assertEquals(s, TextDecoder.decode(s.getBytes(StandardCharsets.UTF_16BE)).text());
  }

  @Test
  void readsInvalidUtf8BytesAsWindows1252() {
    byte[] cp1252 = "Smart “quotes” cost €5 – naïve".getBytes(Charset.forName("windows-1252"));
    DecodedText d = TextDecoder.decode(cp1252);
    assertEquals("Smart “quotes” cost €5 – naïve", d.text());
    assertTrue(d.charset().contains("windows-1252"));
  }

  @Test
  void keepsGoodUtf8AroundStrayBytes() {
    byte[] good = "Zürich ".getBytes(StandardCharsets.UTF_8);
    byte[] mixed = concat(concat(good, new byte[] {(byte) 0x93}), "x".getBytes(StandardCharsets.UTF_8));
    assertEquals("Zürich “x", TextDecoder.decode(mixed).text());
  }

  @Test
  void normalisesWhitespaceAndControls() {
    String raw = "a\u00A0b\tc\r\nd\re  \n\u200Bf\u0007g\u00ADh";
    DecodedText d = TextDecoder.decode(raw.getBytes(StandardCharsets.UTF_8));
    assertEquals("a b c\nd\ne\nfgh", d.text());
  }

  @Test
  void mapsEveryCharBackToItsInputByte() {
    byte[] in = "é\u00A0x".getBytes(StandardCharsets.UTF_8); // C3 A9 C2 A0 78
    DecodedText d = TextDecoder.decode(in);
    assertEquals("é x", d.text());
    assertEquals(0, d.inputOffset(0));
    assertEquals(2, d.inputOffset(1));
    assertEquals(4, d.inputOffset(2));
    assertEquals(5, d.inputOffset(3));
  }

  @Test
  void sniffsBinary() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};
    assertTrue(BinarySniffer.looksBinary(png, TextDecoder.decode(png)));
    byte[] text = "Just words.".getBytes(StandardCharsets.UTF_8);
    assertFalse(BinarySniffer.looksBinary(text, TextDecoder.decode(text)));
    byte[] random = new byte[4096];
    new java.util.Random(7).nextBytes(random);
    assertTrue(BinarySniffer.looksBinary(random, TextDecoder.decode(random)));
  }

  @Test
  void decodesInADeclaredCharsetKeepingByteOffsets() {
    Charset sjis = Charset.forName("windows-31j");
    byte[] in = "a日本b".getBytes(sjis); // 61 93FA 967B 62
    DecodedText d = TextDecoder.decode(in, sjis);
    assertEquals("a日本b", d.text());
    assertEquals(1, d.inputOffset(1));
    assertEquals(3, d.inputOffset(2));
    assertEquals(5, d.inputOffset(3));
    assertEquals("windows-31j", d.charset());
    Charset cp1252 = Charset.forName("windows-1252");
    assertEquals("café – ok", TextDecoder.decode("café – ok".getBytes(cp1252), cp1252).text());
  }

  @Test
  void aByteOrderMarkOutranksTheDeclaredCharset() {
    byte[] in = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "été".getBytes(StandardCharsets.UTF_8));
    assertEquals("été", TextDecoder.decode(in, Charset.forName("windows-1252")).text());
  }

  @Test
  void malformedBytesInADeclaredCharsetBecomeReplacementChars() {
    byte[] in = {'a', (byte) 0x81, 'b', (byte) 0x93}; // 0x81 alone and a truncated double byte
    DecodedText d = TextDecoder.decode(in, Charset.forName("windows-31j"));
    assertTrue(d.text().startsWith("a"));
    assertTrue(d.text().contains("\uFFFD"));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] c = new byte[a.length + b.length];
    System.arraycopy(a, 0, c, 0, a.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }

  /**
   * {@link TextDecoder#isNormalised} agrees with normalising on every string of up to five chars drawn
   * from the chars its quick path must tell apart: printable ASCII, a line break, a space, a letter and
   * a curly quote beyond ASCII, a no-break space, a tab, a carriage return, a joiner, a soft hyphen, a
   * line separator and both halves of a surrogate pair.
   */
  @Test
  void isNormalisedAgreesWithNormalisingOnEveryShortString() {
    char[] alphabet = {'a', '.', '\n', ' ', '\u00E9', '\u201C', '\u00A0', '\t', '\r', '\u200D', '\u00AD',
        '\u2028', '\uD83D', '\uDE00'};
    int checked = 0;
    for (int len = 0; len <= 5; len++) {
      int[] digits = new int[len];
      while (true) {
        char[] c = new char[len];
        for (int k = 0; k < len; k++) {
          c[k] = alphabet[digits[k]];
        }
        String s = new String(c);
        assertEquals(TextDecoder.normalise(s).text().equals(s), TextDecoder.isNormalised(s), () -> escaped(s));
        checked++;
        int k = len - 1;
        while (k >= 0 && ++digits[k] == alphabet.length) {
          digits[k--] = 0;
        }
        if (k < 0) {
          break;
        }
      }
    }
    assertTrue(checked > 500_000, "every string was tried: " + checked);
  }

  /**
   * The quick path of {@link TextDecoder#isNormalised} reads long text in chunks of 8,192 chars; a space
   * judged by the char after it agrees with normalising wherever it falls, the chunk's last char
   * included, and so does a line that opens with a space just past a chunk's end.
   */
  @Test
  void isNormalisedAgreesWithNormalisingAcrossChunkEnds() {
    String[] pieces = {" ", "  ", " \n", "\n ", "\n", " a", "\u00A0", "\u00E9"};
    int checked = 0;
    for (int length : new int[] {8190, 8192, 8194, 16_384, 20_000}) {
      for (int at = 8185; at <= 8195; at++) {
        for (String piece : pieces) {
          if (at >= length) {
            continue; // past the text's end
          }
          StringBuilder b = new StringBuilder("a".repeat(length));
          b.replace(at, Math.min(length, at + piece.length()), piece);
          b.setLength(Math.min(b.length(), length));
          String s = b.toString();
          String where = "length " + length + ", at " + at + ": " + escaped(piece);
          assertEquals(TextDecoder.normalise(s).text().equals(s), TextDecoder.isNormalised(s), where);
          checked++;
        }
      }
    }
    assertEquals((5 * 11 - 12) * pieces.length, checked); // places past the end of the three short texts: 6 + 4 + 2
  }

  private static String escaped(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      b.append(c >= ' ' && c < 0x7F ? String.valueOf(c) : String.format("\\u%04X", (int) c));
    }
    return b.toString();
  }
}
