package dev.lede.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.SharedData;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The one look-up {@link TextTokens} makes per token answers as the scanners' own tables would: each
 * {@link ScanWords} bit is set exactly when the token, folded to lower case, is one of that table's keys.
 */
class ScanWordsTest {

  private static final int[] BITS = {ScanWords.CALENDAR, ScanWords.DATE_START, ScanWords.QUANTITY,
      ScanWords.NUMBER_WORD, ScanWords.SPEECH_VERB, ScanWords.MODIFIER_FIRST};

  private static List<Set<String>> tables() {
    return List.of(new HashSet<>(CalendarWords.keys()), new HashSet<>(RelativeDateForms.STARTS.keys()),
        new HashSet<>(QuantityWords.keys()), new HashSet<>(QuantityWords.numberWordKeys()),
        new HashSet<>(QuoteAttribution.speechVerbKeys()), new HashSet<>(QuantityWords.modifierFirstWordKeys()));
  }

  /** Every token of {@code text}: its bits against membership of its folded form in each table. */
  private static int check(String text) {
    List<Set<String>> tables = tables();
    TextTokens t = TextTokens.of(text);
    for (int i = 0; i < t.size(); i++) {
      StringBuilder folded = new StringBuilder();
      for (int k = t.start(i); k < t.end(i); k++) {
        folded.append(WordTable.fold(text.charAt(k)));
      }
      for (int b = 0; b < BITS.length; b++) {
        assertEquals(tables.get(b).contains(folded.toString()), t.in(i, BITS[b]),
            "bit " + BITS[b] + " of '" + text.substring(t.start(i), t.end(i)) + "'");
      }
    }
    return t.size();
  }

  @Test
  void everyKeyOfEveryTableInAnyCaseHasItsBits() {
    StringBuilder b = new StringBuilder();
    for (Set<String> table : tables()) {
      for (String k : table) {
        b.append(k).append(' ').append(k.toUpperCase(Locale.ROOT)).append(" x").append(k).append(", ");
        if (!k.isEmpty()) {
          b.append(Character.toUpperCase(k.charAt(0))).append(k.substring(1)).append(".\n");
        }
      }
    }
    check(b.toString());
  }

  @Test
  void tokensOfOrdinaryCopy() {
    check("On Monday, three MPs said £2.5bn was spent last week - more than 40 per cent of the budget. "
        + "\u201CNo,\u201D she told the BBC\u2019s reporter in May. Monday\u2019s vote came a year ago.");
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
