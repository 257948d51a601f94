package dev.lede.facts;

import dev.lede.text.Span;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds dates in text and gives each an ISO 8601 value. Stateless and thread-safe; one linear pass over
 * the tokens with a bounded look-ahead, no regular expressions.
 *
 * <p>Written dates: "Jan 18, 2021", "Monday, Jan. 18, 2021", "18 January 2021", "18th of January",
 * "2021-01-18", "18/01/2021" (day and month told apart only when one of them is above 12; otherwise
 * only the year is given), "January 2021", and a year after a preposition ("in 2012", "since 1997").
 * These have basis {@code explicit}. A day and month without a year ("Jan 18") take the year that puts
 * them nearest the reference day, so "Dec 30" read on Jan 2 is the December just gone.
 *
 * <p>Relative dates resolve against the reference day, and only when there is one: "yesterday",
 * "today", "tomorrow", "tonight", "last night"; "on Monday" (the most recent Monday on or before the
 * reference day, or the next one on or after it when the clause is in the future tense: "will ... on
 * Monday"), "last Monday" and "next Monday" (strictly before or after); "in March", "last March";
 * "last/this/next week" (an ISO week such as {@code 2021-W02}), "last/this/next month" and "year";
 * "three days ago". Their basis is the reference's ({@code dateline}, {@code caption}, {@code published},
 * {@code supplied}); without a reference the value is null and the basis {@code none}.
 *
 * <p>Not dates here: decades ("the 1990s"), seasons ("2010-11"), recurring days ("every Monday",
 * "Mondays"), and named days ("Black Friday", "Super Tuesday").
 */
public final class DateExtractor {
  /** Basis of a date that could not be resolved: no reference day. */
  public static final String UNRESOLVED = "none";

  private static final Set<String> YEAR_LEADS =
      Set.of("in", "since", "until", "till", "by", "from", "during", "before", "after", "through",
          "between", "early", "late", "mid", "of", "around", "spring", "summer", "autumn", "winter");
  private static final Set<String> MONTH_LEADS =
      Set.of("in", "since", "until", "till", "by", "from", "during", "before", "after", "through",
          "between", "early", "late", "mid", "of", "last", "next", "this", "around");
  private static final Set<String> WEEKDAY_LEADS = Set.of("on", "last", "next", "this");
  /** Words that may stand Capitalised before a weekday; any other capital makes a name ("Black Friday"). */
  private static final Set<String> WEEKDAY_PREPOSITIONS =
      Set.of("on", "last", "next", "this", "since", "by", "until", "till", "from", "before", "after", "early",
          "late", "over", "through", "and", "or", "to");
  private static final Set<String> DAY_PARTS = Set.of("morning", "afternoon", "evening", "night");
  private static final Set<String> ORDINAL_SUFFIXES = Set.of("st", "nd", "rd", "th");
  private static final WordTable<Boolean> RELATIVE_WORDS = table(
      "yesterday", "today", "tonight", "tomorrow", "last", "this", "next", "a", "an");

  /** What kind of date a match is; the reference-date finder wants only whole written days. */
  enum Kind {
    WRITTEN_DAY,
    DAY_MONTH,
    MONTH,
    YEAR,
    RELATIVE
  }

  /** A date found between tokens {@code first} and {@code end} (exclusive). */
  record Found(int first, int end, Kind kind, DateFact fact) {}

  public DateExtractor() {}

  private static WordTable<Boolean> table(String... words) {
    java.util.Map<String, Boolean> m = new java.util.HashMap<>();
    for (String w : words) {
      m.put(w, true);
    }
    return new WordTable<>(m);
  }

  /**
   * Every date in {@code text}, in text order, spans as offsets into {@code text}.
   *
   * @param reference the day relative dates resolve against, or null when there is none
   */
  public List<DateFact> extract(String text, ReferenceDate reference) {
    List<DateFact> out = new ArrayList<>();
    for (Found f : scan(TextTokens.of(text), reference)) {
      out.add(f.fact());
    }
    return List.copyOf(out);
  }

  List<Found> scan(TextTokens tokens, ReferenceDate reference) {
    Scan s = new Scan(tokens, reference);
    s.run();
    return s.out;
  }

  /** One pass over one text. */
  private static final class Scan {
    private final TextTokens t;
    private final ReferenceDate ref;
    private final List<Found> out = new ArrayList<>();

    Scan(TextTokens t, ReferenceDate ref) {
      this.t = t;
      this.ref = ref;
    }

