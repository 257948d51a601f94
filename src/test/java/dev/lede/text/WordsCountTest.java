package dev.lede.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Word counts, and the ASCII fast path of the letter-or-digit test they rest on. */
class WordsCountTest {
  /** The count as first written, with {@link Character}'s own test for every char. */
  private static int reference(String text) {
    int n = text.length();
    int words = 0;
    boolean in = false;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      boolean wordChar = Character.isLetterOrDigit(c) || Character.isSurrogate(c)
          || (in && (c == '\'' || c == '\u2019' || c == '-' || c == '.') && i + 1 < n
              && Character.isLetterOrDigit(text.charAt(i + 1)));
      if (wordChar && !in) {
        words++;
      }
      in = wordChar;
    }
    return words;
  }

  @Test
  void theLetterOrDigitTestAnswersAsCharacterForEveryChar() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      assertEquals(Character.isLetterOrDigit((char) c), Words.isLetterOrDigit((char) c), "char " + c);
    }
  }

  @Test
  void innerApostrophesHyphensAndDotsJoinAWord() {
    assertEquals(4, Words.count("Don't re-run the U.S. "));
    assertEquals(3, Words.count("end. 'quoted' -dash"));
    assertEquals(2, Words.count("caf\u00E9 na\u00EFve"));
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void countsAsTheReferenceOnRandomText(long seed) {
    String alphabet = "aZ09 .'-\u2019\n\t,;\u00E9\u0130\u212A\u00A0\uD83D\uDE00_@[`{";
    Random r = new Random(seed);
    for (int k = 0; k < 2_000; k++) {
      StringBuilder b = new StringBuilder();
      int len = r.nextInt(40);
      for (int i = 0; i < len; i++) {
        b.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      String s = b.toString();
      assertEquals(reference(s), Words.count(s), s);
      int from = s.isEmpty() ? 0 : r.nextInt(s.length());
      assertEquals(reference(s.substring(from)), Words.count(s, from, s.length()), s);
    }
  }
}
