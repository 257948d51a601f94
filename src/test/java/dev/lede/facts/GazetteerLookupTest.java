package dev.lede.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
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

  /** Phrases are looked up in place too: each run of spaces, tabs and line breaks counts as one space. */
  @ParameterizedTest
  @ValueSource(strings = {"New York", "NEW YORK", "new \t\n york", "New  York City", "Gulf of Mexico",
      "Communist Party of China", "United   States", "Bank of England", "Xyzzy Plugh", "New York\r",
      "São Paulo", "New Yorkx", "New Yor", "a b", "Las Vegas"})
  void aPhraseAnswersAsItsKey(String phrase) {
    String text = "<< " + phrase + " >>";
    int start = 3;
    int end = start + phrase.length();
    assertEquals(g.flags(NameKey.of(phrase)), g.flags(text, start, end), phrase);
  }

  @ParameterizedTest
  @ValueSource(strings = {"New York", "Hong Kong", "United Nations"})
  void knownPhrasesAreFoundWhateverTheirSpacing(String phrase) {
    String spaced = phrase.replace(" ", " \n\t ").toUpperCase(java.util.Locale.ROOT);
    assertNotEquals(0, g.flags(phrase, 0, phrase.length()), phrase);
    assertEquals(g.flags(phrase, 0, phrase.length()), g.flags(spaced, 0, spaced.length()), spaced);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Paris", "London", "the"})
  void knownWordsAreFoundInAnyCase(String word) {
    String text = word.toUpperCase(java.util.Locale.ROOT) + " " + word;
    assertNotEquals(0, g.flags(text, 0, word.length()), word);
    assertEquals(g.flags(text, 0, word.length()), g.flags(text, word.length() + 1, text.length()));
  }

  /**
   * Only a place or an organisation has a fullest name, so that grouping asks the canonical names only
   * of keys with one of those bits: true of the shipped image and of the lists themselves.
   */
  @Test
  void onlyPlacesAndOrganizationsHaveAFullestName() {
    for (Gazetteer gazetteer : java.util.List.of(g, GazetteerLists.read())) {
      assertTrue(gazetteer.canonicalNames().size() > 1000, "the canonical names are loaded");
      for (String key : gazetteer.canonicalNames().keySet()) {
        assertNotEquals(0, gazetteer.flags(key) & (Gazetteer.ANY_PLACE | Gazetteer.ORG), key);
      }
    }
  }
}
