package dev.lede.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The names spelled from the constants are the JDK's English locale data, word for word, in order. */
class CalendarNamesTest {
  @Test
  void monthsAreTheLocaleDataFullAndShortNames() {
    assertEquals(names(Month.values(), TextStyle.FULL), CalendarNames.MONTHS);
    assertEquals(names(Month.values(), TextStyle.SHORT), CalendarNames.MONTHS_SHORT);
    assertEquals("september", CalendarNames.MONTHS.get(8));
    assertEquals("sep", CalendarNames.MONTHS_SHORT.get(8));
  }

  @Test
  void weekdaysAreTheLocaleDataFullAndShortNames() {
    assertEquals(names(DayOfWeek.values(), TextStyle.FULL), CalendarNames.WEEKDAYS);
    assertEquals(names(DayOfWeek.values(), TextStyle.SHORT), CalendarNames.WEEKDAYS_SHORT);
    assertEquals("monday", CalendarNames.WEEKDAYS.get(0));
    assertEquals("thu", CalendarNames.WEEKDAYS_SHORT.get(3));
  }

  private static List<String> names(Month[] months, TextStyle style) {
    List<String> out = new ArrayList<>();
    for (Month m : months) {
      out.add(m.getDisplayName(style, Locale.ENGLISH).toLowerCase(Locale.ROOT));
    }
    return out;
  }

  private static List<String> names(DayOfWeek[] days, TextStyle style) {
    List<String> out = new ArrayList<>();
    for (DayOfWeek d : days) {
      out.add(d.getDisplayName(style, Locale.ENGLISH).toLowerCase(Locale.ROOT));
    }
    return out;
  }
}
