package dev.lede.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.SharedData;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link GluedStarts#strong} skips the word lists where a start cannot be strong (no lower-case word
 * next and no possible dateline, or no starter word and no possible dateline); it must give exactly the
 * strong starts that {@link GluedStarts#all}, which asks everything at every capitalised word, ranks
 * {@link GluedStarts#STRONG}.
 */
class GluedStartsStrongTest {
  private static List<GluedStarts.Start> strongOfAll(String s, int from, int to) {
    List<GluedStarts.Start> out = new ArrayList<>();
    for (GluedStarts.Start g : GluedStarts.all(s, from, to)) {
      if (g.rank() == GluedStarts.STRONG) {
        out.add(g);
      }
    }
    return out;
  }

  private static void agree(String s) {
    assertEquals(strongOfAll(s, 0, s.length()), GluedStarts.strong(s, 0, s.length()), s);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "The company could not pay its bills He said the talks had failed",
      "child pornography Police in Maryland have arrested a man",
      "a picture of the crowd LONDON (Reuters) - Prime Minister",
      "on Saturday Wright (centre) celebrates It was a great day",
      "vitamin A and category A of the list A man walked in",
      "Faking It and It's Now or Never They said",
      "the new stadium 'The fans were delighted' he said",
      "shown here Millions of motorists face delays Thousands of people",
      ""})
  void strongStartsAreTheStrongOfAll(String s) {
    agree(s);
  }

  /** Random runs of starters, names, lower-case words, datelines and punctuation. */
  @Test
  void agreesOnRandomWords() {
    String[] words = {"The", "He", "She", "It", "A", "An", "They", "Millions", "of", "and", "the", "said",
        "bills", "police", "Police", "LONDON", "PARIS,", "(Reuters)", "-", "--", "Monday", "March", "Smith",
        "John", "'The", "\"He", "in", "on", "Court", "Appeal", "was", "10", "2015", "(AP)", ":", "Now", "US"};
    Random random = new Random(9);
    for (int round = 0; round < 50_000; round++) {
      StringBuilder b = new StringBuilder();
      int n = 2 + random.nextInt(14);
      for (int k = 0; k < n; k++) {
        if (k > 0) {
          b.append(random.nextInt(10) == 0 ? "  " : " ");
        }
        b.append(words[random.nextInt(words.length)]);
      }
      agree(b.toString());
    }
  }

  @Test
  void agreesOnRealNews() throws IOException {
    for (String set : new String[] {"dev/bbc.jsonl", "dev/cnndm.jsonl"}) {
      for (String text : SharedData.texts(set)) {
        for (String line : text.split("\n")) {
          agree(line);
        }
      }
    }
  }
}
