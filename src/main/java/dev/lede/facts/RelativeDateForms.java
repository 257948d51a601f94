package dev.lede.facts;

import dev.lede.facts.DateExtractor.Kind;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Set;

/**
 * The relative forms of dates, read from a token on: "yesterday", "last night", "last week", "three days
 * ago", "on Monday", "next Friday" (see {@link DateExtractor}). One per scan.
 */
final class RelativeDateForms {
  static final WordTable<Boolean> STARTS = new WordTable<>(Map.of("yesterday", true, "today", true,
      "tonight", true, "tomorrow", true, "last", true, "this", true, "next", true, "a", true, "an", true));
  private static final Set<String> WEEKDAY_LEADS = Set.of("on", "last", "next", "this");
  /** Words that may stand Capitalised before a weekday; any other capital makes a name ("Black Friday"). */
  private static final Set<String> WEEKDAY_PREPOSITIONS =
      Set.of("on", "last", "next", "this", "since", "by", "until", "till", "from", "before", "after", "early",
          "late", "over", "through", "and", "or", "to");
  private static final Set<String> DAY_PARTS = Set.of("morning", "afternoon", "evening", "night");

  private final DateScan s;
  private final TextTokens t;

  RelativeDateForms(DateScan s) {
    this.s = s;
    this.t = s.t;
  }

  int relative(int i) {
    if (!t.isWord(i)) {
      return t.isNumber(i) ? ago(i) : i;
    }
    if (!t.in(i, ScanWords.DATE_START | ScanWords.NUMBER_WORD)) {
      return i;
    }
    if ((t.lowerIs(i, "a") || t.lowerIs(i, "an")) && !t.is(i + 2, "ago")) {
      return i; // "a" starts only "a week ago": the commonest word here, let by without making strings
    }
    String w = t.str(i);
    String lower = t.lower(i);
    boolean plain = w.equals(lower) || (Character.isUpperCase(w.charAt(0)) && s.sentenceStart(i));
    if (!plain) {
      return i;
    }
    switch (lower) {
      case "yesterday":
        return dayOffset(i, dayPartAfter(i + 1), -1);
      case "today":
      case "tonight":
        return dayOffset(i, i + 1, 0);
      case "tomorrow":
        return dayOffset(i, dayPartAfter(i + 1), 1);
      case "last":
      case "this":
      case "next":
        return period(i, lower);
      case "a":
      case "an":
        return ago(i);
      default:
        return QuantityWords.numberWord(t, i) > 0 ? ago(i) : i;
    }
  }

  private int dayPartAfter(int k) {
    return t.isWord(k) && DAY_PARTS.contains(t.str(k)) ? k + 1 : k;
  }

  private int dayOffset(int from, int end, int offset) {
    LocalDate d = s.ref == null ? null : s.ref.date().plusDays(offset);
    return s.add(from, end, Kind.RELATIVE, d == null ? null : RelativeDates.iso(d), s.basis(d != null));
  }

  /** last/this/next week, weekend, month, year; last night; this morning. */
  private int period(int i, String which) {
    if (!t.isWord(i + 1)) {
      return i;
    }
    String unit = t.str(i + 1);
    int shift = which.equals("last") ? -1 : which.equals("next") ? 1 : 0;
    if (unit.equals("night") && shift <= 0) {
      return dayOffset(i, i + 2, shift == -1 ? -1 : 0); // "last night": the evening before the reference day
    }
    if (DAY_PARTS.contains(unit) && shift == 0) {
      return dayOffset(i, i + 2, 0);
    }
    String value = null;
    if (unit.equals("week") || unit.equals("weekend")) {
      value = s.ref == null ? null : RelativeDates.isoWeek(s.ref.date().plusWeeks(shift));
    } else if (unit.equals("month")) {
      value = s.ref == null ? null : RelativeDates.iso(YearMonth.from(s.ref.date()).plusMonths(shift));
    } else if (unit.equals("year")) {
      value = s.ref == null ? null : RelativeDates.isoYear(s.ref.date().getYear() + shift);
    } else {
      return i;
    }
    return s.add(i, i + 2, Kind.RELATIVE, value, s.basis(value != null));
  }

  /** "three days ago", "a week ago", "10 years ago". */
  int ago(int i) {
    int n = t.isNumber(i) ? t.intValue(i)
        : t.is(i, "a") || t.is(i, "an") ? 1 : QuantityWords.numberWord(t, i);
    if (n <= 0 || n > 10_000 || !t.isWord(i + 1) || !t.is(i + 2, "ago")) {
      return i;
    }
    String unit = t.lower(i + 1);
    if (unit.endsWith("s")) {
      unit = unit.substring(0, unit.length() - 1);
    }
    String value = null;
    LocalDate r = s.ref == null ? null : s.ref.date();
    switch (unit) {
      case "day":
        value = r == null ? null : RelativeDates.iso(r.minusDays(n));
        break;
      case "week":
        value = r == null ? null : RelativeDates.isoWeek(r.minusWeeks(n));
        break;
      case "month":
        value = r == null ? null : RelativeDates.iso(YearMonth.from(r).minusMonths(n));
        break;
      case "year":
        value = r == null ? null : RelativeDates.isoYear(r.getYear() - n);
        break;
      default:
        return i;
    }
    return s.add(i, i + 3, Kind.RELATIVE, value, s.basis(value != null));
  }

  /** Word token {@code i} ends in 's ("Monday's"). */
  static boolean possessive(TextTokens t, int i) {
    return t.length(i) > 2 && t.text.charAt(t.end(i) - 1) == 's'
        && TextTokens.isApostrophe(t.text.charAt(t.end(i) - 2));
  }

  /**
   * Word token {@code i} may be a weekday's possessive ("Monday's"): {@link #possessive} and as long as a
   * full weekday name and 's. The length test comes first: it rules out nearly every word for free.
   */
  static boolean mayBeWeekdayPossessive(TextTokens t, int i) {
    int n = t.length(i);
    return n >= CalendarWords.SHORTEST_WEEKDAY + 2 && n <= CalendarWords.LONGEST_WEEKDAY + 2
        && possessive(t, i);
  }

  /** on Monday, last Monday, next Monday's, Monday night. */
  int weekday(int i) {
    if (!t.isWord(i)) {
      return i;
    }
    boolean possessive = possessive(t, i);
    DayOfWeek day = possessive
        ? CalendarWords.weekday(t.text.substring(t.start(i), t.end(i) - 2))
        : CalendarWords.weekday(t, i);
    if (day == null) {
      return i;
    }
    int lead = i - 1;
    String leadWord = t.isWord(lead) ? t.lower(lead) : "";
    if (leadWord.equals("every") || leadWord.equals("each")
        || (t.capitalised(lead) && !WEEKDAY_PREPOSITIONS.contains(leadWord))) {
      return i; // recurring, or a named day such as Black Friday
    }
    int from = WEEKDAY_LEADS.contains(leadWord) ? lead : i;
    int end = possessive ? i + 1 : dayPartAfter(i + 1);
    if (s.ref == null) {
      return s.add(from, end, Kind.RELATIVE, null, DateExtractor.UNRESOLVED);
    }
    boolean strict = leadWord.equals("last") || leadWord.equals("next");
    boolean future = leadWord.equals("next") || (!leadWord.equals("last") && s.future(from));
    LocalDate d = RelativeDates.weekday(day, s.ref.date(), future, strict);
    return s.add(from, end, Kind.RELATIVE, RelativeDates.iso(d), s.ref.basis());
  }
}
