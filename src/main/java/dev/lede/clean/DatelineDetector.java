package dev.lede.clean;

import dev.lede.text.CalendarNames;
import dev.lede.text.Words;
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
  /** The lead after a dateline has at least this many words. */
  static final int MIN_LEAD_WORDS = 6;
  private static final Set<String> MONTHS = new HashSet<>();
  private static final Set<String> KICKER_WORDS = Lexicon.set("kicker-words.txt");

  static {
    MONTHS.addAll(CalendarNames.MONTHS);
    MONTHS.addAll(CalendarNames.MONTHS_SHORT);
    MONTHS.add("sept");
  }

  /** {@link #MONTHS} as an array, for comparing in place without a lower-cased copy. */
  private static final String[] MONTH_NAMES = MONTHS.toArray(new String[0]);
  /** The first letters of {@link #MONTH_NAMES}, both cases: most tokens are ruled out by one look-up. */
  private static final boolean[] MONTH_INITIALS = new boolean[128];

  static {
    for (String month : MONTH_NAMES) {
      MONTH_INITIALS[month.charAt(0)] = true;
      MONTH_INITIALS[Character.toUpperCase(month.charAt(0))] = true;
    }
  }

  /** A dateline found at the start of a paragraph: its name and where the text after it starts. */
  record Match(String name, int end) {}

  /** Finds a dateline on a line of its own among the first paragraphs (see {@link DatelineLine}). */
  void applyLines(Draft d) {
    int limit = Math.min(3, d.paragraphs.size());
    for (int k = 0; k < limit && d.dateline == null; k++) {
      String t = d.paragraphs.get(k).text;
      if (wholeLine(d, k) || Prose.isSentence(t) || Prose.wordCount(t) >= 12) {
        return;
      }
    }
  }

  /** Finds the dateline opening the first paragraph of the body, unless a dateline line was found. */
  void apply(Draft d) {
    if (d.dateline != null) {
      return;
    }
    int limit = Math.min(2, d.paragraphs.size());
    for (int k = 0; k < limit; k++) {
      Paragraph p = d.paragraphs.get(k);
      Match m = match(p.text);
      if (m != null) {
        if (match(p.text.substring(m.end()).strip()) != null) {
          // a second dateline right after the first ("(A)(B) ..."): which one it is would be a guess, and
          // cleaning the cleaned text would take the second off too
          return;
        }
        d.dateline = m.name();
        d.cut(k, 0, m.end(), RemovalReason.DATELINE);
        return;
      }
      if (Prose.isSentence(p.text) || Prose.wordCount(p.text) >= 12) {
        return; // the first real paragraph has no dateline
      }
    }
  }

  /**
   * A dateline on a line of its own, as wire copy prints it under the headline ("LONDON 1996-08-30"),
   * or split over two lines ("FARMINGTON HILLS, Mich." then "1996-08-30"): removed whole, date and all,
   * so that the dateline removal carries the day the story was filed.
   */
  private static boolean wholeLine(Draft d, int k) {
    String line = d.paragraphs.get(k).text;
    if (ChromeDetector.isDateStamp(line)) {
      return false; // "Updated August 30", "Friday 1996-08-30": a time stamp, not a place
    }
    String name = DatelineLine.name(line);
    if (name != null) {
      d.dateline = name;
      d.drop(k, RemovalReason.DATELINE);
      return true;
    }
    name = DatelineLine.placeOnly(line);
    if (name != null && k + 1 < d.paragraphs.size() && DatelineLine.isDateLine(d.paragraphs.get(k + 1).text)) {
      d.dateline = name;
      d.drop(k, RemovalReason.DATELINE);
      d.drop(k, RemovalReason.DATELINE);
      return true;
    }
    return false;
  }

  /** Whether every word of {@code place} is a kicker's or section's word ("WORLD NEWS", "EXCLUSIVE"). */
  static boolean isKicker(String place) {
    for (String w : Words.split(place.toLowerCase(Locale.ROOT), "-")) {
      if (!w.isEmpty() && !KICKER_WORDS.contains(w)) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code lower} is an English month name or its abbreviation. */
  static boolean isMonth(String lower) {
    return MONTHS.contains(lower);
  }

  /**
   * A quick test before {@link #match} of {@code s[from, to)}: false only when {@code match} would find
   * nothing there. Most capitalised words in prose are followed within a word or two by a lower-case word
   * ("Police in ..."), before any comma, bracket, colon or dash; a place cannot run on past such a word,
   * so no dateline opens there. Stops at the first such word, so it usually reads a few chars, not
   * {@link #MAX_LENGTH}.
   */
  static boolean mayOpen(String s, int from, int to) {
    int n = Math.min(to, from + MAX_LENGTH);
    if (from >= n) {
      return false; // match of an empty text is null
    }
    char first = s.charAt(from);
    if (first == '(') {
      return true; // an agency ("(CNN) -- ")
    }
    if ((Character.isDigit(first) || mayOpenWithMonth(s, from, n)) && hasBefore(s, '(', from, n)) {
      return true; // a date, then an agency ("Jan 19 (Reuters) - "); otherwise read as a place below
    }
    for (int i = from; i < n; i++) {
      char c = s.charAt(i);
      if (c == ',') {
        return mayFollowPlace(s, i, n); // the place may end here: a region or a date must follow
      }
      if (c == '(' || c == ':' || isSeparatorAt(s, i) && (i == from || s.charAt(i - 1) == ' ')) {
        return true; // the place may end here (a dash inside a word is no separator)
      }
      if (c == ' ' && i + 1 < n) {
        char next = s.charAt(i + 1);
        boolean mark = next == ' ' || next == ',' || next == '(' || next == ':' || isSeparatorAt(s, i + 1);
        if (!mark && !Character.isUpperCase(next) && !isLowerConnectorAt(s, i + 1, n)) {
          return false; // a word no place holds, with no separator before it
        }
      }
    }
    // no separator, bracket or comma in the window: only one past it (after spaces) can end the place
    return to > n;
  }

  private static boolean hasBefore(String s, char c, int from, int n) {
    for (int i = from; i < n; i++) {
      if (s.charAt(i) == c) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether what follows the comma at {@code comma} may be a region or a date ("..., India (CNN)",
   * "..., Jan. 19 (Xinhua)"), read as {@link #match} reads up to three such pieces: not when a piece is
   * empty, holds more than four words, or opens with a lower-case word that is no month ("Sofia Keller,
   * the council leader ...", "Harbour Trust, Rafael Okafor, added: ...").
   */
  private static boolean mayFollowPlace(String s, int comma, int n) {
    int c = comma;
    for (int part = 0; part < 3; part++) {
      int k = c + 1;
      while (k < n && s.charAt(k) == ' ') {
        k++;
      }
      int e = k;
      while (e < n && s.charAt(e) != ',' && s.charAt(e) != '(' && !isSeparatorAt(s, e)) {
        e++;
      }
      if (!mayBePiece(s, k, e, n)) {
        return false;
      }
      if (e >= n || s.charAt(e) != ',') {
        return true; // an agency or a separator may follow: match decides
      }
      c = e;
    }
    return true;
  }

  /** Whether {@code s[k, e)} may be a region or a date: some words, at most four, not opening in lower case. */
  private static boolean mayBePiece(String s, int k, int e, int n) {
    int words = 0;
    boolean in = false;
    for (int i = k; i < e; i++) {
      boolean w = !Character.isWhitespace(s.charAt(i));
      if (w && !in && ++words > 4) {
        return false;
      }
      in = w;
    }
    if (words == 0) {
      return false; // an empty piece
    }
    if (s.charAt(k) < 'a' || s.charAt(k) > 'z') {
      return true;
    }
    int r = k;
    while (r < n && (s.charAt(r) >= 'a' && s.charAt(r) <= 'z' || s.charAt(r) >= 'A' && s.charAt(r) <= 'Z')) {
      r++;
    }
    return r >= n || r - k <= 9 && MONTHS.contains(s.substring(k, r).toLowerCase(Locale.ROOT));
  }

  /** Whether the first token of {@code s[from, n)} may be a month, as {@link #dateEnd} reads it. */
  private static boolean mayOpenWithMonth(String s, int from, int n) {
    int e = from;
    while (e < n && s.charAt(e) != ' ') {
      if (s.charAt(e) >= 128) {
        return true; // case mapping beyond ASCII: leave it to match
      }
      e++;
    }
    while (e > from && (s.charAt(e - 1) == ',' || s.charAt(e - 1) == '.')) {
      e--;
    }
    int len = e - from;
    if (len == 0 || !MONTH_INITIALS[s.charAt(from)]) {
      return false; // no month opens with this char (the token is ASCII here)
    }
    for (String month : MONTH_NAMES) { // ASCII only here, where ignoring case is lower-casing
      if (month.length() == len && s.regionMatches(true, from, month, 0, len)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the place-name token at {@code i} (up to a space, comma, bracket or colon) is a lower connector. */
  private static boolean isLowerConnectorAt(String s, int i, int n) {
    int e = i;
    while (e < n && e - i <= 4) {
      char c = s.charAt(e);
      if (c == ' ' || c == ',' || c == '(' || c == ':') {
        break;
      }
      e++;
    }
    return e - i <= 4 && isLowerConnector(s.substring(i, e));
  }

  static Match match(String s) {
    int n = Math.min(s.length(), MAX_LENGTH);
    if (n == 0) {
      return null;
    }
    if (s.charAt(0) == '(') {
      return agencyOnly(s, 0, n);
    }
    int dated = dateEnd(s, n);
    if (dated > 0 && dated < n && s.charAt(dated) == '(') {
      return agencyOnly(s, dated, n); // "Jan 19 (Reuters) - ": a date, the agency, no place
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
    if (allCaps && !agency && letters(place) < 3 || isKicker(place)) {
      return null;
    }
    int body = sep;
    while (body < s.length() && s.charAt(body) == ' ') {
      body++;
    }
    if (body >= s.length() || !Prose.startsSentence(s.charAt(body)) || !lowerCaseFollows(s, body)) {
      return null;
    }
    return new Match(place.strip(), body);
  }

  /**
   * Whether the text after a dateline reads as prose: a lower-case letter within its first words, and
   * a few words at least. A wire headline's kicker ("CRICKET - LEICESTERSHIRE TAKE OVER AT TOP",
   * "PRESS DIGEST - Indonesian newspapers - August 30.") is no dateline.
   */
  private static boolean lowerCaseFollows(String s, int body) {
    int limit = Math.min(s.length(), body + 80);
    boolean lower = false;
    for (int i = body; i < limit && !lower; i++) {
      lower = Character.isLowerCase(s.charAt(i));
    }
    return lower && wordsFollow(s, body, MIN_LEAD_WORDS);
  }

  /** Whether {@code s[from..]} holds at least {@code n} words with a letter or digit; stops at {@code n}. */
  private static boolean wordsFollow(String s, int from, int n) {
    int count = 0;
    boolean in = false;
    boolean content = false;
    for (int i = from; i < s.length() && count < n; i++) {
      char c = s.charAt(i);
      if (c == ' ') {
        if (in && content) {
          count++;
        }
        in = false;
        content = false;
      } else {
        in = true;
        content |= Character.isLetterOrDigit(c);
      }
    }
    return count >= n || in && content && count + 1 >= n;
  }

  /** "(CNN)", "(CNN) -- ", "(The Hollywood Reporter)". */
  private static Match agencyOnly(String s, int open, int n) {
    int close = s.indexOf(')', open);
    if (close < open + 2 || close >= n || !agencyName(s.substring(open + 1, close))) {
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
    return new Match(s.substring(open + 1, close).strip(), body);
  }

  /**
   * The end of a date opening {@code s} ("Jan 19 ", "Jan. 19, 2021 ", "19 January "), spaces included,
   * or -1.
   */
  private static int dateEnd(String s, int n) {
    int i = 0;
    int tokens = 0;
    int end = -1;
    boolean month = false;
    while (i < n && tokens < 4) {
      int st = i;
      while (i < n && s.charAt(i) != ' ') {
        i++;
      }
      String t = s.substring(st, i).toLowerCase(Locale.ROOT);
      while (!t.isEmpty() && (t.endsWith(",") || t.endsWith("."))) {
        t = t.substring(0, t.length() - 1);
      }
      boolean isMonth = MONTHS.contains(t);
      boolean isNumber = !t.isEmpty() && t.length() <= 4 && allDigits(t, 0, t.length());
      if (!isMonth && !isNumber) {
        break;
      }
      month |= isMonth;
      tokens++;
      while (i < n && s.charAt(i) == ' ') {
        i++;
      }
      end = i;
    }
    return month && tokens >= 2 ? end : -1;
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

  /**
   * Whether {@code piece} is a date: tokens (split at whitespace and full stops) that are all months,
   * numbers or ordinals ("19th"), with a month among them. Scanned by hand: this is asked of many
   * pieces that turn out to be prose.
   */
  private static boolean isDate(String piece) {
    String lower = piece.toLowerCase(Locale.ROOT);
    int n = lower.length();
    boolean month = false;
    int i = 0;
    while (i < n) {
      while (i < n && isDateGap(lower.charAt(i))) {
        i++;
      }
      int st = i;
      while (i < n && !isDateGap(lower.charAt(i))) {
        i++;
      }
      if (i == st) {
        break;
      }
      if (i - st <= 9 && MONTHS.contains(lower.substring(st, i))) {
        month = true;
      } else if (!allDigits(lower, st, i) && !isOrdinal(lower, st, i)) {
        return false;
      }
    }
    return month;
  }

  /** The chars a date's tokens are split at: ASCII whitespace (regex {@code \s}) and the full stop. */
  private static boolean isDateGap(char c) {
    return c == ' ' || c == '.' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  static boolean allDigits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** "1st", "19th": one or two ASCII digits and an ordinal's ending. */
  private static boolean isOrdinal(String s, int from, int to) {
    int digits = to - from - 2;
    if (digits < 1 || digits > 2) {
      return false;
    }
    for (int i = from; i < from + digits; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    char a = s.charAt(to - 2);
    char b = s.charAt(to - 1);
    return a == 's' && b == 't' || a == 'n' && b == 'd' || a == 'r' && b == 'd' || a == 't' && b == 'h';
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

  /** How many letters {@code s} holds. */
  static int letters(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        n++;
      }
    }
    return n;
  }
}
