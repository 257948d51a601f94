package dev.lede.facts;

import java.util.Locale;
import java.util.Set;

/**
 * Finds what a number counts: the short noun phrase after it ("2,000 business leaders", "70th
 * anniversary", "18th CPC National Congress"), or after "of" ("76% of voters"). Without a part-of-speech
 * tagger the phrase is a run of at most three content words, ended by a function word, punctuation or a
 * change of case; after a plural number it ends at its first plural noun ("three teenage girls who").
 */
final class CountedPhrase {
  static final int MAX_WORDS = 3;
  private static final Set<String> IRREGULAR_PLURALS =
      Set.of("people", "children", "men", "women", "police", "staff", "cattle", "feet", "teeth",
          "mice", "geese", "personnel", "crew", "livestock", "folk", "fans", "youth");
  private static final Set<String> DETERMINERS =
      Set.of("the", "a", "an", "its", "their", "his", "her", "our", "your", "my", "this", "these", "those",
          "all");

  /** Tokens {@code [start, end)}; {@code start == end} when there is none. */
  record Phrase(int start, int end) {
    boolean isEmpty() {
      return start == end;
    }
  }

  private CountedPhrase() {}

  /**
   * The phrase counted by a number ending just before token {@code k}.
   *
   * @param plural whether the number is other than one (the phrase then ends at its first plural)
   * @param allowOf whether "of" may introduce the phrase ("76% of voters", "hundreds of people")
   */
  static Phrase after(TextTokens t, int k, boolean plural, boolean allowOf) {
    if (allowOf && t.is(k, "of")) {
      int j = k + 1;
      while (t.isWord(j) && DETERMINERS.contains(t.lower(j))) {
        j++;
      }
      Phrase p = run(t, j, plural, true);
      return p.isEmpty() ? new Phrase(k, k) : p;
    }
    return run(t, k, plural, false);
  }

  /** After "of" a mass noun may follow a plural number ("76% of the old quarry"): keep the whole run. */
  private static Phrase run(TextTokens t, int k, boolean plural, boolean afterOf) {
    if (!isContentWord(t, k)) {
      return new Phrase(k, k);
    }
    boolean capitals = t.capitalised(k);
    int end = k;
    while (end < t.size() && end - k < MAX_WORDS && isContentWord(t, end) && t.capitalised(end) == capitals
        && (end == k || !t.glued(end))) {
      end++;
    }
    if (capitals) {
      return new Phrase(k, end); // a name: "18th CPC National Congress"
    }
    for (int j = k; j < end; j++) {
      if (looksPlural(t.str(j))) {
        return plural || j == k ? new Phrase(k, j + 1) : new Phrase(k, j);
      }
    }
    String first = t.lower(k);
    if (first.endsWith("ed") || first.endsWith("ly") || first.endsWith("ing")) {
      return new Phrase(k, k); // a verb or adverb: "2,000 attended", "£5m raised"
    }
    return plural && !afterOf ? new Phrase(k, k + 1) : new Phrase(k, end);
  }

  private static boolean isContentWord(TextTokens t, int k) {
    if (!t.isWord(k)) {
      return false;
    }
    String w = t.str(k);
    String lower = t.lower(k);
    return !FunctionWords.containsLowerCase(lower) && QuantityWords.of(t, k) == null
        && !QuoteAttribution.isSpeechVerb(lower)
        && CalendarWords.month(w) == 0 && CalendarWords.weekday(w) == null;
  }

  static boolean looksPlural(String w) {
    String lower = w.toLowerCase(Locale.ROOT);
    if (IRREGULAR_PLURALS.contains(lower)) {
      return true;
    }
    return lower.length() > 3 && lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us")
        && !lower.endsWith("is") && !lower.endsWith("'s") && !lower.endsWith("\u2019s");
  }
}
