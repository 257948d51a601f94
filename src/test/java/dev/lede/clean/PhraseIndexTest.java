package dev.lede.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PhraseIndexTest {
  private final PhraseIndex index = new PhraseIndex(List.of("getty images", "getty", "(pictured)", ", left,", "ß"));

  @Test
  void findsPhrasesIgnoringCaseInTheOrderGiven() {
    assertEquals(List.of("getty images", "getty", "(pictured)"),
        index.present("Mr Smith (Pictured) at the rally GETTY IMAGES"));
  }

  @Test
  void findsNothingInPlainProseAndStopsWhenEnoughAreFound() {
    assertEquals(List.of(), index.present("The minister spoke on Monday."));
    assertEquals(1, index.present("Getty Images (pictured)", 1).size());
  }

  @Test
  void aPhraseCutOffByTheEndOfTheTextIsNotThere() {
    assertEquals(List.of(), index.present("seen at (pictu"));
  }

  /**
   * The index finds every phrase that searching the lower-cased text once per phrase finds, and the same
   * ones wherever lower-casing keeps each char one char ("İ" lower-cases to two chars: "i" and a dot).
   */
  @ParameterizedTest
  @ValueSource(strings = {"", "g", "Getty", "xgettyx", ", LEFT, and (PICTURED)", "Straße ß", "İmages getty",
      "gett getty imag getty images", "((pictured)", ", left", "ΣΑΣ getty"})
  void agreesWithSearchingTheLowerCasedText(String text) {
    List<String> phrases = List.of("getty images", "getty", "(pictured)", ", left,", "ß", "images");
    PhraseIndex idx = new PhraseIndex(phrases);
    String lower = text.toLowerCase(Locale.ROOT);
    List<String> expected = phrases.stream().filter(lower::contains).toList();
    List<String> found = idx.present(text);
    if (text.indexOf('İ') < 0) {
      assertEquals(expected, found);
    } else {
      assertEquals(true, found.containsAll(expected), found + " holds " + expected);
    }
  }

  /**
   * A char beyond ASCII whose one-char lower case is ASCII (the Kelvin sign reads as "k", "İ" as "i")
   * starts or continues a phrase just as that letter does: the index compares char by char.
   */
  @Test
  void readsEachCharAsItsOneCharLowerCase() {
    PhraseIndex idx = new PhraseIndex(List.of("kiosk", "image", "xi"));
    assertEquals(List.of("kiosk"), idx.present("the \u212Aiosk"));
    assertEquals(List.of("image", "xi"), idx.present("X\u0130mage"));
    assertEquals(2, idx.occurrences("KIOSK \u212A\u0130OSK", 5));
  }
}
