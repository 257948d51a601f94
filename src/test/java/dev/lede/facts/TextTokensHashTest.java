package dev.lede.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The hash {@link TextTokens} takes of each token as it scans is {@link WordTable#hash} of the token. */
class TextTokensHashTest {
  private static void check(String text) {
    TextTokens t = TextTokens.of(text);
    for (int i = 0; i < t.size(); i++) {
      int start = t.start(i);
      assertEquals(WordTable.hash(text, start, t.end(i)), t.foldedHash(i), () -> "token at " + start);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"Don\u2019t SAY it's 2,000.5 or 1.13bn \u00C9T\u00C9 \u0130stanbul \u212Aelvin",
      "$31.5bn, \"quoted\" (a) -- b\n\n  c\r\nd\u00A0e", "x'' y'z 1,,2 3.. '\u2019a\u2019", ""})
  void eachTokenHasTheHashOfItsChars(String text) {
    check(text);
  }

  @Test
  void theSeedArticle() throws IOException {
    check(Files.readString(FactExtractorTest.SEED));
  }

  @Test
  void randomText() {
    Random r = new Random(3);
    String alphabet = "aZ\u00E9\u00C9\u0130\u212A'\u2019 ,.\n\t09$%\u00DF\uD83D\uDE00-";
    for (int k = 0; k < 200; k++) {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < 200; i++) {
        b.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      check(b.toString());
    }
  }
}
