package dev.lede.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
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
    assertEquals(List.of("kiosk"), idx.present("\u212A\u0130OSK", 5));
  }
  /** Indexes whose phrases open with few ASCII chars, which {@link PhraseIndex#present(String)} seeks by string search. */
  private static final List<List<String>> FEW_OPENERS = List.of(
      Lexicon.lines("caption-cues.txt"), List.of("kiosk", "image"), List.of("(left)", ", left,", "pictured"),
      List.of("ab", "a"));

  /** Every char at which the look-up gives phrases is one the string searches seek. */
  @Test
  void theStringSearchesSeekEveryCharThatMayOpenAPhrase() {
    for (List<String> phrases : FEW_OPENERS) {
      PhraseIndex idx = new PhraseIndex(phrases);
      char[] openers = idx.openers();
      assertNotNull(openers, phrases.toString());
      String seek = new String(openers);
      for (int c = 0; c <= Character.MAX_VALUE; c++) {
        for (String p : phrases) {
          String t = (char) c + p.substring(1);
          if (idx.candidates(t, 0, t.length()) != null) {
            assertTrue(seek.indexOf((char) c) >= 0, "U+" + Integer.toHexString(c) + " opens " + p);
          }
        }
      }
    }
  }

  /** The string searches find what the look-up at every char finds, on random text of the phrases' pieces. */
  @Test
  void stringSearchesAgreeWithTheLookUpAtEveryCharOnRandomText() {
    String[] pieces = {"(", ")", ",", " ", "  ", "pictured", "PICTURED", "Pictured", "left", "LEFT", "(left)",
        ", left,", "\u0130mage", "image", "\u212Aiosk", "kiosk", "KIOSK", "a", "b", "A", "B", "x", "\u201C", "p", "P"};
    Random random = new Random(3);
    for (List<String> phrases : FEW_OPENERS) {
      PhraseIndex idx = new PhraseIndex(phrases);
      for (int n = 0; n < 50_000; n++) {
        StringBuilder b = new StringBuilder();
        int parts = random.nextInt(10);
        for (int k = 0; k < parts; k++) {
          b.append(pieces[random.nextInt(pieces.length)]);
        }
        String text = b.toString();
        assertEquals(idx.present(text, Integer.MAX_VALUE), idx.present(text), text);
      }
    }
  }

  /**
   * Past its first two chars a candidate is narrowed by its third (the comma cues share ", "): on random
   * text made char by char from the cues' chars, the string searches still find what the look-up at every
   * char finds.
   */
  @Test
  void narrowingByTheThirdCharAgreesWithTheLookUpAtEveryChar() {
    char[] alphabet = ", (),lLeEfFtTpPiIcCrRsSnNoOaAbBgGhH\u0130\u212A\u00e9".toCharArray();
    String[] cues = {", left,", ", Right,", ", CENTRE,", "(pictured)", "(far left)", ", second from left,", ", in"};
    Random random = new Random(21);
    PhraseIndex idx = new PhraseIndex(Lexicon.lines("caption-cues.txt"));
    for (int n = 0; n < 100_000; n++) {
      StringBuilder b = new StringBuilder();
      int length = random.nextInt(16);
      for (int k = 0; k < length; k++) {
        if (random.nextInt(12) == 0) {
          b.append(cues[random.nextInt(cues.length)]);
        } else {
          b.append(alphabet[random.nextInt(alphabet.length)]);
        }
      }
      String text = b.toString();
      assertEquals(idx.present(text, Integer.MAX_VALUE), idx.present(text), text);
    }
  }

  /** ... and on every paragraph of the dev sets. */
  @Test
  void stringSearchesAgreeWithTheLookUpAtEveryCharOnRealNews() throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<PhraseIndex> indexes = FEW_OPENERS.stream().map(PhraseIndex::new).toList();
    for (String set : new String[] {"dev/bbc.jsonl", "dev/xsum.jsonl", "dev/cnndm.jsonl", "dev/conll.jsonl"}) {
      Path path = SharedData.require(set);
      for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          continue;
        }
        for (String paragraph : mapper.readTree(line).path("text").asText().split("\n")) {
          for (PhraseIndex idx : indexes) {
            assertEquals(idx.present(paragraph, Integer.MAX_VALUE), idx.present(paragraph), paragraph);
          }
        }
      }
    }
  }
}
