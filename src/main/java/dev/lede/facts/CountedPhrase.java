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
  /** Adverbs and adjectives that follow a measure ("100 miles away", "five years old"); never counted. */
  private static final WordSet AFTER_MEASURE =
      new WordSet("away", "later", "earlier", "ago", "old", "long", "high", "wide", "deep", "tall", "apart",
          "ahead", "behind", "overall", "apiece", "respectively", "each", "altogether", "instead");
  private static final WordSet DETERMINERS =
      new WordSet("the", "a", "an", "its", "their", "his", "her", "our", "your", "my", "this", "these", "those",
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
   * @param attributive whether the number stands as a modifier ("a 17,430 crowd", "a 10-year sentence"):
   *     then a singular head noun may follow it
   * @param allowOf whether "of" may introduce the phrase ("76% of voters", "hundreds of people")
   * @param names whether a name may be what is counted ("18th CPC National Congress", after an ordinal)
   */
  static Phrase after(
      TextTokens t, int k, boolean plural, boolean attributive, boolean allowOf, boolean names) {
    if (allowOf && t.is(k, "of")) {
      int j = k + 1;
      while (t.isWord(j) && DETERMINERS.contains(t, j)) {
        j++;
      }
      Phrase p = run(t, j, plural, true, names);
      return p.isEmpty() ? new Phrase(k, k) : p;
    }
    if (t.isWord(k) && AFTER_MEASURE.contains(t, k)) {
      return new Phrase(k, k);
    }
    return run(t, k, plural && !attributive, attributive, names);
  }

  /**
   * A run of content words from token {@code k}. A plural number needs a plural noun ("2,000 business
   * leaders", not "28 made it"); a singular or attributive one takes the run ("70th anniversary", "a
   * 17,430 crowd"); names count only after an ordinal ("18th CPC National Congress") or as one plural
   * word ("2,000 Britons").
   */
  private static Phrase run(TextTokens t, int k, boolean plural, boolean singularAllowed, boolean names) {
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
      if (names) {
        return new Phrase(k, end);
      }
      return end == k + 1 && looksPlural(t, k) ? new Phrase(k, end) : new Phrase(k, k);
    }
    for (int j = k; j < end; j++) {
      if (looksPlural(t, j)) {
        return new Phrase(k, j + 1);
      }
    }
    if (t.lowerEndsWith(k, "ed") || t.lowerEndsWith(k, "ly") || t.lowerEndsWith(k, "ing")) {
      return new Phrase(k, k); // a verb or adverb: "2,000 attended", "£5m raised"
    }
    return plural && !singularAllowed ? new Phrase(k, k) : new Phrase(k, end);
  }

  /**
   * A word that is not a function word, a quantity word, a speech verb, nor a month or weekday name. The
   * table look-ups go first, straight from the token (for a plain token the speech-verb bit answers as the
   * look-up of its lower case would); the lower-case string only for what passes them.
   */
  private static boolean isContentWord(TextTokens t, int k) {
    if (!t.isWord(k) || QuantityWords.of(t, k) != null
        || CalendarWords.month(t, k) != 0 || CalendarWords.weekday(t, k) != null) {
      return false;
    }
    if (t.isPlain(k) ? t.in(k, ScanWords.SPEECH_VERB) : QuoteAttribution.isSpeechVerb(t.lower(k))) {
      return false;
    }
    return !FunctionWords.containsLowerCase(t.lower(k));
  }

  /** {@link #looksPlural} of token {@code k}, from its lower case, which the tokens keep. */
  private static boolean looksPlural(TextTokens t, int k) {
    return looksPluralLower(t.lower(k));
  }

  static boolean looksPlural(String w) {
    return looksPluralLower(w.toLowerCase(Locale.ROOT));
  }

  private static boolean looksPluralLower(String lower) {
    if (IRREGULAR_PLURALS.contains(lower)) {
      return true;
    }
    return lower.length() > 3 && lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us")
        && !lower.endsWith("is") && !lower.endsWith("'s") && !lower.endsWith("\u2019s");
  }
}
