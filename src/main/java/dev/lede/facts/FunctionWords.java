package dev.lede.facts;

import java.util.Locale;
import java.util.Set;

/**
 * English function words (articles, pronouns, prepositions, conjunctions, auxiliaries), loaded once from
 * {@code function-words.txt}. Used to end counted noun phrases and to compare sentences by their content
 * words. Thread-safe.
 */
public final class FunctionWords {
  private static final Set<String> WORDS = Set.copyOf(ResourceLines.load("function-words.txt"));

  private FunctionWords() {}

  /** Whether {@code word}, in any case, is a function word. */
  public static boolean contains(String word) {
    return WORDS.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Every function word, in lower case, in no particular order. */
  public static java.util.List<String> words() {
    return java.util.List.copyOf(WORDS);
  }

  /** Whether {@code lower}, already in lower case, is a function word. */
  public static boolean containsLowerCase(String lower) {
    return WORDS.contains(lower);
  }
}
