package dev.lede.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.SharedData;
import dev.lede.text.RuleSentenceSplitter;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the stages ask of a word's key, kept per key id by {@link NameKeys}, answers as asking the word
 * lists and the small sets with the key itself would: {@link NameToken#keyFlags} is
 * {@code g.flags(key())} (also for the lower-case words whose {@link NameToken#flags()} the tokenizer
 * leaves at 0), and {@link NameToken#inSet} is the sets' {@code contains(key())}; and a mention's key
 * and key id are its slice's.
 */
class KeyedWordFactsTest {
  private final Gazetteer g = Gazetteer.shared();

  private int check(String text) {
    List<NameToken> tokens = NameTokenizer.tokenize(text, new RuleSentenceSplitter().split(text), g);
    int words = 0;
    for (NameToken t : tokens) {
      if (t.kind() == NameToken.Kind.NUMBER) {
        continue; // a number has no key, and no stage asks
      }
      words++;
      assertEquals(g.flags(t.key()), t.keyFlags(g), t.toString());
      for (int s = 0; s < SmallWordSets.SETS.size(); s++) {
        Set<String> set = SmallWordSets.SETS.get(s);
        assertEquals(set.contains(t.key()), t.inSet(1 << s), t + " in set " + s);
      }
      assertEquals(g.flags(t.key()), t.keyFlags(g), t + ", asked twice");
    }
    NameKeys keys = tokens.isEmpty() ? new NameKeys(text) : tokens.get(0).keys();
    for (int id = 0; id < keys.size(); id++) {
      assertEquals(g.flags(keys.key(id)), keys.flags(id, g), keys.key(id));
      assertEquals(SmallWordSets.of(keys.key(id)), keys.sets(id), keys.key(id));
    }
    // a mention's key id, which a one-word mention takes from its token, is the id of its slice's key
    for (Mention m : new MentionFinder(g, keys, tokens).find()) {
      assertEquals(keys.id(m.start, m.end), m.keyId, m.toString());
      assertEquals(NameKey.of(text, m.start, m.end), m.key, m.toString());
    }
    return words;
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Mr. Smith of the U.S. team met O'Neill, O\u2019Neill and the BBC's man in S\u00E3o Paulo.",
      "CRICKET - LEICESTERSHIRE TAKE OVER AT TOP\nLeicestershire beat Somerset at Grace Road v Kent.",
      "Kia Motor Corp of South Korea, KeyCorp and Banc One Corp., N. Korea, West Indian, E. Timor.",
      "Locke said; said Locke; Anthony Hill, at Trent Bridge, in the Park, Ministry of Defence, AT&T."})
  void wordsOfHardCopy(String text) {
    check(text);
  }

  /** Every word of every small set, in three casings, among ordinary words. */
  @Test
  void theSetsOwnWords() {
    StringBuilder b = new StringBuilder("Reports said ");
    for (Set<String> set : SmallWordSets.SETS) {
      for (String w : set) {
        b.append(w).append(' ').append(w.toUpperCase(Locale.ROOT)).append(" x ")
            .append(Character.toUpperCase(w.charAt(0))).append(w.substring(1)).append(" and ");
      }
    }
    check(b.append("more.").toString());
  }

  /** Random mixes of set words, list words and marks, long enough that the key table grows. */
  @Test
  void randomText() {
    List<String> pool = g.table().keys();
    String[] marks = {" ", ". ", ", ", " & ", "\n", " (", ") ", "'s ", "-"};
    Random r = new Random(3);
    for (int round = 0; round < 40; round++) {
      StringBuilder b = new StringBuilder();
      for (int k = 0; k < 600; k++) {
        String w = r.nextInt(4) == 0
            ? List.copyOf(SmallWordSets.SETS.get(r.nextInt(SmallWordSets.SETS.size()))).get(0)
            : pool.get(r.nextInt(pool.size()));
        b.append(r.nextBoolean() ? w : w.toUpperCase(Locale.ROOT)).append(marks[r.nextInt(marks.length)]);
      }
      check(b.toString());
    }
  }

  @Test
  void theBbcDevTexts() throws IOException {
    int words = 0;
    for (String text : SharedData.texts("dev/bbc.jsonl")) {
      words += check(text);
    }
    assertTrue(words > 0);
  }
}
