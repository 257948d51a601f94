package dev.lede.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A page's published time, normalised to ISO 8601: {@code 2019-11-20}, {@code 2019-11-20T08:30:00} or
 * {@code 2019-11-20T08:30:00+01:00}. Immutable.
 *
 * <p>{@link #parse} reads the forms pages use in metadata: ISO 8601 with {@code T} or a space, optional
 * seconds, fractions and zone ({@code Z}, {@code +0100}, {@code +01:00}); {@code 2019/11/20}; and
 * month-name dates in English ({@code Nov 20, 2019}, {@code 20 November 2019},
 * {@code Wed, 20 Nov 2019 08:30:00 GMT}), keeping the date only. Hand-written scanner, linear, no regex.
 *
 * @param iso the normalised value
 * @param date its calendar date (the reference date for relative dates)
 */
public record PublishedTime(String iso, LocalDate date) {
  private static final int MAX_INPUT = 200;
  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
          Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
          Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

  /** Parses a metadata value; empty when it holds no plausible date (years 1900 to 2199). */
  public static Optional<PublishedTime> parse(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String s = value.strip();
    if (s.length() > MAX_INPUT || s.isEmpty()) {
      return Optional.empty();
    }
    Optional<PublishedTime> iso = isoForm(s);
    return iso.isPresent() ? iso : monthNameForm(s);
  }

  /** A date in a URL path: {@code /2019/11/20/}, {@code /2019-11-20/} or {@code /20191120/}. */
  public static Optional<PublishedTime> fromUrl(String url) {
    if (url == null) {
      return Optional.empty();
    }
    String u = url.length() > 2000 ? url.substring(0, 2000) : url;
    for (int i = 0; i + 1 < u.length(); i++) {
      if (u.charAt(i) != '/' || !isDigit(u, i + 1)) {
        continue;
      }
      int j = i + 1;
      int y = digits(u, j, 4);
      if (y >= 1990 && y <= 2199) {
        char sep = j + 4 < u.length() ? u.charAt(j + 4) : 0;
        if ((sep == '/' || sep == '-' || sep == '_') && digits(u, j + 5, 2) >= 0 && digits(u, j + 8, 2) >= 0
            && u.length() > j + 7 && u.charAt(j + 7) == sep && !isDigit(u, j + 10)) {
          Optional<PublishedTime> d = dateOnly(y, digits(u, j + 5, 2), digits(u, j + 8, 2));
          if (d.isPresent()) {
            return d;
          }
        }
        if (digits(u, j, 8) >= 0 && !isDigit(u, j + 8)) {
          Optional<PublishedTime> d = dateOnly(y, digits(u, j + 4, 2), digits(u, j + 6, 2));
          if (d.isPresent()) {
            return d;
          }
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<PublishedTime> isoForm(String s) {
    int y = digits(s, 0, 4);
    if (y < 0 || s.length() < 10) {
      return Optional.empty();
    }
    char sep = s.charAt(4);
    if ((sep != '-' && sep != '/') || s.charAt(7) != sep) {
      return Optional.empty();
    }
    int m = digits(s, 5, 2);
    int d = digits(s, 8, 2);
    Optional<PublishedTime> date = dateOnly(y, m, d);
    if (date.isEmpty() || s.length() == 10) {
      return date;
    }
    int i = 10;
    if ((s.charAt(i) != 'T' && s.charAt(i) != ' ' && s.charAt(i) != 't') || digits(s, i + 1, 2) < 0
        || i + 3 >= s.length() || s.charAt(i + 3) != ':' || digits(s, i + 4, 2) < 0) {
      return date; // a date followed by something else: keep the date
    }
    int hh = digits(s, i + 1, 2);
    int mm = digits(s, i + 4, 2);
    int ss = 0;
    i += 6;
    if (i + 2 < s.length() && s.charAt(i) == ':' && digits(s, i + 1, 2) >= 0) {
      ss = digits(s, i + 1, 2);
      i += 3;
    }
    if (hh > 23 || mm > 59 || ss > 60) {
      return date;
    }
    if (i < s.length() && (s.charAt(i) == '.' || s.charAt(i) == ',')) {
      i++;
      while (i < s.length() && isDigit(s, i)) {
        i++;
      }
    }
    String zone = zone(s, i);
    // what String.format("%sT%02d:%02d:%02d") writes, without the formatter (asked of every date candidate)
    String time = twoDigits(twoDigits(twoDigits(new StringBuilder(25).append(date.get().iso).append('T'), hh)
        .append(':'), mm).append(':'), ss).toString();
    return Optional.of(new PublishedTime(zone == null ? time : time + zone, date.get().date));
  }

  /** {@code Z}, {@code +01:00} from {@code Z}, {@code +0100}, {@code +01:00}, {@code +01}; else null. */
  private static String zone(String s, int i) {
    while (i < s.length() && s.charAt(i) == ' ') {
      i++;
    }
    if (i >= s.length()) {
      return null;
    }
    char c = s.charAt(i);
    if (c == 'Z' || c == 'z' || s.startsWith("GMT", i) || s.startsWith("UTC", i)) {
      return "Z";
    }
    if (c != '+' && c != '-') {
      return null;
    }
    int h = digits(s, i + 1, 2);
    if (h < 0 || h > 14) {
      return null;
    }
    int j = i + 3;
    if (j < s.length() && s.charAt(j) == ':') {
      j++;
    }
    int m = digits(s, j, 2);
    return twoDigits(twoDigits(new StringBuilder(6).append(c), h).append(':'), m < 0 ? 0 : m).toString();
  }

  /** Appends {@code v}, 0 to 99, as two digits: {@code %02d}. */
  private static StringBuilder twoDigits(StringBuilder b, int v) {
    return b.append((char) ('0' + v / 10)).append((char) ('0' + v % 10));
  }

  /** Month-name dates: day month year, month day year, with or without weekday and commas. */
  private static Optional<PublishedTime> monthNameForm(String s) {
    String[] words = s.toLowerCase(Locale.ROOT).replace(',', ' ').replace('.', ' ').split(" +");
    int day = -1;
    int month = -1;
    int year = -1;
    for (String w : words) {
      if (w.isEmpty()) {
        continue;
      }
      if (month < 0 && w.length() >= 3 && isLetter(w.charAt(0))) {
        Integer m = MONTHS.get(w.substring(0, 3));
        if (m != null && (w.length() == 3 || w.length() <= 9)) {
          month = m;
          continue;
        }
      }
      String digitsOnly = stripOrdinal(w);
      if (digitsOnly == null) {
        continue;
      }
      int v = Integer.parseInt(digitsOnly);
      if (digitsOnly.length() == 4 && year < 0) {
        year = v;
      } else if (digitsOnly.length() <= 2 && day < 0 && v >= 1 && v <= 31 && year < 0) {
        day = v;
      }
    }
    if (day < 0 || month < 0 || year < 0) {
      return Optional.empty();
    }
    return dateOnly(year, month, day);
  }

  private static String stripOrdinal(String w) {
    int end = 0;
    while (end < w.length() && Character.isDigit(w.charAt(end)) && w.charAt(end) < 128) {
      end++;
    }
    if (end == 0 || end > 4) {
      return null;
    }
    String rest = w.substring(end);
    if (!rest.isEmpty() && !rest.equals("st") && !rest.equals("nd") && !rest.equals("rd") && !rest.equals("th")) {
      return null;
    }
    return w.substring(0, end);
  }

  private static Optional<PublishedTime> dateOnly(int y, int m, int d) {
    if (y < 1900 || y > 2199 || m < 1 || d < 1) {
      return Optional.empty();
    }
    try {
      LocalDate date = LocalDate.of(y, m, d);
      return Optional.of(new PublishedTime(date.toString(), date));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** The non-negative value of exactly {@code n} ASCII digits at {@code at}, or -1. */
  private static int digits(String s, int at, int n) {
    if (at < 0 || at + n > s.length()) {
      return -1;
    }
    int v = 0;
    for (int k = at; k < at + n; k++) {
      char c = s.charAt(k);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  private static boolean isDigit(String s, int at) {
    return at >= 0 && at < s.length() && s.charAt(at) >= '0' && s.charAt(at) <= '9';
  }

  private static boolean isLetter(char c) {
    return c >= 'a' && c <= 'z';
  }
}