    void run() {
      int i = 0;
      while (i < t.size()) {
        int next = match(i);
        i = next > i ? next : i + 1;
      }
    }

    /** Tries every form at token {@code i}; returns the token after a match, or {@code i}. */
    private int match(int i) {
      if (t.kind(i) == TextTokens.MARK
          || (t.isWord(i) && !t.capitalised(i) && t.lookup(RELATIVE_WORDS, i) == null
              && QuantityWords.numberWord(t, i) == 0)) {
        return i; // most tokens: a quick look and on
      }
      if (CalendarWords.weekdayOrShort(t, i) != null) {
        int j = t.isMark(i + 1, ',') ? i + 2 : i + 1;
        if (t.isMark(i + 1, '.') && t.glued(i + 1)) {
          j = t.isMark(i + 2, ',') ? i + 3 : i + 2;
        }
        int e = written(j, i);
        if (e > j) {
          return e;
        }
      }
      int e = written(i, i);
      if (e > i) {
        return e;
      }
      e = relative(i);
      if (e > i) {
        return e;
      }
      return weekday(i);
    }

    // ---- written dates ---------------------------------------------------------------------------

    /** A written date starting at token {@code i}; the fact's span starts at token {@code from}. */
    private int written(int i, int from) {
      if (t.isNumber(i)) {
        int e = iso(i, from);
        if (e < 0) {
          e = slashed(i, from);
        }
        if (e < 0) {
          e = dayFirst(i, from);
        }
        if (e < 0) {
          e = year(i, from);
        }
        return Math.max(e, i);
      }
      if (CalendarWords.month(t, i) > 0) {
        return Math.max(monthFirst(i, from), i);
      }
      return i;
    }

    /** 2021-01-18 */
    private int iso(int i, int from) {
      if (t.length(i) != 4 || !gluedMark(i + 1, '-') || !gluedNumber(i + 2, 2)
          || !gluedMark(i + 3, '-') || !gluedNumber(i + 4, 2) || gluedAfter(i + 4)) {
        return -1;
      }
      LocalDate d = RelativeDates.date(t.intValue(i), t.intValue(i + 2), t.intValue(i + 4));
      return d == null ? -1 : add(from, i + 5, Kind.WRITTEN_DAY, RelativeDates.iso(d), "explicit");
    }

    /** 18/01/2021: day and month only when one of them cannot be a month. */
    private int slashed(int i, int from) {
      if (t.length(i) > 2 || !gluedMark(i + 1, '/') || !gluedNumber(i + 2, 1) || t.length(i + 2) > 2
          || !gluedMark(i + 3, '/') || !gluedNumber(i + 4, 4) || gluedAfter(i + 4)) {
        return -1;
      }
      int a = t.intValue(i);
      int b = t.intValue(i + 2);
      int y = t.intValue(i + 4);
      if (y < 1000) {
        return -1;
      }
      LocalDate d = null;
      if (a > 12 || a == b) {
        d = RelativeDates.date(y, b, a);
      } else if (b > 12) {
        d = RelativeDates.date(y, a, b);
      } else if (a >= 1 && b >= 1) {
        return add(from, i + 5, Kind.YEAR, RelativeDates.isoYear(y), "explicit");
      }
      return d == null ? -1 : add(from, i + 5, Kind.WRITTEN_DAY, RelativeDates.iso(d), "explicit");
    }

    /** 18 January 2021, 18th of Jan, 18 January. */
    private int dayFirst(int i, int from) {
      int day = day(i);
      if (day < 0 || precededByCurrencyOrGlued(i)) {
        return -1;
      }
      int k = i + 1;
      if (t.isWord(k) && t.glued(k) && ORDINAL_SUFFIXES.contains(t.lower(k))) {
        k++;
      }
      if (t.isWord(k) && t.str(k).equals("of")) {
        k++;
      }
      int month = CalendarWords.month(t, k);
      if (month == 0) {
        return -1;
      }
      k = skipAbbreviationDot(k);
      return dayMonthYear(from, k + 1, month, day);
    }

    /** Jan 18, 2021; Jan. 18; January 2021; in January. */
    private int monthFirst(int i, int from) {
      int month = CalendarWords.month(t, i);
      int k = skipAbbreviationDot(i) + 1;
      int day = day(k);
      if (day > 0 && !isTime(k)) {
        int e = k + 1;
        if (t.isWord(e) && t.glued(e) && ORDINAL_SUFFIXES.contains(t.lower(e))) {
          e++;
        }
        if (!gluedAfter(e - 1) || t.isMark(e, ',')) {
          return dayMonthYear(from, e, month, day);
        }
      }
      int y = t.isMark(k, ',') ? k + 1 : k;
      if (isYear(y) && !gluedAfter(y) && (y == k || CalendarWords.isFullMonth(t, i))) {
        YearMonth ym = YearMonth.of(t.intValue(y), month);
        return add(from, y + 1, Kind.MONTH, RelativeDates.iso(ym), "explicit");
      }
      return monthAlone(i, from, month);
    }

