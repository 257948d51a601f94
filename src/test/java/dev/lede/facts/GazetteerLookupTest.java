package dev.lede.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Looking a word up by its place in a text answers as looking up its {@link NameKey} does. */
class GazetteerLookupTest {
  private final Gazetteer g = Gazetteer.shared();

  @ParameterizedTest
  @ValueSource(strings = {"Paris", "PARIS", "paris", "the", "Inc.", "U.S.", "Tripoli-based", "Coruña",
      "CORUÑA", "O\u2019Neill", "New  York", "Xyzzyplugh", "", "\u212Aelvin", "\u0130stanbul", "Mr"})
  void aSliceAnswersAsItsKey(String word) {
    String text = "<< " + word + " >>";
    int start = 3;
    int end = start + word.length();
    assertEquals(g.flags(NameKey.of(word)), g.flags(text, start, end), word);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Paris", "London", "the"})
  void knownWordsAreFoundInAnyCase(String word) {
    String text = word.toUpperCase(java.util.Locale.ROOT) + " " + word;
    assertNotEquals(0, g.flags(text, 0, word.length()), word);
    assertEquals(g.flags(text, 0, word.length()), g.flags(text, word.length() + 1, text.length()));
  }
}
