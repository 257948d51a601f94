package dev.lede.clean;

import java.util.Set;

/**
 * Removes lists of related headlines: a header ("Related stories", "More on this story", "Read more:")
 * with the headline lines after it, and runs of two or more headline-like lines without a header (short
 * lines, not sentences, with lower-case words). The first paragraph is never part of a run without a
 * header unless it carries a bullet: it may be the article's own title. Stateless and thread-safe.
 */
final class HeadlineListDetector {
  private static final Set<String> HEADERS = Lexicon.set("headline-list-headers.txt");
  static final int MAX_WORDS = 18;
  private static final int LONGEST_HEADER = Prose.longest(HEADERS);
  /** Openings of headers that name a section: "More from News", "Latest from Sport". */
  private static final java.util.List<String> HEADER_OPENERS = java.util.List.of(
      "more from ", "more on ", "more in ", "more about ", "related to ", "latest from ", "latest on ",
      "more stories from ", "more news from ");

  void apply(Draft d) {
    for (int i = 0; i < d.paragraphs.size(); ) {
      Paragraph p = d.paragraphs.get(i);
      if (d.memo().unlisted.contains(p.text)) {
        i++; // neither a header nor a headline: this stage runs twice a pass, and a later pass meets it again
        continue;
      }
      if (isHeader(p.text)) {
        d.drop(i, RemovalReason.CHROME);
        while (i < d.paragraphs.size() && isListed(d.paragraphs.get(i).text)) {
          d.drop(i, RemovalReason.CHROME);
        }
        continue;
      }
      boolean headline = isHeadline(p.text);
      if (headline && (i > 0 || isBulleted(p.text))) {
        int j = i;
        boolean bullets = isBulleted(p.text);
        while (j < d.paragraphs.size()
            && (bullets ? isBulleted(d.paragraphs.get(j).text) && isListed(d.paragraphs.get(j).text)
                : isHeadline(d.paragraphs.get(j).text) || j - i >= 2 && isListed(d.paragraphs.get(j).text))) {
          j++; // once two headlines make a run, a headline in capitals ("Shadow Health Secretary Quits") joins it
        }
        if (j - i >= 2 && !isTable(d, i, j)) {
          for (int k = i; k < j; k++) {
            d.drop(i, RemovalReason.CHROME);
          }
          continue;
        }
        i = j;
        continue;
      }
      if (!headline) {
        d.memo().unlisted.add(p.text); // both verdicts read the text alone
      }
      i++;
    }
  }

  /**
   * Whether paragraphs {@code [from, to)} are rows of a table (results, a schedule, accounts) rather
   * than headlines: none bulleted, most holding a figure, and half of them or more holding two, or
   * opening or closing with one, or opening with a date.
   */
  static boolean isTable(Draft d, int from, int to) {
    int rows = 0;
    int numeric = 0;
    for (int k = from; k < to; k++) {
      String line = d.paragraphs.get(k).text;
      if (isBulleted(line)) {
        return false; // bullets mark a list of links, not a table
      }
      rows += isRow(line) ? 1 : 0;
      numeric += hasDigit(line) ? 1 : 0;
    }
    return 2 * rows >= to - from && 2 * numeric > to - from;
  }

  private static boolean hasDigit(String line) {
    for (int i = 0; i < line.length(); i++) {
      if (Character.isDigit(line.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "1. Michelle Freeman (Jamaica) 12.71 seconds", "May 25 Third one-day international", "Net 415 289",
   * "M. Slater run out 9".
   */
  static boolean isRow(String line) {
    int numbers = 0;
    boolean first = true;
    boolean monthFirst = false;
    boolean number = false;
    for (String t : line.split(" ")) {
      if (t.isEmpty()) {
        continue;
      }
      number = Character.isDigit(t.charAt(0)) || t.length() > 1 && "+-$(".indexOf(t.charAt(0)) >= 0
          && Character.isDigit(t.charAt(1));
      if (number) {
        if (first || monthFirst && numbers == 0) {
          return true; // a rank, a count or a date opens the row
        }
        numbers++;
      }
      monthFirst = first && DatelineDetector.isMonth(Prose.key(t));
      first = false;
    }
    return numbers >= 2 || number; // two figures, or a figure closing the row ("M. Slater run out 9")
  }

  /** A line that may stand in a list of headlines: short, not a sentence, not a credit. */
  static boolean isListed(String line) {
    line = ChromeDetector.stripBullet(line);
    if (line.isEmpty()) {
      return false;
    }
    char first = line.charAt(0);
    char last = line.charAt(line.length() - 1);
    // the tests that read a char or two first: most paragraphs end a sentence, and need no word count
    if (Character.isLowerCase(first) || ",.;:)]}".indexOf(first) >= 0
        || Prose.endsSentence(line) && last != '?' || last == ':' || last == ',' || last == ';') {
      return false;
    }
    int words = Prose.wordCount(line, MAX_WORDS + 1);
    if (words < 2 || words > MAX_WORDS) {
      return false;
    }
    return !CaptionDetector.hasCredit(line);
  }

  static boolean isBulleted(String line) {
    return line.length() > 2 && "\u2022\u00B7*-\u2013>".indexOf(line.charAt(0)) >= 0 && line.charAt(1) == ' ';
  }

  static boolean isHeader(String line) {
    line = ChromeDetector.stripBullet(line);
    // a long paragraph is no header nor an opener's line: spare it the lower-cased copy
    if (Prose.wordCount(line, 6) <= 5 || Prose.keySpan(line) <= LONGEST_HEADER) {
      String key = Prose.key(line);
      if (HEADERS.contains(key)) {
        return true;
      }
      // "More from News", "More on Brexit", "Related to this story", "Latest from Sport"
      for (String opener : HEADER_OPENERS) {
        if (key.startsWith(opener) && Prose.wordCount(line) <= 5 && !Prose.endsSentence(line)) {
          return true;
        }
      }
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
