package dev.lede.clean;

import java.util.Set;

/**
 * Removes lists of related headlines: a header ("Related stories", "More on this story", "Read more:")
 * with the headline lines after it, and runs of two or more headline-like lines without a header (short
 * lines, not sentences, with lower-case words). The first paragraph is never part of a run without a
 * header: it may be the article's own title. Stateless and thread-safe.
 */
final class HeadlineListDetector {
  private static final Set<String> HEADERS = Lexicon.set("headline-list-headers.txt");
  static final int MAX_WORDS = 18;

  void apply(Draft d) {
    for (int i = 0; i < d.paragraphs.size(); ) {
      Paragraph p = d.paragraphs.get(i);
      if (isHeader(p.text)) {
        d.drop(i, RemovalReason.CHROME);
        while (i < d.paragraphs.size() && isListed(d.paragraphs.get(i).text)) {
          d.drop(i, RemovalReason.CHROME);
        }
        continue;
      }
      if (i > 0 && isHeadline(p.text)) {
        int j = i;
        boolean bullets = isBulleted(p.text);
        while (j < d.paragraphs.size()
            && (bullets ? isBulleted(d.paragraphs.get(j).text) && isListed(d.paragraphs.get(j).text)
                : isHeadline(d.paragraphs.get(j).text))) {
          j++;
        }
        if (j - i >= 2) {
          for (int k = i; k < j; k++) {
            d.drop(i, RemovalReason.CHROME);
          }
          continue;
        }
        i = j;
        continue;
      }
      i++;
    }
  }

  /** A line that may stand in a list of headlines: short, not a sentence, not a credit. */
  static boolean isListed(String line) {
    line = ChromeDetector.stripBullet(line);
    if (line.isEmpty()) {
      return false;
    }
    int words = Prose.wordCount(line);
    char first = line.charAt(0);
    if (words < 2 || words > MAX_WORDS || Character.isLowerCase(first) || ",.;:)]}".indexOf(first) >= 0) {
      return false;
    }
    char last = line.charAt(line.length() - 1);
    if (Prose.endsSentence(line) && last != '?' || last == ':' || last == ',' || last == ';') {
      return false;
    }
    return !CaptionDetector.hasCredit(line);
  }

  static boolean isBulleted(String line) {
    return line.length() > 2 && "\u2022\u00B7*-\u2013>".indexOf(line.charAt(0)) >= 0 && line.charAt(1) == ' ';
  }

  static boolean isHeader(String line) {
    line = ChromeDetector.stripBullet(line);
    String key = Prose.key(line);
    if (HEADERS.contains(key)) {
      return true;
    }
    // "Read more: Why a story about bulk shipping matters" opens with a header and names one headline
    int colon = line.indexOf(':');
    return colon > 0 && colon < 30 && HEADERS.contains(Prose.key(line.substring(0, colon)))
        && Prose.wordCount(line) <= MAX_WORDS + 4 && !Prose.endsSentence(line);
  }

  /**
   * A short line, not a sentence, not starting in lower case, with at least one lower-case word (or
   * any short line when it carries a bullet).
   */
  static boolean isHeadline(String line) {
    if (!isListed(line)) {
      return false;
    }
    if (isBulleted(line)) {
      return true;
    }
    line = ChromeDetector.stripBullet(line);
    char last = line.charAt(line.length() - 1);
    if (Prose.endsSentence(line) && last != '?' || last == ':' || last == ',' || last == ';') {
      return false;
    }
    for (String w : line.split(" ")) {
      if (w.length() >= 3 && Character.isLowerCase(w.charAt(0))) {
        return true;
      }
    }
    return false;
  }
}
