package dev.lede.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.text.RuleSentenceSplitter;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The tokenizer leaves a lower-case word's gazetteer bits to be looked up when a stage first asks, and
 * answers the sports count and the abbreviation test from small tables: each answers exactly as the
 * look-up it spares would.
 */
class LateWordFlagsTest {
  private final Gazetteer g = Gazetteer.shared();

  /** Every key in the gazetteer, in three casings, and as many non-words made from them. */
  private List<String> wordsAndNonWords() {
    List<String> out = new ArrayList<>();
    Random r = new Random(11);
    for (String key : g.table().keys()) {
      out.add(key);
      out.add(key.toUpperCase(Locale.ROOT));
      out.add(key.isEmpty() ? key : Character.toUpperCase(key.charAt(0)) + key.substring(1));
      if (!key.isEmpty()) {
        char[] c = key.toCharArray();
        c[r.nextInt(c.length)] = (char) ('a' + r.nextInt(26));
        out.add(new String(c));
        out.add(key + (char) ('a' + r.nextInt(26)));
        out.add(key.substring(1));
      }
    }
    out.addAll(List.of("Soccer", "SOCCER", "socc\u00E9r", "Crick\u00E9t", "o\u2019", "", "x", "Fu\u00DFball"));
    return out;
  }

  /** The small table holds exactly the sports words, whether the table was read from the image or the lists. */
  @Test
  void theSmallTableHoldsExactlyTheSportsWords() {
    for (WordFlagTable table : List.of(g.table(), GazetteerLists.read().table())) {
      for (WordFlagTable sports : List.of(table.small(), table.only(Gazetteer.SPORTS))) {
        int expected = 0;
        for (String key : table.keys()) {
          int bits = table.get(key);
          if ((bits & WordFlagTable.SMALL_BITS) != 0) {
            expected++;
            assertEquals(bits, sports.get(key), key);
          }
        }
        assertTrue(expected > 20, "the sports list is loaded");
        assertEquals(expected, sports.size());
      }
    }
  }

  @Test
  void aSportsWordIsFoundAsTheLargeTableWouldFindIt() {
    for (String w : wordsAndNonWords()) {
      String text = "<< " + w + " >>";
      int start = 3;
      int end = start + w.length();
      assertEquals((g.flags(text, start, end) & Gazetteer.SPORTS) != 0, g.isSportsWord(text, start, end), w);
    }
  }

  @Test
  void anAbbreviationIsFoundAsItsKeyWouldBe() {
    List<String> words = wordsAndNonWords();
    for (String a : NameTokenizer.ABBREVIATIONS) {
      words.add(a);
      words.add(a.toUpperCase(Locale.ROOT));
      words.add(Character.toUpperCase(a.charAt(0)) + a.substring(1));
      words.add(a + "\u0301"); // a combining accent the key drops
      words.add(a.charAt(0) + "\u00E9");
    }
    for (String w : words) {
      String text = "<< " + w + " >>";
      int start = 3;
      int end = start + w.length();
      assertEquals(NameTokenizer.ABBREVIATIONS.contains(NameKey.of(text, start, end)),
          NameTokenizer.isAbbreviation(text, start, end), w);
    }
  }

  /** The shape pre-test never turns away an ASCII word the sports table holds, nor the ASCII abbreviation test an abbreviation. */
  @Test
  void theAsciiPreTestsAnswerAsTheTablesWould() {
    List<String> words = wordsAndNonWords();
    for (String a : NameTokenizer.ABBREVIATIONS) {
      words.add(a);
      words.add(a.toUpperCase(Locale.ROOT) + ".");
      words.add(Character.toUpperCase(a.charAt(0)) + a.substring(1));
    }
    for (String w : words) {
      if (w.isEmpty() || !w.chars().allMatch(c -> c < 128)) {
        continue;
      }
      String text = "<< " + w + " >>";
      int start = 3;
      int end = start + w.length();
      if (!g.maySportsWord(w.charAt(0), w.length())) {
        assertFalse(g.isSportsWord(text, start, end), w);
      }
      assertEquals(NameTokenizer.isAbbreviation(text, start, end),
          NameTokenizer.isAsciiAbbreviation(text.toCharArray(), start, end), w);
    }
  }

