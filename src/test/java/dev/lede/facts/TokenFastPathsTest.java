package dev.lede.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.SharedData;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The scanners' fast paths answer as the general rules they stand for: the token tests that make no
 * lower-case string ({@link WordSet}, {@link TextTokens#lowerIs} ...) against {@link TextTokens#lower},
 * the calendar look-ups gated by the {@link ScanWords#CALENDAR} bit against the ungated ones,
 * and the pre-tests that let tokens by ({@link NumberExtractor#mayStart}, the weekday possessive's
 * length, "a" without "ago") against the full readings, on the BBC dev texts and on random text that
 * mixes news words with capitals, curly apostrophes and chars whose lower case is not one char (İ, K, Σ).
 */
class TokenFastPathsTest {
  private static final String[] WORDS = {"a", "A", "an", "An", "AN", "the", "The", "will", "Will", "WILL",
      "won't", "won\u2019t", "WON\u2019T", "they'll", "She\u2019ll", "said", "Said", "SAID", "told", "according",
      "According", "to", "presented", "be", "been", "Being", "going", "set", "st", "nd", "TH", "am", "pm",
      "p", "m", "in", "since", "In", "last", "Last", "next", "this", "week", "month", "year", "years", "ago",
      "Ago", "days", "day", "three", "Three", "one", "million", "Million", "bn", "m", "per", "cent", "%", "$",
      "\u00A3", "US", "of", "Monday", "Monday's", "Monday\u2019s", "MONDAY'S", "Wednesday's", "Mon's",
      "Wednesdays", "May", "March", "January", "Jan", "Sept", "he", "He", "she", "it", "It", "I", "i", "you",
      "win", "won", "Victory", "defeated", "away", "old", "its", "their", "people", "walked", "quickly",
      "running", "\u0130n", "\u0130", "\u212Aey", "WA\u03A3", "\u00DFed", "caf\u00E9", "na\u00EFve",
      "\u0130t", "sa\u0130d", "wi\u0130\u0130", "ED", "Ed", "Ly", "iNG", "X'LL", "2,000", "17", "29-10",
      "18th", "2021", "5", "1.5", "10:30", "3pm", "-", ",", ".", "\"", "\u201C", "\u201D", "'", "(", ":"};
  /** Words of the scanners' sets, with an apostrophe of each kind and the letters İ and K fold to. */
  private static final Set<String> SETS_CHECKED =
      Set.of("he", "she", "it", "they", "we", "i", "you", "won't", "won\u2019t", "key", "in", "the", "ed");

  private static String random(long seed) {
    Random r = new Random(seed);
    StringBuilder b = new StringBuilder();
    int n = 200 + r.nextInt(400);
    for (int k = 0; k < n; k++) {
      b.append(WORDS[r.nextInt(WORDS.length)]);
      int gap = r.nextInt(12);
      b.append(gap == 0 ? "" : gap == 1 ? "\n\n" : gap == 2 ? ". " : " ");
    }
    return b.toString();
  }

  /** Every fast path checked on every token of {@code text}; returns the number of tokens. */
  private static int check(String text) {
    TextTokens t = TextTokens.of(text);
    WordSet pronouns = new WordSet(SETS_CHECKED.toArray(new String[0]));
    NumberExtractor numbers = new NumberExtractor();
    DateScan scan = new DateScan(t, ReferenceDate.supplied(LocalDate.of(2024, 3, 18)));
    RelativeDateForms relative = new RelativeDateForms(scan);
    for (int i = 0; i < t.size(); i++) {
      String token = text.substring(t.start(i), t.end(i));
      String lower = t.lower(i);
      assertEquals(SETS_CHECKED.contains(lower), pronouns.contains(t, i), token);
      for (String s : new String[] {"a", "an", "ed", "'ll", "\u2019ll", "ly", "ing", "it", "i"}) {
        assertEquals(lower.equals(s), t.lowerIs(i, s), token + " is " + s);
        assertEquals(lower.endsWith(s), t.lowerEndsWith(i, s), token + " ends with " + s);
      }
      assertEquals(lower.length(), t.lowerLength(i), token);
      if (t.isPlain(i)) {
        assertEquals(QuoteAttribution.isSpeechVerb(lower), t.in(i, ScanWords.SPEECH_VERB), token);
      }
      if (t.isWord(i)) { // the String forms read the tables without the CALENDAR bit's gate
        assertEquals(CalendarWords.month(token), CalendarWords.month(t, i), token);
        assertEquals(CalendarWords.weekday(token), CalendarWords.weekday(t, i), token);
      }
      if (!NumberExtractor.mayStart(t, i)) {
        List<NumberFact> out = new ArrayList<>();
        assertEquals(i, numbers.quantity(t, i, out), token);
        assertTrue(out.isEmpty(), token);
      }
      if (t.isWord(i) && RelativeDateForms.possessive(t, i)
          && CalendarWords.weekday(text.substring(t.start(i), t.end(i) - 2)) != null) {
        assertTrue(RelativeDateForms.mayBeWeekdayPossessive(t, i), token);
      }
      if ((lower.equals("a") || lower.equals("an")) && !t.is(i + 2, "ago")) {
        assertEquals(i, relative.ago(i), token);
      }
    }
    return t.size();
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
  void randomText(long seed) {
    check(random(seed));
  }

  @Test
  void everyCharAloneAndInAWord() {
    StringBuilder b = new StringBuilder();
    for (char c = 1; c < 0xFFFF; c++) {
      if (Character.isLetter(c) && !Character.isSurrogate(c)) {
        b.append(c).append(' ').append("sa").append(c).append("d ").append(c).append("n ").append(c)
            .append("ed ").append(c).append("t ");
      }
    }
    check(b.toString());
  }

  @Test
  void tokensOfTheBbcDevTexts() throws IOException {
    int tokens = 0;
    for (String text : SharedData.texts("dev/bbc.jsonl")) {
      tokens += check(text);
    }
    assertTrue(tokens > 0);
  }
}
