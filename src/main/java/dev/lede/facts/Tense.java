package dev.lede.facts;

/**
 * Tells whether the clause around a token speaks of the future ("will meet on Monday", "is due to
 * visit on Friday") or, by default, the past, as news mostly does. Looks at no more than a dozen tokens
 * on either side, within the sentence.
 */
final class Tense {
  private static final int WINDOW = 20;
  private static final WordSet FUTURE =
      new WordSet("will", "shall", "won't", "won\u2019t", "scheduled", "expected", "due", "upcoming");
  private static final WordSet FUTURE_BEFORE_TO =
      new WordSet("going", "set", "plans", "planned", "plan", "poised", "slated");
  private static final WordSet PAST =
      new WordSet("was", "were", "had", "did", "said", "told", "has", "have", "went", "came", "took", "met",
          "held", "began", "saw", "gave", "made", "won", "lost", "left", "found", "spoke", "wrote");

  private static final WordSet PASSIVE = new WordSet("be", "been", "being");

  private Tense() {}

  /** Whether the clause holding token {@code i} is in the future tense. */
  static boolean isFuture(TextTokens t, int i) {
    int k = i - 1;
    int seen = 0;
    for (; k >= 0 && seen < WINDOW; k--, seen++) {
      if (t.isBoundary(k) || t.lineBreakBefore(k + 1)) {
        break;
      }
      int m = marker(t, k);
      if (m != 0) {
        return m > 0;
      }
    }
    if (seen > 3) {
      return false;
    }
    // The date opens its clause ("On Monday, the minister will ..."): read on.
    for (k = i + 1; k < t.size() && k <= i + WINDOW; k++) {
      if (t.isBoundary(k) || t.lineBreakBefore(k)) {
        break;
      }
      int m = marker(t, k);
      if (m != 0) {
        return m > 0;
      }
    }
    return false;
  }

  /** +1 for a future marker, -1 for a past one, 0 for neither. */
  private static int marker(TextTokens t, int k) {
    if (!t.isWord(k)) {
      return 0;
    }
    // Token tests rather than t.lower(k): a window of tokens around each date is read.
    if (FUTURE.contains(t, k) || t.lowerEndsWith(k, "'ll") || t.lowerEndsWith(k, "\u2019ll")) {
      return 1;
    }
    if (FUTURE_BEFORE_TO.contains(t, k) && t.is(k + 1, "to")) {
      return 1;
    }
    if (PAST.contains(t, k)) {
      return -1;
    }
    if (t.lowerLength(k) > 4 && t.lowerEndsWith(k, "ed")) {
      // "will be presented": a participle after a form of "be" says nothing of the time
      return t.isWord(k - 1) && PASSIVE.contains(t, k - 1) ? 0 : -1;
    }
    return 0;
  }
}
