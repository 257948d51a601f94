package dev.lede.clean;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the dateline that opens the first paragraph of the body: "BEIJING -- ", "LONDON (Reuters) - ",
 * "WASHINGTON, Jan. 19 (Xinhua) -- ", "(CNN) -- ", "Boston (CNN)", "New Delhi, India (CNN)", "(CNN)".
 * The article's {@code dateline} is the place as printed ("WASHINGTON", "New Delhi"), or the agency
 * when there is no place ("CNN"); the whole dateline, date included, is removed as {@code dateline}.
 * A hand-written scanner over the first 100 chars. Stateless and thread-safe.
 */
final class DatelineDetector {
  static final int MAX_LENGTH = 100;
  static final int MAX_PLACE_WORDS = 4;
  private static final Set<String> MONTHS = new HashSet<>();

  static {
    for (Month m : Month.values()) {
      MONTHS.add(m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT));
      MONTHS.add(m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT));
    }
    MONTHS.add("sept");
  }

  /** A dateline found at the start of a paragraph: its name and where the text after it starts. */
  record Match(String name, int end) {}

  void apply(Draft d) {
    int limit = Math.min(2, d.paragraphs.size());
    for (int k = 0; k < limit; k++) {
      Paragraph p = d.paragraphs.get(k);
      Match m = match(p.text);
      if (m != null) {
        d.dateline = m.name();
        d.cut(k, 0, m.end(), RemovalReason.DATELINE);
        return;
      }
      if (Prose.endsSentence(p.text) || Prose.wordCount(p.text) >= 12) {
        return; // the first real paragraph has no dateline
      }
    }
  }

  /** The dateline opening {@code s}, or null. */
  static Match match(String s) {
    int n = Math.min(s.length(), MAX_LENGTH);
    if (n == 0) {
      return null;
    }
    if (s.charAt(0) == '(') {
      return agencyOnly(s, n);
    }
    // the place: capitalised words, up to a comma, an agency in brackets or a separator
    int i = 0;
    int words = 0;
    boolean allCaps = true;
    boolean someCaps = false;
    int placeEnd = -1;
    while (i < n) {
      int st = i;
      while (i < n && s.charAt(i) != ' ' && s.charAt(i) != ',' && s.charAt(i) != '(' && s.charAt(i) != ':') {
        i++;
      }
      String w = s.substring(st, i);
      if (w.isEmpty() || !placeWord(w, words == 0)) {
        break;
      }
      words++;
      boolean caps = !Prose.hasLowerCase(w);
      boolean mixed = caps && letters(w) >= 2 && !allCaps || someCaps && !caps && !isLowerConnector(w);
      if (words > MAX_PLACE_WORDS || mixed) {
        return null; // "Getty Images RIO DE JANEIRO": not one place
      }
      allCaps &= caps || isLowerConnector(w);
      someCaps |= caps && letters(w) >= 2;
      placeEnd = i;
      if (i >= n || s.charAt(i) != ' ') {
        break; // a comma, a bracket or a colon ends the place
      }
      if (i + 1 < n && (s.charAt(i + 1) == '(' || isSeparatorAt(s, i + 1))) {
        break;
      }
      i++;
    }
    if (placeEnd <= 0) {
      return null;
    }
    String place = s.substring(0, placeEnd);
    int j = placeEnd;
    // optional ", Region" and/or ", Date"
    for (int part = 0; part < 3 && j < n && s.charAt(j) == ','; part++) {
      int k = j + 1;
      while (k < n && s.charAt(k) == ' ') {
        k++;
      }
      int e = k;
      while (e < n && s.charAt(e) != ',' && s.charAt(e) != '(' && !isSeparatorAt(s, e)) {
        e++;
      }
      String piece = s.substring(k, e).strip();
      if (piece.isEmpty() || Prose.wordCount(piece) > 4 || !(isDate(piece) || isRegion(piece))) {
        return null;
      }
      j = e;
      while (j < n && s.charAt(j) == ' ') {
        j++;
      }
    }
    while (j < n && s.charAt(j) == ' ') {
      j++;
    }
    boolean agency = false;
    if (j < n && s.charAt(j) == '(') {
      int close = s.indexOf(')', j);
      if (close < 0 || close >= n || !agencyName(s.substring(j + 1, close))) {
        return null;
      }
      agency = true;
      j = close + 1;
    }
    int sep = separatorEnd(s, j, allCaps);
    if (sep < 0) {
      // no separator: only "Boston (CNN)" followed directly by the text
      if (!agency) {
        return null;
      }
      sep = j;
    } else if (!agency && !allCaps) {
      // a title-case place without an agency needs a long dash ("Beijing -- ", "Paris \u2014 ")
      String between = s.substring(j, sep).strip();
      if (!(between.startsWith("--") || between.startsWith("\u2014"))) {
        return null;
      }
    }
    if (allCaps && !agency && letters(place) < 3) {
      return null;
    }
    int body = sep;
    while (body < s.length() && s.charAt(body) == ' ') {
      body++;
    }
    if (body >= s.length() || !Prose.startsSentence(s.charAt(body))) {
      return null;
    }
    return new Match(place.strip(), body);
  }

  /** "(CNN)", "(CNN) -- ", "(The Hollywood Reporter)". */
  private static Match agencyOnly(String s, int n) {
    int close = s.indexOf(')');
    if (close < 2 || close >= n || !agencyName(s.substring(1, close))) {
      return null;
    }
    int sep = separatorEnd(s, close + 1, false);
    int body = sep < 0 ? close + 1 : sep;
    while (body < s.length() && s.charAt(body) == ' ') {
      body++;
    }
    if (body >= s.length() || !Prose.startsSentence(s.charAt(body))) {
      return null;
    }
    return new Match(s.substring(1, close).strip(), body);
  }

  /** One to five capitalised words: "CNN", "The Hollywood Reporter", "Xinhua". */
  private static boolean agencyName(String inner) {
    String t = inner.strip();
    if (t.isEmpty() || t.length() > 40 || Prose.wordCount(t) > 5 || !Character.isUpperCase(t.charAt(0))) {
      return false;
    }
    for (String w : t.split(" ")) {
      if (w.isEmpty() || !(Character.isUpperCase(w.charAt(0)) || isLowerConnector(w))) {
        return false;
      }
    }
    return !CreditFinder.CREDIT_WORDS.contains(t.toLowerCase(Locale.ROOT));
  }

  private static boolean placeWord(String w, boolean first) {
    char c = w.charAt(0);
    if (Character.isUpperCase(c)) {
      boolean lower = false;
      for (int i = 1; i < w.length(); i++) {
        char x = w.charAt(i);
        if (!(Character.isLetter(x) || x == '.' || x == '-' || x == '\'' || x == '\u2019')) {
          return false;
        }
        if (Character.isUpperCase(x) && lower && w.charAt(i - 1) != '-' && w.charAt(i - 1) != '.') {
          return false; // "XinhuaRIO": two words glued, not a place
        }
        lower |= Character.isLowerCase(x);
      }
      return true;
    }
    return !first && isLowerConnector(w);
  }

  /** "de", "del", "la", "of", "upon" inside place names: "Rio de Janeiro", "Stratford-upon-Avon". */
  private static boolean isLowerConnector(String w) {
    return w.equals("de") || w.equals("del") || w.equals("la") || w.equals("of") || w.equals("da")
        || w.equals("do") || w.equals("el") || w.equals("al") || w.equals("on") || w.equals("upon");
  }

  private static boolean isDate(String piece) {
    String[] toks = piece.toLowerCase(Locale.ROOT).split("[\\s.]+");
    boolean month = false;
    for (String t : toks) {
      if (MONTHS.contains(t)) {
        month = true;
      } else if (!t.isEmpty() && !t.chars().allMatch(Character::isDigit)
          && !t.matches("\\d{1,2}(st|nd|rd|th)")) {
        return false;
      }
    }
    return month;
  }

  /** "India", "Calif.", "D.C.", "Nepal": capitalised words only. */
  private static boolean isRegion(String piece) {
    for (String w : piece.split(" ")) {
      if (w.isEmpty() || !placeWord(w, true)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isSeparatorAt(String s, int i) {
    char c = s.charAt(i);
    return c == '-' || c == '\u2014' || c == '\u2013';
  }

  /** The end of a dateline separator (" -- ", " - ", " \u2014 ", and ":" after capitals) at {@code j}, or -1. */
  private static int separatorEnd(String s, int j, boolean colonAllowed) {
    int k = j;
    while (k < s.length() && s.charAt(k) == ' ') {
      k++;
    }
    if (k >= s.length()) {
      return -1;
    }
    char c = s.charAt(k);
    if (c == ':' && colonAllowed && k == j) {
      return k + 1;
    }
    if (!isSeparatorAt(s, k)) {
      return -1;
    }
    int e = k;
    while (e < s.length() && isSeparatorAt(s, e) && e - k < 3) {
      e++;
    }
    if (e < s.length() && s.charAt(e) != ' ') {
      return -1; // a hyphenated word, not a separator
    }
    return e;
  }

  private static int letters(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        n++;
      }
    }
    return n;
  }
}
