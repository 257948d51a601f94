package dev.lede.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The settling loop asks whether a pass gave the text back through {@link ArticleCleaner#joinsTo},
 * without joining the paragraphs. It must answer as {@code join(paragraphs).equals(text)} does, for
 * texts that are the join, texts one char off, and texts with a blank line more or less.
 */
class ArticleCleanerJoinTest {
  private static final String[] WORDS = {"", "a", "The rain.", "\n", "\n\n", "x\n\ny", "é", " "};

  @Test
  void joinsToAnswersAsJoiningAndComparing() {
    Random r = new Random(3);
    for (int round = 0; round < 3_000; round++) {
      agrees(r);
    }
  }

  private static void agrees(Random r) {
    List<Paragraph> paragraphs = new ArrayList<>();
    int count = r.nextInt(5);
    for (int i = 0; i < count; i++) {
      String text = WORDS[r.nextInt(WORDS.length)] + WORDS[r.nextInt(WORDS.length)];
      Paragraph p = Paragraph.of(text, 0, text.length()); // trimmed; null when blank, as no paragraph is
      if (p != null) {
        paragraphs.add(p);
      }
    }
    String joined = ArticleCleaner.join(paragraphs);
    assertTrue(ArticleCleaner.joinsTo(paragraphs, joined));
    List<String> others = List.of(joined + "\n\n", "\n\n" + joined, joined + "a", joined.isEmpty() ? "a" : joined.substring(1),
        joined.isEmpty() ? "" : joined.substring(0, joined.length() - 1), joined.replace("\n\n", "\n"),
        joined.replace("a", "b"), WORDS[r.nextInt(WORDS.length)]);
    for (String other : others) {
      assertEquals(joined.equals(other), ArticleCleaner.joinsTo(paragraphs, other),
          () -> paragraphs.size() + " paragraphs against " + other.replace("\n", "\\n"));
    }
  }
}
