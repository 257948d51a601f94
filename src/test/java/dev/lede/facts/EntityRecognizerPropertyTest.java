package dev.lede.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.text.RuleSentenceSplitter;
import dev.lede.text.Span;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Invariants on random text built from name-like and awkward pieces: no exception, every span inside
 * the text and spelling the entity's name or an alias, no span in two entities, no empty names.
 */
class EntityRecognizerPropertyTest {
  private static final String[] PIECES = {
      "Wang", "Huning", "Communist", "Party", "of", "China", "(", "CPC", ")", "the", "said", "President",
      "Mr", "Monday", "January", "U.S.", "Inc.", "Corp", "&", "-", "--", ".", ",", ":", "'s", "\u2019s",
      "\n", "\n\n", "LONDON", "1996-08-30", "2", "10-1-35-2", "v", "at", "in", "Grand", "Prix", "Real",
      "Madrid", "St.", "Louis", "de", "la", "O'Neill", "Jean-Luc", "Tripoli-based", "\"", "'", "M.",
      "Ça", "Zürich", "\u00a0", "\t", "SOCCER", "RESULTS", "Bank", "for", "and", "The", "A", "E",
      "\uD83D\uDE00", "\u0301", "NATO", "Unseeded", "Chester-le-Street", "Fla."};

  static LongStream seeds() {
    return LongStream.range(0, 300);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void spansAreInsideTheTextSpellANameAndBelongToOneEntity(long seed) {
    Random random = new Random(seed);
    StringBuilder b = new StringBuilder();
    int words = 1 + random.nextInt(120);
    for (int i = 0; i < words; i++) {
      b.append(PIECES[random.nextInt(PIECES.length)]);
      if (random.nextInt(4) > 0) {
        b.append(' ');
      }
    }
    String text = b.toString();
    Entities e = new EntityRecognizer().recognize(text, new RuleSentenceSplitter().split(text));
    Set<Span> seen = new HashSet<>();
    for (Entity x : EntityRecognizerTest.all(e)) {
      assertFalse(x.name().isBlank(), "blank name in " + x);
      assertEquals(x.mentions(), x.spans().size());
      for (Span s : x.spans()) {
        assertTrue(s.end() <= text.length(), "span outside the text: " + s);
        String at = text.substring(s.start(), s.end());
        assertTrue(at.equals(x.name()) || x.aliases().contains(at), at + " is not a name of " + x);
        assertTrue(seen.add(s), "span in two entities: " + s);
      }
    }
  }
}
