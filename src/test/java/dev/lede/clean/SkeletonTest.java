package dev.lede.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SkeletonTest {
  /** Letters and digits of both cases and scripts, spaces, punctuation, and chars that case-map oddly. */
  private static final String ALPHABET = "aZz09 .,;:!?'\"-\u2019\u201C\u00E9\u00C9\u00DF\u0130\u03A3\u0416\u4E2D\u00A0\t";

  @Test
  void thePartsOfATextWithoutAmpersandsHaveTheKeysOfThoseParts() {
    Random r = new Random(7);
    for (int round = 0; round < 2_000; round++) {
      StringBuilder b = new StringBuilder();
      int n = r.nextInt(40);
      for (int i = 0; i < n; i++) {
        b.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
      }
      String text = b.toString();
      Skeleton.Parts parts = Skeleton.parts(text);
      for (int from = 0; from <= n; from++) {
        for (int to = from; to <= n; to++) {
          assertEquals(Skeleton.key(text, from, to), parts.key(from, to), "[" + from + ", " + to + ") of " + text);
        }
      }
    }
  }

  @Test
  void aWholeTextsPartIsItsKey() {
    String text = "LONDON (Reuters) - The Prime Minister's \u201Cplan\u201D costs \u00A3300m, 2\u00BD times more.";
    assertEquals(Skeleton.key(text), Skeleton.parts(text).key(0, text.length()));
    assertEquals("londonreutersthe", Skeleton.parts(text).key(0, 22));
  }

  @Test
  void aTextWithAnAmpersandHasNoParts() {
    // "&nbsp;" is left out of a key as a whole, so a part's key is not read off the whole text's
    assertNull(Skeleton.parts("Tom&nbsp;Jones"));
    assertEquals("tomjones", Skeleton.key("Tom&nbsp;Jones"));
  }

  /** keyEquals answers as comparing the made key, for every part, against keys of nearby parts. */
  @Test
  void keyEqualsAnswersAsComparingTheKey() {
    String alphabet = ALPHABET + "&&;#";
    String[] entities = {"&nbsp;", "&#160;", "&amp;", "&x;", "&#;", "&;"};
    Random r = new Random(13);
    for (int round = 0; round < 2_000; round++) {
      StringBuilder b = new StringBuilder();
      int n = r.nextInt(30);
      for (int i = 0; i < n; i++) {
        if (r.nextInt(8) == 0) {
          b.append(entities[r.nextInt(entities.length)]);
        } else {
          b.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
      }
      String text = b.toString();
      int len = text.length();
      String whole = Skeleton.key(text);
      String[] keys = {whole, "", whole.isEmpty() ? "a" : whole.substring(1), whole + "a",
          Skeleton.key(text, 0, len / 2)};
      for (int from = 0; from <= len; from++) {
        for (int to = from; to <= len; to++) {
          String made = Skeleton.key(text, from, to);
          for (String key : keys) {
            assertEquals(made.equals(key), Skeleton.keyEquals(text, from, to, key),
                "[" + from + ", " + to + ") of " + text + " against " + key);
          }
          assertEquals(true, Skeleton.keyEquals(text, from, to, made));
        }
      }
    }
  }
}
