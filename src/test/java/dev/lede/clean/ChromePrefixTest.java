package dev.lede.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link ChromeDetector#opensWithPrefix} folds an ASCII opening in place and tries only the prefixes
 * with its first char. It must answer as lower-casing the whole line and trying every prefix does,
 * also where lower case turns a char beyond ASCII into ASCII (the Kelvin sign into "k", a dotted
 * capital I into "i" and a combining dot), where a prefix is not ASCII ("©"), and in any case.
 */
class ChromePrefixTest {
  private static final List<String> PREFIXES = Lexicon.lines("chrome-prefixes.txt");
  private static final String[] PIECES = {
    "Read more", "READ MORE:", "read", " ", ":", "Follow @", "\u212Aeep", "\u0130n", "\u00A9 2020", "Edited by",
    "(c) 20", "Copyright", "\u03A3", "x", "Watch:", "WATCH", "tap here", "e", "\u00E9"
  };

  @Test
  void answersAsLowerCasingTheWholeLine() {
    Random r = new Random(1);
    for (int round = 0; round < 20_000; round++) {
      String line = line(r);
      String lower = line.toLowerCase(Locale.ROOT);
      boolean expected = PREFIXES.stream().anyMatch(lower::startsWith);
      assertEquals(expected, ChromeDetector.opensWithPrefix(line), line);
    }
  }

  private static String line(Random r) {
    StringBuilder b = new StringBuilder();
    int pieces = 1 + r.nextInt(4);
    for (int i = 0; i < pieces; i++) {
      String piece = PIECES[r.nextInt(PIECES.length)];
      b.append(r.nextBoolean() ? piece : piece.toUpperCase(Locale.ROOT));
    }
    return b.toString();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("prefixes")
  void everyPrefixOpensALineInAnyCase(String prefix) {
    assertTrue(ChromeDetector.opensWithPrefix(prefix + " the rest"));
    assertTrue(ChromeDetector.opensWithPrefix(prefix.toUpperCase(Locale.ROOT) + " THE REST")
        || !prefix.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT).equals(prefix));
  }

  static Stream<String> prefixes() {
    return PREFIXES.stream();
  }
}
