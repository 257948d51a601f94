package dev.lede.facts;

import dev.lede.text.CalendarNames;
import java.time.DayOfWeek;
import java.util.HashMap;
import java.util.Map;

/**
 * English month and weekday names as the JDK's locale data has them ({@link CalendarNames}: full and
 * short forms), plus "Sept", "Tues", "Thurs". A name counts only when written Capitalised or in
 * capitals: "may" and "march" are verbs. Thread-safe.
 */
final class CalendarWords {
  private static final WordTable<Integer> MONTHS;
  private static final WordTable<Boolean> FULL_MONTHS;
  private static final WordTable<DayOfWeek> WEEKDAYS;
  private static final WordTable<DayOfWeek> WEEKDAY_SHORT;
  /** The lengths of the shortest and the longest full weekday name ("Monday", "Wednesday"). */
  static final int SHORTEST_WEEKDAY;
  static final int LONGEST_WEEKDAY;

  static {
    Map<String, Integer> months = new HashMap<>();
    Map<String, Boolean> full = new HashMap<>();
    for (int m = 0; m < 12; m++) {
      String name = CalendarNames.MONTHS.get(m);
      months.put(name, m + 1);
      full.put(name, true);
      months.put(CalendarNames.MONTHS_SHORT.get(m), m + 1);
    }
    months.put("sept", 9);
    Map<String, DayOfWeek> days = new HashMap<>();
    Map<String, DayOfWeek> shortDays = new HashMap<>();
    for (DayOfWeek d : DayOfWeek.values()) {
      days.put(CalendarNames.WEEKDAYS.get(d.ordinal()), d);
      shortDays.put(CalendarNames.WEEKDAYS_SHORT.get(d.ordinal()), d);
    }
    int shortest = Integer.MAX_VALUE;
    int longest = 0;
    for (String name : days.keySet()) {
      shortest = Math.min(shortest, name.length());
      longest = Math.max(longest, name.length());
    }
    SHORTEST_WEEKDAY = shortest;
    LONGEST_WEEKDAY = longest;
    shortDays.put("tues", DayOfWeek.TUESDAY);
    shortDays.put("thurs", DayOfWeek.THURSDAY);
    shortDays.putAll(days);
    MONTHS = new WordTable<>(months);
    FULL_MONTHS = new WordTable<>(full);
    WEEKDAYS = new WordTable<>(days);
    WEEKDAY_SHORT = new WordTable<>(shortDays);
  }

  private CalendarWords() {}

  /** Every month and weekday name this class knows, full and short, in lower case. */
  static java.util.List<String> keys() {
    java.util.List<String> out = new java.util.ArrayList<>(MONTHS.keys());
    out.addAll(WEEKDAY_SHORT.keys()); // holds the full names too
    return out;
  }

  /** The month number 1..12 of a month name or abbreviation, or 0. */
  static int month(String word) {
    Integer m = nameShaped(word, 0, word.length()) ? MONTHS.get(word) : null;
    return m == null ? 0 : m;
  }

  static int month(TextTokens t, int i) {
    Integer m = shaped(t, i) ? MONTHS.get(t, i) : null;
    return m == null ? 0 : m;
  }

  /** Whether token {@code i} is a month's full name (not an abbreviation such as "Jan", also a name). */
  static boolean isFullMonth(TextTokens t, int i) {
    return shaped(t, i) && FULL_MONTHS.get(t, i) != null;
  }

  /** The weekday of a full weekday name, or null. */
  static DayOfWeek weekday(String word) {
    return nameShaped(word, 0, word.length()) ? WEEKDAYS.get(word) : null;
  }

  static DayOfWeek weekday(TextTokens t, int i) {
    return shaped(t, i) ? WEEKDAYS.get(t, i) : null;
  }

  /** The weekday of a full or short weekday name ("Mon", "Tues"), or null; for "Mon, Jan 18". */
  static DayOfWeek weekdayOrShort(TextTokens t, int i) {
    return shaped(t, i) ? WEEKDAY_SHORT.get(t, i) : null;
  }

  /**
   * Token {@code i} may be a name: its {@link ScanWords#CALENDAR} bit, set exactly when one of these
   * tables holds it, spares the shape test and the look-up for every other word.
   */
  private static boolean shaped(TextTokens t, int i) {
    return t.in(i, ScanWords.CALENDAR) && t.isWord(i) && nameShaped(t.text, t.start(i), t.end(i));
  }

  /** "January" or "JANUARY", not "january" nor "JaNuary". */
  private static boolean nameShaped(CharSequence s, int start, int end) {
    if (end - start < 3 || !Character.isUpperCase(s.charAt(start))) {
      return false;
    }
    boolean restLower = true;
    boolean restUpper = true;
    for (int i = start + 1; i < end; i++) {
      char c = s.charAt(i);
      restLower &= Character.isLowerCase(c);
      restUpper &= Character.isUpperCase(c);
    }
    return restLower || restUpper;
  }
}