  /** On the BBC dev texts: each word token's ASCII mark, its sports answer and its abbreviation answer, against the rules. */
  @Test
  void tokensOfTheBbcDevTextsAnswerAsTheRules() throws IOException {
    int words = 0;
    for (String text : dev.lede.SharedData.texts("dev/bbc.jsonl")) {
      List<NameToken> tokens = NameTokenizer.tokenize(text, new RuleSentenceSplitter().split(text), g);
      for (int k = 0; k < tokens.size(); k++) {
        NameToken t = tokens.get(k);
        if (!t.isWord()) {
          continue;
        }
        words++;
        String w = text.substring(t.start, t.end);
        assertEquals(w.chars().allMatch(c -> c < 128), t.ascii, w);
        if (k < EntityClassifier.SPORTS_WINDOW) { // the words the sports count asks
          assertEquals((g.flags(text, t.start, t.end) & Gazetteer.SPORTS) != 0, t.isSportsWord(), w);
        }
        if (t.ascii) {
          assertEquals(NameTokenizer.isAbbreviation(text, t.start, t.end),
              NameTokenizer.isAsciiAbbreviation(text.toCharArray(), t.start, t.end), w);
        }
      }
    }
    assertTrue(words > 0);
  }

  /** Enough distinct capitalised words, each twice, that the keys' table grows several times. */
  private String manyNames() {
    StringBuilder b = new StringBuilder("Reports from ");
    List<String> keys = g.table().keys();
    for (int i = 0; i < 3000; i++) {
      String k = keys.get((i * 37) % keys.size());
      String word = k.isEmpty() || k.indexOf(' ') >= 0 ? "Zq" + i : Character.toUpperCase(k.charAt(0)) + k.substring(1);
      b.append(word).append(" and ").append(word).append(i % 7 == 0 ? ". Then " : " met ");
    }
    return b.append("Caf\u00E9 and CAFE.").toString();
  }

  /** The bits a token answers with: looked up for capitalised words and the first words, else none. */
  @ParameterizedTest
  @ValueSource(strings = {"seed", "sports", "many"})
  void tokensAnswerWithTheBitsOfTheirKeys(String which) throws IOException {
    String text = which.equals("seed") ? Files.readString(FactExtractorTest.SEED)
        : which.equals("many") ? manyNames()
        : "CRICKET - LEICESTERSHIRE TAKE OVER AT TOP\nLeicestershire beat Somerset at Grace Road in the "
            + "county championship; the soccer and rugby results, the golf and tennis scores follow. "
            + "Mr. Smith of the U.S. team said the match was won.";
    List<NameToken> tokens = NameTokenizer.tokenize(text, new RuleSentenceSplitter().split(text), g);
    for (int i = 0; i < tokens.size(); i++) {
      NameToken t = tokens.get(i);
      int expected = t.isWord() && (t.capitalised || i < EntityClassifier.SPORTS_WINDOW)
          ? g.flags(text, t.start, t.end) : 0;
      assertEquals((expected & Gazetteer.SPORTS) != 0, t.isWord() && t.isSportsWord(), t.toString());
      assertEquals(expected, t.flags(), t.toString());
      if (t.isWord()) {
        assertEquals(NameKey.of(text, t.start, t.end), t.key(), t.toString());
      }
      assertEquals((expected & Gazetteer.SPORTS) != 0, t.isWord() && t.isSportsWord(), t.toString());
    }
  }

  /**
   * The sports answer the tokenizer counts as it makes the tokens is the answer of a pass over them, on
   * headlines that open with a sports word or not, texts shorter and longer than the window, and the
   * BBC dev texts.
   */
  @ParameterizedTest
  @ValueSource(strings = {
      "SOCCER - LEEDS WIN\nLeeds won.",
      "Soccer - Leeds win\nLeeds won.",
      "soccer is played here",
      "The soccer, rugby and cricket scores: tennis too.",
      "The soccer, rugby and cricket scores.",
      "",
      "- SOCCER\nsoccer rugby cricket",
      "Nothing about sport at all in this line.\nNor here."})
  void theCountedSportsAnswerIsTheScannedOne(String text) {
    assertCountedAsScanned(text);
    // the same words past the window count for neither
    assertCountedAsScanned("word ".repeat(EntityClassifier.SPORTS_WINDOW - 2) + text);
  }

  @Test
  void theCountedSportsAnswerIsTheScannedOneOnTheBbcDevTexts() throws IOException {
    int sports = 0;
    for (String text : dev.lede.SharedData.texts("dev/bbc.jsonl")) {
      sports += assertCountedAsScanned(text) ? 1 : 0;
    }
    assertTrue(sports > 0, "some dev texts are sports copy");
  }

  private boolean assertCountedAsScanned(String text) {
    List<NameToken> tokens = NameTokenizer.tokenize(text, new RuleSentenceSplitter().split(text), g);
    boolean scanned = EntityClassifier.scanSports(tokens);
    assertEquals(scanned, EntityClassifier.isSports(g, tokens), text);
    assertEquals(scanned, new EntityClassifier(g, text, tokens).sports(), text);
    // a list the tokenizer did not make is scanned
    assertEquals(scanned, EntityClassifier.isSports(g, new ArrayList<>(tokens)), text);
    return scanned;
  }
}
