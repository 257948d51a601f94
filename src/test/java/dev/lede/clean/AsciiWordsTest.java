package dev.lede.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link AsciiWords#find} must say what looking the lower-cased copy of a stretch up in the sets says,
 * for every stretch of ASCII chars, and give no answer for any other.
 */
class AsciiWordsTest {
  private static final Set<String> A = Set.of("the", "he", "a", "an", "co-op", "u.s", "x+", "");
  private static final Set<String> B = Set.of("police", "Mixed", "caf\u00e9", "he");
  private static final AsciiWords WORDS = new AsciiWords(A, B);

  private static int expected(String s, int from, int to) {
    if (!AsciiWords.isAscii(s, from, to)) {
      return -1;
    }
    String w = s.substring(from, to).toLowerCase(Locale.ROOT);
    return A.contains(w) || B.contains(w) ? 1 : 0;
  }

  @Test
  void findsWordsIgnoringAsciiCaseAndOnlyWhole() {
    String s = "xTHE He a An CO-OP u.S X+ Police MIXED mixed Caf\u00e9 them";
    assertEquals(1, WORDS.find(s, 1, 4)); // THE
    assertEquals(0, WORDS.find(s, 0, 4)); // xTHE
    assertEquals(1, WORDS.find(s, 5, 7)); // He
    assertEquals(1, WORDS.find(s, 0, 0)); // the empty word is in A
    assertEquals(-1, WORDS.find(s, s.indexOf("Caf"), s.indexOf(" them")));
    assertEquals(0, WORDS.find(s, s.indexOf("them"), s.length()));
    assertEquals(0, WORDS.find(s, s.indexOf("MIXED"), s.indexOf("MIXED") + 5)); // "Mixed" is not lower case
  }

  @Test
  void agreesWithTheSetsOnRandomStretches() {
    char[] alphabet = "theHEaAnNcCo-Op.uUsSx+PpOolLiIeEmMdD \u00e9\u0130\u212A".toCharArray();
    Random random = new Random(5);
    for (int round = 0; round < 200_000; round++) {
      char[] text = new char[random.nextInt(9)];
      for (int k = 0; k < text.length; k++) {
        text[k] = alphabet[random.nextInt(alphabet.length)];
      }
      String s = new String(text);
      int from = random.nextInt(s.length() + 1);
      int to = from + random.nextInt(s.length() - from + 1);
      assertEquals(expected(s, from, to), WORDS.find(s, from, to), s + " [" + from + ", " + to + ")");
    }
    for (String w : new String[] {"the", "THE", "tHe", "police", "POLICE", "co-op", "U.S", "x+", "X+"}) {
      assertEquals(expected(w, 0, w.length()), WORDS.find(w, 0, w.length()), w);
    }
  }
}
