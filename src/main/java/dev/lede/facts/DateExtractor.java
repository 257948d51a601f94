package dev.lede.facts;

import java.util.ArrayList;
import java.util.List;

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
    DateScan s = new DateScan(tokens, reference);
    WrittenDates written = new WrittenDates(s);
    RelativeDateForms relative = new RelativeDateForms(s);
    int i = 0;
    while (i < tokens.size()) {
      int next = match(tokens, i, written, relative);
      i = next > i ? next : i + 1;
    }
    return s.out;
  }

  /** Tries every form at token {@code i}; returns the token after a match, or {@code i}. */
  private static int match(TextTokens t, int i, WrittenDates written, RelativeDateForms relative) {
    if (t.kind(i) == TextTokens.MARK
        || (t.isWord(i) && !t.in(i, ScanWords.CALENDAR | ScanWords.DATE_START | ScanWords.NUMBER_WORD)
            && !RelativeDateForms.mayBeWeekdayPossessive(t, i))) {
      return i; // most tokens: a quick look and on (no form below starts with any other word)
    }
    if (CalendarWords.weekdayOrShort(t, i) != null) {
      int j = t.isMark(i + 1, ',') ? i + 2 : i + 1;
      if (t.isMark(i + 1, '.') && t.glued(i + 1)) {
        j = t.isMark(i + 2, ',') ? i + 3 : i + 2;
      }
      int e = written.written(j, i); // Monday, Jan. 18, 2021
      if (e > j) {
        return e;
      }
    }
    int e = written.written(i, i);
    if (e > i) {
      return e;
    }
    e = relative.relative(i);
    return e > i ? e : relative.weekday(i);
  }
}