    /** After a day and month: an optional ", 2021" or " 2021"; else the year nearest the reference. */
    private int dayMonthYear(int from, int k, int month, int day) {
      int y = t.isMark(k, ',') ? k + 1 : k;
      if (isYear(y) && !gluedAfter(y)) {
        LocalDate d = RelativeDates.date(t.intValue(y), month, day);
        return d == null ? -1 : add(from, y + 1, Kind.WRITTEN_DAY, RelativeDates.iso(d), "explicit");
      }
      if (RelativeDates.date(2024, month, day) == null) {
        return -1; // no such day in any year (Apr 31)
      }
      if (ref == null) {
        return add(from, k, Kind.DAY_MONTH, null, UNRESOLVED);
      }
      LocalDate d = RelativeDates.nearestDayMonth(month, day, ref.date());
      return add(from, k, Kind.DAY_MONTH, d == null ? null : RelativeDates.iso(d), basis(d != null));
    }

    /** "in March", "last March": a month name alone needs a lead word ("March" and "May" are verbs). */
    private int monthAlone(int i, int from, int month) {
      int lead = i - 1;
      if (t.isMark(lead, '-') && t.glued(i)) {
        lead--; // mid-March
      }
      if (!t.isWord(lead) || !MONTH_LEADS.contains(t.lower(lead))
          || !CalendarWords.isFullMonth(t, i) || t.capitalised(i + 1)) {
        return -1;
      }
      String leadWord = t.lower(lead);
      boolean strict = leadWord.equals("last") || leadWord.equals("next");
      if (strict || leadWord.equals("this")) {
        from = lead;
      }
      int end = skipAbbreviationDot(i) + 1;
      if (ref == null) {
        return add(from, end, Kind.MONTH, null, UNRESOLVED);
      }
      boolean future = leadWord.equals("next") || (!leadWord.equals("last") && future(lead));
      YearMonth ym = RelativeDates.month(month, ref.date(), future, strict);
      return add(from, end, Kind.MONTH, RelativeDates.iso(ym), ref.basis());
    }

    /** A year after a lead word: "in 2012", "since 1997", "mid-2020". */
    private int year(int i, int from) {
      if (!isYear(i) || gluedAfter(i) || t.intValue(i) < 1800 || t.intValue(i) > 2099) {
        return -1;
      }
      int lead = i - 1;
      if (t.isMark(lead, '-') && t.glued(i)) {
        lead--;
      } else if (t.glued(i)) {
        return -1;
      }
      if (!t.isWord(lead) || !YEAR_LEADS.contains(t.lower(lead))) {
        return -1;
      }
      if (QuantityWords.unitAfter(t, i + 1)) {
        return -1; // "in 2000 people" is not a year
      }
      return add(from, i + 1, Kind.YEAR, RelativeDates.isoYear(t.intValue(i)), "explicit");
    }

    // ---- relative dates --------------------------------------------------------------------------

