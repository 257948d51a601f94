package dev.lede.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The quick paths of {@link Prose} for plain ASCII chars (a lower-case letter starts no sentence; a
 * printable ASCII char is no whitespace) answer for every char as the Character tests they spare.
 */
class ProseCharsTest {
  @Test
  void everyCharStartsASentenceAsTheCharacterTestsSay() {
    for (int i = 0; i <= Character.MAX_VALUE; i++) {
      char c = (char) i;
      boolean expected = Character.isUpperCase(c) || Character.isDigit(c) || Prose.isOpeningQuote(c)
          || Character.isTitleCase(c);
      assertEquals(expected, Prose.startsSentence(c), "U+" + Integer.toHexString(i));
    }
  }

  @Test
  void everyCharIsAWordCharUnlessWhitespace() {
    for (int i = 0; i <= Character.MAX_VALUE; i++) {
      char c = (char) i;
      int expected = Character.isWhitespace(c) ? 0 : 1;
      String s = String.valueOf(c);
      assertEquals(expected, Prose.wordCount(s), "U+" + Integer.toHexString(i));
      assertEquals(expected, Prose.wordCount(s, 5), "U+" + Integer.toHexString(i));
      assertEquals(expected == 1, Prose.hasWords(s, 0, 1, 1), "U+" + Integer.toHexString(i));
    }
  }

  /** Words are counted as runs of non-whitespace, on random strings of spaces, controls and letters. */
  @Test
  void countsRunsOfNonWhitespace() {
    String alphabet = "a Z\t\n\u0001\u001F\u00A0\u2003\u3000\u00E9.";
    Random random = new Random(23);
    for (int round = 0; round < 20_000; round++) {
      StringBuilder b = new StringBuilder();
      int n = random.nextInt(20);
      for (int k = 0; k < n; k++) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String s = b.toString();
      int expected = 0;
      boolean in = false;
      for (int i = 0; i < s.length(); i++) {
        boolean w = !Character.isWhitespace(s.charAt(i));
        expected += w && !in ? 1 : 0;
        in = w;
      }
      assertEquals(expected, Prose.wordCount(s), s);
      assertEquals(Math.min(expected, 3), Prose.wordCount(s, 3), s);
    }
  }
}
