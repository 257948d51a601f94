package dev.lede.extract;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a byline as printed ("By Jane Doe | March 3, 2020", "Par Jean Dupont") into the names it gives,
 * or nothing when it gives none ("Email the author", a date, a URL, a sentence). Stateless.
 */
final class BylineCleaner {
  private static final int MAX_LENGTH = 100;
  private static final int MAX_WORDS = 12;
  private static final String[] PREFIXES = {
    "written by ", "posted by ", "words by ", "story by ", "report by ", "reported by ", "by: ", "by ",
    "par ", "von ", "por ", "door ", "av ", "af ", "autor: ", "author: ", "auteur: ",
    "text: ", "texto: "
  };
  /** Bylines that name nobody. */
  private static final String[] NOT_NAMES = {
    "email", "e-mail", "follow", "contact", "share", "read more", "more from", "view all", "see all",
    "about the author", "all posts", "subscribe", "sign in", "log in", "advertisement", "comments",
    "updated", "published", "posted", "last updated", "last modified"
  };
  private static final Set<String> MONTHS =
      Set.of(
          "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
          "january", "february", "march", "april", "june", "july", "august", "september", "october",
          "november", "december");
  /** Words after which a byline goes on with a date or a role, not a name. */
  private static final Set<String> STOP_WORDS =
      Set.of("updated", "published", "posted", "on", "last", "modified", "|", "•", "·", "—", "–", "-");

  private BylineCleaner() {}

  static Optional<String> clean(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String s = ArticleTextWriter.normaliseSpaces(raw);
    if (s.length() > 4 * MAX_LENGTH) {
      return Optional.empty();
    }
    s = stripPrefix(s);
    s = cutAtDate(s);
    s = trimPunctuation(s);
    String lower = s.toLowerCase(Locale.ROOT);
    if (s.isEmpty() || s.length() > MAX_LENGTH || s.split(" ").length > MAX_WORDS) {
      return Optional.empty();
    }
    for (String bad : NOT_NAMES) {
      if (lower.startsWith(bad)) {
        return Optional.empty();
      }
    }
    if (lower.contains("@") || lower.contains("http://") || lower.contains("https://") || lower.contains("www.")) {
      return Optional.empty();
    }
    boolean letter = false;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        letter = true;
        break;
      }
    }
    return letter ? Optional.of(s) : Optional.empty();
  }

  private static String stripPrefix(String s) {
    boolean again = true;
    while (again) {
      again = false;
      String lower = s.toLowerCase(Locale.ROOT);
      for (String p : PREFIXES) {
        if (lower.startsWith(p) && s.length() > p.length()) {
          s = s.substring(p.length()).strip();
          again = true;
          break;
        }
      }
    }
    return s;
  }

  /** Cuts the byline where a date, a time or a "Updated …" tail begins. */
  private static String cutAtDate(String s) {
    String[] words = s.split(" ");
    StringBuilder kept = new StringBuilder();
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      String lower = w.toLowerCase(Locale.ROOT).replace(",", "").replace(".", "");
      boolean digitStart = !w.isEmpty() && Character.isDigit(w.charAt(0));
      boolean monthDate = MONTHS.contains(lower) && i + 1 < words.length
          && !words[i + 1].isEmpty() && Character.isDigit(words[i + 1].charAt(0));
      if (digitStart || monthDate || (i > 0 && STOP_WORDS.contains(lower))) {
        break;
      }
      if (kept.length() > 0) {
        kept.append(' ');
      }
      kept.append(w);
    }
    return kept.toString();
  }

  private static String trimPunctuation(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && ",;:|-–—•·/".indexOf(s.charAt(start)) >= 0 || start < end && s.charAt(start) == ' ') {
      start++;
    }
    while (end > start && (",;:|-–—•·/".indexOf(s.charAt(end - 1)) >= 0 || s.charAt(end - 1) == ' ')) {
      end--;
    }
    return s.substring(start, end);
  }
}
