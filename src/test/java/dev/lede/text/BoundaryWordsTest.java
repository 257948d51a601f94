package dev.lede.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.text.BoundaryWords.Abbreviation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BoundaryWordsTest {
  private static final BoundaryWords WORDS = BoundaryWords.DEFAULT;

  @Test
  void theShippedListsLoadWithEveryClass() {
    assertEquals(Abbreviation.TITLE, WORDS.abbreviation("Mr"));
    assertEquals(Abbreviation.JOIN, WORDS.abbreviation("e.g"));
    assertEquals(Abbreviation.NUMBER, WORDS.abbreviation("No"));
    assertEquals(Abbreviation.NUMBER, WORDS.abbreviation("Sept"));
    assertEquals(Abbreviation.AMBIGUOUS, WORDS.abbreviation("Inc"));
    assertTrue(WORDS.isStarter("However"));
    assertTrue(WORDS.isPreposition("At"));
    assertTrue(WORDS.isSpeechVerb("asked"));
    assertNull(WORDS.abbreviation("Smith"));
    assertFalse(WORDS.isStarter("Government"));
  }

  @Test
  void lowerCaseEntriesMatchAnyCaseAndCapitalisedEntriesOnlyAsWritten() {
    assertEquals(Abbreviation.AMBIGUOUS, WORDS.abbreviation("co"));
    assertEquals(Abbreviation.AMBIGUOUS, WORDS.abbreviation("CO"));
    assertEquals(Abbreviation.AMBIGUOUS, WORDS.abbreviation("Mass"));
    assertNull(WORDS.abbreviation("mass"), "'Mass' the state, not 'mass' the word");
    assertEquals(Abbreviation.TITLE, WORDS.abbreviation("Ft"), "Ft. Worth");
    assertEquals(Abbreviation.AMBIGUOUS, WORDS.abbreviation("ft"), "6 ft.");
  }

  @Test
  void everyDataFileSaysWhereItComesFromAndItsLicence() throws IOException {
    for (String name : new String[] {"abbreviations.txt", "sentence-words.txt"}) {
      try (InputStream in = BoundaryWords.class.getResourceAsStream(name)) {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("#"), name);
        assertTrue(text.contains("Source:"), name + " names its source");
        assertTrue(text.contains("Licence:"), name + " names its licence");
      }
    }
  }

  @Test
  void aMalformedListFailsAtLoadTime() {
    assertThrows(IllegalStateException.class, () -> new BoundaryWords("[nonsense]\nx\n", "[starter]\nthe\n"));
    assertThrows(IllegalStateException.class, () -> new BoundaryWords("mr\n", "[starter]\nthe\n"));
    assertThrows(IllegalStateException.class, () -> new BoundaryWords("[title]\nmr\n", "[verbs]\nsaid\n"));
  }
}
