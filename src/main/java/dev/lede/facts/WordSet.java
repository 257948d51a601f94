package dev.lede.facts;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A set of lower-case words asked about tokens of a {@link TextTokens}: {@link #contains(TextTokens, int)}
 * answers exactly as {@code words.contains(t.lower(i))} would, without making the lower-case string. For a
 * token of ASCII letters and apostrophes, lower case folds char by char, as {@link WordTable} does, so the
 * token's hash finds it; any other token is lower-cased and looked up as before. Thread-safe.
 */
final class WordSet {
  private final Set<String> words;
  private final WordTable<Boolean> table;

  WordSet(String... words) {
    this.words = Set.of(words);
    Map<String, Boolean> m = new HashMap<>();
    for (String w : words) {
      m.put(w, Boolean.TRUE);
    }
    this.table = new WordTable<>(m);
  }

  /** Whether {@code t.lower(i)} is one of the words; false out of range. */
  boolean contains(TextTokens t, int i) {
    if (i < 0 || i >= t.size()) {
      return false;
    }
    if (t.isPlain(i)) {
      return table.get(t, i) != null;
    }
    return words.contains(t.lower(i));
  }

  /** Whether {@code lower}, already in lower case, is one of the words. */
  boolean contains(String lower) {
    return words.contains(lower);
  }
}
