package dev.lede.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The scanner's quick tests, each held to the slower test it stands in for: a quick test may say "maybe"
 * where the full one says no, never "no" where it says yes.
 */
class SentenceScannerQuickTestsTest {
  /** Chars that matter to the scanner, beyond letters: marks, spaces, digits and non-ASCII letters. */
  private static final String PROBES = "aAzZwWbBiIkKmM09 .)(!?,:/@'\"\u2019\u201C\u2022\u00A0\n\u0085"
      + "\u00E9\u00C9\u0130\u0131\u212A\u017F\u00DF\u3002\u2026";

  @Test
  void onlyAsciiWLowerCasesToW() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      assertEquals(Character.toLowerCase((char) c) == 'w', SentenceScanner.isW((char) c), "char " + c);
    }
  }

  @Test
  void aPlainWordStartOpensNoListItemAddressOrQuote() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      for (char d : PROBES.toCharArray()) {
        char[] cs = {(char) c, d, ' '};
        if (SentenceScanner.isPlainWordStart(cs, cs.length, 0, (char) c)) {
          ScanText t = new ScanText(new String(cs));
          assertTrue(ListMarker.parse(t, 0) == null, "no list marker at " + c + "," + (int) d);
          assertFalse(SentenceChars.isOpener((char) c) || SentenceChars.isBullet((char) c), "char " + c);
          assertFalse(SentenceChars.isSpace((char) c) || SentenceChars.isTerminal((char) c), "char " + c);
          assertFalse(Character.toLowerCase((char) c) == 'w', "char " + c);
        }
      }
    }
  }

  @Test
  void aPlainWordStartIsAnAsciiLetterNotBeforeADotOrBracket() {
    assertTrue(SentenceScanner.isPlainWordStart("the".toCharArray(), 3, 0, 't'));
    assertTrue(SentenceScanner.isPlainWordStart("I".toCharArray(), 1, 0, 'I'), "a one-letter text");
    assertTrue(SentenceScanner.isPlainWordStart("a x".toCharArray(), 1, 0, 'a'), "the text ends after it");
    assertFalse(SentenceScanner.isPlainWordStart("a.".toCharArray(), 2, 0, 'a'), "a list marker");
    assertFalse(SentenceScanner.isPlainWordStart("B)".toCharArray(), 2, 0, 'B'), "a list marker");
    assertFalse(SentenceScanner.isPlainWordStart("www".toCharArray(), 3, 0, 'w'), "maybe an address");
    assertFalse(SentenceScanner.isPlainWordStart("\u00E9t\u00E9".toCharArray(), 3, 0, '\u00E9'), "not ASCII");
    assertFalse(SentenceScanner.isPlainWordStart("1.".toCharArray(), 2, 0, '1'), "a digit");
  }

  @Test
  void theListMarkerQuickTestNeverRulesOutAMarker() {
    List<String> texts = new ArrayList<>();
    texts.add("");
    for (char a : PROBES.toCharArray()) {
      texts.add(String.valueOf(a));
      for (char b : PROBES.toCharArray()) {
        texts.add("" + a + b);
        for (char c : PROBES.toCharArray()) {
          texts.add("" + a + b + c);
        }
      }
    }
    texts.add("12.");
    texts.add("123) x");
    texts.add("1234. x");
    for (String s : texts) {
      ScanText t = new ScanText(s);
      for (int m = 0; m < s.length(); m++) {
        if (ListMarker.parse(t, m) != null) {
          assertTrue(ListMarker.mayStart(t, m), "[" + s + "] at " + m);
        }
      }
    }
    assertFalse(ListMarker.mayStart(new ScanText("ab"), 0));
    assertFalse(ListMarker.mayStart(new ScanText("a"), 0), "a letter at the end");
    assertTrue(ListMarker.mayStart(new ScanText("7"), 0));
  }

  @Test
  void theAbbreviationFilterPassesEveryListedEntryInEveryCase() throws IOException {
    BoundaryWords words = BoundaryWords.DEFAULT;
    List<String> entries = entries();
    assertTrue(entries.size() > 100, "the shipped list is read");
    for (String e : entries) {
      for (String form : List.of(e, e.toUpperCase(Locale.ROOT), capitalised(e))) {
        if (words.abbreviation(form) != null) {
          assertTrue(mayBe(words, form), form);
        }
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"said", "year", "Smith", "a", "B", "U.S", "e.g", "Co", "CO", "co", "Mass", "mass",
      "Ft", "ft", "Jan", "Sept", "No", "no", "Inc", "Ph.D", "Mt", "x", "Xx", "\u00C9t", "\u0130nc", "St",
      "st", "ST", "vs", "VS", "Vs", "Jr", "jr", "abcdefghijklmnopqrstuvwxyz", "Gen", "Rep", "Calif"})
  void theAbbreviationFilterAgreesWithTheLookUpWhereItSaysNo(String stem) {
    BoundaryWords words = BoundaryWords.DEFAULT;
    if (!mayBe(words, stem)) {
      assertEquals(null, words.abbreviation(stem), stem);
    }
  }

  @Test
  void theAbbreviationFilterRulesOutOrdinaryWords() {
    BoundaryWords words = BoundaryWords.DEFAULT;
    int ruledOut = 0;
    List<String> ordinary = List.of("said", "year", "Smith", "government", "week", "people", "Tuesday",
        "market", "there", "again");
    for (String w : ordinary) {
      ruledOut += mayBe(words, w) ? 0 : 1;
    }
    assertTrue(ruledOut >= ordinary.size() / 2, ruledOut + " of " + ordinary.size() + " ruled out");
    assertFalse(mayBe(words, ""), "an empty stem");
  }

  @Test
  void dottedLettersReadInPlaceAsInAString() {
    for (String s : List.of("U.S", "a.m", "Ph.D", "J.K", "", ".", "U.", ".S", "abc.d", "U..S", "US",
        "\u00C9.U", "1.2", "p.m.")) {
      char[] padded = ("xx" + s + "yy").toCharArray();
      assertEquals(WordsAround.isDottedLetters(s), WordsAround.isDottedLetters(padded, 2, 2 + s.length()), s);
    }
    assertTrue(WordsAround.isDottedLetters("U.S"));
    assertFalse(WordsAround.isDottedLetters("Smith"));
  }

  private static boolean mayBe(BoundaryWords words, String stem) {
    char[] padded = (" " + stem + ".").toCharArray();
    return words.mayBeAbbreviation(padded, 1, 1 + stem.length());
  }

  private static String capitalised(String e) {
    return e.isEmpty() ? e : Character.toUpperCase(e.charAt(0)) + e.substring(1);
  }

  private static List<String> entries() throws IOException {
    List<String> out = new ArrayList<>();
    try (InputStream in = BoundaryWords.class.getResourceAsStream("abbreviations.txt")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String l = line.strip();
        if (!l.isEmpty() && !l.startsWith("#") && !l.startsWith("[")) {
          out.add(l);
        }
      }
    }
    return out;
  }
}
