package dev.lede.clean;

import java.util.Locale;
import java.util.Set;

/**
 * Tells a hard-wrapped line from the end of a paragraph when the next line starts with a capital
 * ("... nine first-class matches against" / "English county sides ..."): a line that stops on an
 * article, a conjunction, a possessive or an auxiliary cannot end a sentence or a headline; one that
 * stops on a preposition cannot end a long line of prose. Lines of fewer than four words (widgets,
 * bylines) are never joined. Stateless.
 */
final class HardWrap {
  /** Words that never end a line of prose or a headline. */
  private static final Set<String> NEVER_LAST = Set.of("the", "a", "an", "of", "and", "or", "nor", "but",
      "against", "between", "with", "from", "into", "than", "whose", "his", "her", "their", "its", "our",
      "your", "my", "these", "those", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will",
      "would", "could", "should", "may", "might", "must", "among", "amid", "during", "towards", "toward");
  /** Prepositions that end a headline now and then ("What it stands for"), but not a long line of prose. */
  private static final Set<String> RARELY_LAST = Set.of("on", "in", "at", "for", "to", "by", "about", "after",
      "before", "under", "over", "via", "as", "per");
  /** A line shorter than this is never taken for wrapped prose. */
  static final int MIN_WORDS = 4;
  /** A line of prose wrapped at a preposition has at least this many words. */
  static final int MIN_WRAPPED_WORDS = 6;

  private HardWrap() {}

  /** Whether {@code line} runs on into {@code next}, which starts with a capital or digit. */
  static boolean runsOn(String line, String next) {
    char c = next.charAt(0);
    if (!Character.isLetterOrDigit(c) || line.length() > 400 || line.isEmpty()) {
      return false;
    }
    if (!Prose.hasWords(line, 0, line.length(), MIN_WORDS)) {
      return false; // "Share this with" / "Email": widget lines, not wrapped prose
    }
    int sp = line.lastIndexOf(' ');
    if (sp < 0) {
      return false;
    }
    String last = line.substring(sp + 1).toLowerCase(Locale.ROOT);
    if (NEVER_LAST.contains(last)) {
      return true;
    }
    return RARELY_LAST.contains(last) && Prose.hasWords(line, 0, line.length(), MIN_WRAPPED_WORDS);
  }
}
