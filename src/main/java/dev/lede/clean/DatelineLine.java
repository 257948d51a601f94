package dev.lede.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A dateline printed on a line of its own, as wire copy has it under the headline: "LONDON 1996-08-30",
 * "MILWAUKEE, Wisconsin 1996-08-29", "Paris, March 3", or split over two lines ("FARMINGTON HILLS,
 * Mich." then "1996-08-30"). The place is one to four capitalised words, perhaps with a region after a
 * comma; the date is an ISO date, a numeric date or a month with a day or year. Token scans, no
 * regular expressions. Stateless.
 */
final class DatelineLine {
  static final int MAX_TOKENS = 10;
  static final int MAX_REGION_WORDS = 3;

  private DatelineLine() {}

  /** The place of a whole-line dateline with a date ("LONDON" for "LONDON 1996-08-30"), or null. */
  static String name(String line) {
    List<String> toks = tokens(line);
    if (toks.size() < 2 || toks.size() > MAX_TOKENS) {
      return null;
    }
    for (int dateLen = Math.min(4, toks.size() - 1); dateLen >= 1; dateLen--) {
      if (isDate(toks.subList(toks.size() - dateLen, toks.size()))) {
        return place(toks.subList(0, toks.size() - dateLen), false);
      }
    }
    return null;
  }

  /**
   * The place of a line that holds nothing but an ALL-CAPS place, perhaps with a region ("FARMINGTON
   * HILLS, Mich."), or null. On its own this is no dateline: only when a date line follows it.
   */
  static String placeOnly(String line) {
    List<String> toks = tokens(line);
    if (toks.isEmpty() || toks.size() > MAX_TOKENS) {
      return null;
    }
    return place(toks, true);
  }

  /** Whether the whole line is a date ("1996-08-30", "Aug 30, 1996", "30/08/1996"). */
  static boolean isDateLine(String line) {
    List<String> toks = tokens(line);
    return !toks.isEmpty() && toks.size() <= 4 && isDate(toks);
  }

  /**
   * The place name when {@code toks} read "PLACE[, Region words]": the name's words all capitalised,
   * in capitals when {@code capsOnly}; null otherwise.
   */
  private static String place(List<String> toks, boolean capsOnly) {
    if (toks.isEmpty()) {
      return null;
    }
    int words = 0;
    boolean comma = false;
    int region = 0;
    StringBuilder name = new StringBuilder();
    for (int i = 0; i < toks.size(); i++) {
      String t = toks.get(i);
      boolean endsComma = t.endsWith(",");
      String w = endsComma ? t.substring(0, t.length() - 1) : t;
      if (w.isEmpty() || !placeWord(w, i == 0)) {
        return null;
      }
      if (!comma) {
        words++;
        if (words > DatelineDetector.MAX_PLACE_WORDS || capsOnly && Prose.hasLowerCase(w) && !isConnector(w)) {
          return null;
        }
        if (name.length() > 0) {
          name.append(' ');
        }
        name.append(w);
      } else if (++region > MAX_REGION_WORDS) {
        return null;
      }
      if (endsComma) {
        if (comma && i + 1 < toks.size()) {
          return null; // one region at most
        }
        comma = true;
      }
    }
    String n = name.toString();
    if (DatelineDetector.letters(n) < 3 || Character.isLowerCase(n.charAt(0))) {
      return null;
    }
    // a name in capitals, or a title-case one ("Paris"); never a lone mixed word ("iPhone")
    return n;
  }

  private static boolean placeWord(String w, boolean first) {
    char c = w.charAt(0);
    if (!Character.isUpperCase(c)) {
      return !first && isConnector(w);
    }
    for (int i = 1; i < w.length(); i++) {
      char x = w.charAt(i);
      if (!(Character.isLetter(x) || x == '.' || x == '-' || x == '\'' || x == '\u2019')) {
        return false;
      }
    }
    return true;
  }

  private static boolean isConnector(String w) {
    return switch (w) {
      case "de", "del", "la", "of", "da", "do", "el", "al", "on", "upon", "es", "am" -> true;
      default -> false;
    };
  }

  /** An ISO or numeric date in one token, or a month name with a day and/or a year. */
  static boolean isDate(List<String> toks) {
    if (toks.size() == 1 && isNumericDate(strip(toks.get(0)))) {
      return true;
    }
    int months = 0;
    int numbers = 0;
    for (String raw : toks) {
      String t = strip(raw).toLowerCase(Locale.ROOT);
      if (t.endsWith(".")) {
        t = t.substring(0, t.length() - 1);
      }
      if (DatelineDetector.isMonth(t)) {
        months++;
      } else if (isDay(t) || isYear(t)) {
        numbers++;
      } else {
        return false;
      }
    }
    return months == 1 && numbers >= 1 && numbers <= 2;
  }

  /** "1996-08-30", "30/08/1996", "08/30/96", "30.08.1996". */
  private static boolean isNumericDate(String t) {
    int groups = 1;
    int digits = 0;
    char sep = 0;
    int[] lens = new int[3];
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c >= '0' && c <= '9') {
        if (++digits > 4) {
          return false;
        }
        lens[groups - 1] = digits;
      } else if ((c == '-' || c == '/' || c == '.') && digits > 0 && (sep == 0 || sep == c) && groups < 3) {
        sep = c;
        groups++;
        digits = 0;
      } else {
        return false;
      }
    }
    if (groups != 3 || digits == 0) {
      return false;
    }
    boolean iso = lens[0] == 4 && lens[1] <= 2 && lens[2] <= 2;
    boolean dayFirst = lens[0] <= 2 && lens[1] <= 2 && (lens[2] == 2 || lens[2] == 4);
    return iso || dayFirst;
  }

  private static boolean isDay(String t) {
    int n = 0;
    while (n < t.length() && Character.isDigit(t.charAt(n))) {
      n++;
    }
    if (n == 0 || n > 2) {
      return false;
    }
    String rest = t.substring(n);
    return rest.isEmpty() || rest.equals("st") || rest.equals("nd") || rest.equals("rd") || rest.equals("th");
  }

  private static boolean isYear(String t) {
    if (t.length() != 4) {
      return false;
    }
    for (int i = 0; i < 4; i++) {
      if (!Character.isDigit(t.charAt(i))) {
        return false;
      }
    }
    return t.charAt(0) == '1' || t.charAt(0) == '2';
  }

  private static String strip(String t) {
    return t.endsWith(",") ? t.substring(0, t.length() - 1) : t;
  }

  private static List<String> tokens(String line) {
    List<String> out = new ArrayList<>();
    int n = line.length();
    if (n > 120) {
      return out; // a dateline line is short; this keeps long lines cheap
    }
    int i = 0;
    while (i < n) {
      while (i < n && line.charAt(i) == ' ') {
        i++;
      }
      int st = i;
      while (i < n && line.charAt(i) != ' ') {
        i++;
      }
      if (i > st) {
        out.add(line.substring(st, i));
      }
    }
    return out;
  }
}
