package dev.lede.text;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.List;
import java.util.Locale;

/**
 * English month and weekday names in lower case, full ("september", "tuesday") and short ("sep",
 * "tue"), in calendar order. They are what the JDK's English locale data says ({@code
 * Month.getDisplayName(TextStyle.FULL, Locale.ENGLISH)} and {@code SHORT}; a test checks that they
 * agree), spelled here from the constants' own names: asking the locale data loads and initialises its
 * providers and resource bundles, some tens of milliseconds of a cold start, for 38 words that cannot
 * change. Immutable lists.
 */
public final class CalendarNames {
  /** "january" .. "december". */
  public static final List<String> MONTHS = names(Month.values(), Integer.MAX_VALUE);
  /** "jan" .. "dec". */
  public static final List<String> MONTHS_SHORT = names(Month.values(), 3);
  /** "monday" .. "sunday". */
  public static final List<String> WEEKDAYS = names(DayOfWeek.values(), Integer.MAX_VALUE);
  /** "mon" .. "sun". */
  public static final List<String> WEEKDAYS_SHORT = names(DayOfWeek.values(), 3);

  private CalendarNames() {}

  private static List<String> names(Enum<?>[] constants, int length) {
    String[] out = new String[constants.length];
    for (int i = 0; i < out.length; i++) {
      String name = constants[i].name().toLowerCase(Locale.ROOT);
      out[i] = name.substring(0, Math.min(length, name.length()));
    }
    return List.of(out);
  }
}