    private int relative(int i) {
      if (!t.isWord(i)) {
        return t.isNumber(i) ? ago(i) : i;
      }
      if (t.lookup(RELATIVE_WORDS, i) == null && QuantityWords.numberWord(t, i) == 0) {
        return i;
      }
      String w = t.str(i);
      String lower = t.lower(i);
      boolean plain = w.equals(lower) || (Character.isUpperCase(w.charAt(0)) && sentenceStart(i));
      if (!plain) {
        return i;
      }
      switch (lower) {
        case "yesterday":
          return day(i, dayPartAfter(i + 1), -1);
        case "today":
        case "tonight":
          return day(i, i + 1, 0);
        case "tomorrow":
          return day(i, dayPartAfter(i + 1), 1);
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

    private int day(int from, int end, int offset) {
      LocalDate d = ref == null ? null : ref.date().plusDays(offset);
      return add(from, end, Kind.RELATIVE, d == null ? null : RelativeDates.iso(d), basis(d != null));
    }

    /** last/this/next week, weekend, month, year; last night; this morning. */
    private int period(int i, String which) {
      if (!t.isWord(i + 1)) {
        return i;
      }
      String unit = t.str(i + 1);
      int shift = which.equals("last") ? -1 : which.equals("next") ? 1 : 0;
      if (unit.equals("night") && shift <= 0) {
        return day(i, i + 2, shift == -1 ? -1 : 0); // "last night": the evening before the reference day
      }
      if (DAY_PARTS.contains(unit) && shift == 0) {
        return day(i, i + 2, 0);
      }
      String value = null;
      if (unit.equals("week") || unit.equals("weekend")) {
        value = ref == null ? null : RelativeDates.isoWeek(ref.date().plusWeeks(shift));
      } else if (unit.equals("month")) {
        value = ref == null ? null : RelativeDates.iso(YearMonth.from(ref.date()).plusMonths(shift));
      } else if (unit.equals("year")) {
        value = ref == null ? null : RelativeDates.isoYear(ref.date().getYear() + shift);
      } else {
        return i;
      }
      return add(i, i + 2, Kind.RELATIVE, value, basis(value != null));
    }

    /** "three days ago", "a week ago", "10 years ago". */
    private int ago(int i) {
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
      LocalDate r = ref == null ? null : ref.date();
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
      return add(i, i + 3, Kind.RELATIVE, value, basis(value != null));
    }

    /** on Monday, last Monday, next Monday's, Monday night. */
    private int weekday(int i) {
      if (!t.isWord(i)) {
        return i;
      }
      boolean possessive = t.length(i) > 2 && t.text.charAt(t.end(i) - 1) == 's'
          && TextTokens.isApostrophe(t.text.charAt(t.end(i) - 2));
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
      if (ref == null) {
        return add(from, end, Kind.RELATIVE, null, UNRESOLVED);
      }
      boolean strict = leadWord.equals("last") || leadWord.equals("next");
      boolean future = leadWord.equals("next") || (!leadWord.equals("last") && future(from));
      LocalDate d = RelativeDates.weekday(day, ref.date(), future, strict);
      return add(from, end, Kind.RELATIVE, RelativeDates.iso(d), ref.basis());
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private boolean future(int i) {
      return Tense.isFuture(t, i);
    }

    private String basis(boolean resolved) {
      return resolved ? ref.basis() : UNRESOLVED;
    }

    private int add(int first, int end, Kind kind, String value, String basis) {
      Span span = new Span(t.start(first), t.end(end - 1));
      out.add(new Found(first, end, kind, new DateFact(span.of(t.text).toString(), value, basis, span)));
      return end;
    }

    private int day(int i) {
      if (!t.isNumber(i) || t.length(i) > 2) {
        return -1;
      }
      int d = t.intValue(i);
      return d >= 1 && d <= 31 ? d : -1;
    }

    private boolean isYear(int i) {
      return t.isNumber(i) && t.length(i) == 4 && t.intValue(i) >= 1000 && t.intValue(i) <= 2999;
    }

    /** "May 5:30" or "Jan 18.5" are not days. */
    private boolean isTime(int i) {
      return gluedMark(i + 1, ':') || gluedMark(i + 1, '.') && t.isNumber(i + 2) && t.glued(i + 2);
    }

    private int skipAbbreviationDot(int i) {
      return gluedMark(i + 1, '.') && t.length(i) <= 4 ? i + 1 : i;
    }

    private boolean gluedMark(int i, char c) {
      return t.isMark(i, c) && t.glued(i);
    }

    private boolean gluedNumber(int i, int digits) {
      return t.isNumber(i) && t.glued(i) && (digits == 1 || t.length(i) == digits) && t.intValue(i) >= 0;
    }

    /** Something other than closing punctuation is glued after token {@code i} ("1990s", "2010-11"). */
    private boolean gluedAfter(int i) {
      int k = i + 1;
      if (k >= t.size() || !t.glued(k)) {
        return false;
      }
      if (t.kind(k) != TextTokens.MARK) {
        return true;
      }
      char c = t.text.charAt(t.start(k));
      return (c == '-' || c == '/' || c == '%' || c == ':') && k + 1 < t.size() && t.glued(k + 1);
    }

    private boolean precededByCurrencyOrGlued(int i) {
      return t.glued(i) && i > 0 && !t.isMark(i - 1, '(');
    }

    private boolean sentenceStart(int i) {
      return i == 0 || t.isBoundary(i - 1) || t.lineBreakBefore(i) || t.isMark(i - 1, '"')
          || t.isMark(i - 1, '\u201C') || t.isMark(i - 1, '\u2018') || t.isMark(i - 1, '\'');
    }
  }
}
