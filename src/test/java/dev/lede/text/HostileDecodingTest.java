package dev.lede.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Decoding findings of the hostile-input suite (issue 6), pinned. */
class HostileDecodingTest {
  private static DecodedText decode(String s) {
    return TextDecoder.decode(s.getBytes(StandardCharsets.UTF_8));
  }

  private static boolean binary(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    return BinarySniffer.looksBinary(b, TextDecoder.decode(b));
  }

  @Test
  void aJoinerBetweenVisibleCharactersStays() {
    assertEquals("A family 👨‍👩‍👧 waved.", decode("A family 👨‍👩‍👧 waved.").text());
    assertEquals("می‌خواهم", decode("می‌خواهم").text(), "the Persian non-joiner is spelling");
  }

  @Test
  void aJoinerNextToSpaceOrLineEndGoes() {
    assertEquals("a b", decode("a\u200D b").text());
    assertEquals("a b", decode("a \u200Db").text());
    assertEquals("a\nb", decode("a\u200C\n\u200Db").text());
    assertEquals("ab", decode("\u200Dab\u200D").text());
    assertEquals("ab", decode("a\u200Bb").text(), "the zero-width space still goes");
  }

  @Test
  void wellFormedTextOfPunctuationSymbolsOrEmojiIsText() {
    assertFalse(binary("\"".repeat(10_000)));
    assertFalse(binary("(".repeat(5_000) + "x" + ")".repeat(5_000)));
    assertFalse(binary("👨‍👩‍👧🇩🇰👍🏽".repeat(1_000)));
    assertFalse(binary("{\"a\": " + "[".repeat(3000) + "]".repeat(3000) + "}"));
  }

  @Test
  void verticalTabsAreLineBreaksNotBinary() {
    assertFalse(binary(" \t\n\u000B\f ".repeat(500)));
    assertFalse(binary("Line one\u000BLine two\u000B".repeat(200)));
  }

  @Test
  void bytesThatNeededTheFallbackAndAreMostlySymbolsAreStillBinary() {
    byte[] b = new byte[4000];
    for (int i = 0; i < b.length; i++) {
      b[i] = (byte) (0xA1 + i % 30); // Latin-1 symbols, none a letter, never valid UTF-8
    }
    DecodedText d = TextDecoder.decode(b);
    assertTrue(d.charset().endsWith("+windows-1252"), d.charset());
    assertTrue(BinarySniffer.looksBinary(b, d));
  }
}
