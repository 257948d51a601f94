package dev.lede.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.text.RuleSentenceSplitter;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The entity side's fast paths answer as the rules they stand for: the tokenizer's ASCII range tests as
 * {@link Character}'s, a word's capital as {@link Character#isUpperCase}, and the mention finder's
 * remembered answer for a run of words as the look-up it spares.
 */
class NameTokenizerFastPathsTest {
  private final Gazetteer g = Gazetteer.shared();

  @Test
  void asciiRangesAreWhatCharacterSays() {
    for (char c = 0; c < 128; c++) {
      assertEquals(Character.isLetter(c), c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z', "letter " + (int) c);
      assertEquals(Character.isDigit(c), c >= '0' && c <= '9', "digit " + (int) c);
      assertEquals(Character.isUpperCase(c), c >= 'A' && c <= 'Z', "upper case " + (int) c);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"seed", "bbc", "made"})
  void wordsAndRunsAnswerAsTheRules(String which) throws IOException {
    List<String> texts = switch (which) {
      case "seed" -> List.of(Files.readString(FactExtractorTest.SEED));
      case "bbc" -> dev.lede.SharedData.texts("dev/bbc.jsonl");
      default -> List.of("\u00C9mile Zola met \u0130lham Aliyev in New York. \u00E9t\u00E9 NEW YORK Kansas City\n"
          + "KANSAS CITY CHIEFS WIN\nThe Bank of England and the Gulf of Mexico; 3 Dogs.");
    };
    int runs = 0;
    Random r = new Random(5);
    for (String text : texts) {
      List<NameToken> tokens = NameTokenizer.tokenize(text, new RuleSentenceSplitter().split(text), g);
      for (NameToken t : tokens) {
        if (t.isWord()) {
          assertEquals(Character.isUpperCase(text.charAt(t.start)), t.capitalised, t.toString());
        }
      }
      MentionFinder finder = new MentionFinder(g, text, tokens);
      int n = tokens.size();
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j <= Math.min(n, i + g.longestEntry + 1); j++) {
          boolean expected = finder.lookUpWhole(i, j);
          assertEquals(expected, finder.wholeIsKnown(i, j), i + ".." + j);
          assertEquals(expected, finder.wholeIsKnown(i, j), i + ".." + j + ", asked again");
          int k = r.nextInt(n) ;
          finder.wholeIsKnown(k, Math.min(n, k + 2)); // another run between
          assertEquals(expected, finder.wholeIsKnown(i, j), i + ".." + j + ", asked after another");
          runs++;
        }
      }
    }
    assertTrue(runs > 0);
  }
}
