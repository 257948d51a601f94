package dev.lede.facts;

import dev.lede.facts.DateExtractor.Kind;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The written forms of dates, read from a token on: "2021-01-18", "18/01/2021", "18 January 2021",
 * "Jan 18, 2021", "January 2021", "in March", "in 2012" (see {@link DateExtractor}). One per scan.
 */
final class WrittenDates {
  private static final WordSet YEAR_LEADS =
      new WordSet("in", "since", "until", "till", "by", "from", "during", "before", "after", "through",
          "between", "early", "late", "mid", "of", "around", "spring", "summer", "autumn", "winter");
  private static final WordSet MONTH_LEADS =
      new WordSet("in", "since", "until", "till", "by", "from", "during", "before", "after", "through",
          "between", "early", "late", "mid", "of", "last", "next", "this", "around");
  private static final WordSet ORDINAL_SUFFIXES = new WordSet("st", "nd", "rd", "th");

  private final DateScan s;
  private final TextTokens t;

  WrittenDates(DateScan s) {
    this.s = s;
    this.t = s.t;
  }

  /** A written date starting at token {@code i}; the fact's span starts at token {@code from}. */
  int written(int i, int from) {
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
    return d == null ? -1 : s.add(from, i + 5, Kind.WRITTEN_DAY, RelativeDates.iso(d), "explicit");
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
      return s.add(from, i + 5, Kind.YEAR, RelativeDates.isoYear(y), "explicit");
    }
    return d == null ? -1 : s.add(from, i + 5, Kind.WRITTEN_DAY, RelativeDates.iso(d), "explicit");
  }

  /** 18 January 2021, 18th of Jan, 18 January. */
  private int dayFirst(int i, int from) {
    int day = day(i);
    if (day < 0 || precededByCurrencyOrGlued(i)) {
      return -1;
    }
    int k = i + 1;
    if (t.isWord(k) && t.glued(k) && ORDINAL_SUFFIXES.contains(t, k)) {
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
      if (t.isWord(e) && t.glued(e) && ORDINAL_SUFFIXES.contains(t, e)) {
        e++;
      }
      if (!gluedAfter(e - 1) || t.isMark(e, ',')) {
        return dayMonthYear(from, e, month, day);
      }
    }
    int y = t.isMark(k, ',') ? k + 1 : k;
    if (isYear(y) && !gluedAfter(y) && (y == k || CalendarWords.isFullMonth(t, i))) {
      YearMonth ym = YearMonth.of(t.intValue(y), month);
      return s.add(from, y + 1, Kind.MONTH, RelativeDates.iso(ym), "explicit");
    }
    return monthAlone(i, from, month);
  }

  /** After a day and month: an optional ", 2021" or " 2021"; else the year nearest the reference. */
  private int dayMonthYear(int from, int k, int month, int day) {
    int y = t.isMark(k, ',') ? k + 1 : k;
    if (isYear(y) && !gluedAfter(y)) {
      LocalDate d = RelativeDates.date(t.intValue(y), month, day);
      return d == null ? -1 : s.add(from, y + 1, Kind.WRITTEN_DAY, RelativeDates.iso(d), "explicit");
    }
    if (RelativeDates.date(2024, month, day) == null) {
      return -1; // no such day in any year (Apr 31)
    }
    if (s.ref == null) {
      return s.add(from, k, Kind.DAY_MONTH, null, DateExtractor.UNRESOLVED);
    }
    LocalDate d = RelativeDates.nearestDayMonth(month, day, s.ref.date());
    return s.add(from, k, Kind.DAY_MONTH, d == null ? null : RelativeDates.iso(d), s.basis(d != null));
  }

  /** "in March", "last March": a month name alone needs a lead word ("March" and "May" are verbs). */
  private int monthAlone(int i, int from, int month) {
    int lead = i - 1;
    if (t.isMark(lead, '-') && t.glued(i)) {
      lead--; // mid-March
    }
    if (!t.isWord(lead) || !MONTH_LEADS.contains(t, lead)
        || !CalendarWords.isFullMonth(t, i) || t.capitalised(i + 1)) {
      return -1;
    }
    String leadWord = t.lower(lead);
    boolean strict = leadWord.equals("last") || leadWord.equals("next");
    if (strict || leadWord.equals("this")) {
      from = lead;
    }
    int end = skipAbbreviationDot(i) + 1;
    if (s.ref == null) {
      return s.add(from, end, Kind.MONTH, null, DateExtractor.UNRESOLVED);
    }
    boolean future = leadWord.equals("next") || (!leadWord.equals("last") && s.future(lead));
    YearMonth ym = RelativeDates.month(month, s.ref.date(), future, strict);
    return s.add(from, end, Kind.MONTH, RelativeDates.iso(ym), s.ref.basis());
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
    if (!t.isWord(lead) || !YEAR_LEADS.contains(t, lead)) {
      return -1;
    }
    if (QuantityWords.unitAfter(t, i + 1)) {
      return -1; // "in 2000 people" is not a year
    }
    return s.add(from, i + 1, Kind.YEAR, RelativeDates.isoYear(t.intValue(i)), "explicit");
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
}
