package dev.lede.facts;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;

/**
 * Calendar arithmetic for resolving dates against a reference day, and the ISO 8601 forms the values are
 * written in: {@code 2021-01-18}, {@code 2021-01}, {@code 2021}, and ISO weeks {@code 2021-W02}.
 */
final class RelativeDates {
  /** How far a day-month without year may lie from the reference day (half a year, either side). */
  static final int NEAREST_DAYS = 183;

  private RelativeDates() {}

  /** The {@code day} on or before (past) or on or after (future) {@code ref}; strictly so when asked. */
  static LocalDate weekday(DayOfWeek day, LocalDate ref, boolean future, boolean strict) {
    int diff = day.getValue() - ref.getDayOfWeek().getValue();
    if (future) {
      int ahead = Math.floorMod(diff, 7);
      if (ahead == 0 && strict) {
        ahead = 7;
      }
      return ref.plusDays(ahead);
    }
    int back = Math.floorMod(-diff, 7);
    if (back == 0 && strict) {
      back = 7;
    }
    return ref.minusDays(back);
  }

  /**
   * The date with this month and day nearest to {@code ref} (within {@link #NEAREST_DAYS}; ties go to
   * the past, since news reports what happened), or null. "Dec 30" read on Jan 2 is the December just
   * gone; "Feb 29" is a date only in a leap year near the reference.
   */
  static LocalDate nearestDayMonth(int month, int day, LocalDate ref) {
    LocalDate best = null;
    long bestDistance = Long.MAX_VALUE;
    for (int y = ref.getYear() - 1; y <= ref.getYear() + 1; y++) {
      LocalDate d = date(y, month, day);
      if (d == null) {
        continue;
      }
      long dist = Math.abs(ChronoUnit.DAYS.between(ref, d));
      if (dist < bestDistance || (dist == bestDistance && d.isBefore(best))) {
        best = d;
        bestDistance = dist;
      }
    }
    return bestDistance <= NEAREST_DAYS ? best : null;
  }

  /** The month {@code month} of the year that puts it on or before (past) or after (future) {@code ref}. */
  static YearMonth month(int month, LocalDate ref, boolean future, boolean strict) {
    YearMonth r = YearMonth.from(ref);
    YearMonth m = YearMonth.of(ref.getYear(), month);
    if (future) {
      return m.isBefore(r) || (strict && m.equals(r)) ? m.plusYears(1) : m;
    }
    return m.isAfter(r) || (strict && m.equals(r)) ? m.minusYears(1) : m;
  }

  /** A valid date or null (Feb 29 in a common year, Apr 31). */
  static LocalDate date(int year, int month, int day) {
    if (month < 1 || month > 12 || day < 1 || day > 31) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  static String iso(LocalDate d) {
    return d.toString();
  }

  /**
   * The day {@link #iso(LocalDate)} wrote. Years 0 to 9999 are read here: {@code LocalDate.parse} would
   * build the whole {@code DateTimeFormatter} machinery, tens of milliseconds on a cold start.
   */
  static LocalDate parseIso(String s) {
    if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
      int year = digits(s, 0, 4);
      int month = digits(s, 5, 7);
      int day = digits(s, 8, 10);
      if (year >= 0 && month >= 0 && day >= 0) {
        return LocalDate.of(year, month, day);
      }
    }
    return LocalDate.parse(s);
  }

  /** The ASCII digits {@code s[from, to)} as a number, or -1 when any is not one. */
  private static int digits(String s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  static String iso(YearMonth m) {
    return year(new StringBuilder(7), m.getYear())
        .append('-')
        .append(twoDigits(m.getMonthValue()))
        .toString();
  }

  static String isoYear(int year) {
    return year(new StringBuilder(4), year).toString();
  }

  /** The ISO 8601 week holding {@code d}, such as {@code 2021-W02} (weeks run Monday to Sunday). */
  static String isoWeek(LocalDate d) {
    return year(new StringBuilder(8), d.get(IsoFields.WEEK_BASED_YEAR))
        .append("-W")
        .append(twoDigits(d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)))
        .toString();
  }

  /** Appends {@code year} as {@code String.format("%04d")} writes it, without the formatter's cost. */
  private static StringBuilder year(StringBuilder b, int year) {
    if (year < 0 || year > 9999) {
      return b.append(String.format("%04d", year));
    }
    if (year < 1000) {
      b.append(year < 10 ? "000" : year < 100 ? "00" : "0");
    }
    return b.append(year);
  }

  /** A month or week number (1 to 53) in two digits. */
  private static String twoDigits(int v) {
    return v < 10 ? "0" + v : Integer.toString(v);
  }
}
