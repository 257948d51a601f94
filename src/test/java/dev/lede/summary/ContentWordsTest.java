package dev.lede.summary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.facts.FunctionWords;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ContentWordsTest {
  private static int[] sorted(int[] ids) {
    int[] s = ids.clone();
    Arrays.sort(s);
    return s;
  }

  @Test
  void aWordHasOneIdInAnyCaseAndIsListedOncePerSentence() {
    ContentWords words = new ContentWords();
    String text = "Bridge bridge BRIDGE river. The River bridge.";
    int[] first = words.of(text, 0, 27);
    int[] second = words.of(text, 28, text.length());
    assertEquals(2, first.length, "bridge and river");
    assertArrayEquals(sorted(first), sorted(second));
  }

  @Test
  void functionWordsAndSingleLettersAreNoContentButSingleDigitsAre() {
    ContentWords words = new ContentWords();
    String text = "The a of x 7 and it";
    assertEquals(1, words.of(text, 0, text.length()).length, "only the digit 7");
  }

  @Test
  void wordsBeyondAsciiMeetTheirLowerCaseAsStringToLowerCaseMakesIt() {
    ContentWords words = new ContentWords();
    // KELVIN SIGN lower-cases to an ASCII k: "\u212Aelvin" and "kelvin" are one word
    String text = "\u212Aelvin kelvin Kelvin \u0130stanbul \u0130STANBUL";
    int[] ids = words.of(text, 0, text.length());
    assertEquals(2, ids.length);
  }

  @Test
  void manyDistinctWordsKeepDistinctIds() {
    ContentWords words = new ContentWords();
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 5_000; i++) {
      b.append("word").append(i).append(' ');
    }
    String text = b.toString();
    assertEquals(5_000, words.of(text, 0, text.length()).length);
    assertEquals(5_000, words.of(text, 0, text.length()).length, "the same ids the second time");
    assertEquals(5_000 + FunctionWords.words().size(), words.size(), "the function words are numbered first");
  }

  /** Every function word, in any case, is no content word; the words around it are. */
  @Test
  void everyFunctionWordInAnyCaseIsNoContentWord() {
    for (String w : FunctionWords.words()) {
      ContentWords words = new ContentWords();
      String text = "river " + w + " " + w.toUpperCase(java.util.Locale.ROOT) + " bridge";
      assertEquals(2, words.of(text, 0, text.length()).length, w);
    }
  }
}
