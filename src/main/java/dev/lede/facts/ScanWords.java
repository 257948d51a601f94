package dev.lede.facts;

import java.util.HashMap;
import java.util.Map;

/**
 * Which of the date, number and quote scanners' word tables hold a token, answered for all of them by
 * one look-up that {@link TextTokens} makes per token as it scans. Most tokens are in none of them, and
 * each scanner used to probe its own tables for every token (some 3.4 probes per token of a news
 * article); now a scanner probes its table only for a token whose bit says it is there. The bits are
 * exact, not a filter that may err: a bit is set when the table's own look-up would find the token,
 * since this table holds the same keys and matches them the same way ({@link WordTable}). Thread-safe.
 */
final class ScanWords {
  /** {@link CalendarWords}: a month or weekday name, full or short, in any case. */
  static final int CALENDAR = 1;
  /** {@link RelativeDateForms#STARTS}: "yesterday", "last", "a" ... */
  static final int DATE_START = 1 << 1;
  /** {@link QuantityWords}: any form, in any case. */
  static final int QUANTITY = 1 << 2;
  /** {@link QuantityWords}: a number word ("three"), in any case. */
  static final int NUMBER_WORD = 1 << 3;
  /** {@link QuoteAttribution}'s speech verbs. */
  static final int SPEECH_VERB = 1 << 4;
  /** {@link QuantityWords}: the first word of a two-word modifier ("more" of "more than"). */
  static final int MODIFIER_FIRST = 1 << 5;

  /*
   * The table, open addressing on the keys' {@link WordTable#hash}: a slot holds the hash in its high
   * half and the bits (never 0) in its low half, so a probe reads one array, and a key's chars are
   * compared only when the hash matches. The token's chars are compared from the char array the
   * tokeniser reads. Built like {@link WordTable} and matched the same way (folded chars).
   */
  private static final long[] SLOTS;
  private static final String[] KEYS;
  private static final int MASK;

  static {
    Map<String, Integer> bits = new HashMap<>();
    add(bits, CalendarWords.keys(), CALENDAR);
    add(bits, RelativeDateForms.STARTS, DATE_START);
    add(bits, QuantityWords.keys(), QUANTITY);
    add(bits, QuantityWords.numberWordKeys(), NUMBER_WORD);
    add(bits, QuoteAttribution.speechVerbKeys(), SPEECH_VERB);
    add(bits, QuantityWords.modifierFirstWordKeys(), MODIFIER_FIRST);
    int cap = Integer.highestOneBit(Math.max(4, bits.size() * 4)) * 2;
    SLOTS = new long[cap];
    KEYS = new String[cap];
    MASK = cap - 1;
    for (Map.Entry<String, Integer> e : bits.entrySet()) {
      String k = e.getKey();
      int hash = WordTable.hash(k, 0, k.length());
      int h = hash & MASK;
      while (KEYS[h] != null) {
        h = (h + 1) & MASK;
      }
      KEYS[h] = k;
      SLOTS[h] = ((long) hash << 32) | (e.getValue() & 0xFFFFFFFFL);
    }
  }

  private ScanWords() {}

  private static void add(Map<String, Integer> bits, WordTable<?> table, int bit) {
    add(bits, table.keys(), bit);
  }

  private static void add(Map<String, Integer> bits, Iterable<String> keys, int bit) {
    for (String k : keys) {
      Integer had = bits.get(k); // not merge: its lambda's bootstrap would cost a cold start
      bits.put(k, had == null ? bit : had | bit);
    }
  }

  /** The bits of the token {@code chars[start, end)}, whose {@link WordTable#hash} is {@code hash}. */
  static int of(int hash, char[] chars, int start, int end) {
    int h = hash & MASK;
    for (long slot = SLOTS[h]; slot != 0; slot = SLOTS[h]) {
      if ((int) (slot >>> 32) == hash && matches(KEYS[h], chars, start, end)) {
        return (int) slot;
      }
      h = (h + 1) & MASK;
    }
    return 0;
  }

  private static boolean matches(String key, char[] chars, int start, int end) {
    if (key.length() != end - start) {
      return false;
    }
    for (int i = 0; i < key.length(); i++) {
      if (key.charAt(i) != WordTable.fold(chars[start + i])) {
        return false;
      }
    }
    return true;
  }
}
