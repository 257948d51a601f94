package dev.lede.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Golden tests for dates. Each row: a sentence, then the one date expected in it (as printed), its ISO
 * value and its basis. Unless a row says otherwise the reference day is Monday 18 January 2021, taken
 * from a photo caption.
 */
class DateExtractorTest {
  private static final ReferenceDate MONDAY_18_JAN_2021 = new ReferenceDate(LocalDate.of(2021, 1, 18), "caption");
  private final DateExtractor dates = new DateExtractor();

  private DateFact only(String sentence, ReferenceDate ref) {
    List<DateFact> found = dates.extract(sentence, ref);
    assertEquals(1, found.size(), () -> "one date in '" + sentence + "': " + found);
    DateFact f = found.get(0);
    assertEquals(f.text(), sentence.substring(f.span().start(), f.span().end()), "span points at the text");
    return f;
  }

  private void expect(String sentence, ReferenceDate ref, String text, String value, String basis) {
    DateFact f = only(sentence, ref);
    assertEquals(text, f.text(), sentence);
    assertEquals(value, f.value(), sentence);
    assertEquals(basis, f.basis(), sentence);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      The deal was signed on Jan 18, 2021 in Beijing.      | Jan 18, 2021          | 2021-01-18
      It was signed on 18 January 2021, officials said.    | 18 January 2021       | 2021-01-18
      It was signed on 18th January 2021.                  | 18th January 2021     | 2021-01-18
      It was signed on the 18th of January, 2021.          | 18th of January, 2021 | 2021-01-18
      Filed 2021-01-18 by the clerk.                       | 2021-01-18            | 2021-01-18
      He spoke on Monday, Jan. 18, 2021 at noon.           | Monday, Jan. 18, 2021 | 2021-01-18
      The law passed in Sept. 5, 2020 was repealed.        | Sept. 5, 2020         | 2020-09-05
      LONDON, JANUARY 18, 2021 - Shares rose.              | JANUARY 18, 2021      | 2021-01-18
      Sales fell in January 2021 after the lockdown.       | January 2021          | 2021-01
      Sales fell in January, 2021 after the lockdown.      | January, 2021         | 2021-01
      The form dated 18/01/2021 was lost.                  | 18/01/2021            | 2021-01-18
      The form dated 01/18/2021 was lost.                  | 01/18/2021            | 2021-01-18
      The form dated 03/04/2021 was lost.                  | 03/04/2021            | 2021
      The club was founded in 2012 by fans.                | 2012                  | 2012
      He has lived there since 1997 with his wife.         | 1997                  | 1997
      Prices peaked in mid-2020 and fell.                  | 2020                  | 2020
      """)
  void writtenDatesAreExplicit(String sentence, String text, String value) {
    expect(sentence, MONDAY_18_JAN_2021, text, value, "explicit");
    expect(sentence, null, text, value, "explicit");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      The talks resumed on Jan 20 in Geneva.               | Jan 20             | 2021-01-20
      The talks ended on 5 December without a deal.        | 5 December         | 2020-12-05
      Wang Huning on Monday called for improved work.      | on Monday          | 2021-01-18
      The minister resigned on Friday after the vote.      | on Friday          | 2021-01-15
      The minister resigned on Wednesday after the vote.   | on Wednesday       | 2021-01-13
      The minister will resign on Wednesday.               | on Wednesday       | 2021-01-20
      The minister will resign on Monday.                  | on Monday          | 2021-01-18
      The envoy is due to arrive on Friday.                | on Friday          | 2021-01-22
      On Tuesday, the committee will vote on the bill.     | On Tuesday         | 2021-01-19
      He was arrested last Monday in Paris.                | last Monday        | 2021-01-11
      He will be sentenced next Monday in Paris.           | next Monday        | 2021-01-25
      Monday's meeting was cancelled.                      | Monday's           | 2021-01-18
      Police were called on Saturday night.                | on Saturday night  | 2021-01-16
      The body was found yesterday morning.                | yesterday morning  | 2021-01-17
      The results are out today.                           | today              | 2021-01-18
      The results come out tomorrow.                       | tomorrow           | 2021-01-19
      Fire crews were called last night.                   | last night         | 2021-01-17
      Shares fell sharply last week.                       | last week          | 2021-W02
      Shares have fallen this week.                        | this week          | 2021-W03
      The vote is due next week.                           | next week          | 2021-W04
      Prices rose last month.                              | last month         | 2020-12
      Prices will rise next month.                         | next month         | 2021-02
      Exports rose this year.                              | this year          | 2021
      Exports fell last year.                              | last year          | 2020
      He left three days ago.                              | three days ago     | 2021-01-15
      He left two weeks ago.                               | two weeks ago      | 2021-W01
      He left a year ago.                                  | a year ago         | 2020
      The factory closed in March after the fire.          | March              | 2020-03
      The factory will reopen in March.                    | March              | 2021-03
      The factory closed last March.                       | last March         | 2020-03
      """)
  void relativeDatesResolveAgainstTheReferenceAndSayWhich(String sentence, String text, String value) {
    expect(sentence, MONDAY_18_JAN_2021, text, value, "caption");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
    "Wang Huning on Monday called for improved work.",
    "The talks resumed on Jan 20 in Geneva.",
    "The body was found yesterday.",
    "Shares fell sharply last week.",
    "The factory closed in March after the fire.",
    "He left three days ago."
  })
  void withoutReferenceRelativeDatesHaveNoValue(String sentence) {
    DateFact f = only(sentence, null);
    assertNull(f.value());
    assertEquals(DateExtractor.UNRESOLVED, f.basis());
  }

  @Test
  void leapDayResolvesOnlyNearALeapYear() {
    ReferenceDate leap = ReferenceDate.supplied(LocalDate.of(2024, 3, 10));
    ReferenceDate common = ReferenceDate.supplied(LocalDate.of(2023, 3, 10));
    ReferenceDate beforeLeap = ReferenceDate.supplied(LocalDate.of(2023, 12, 1));
    expect("The vote was held on Feb 29 in the capital.", leap, "Feb 29", "2024-02-29", "supplied");
    expect("The vote was held on Feb 29 in the capital.", common, "Feb 29", null, "none");
    expect("The vote will be held on Feb 29 in the capital.", beforeLeap, "Feb 29", "2024-02-29", "supplied");
    expect("It ended on Feb 29, 2024 at dawn.", common, "Feb 29, 2024", "2024-02-29", "explicit");
    assertTrue(dates.extract("It ended on Feb 29, 2023 at dawn.", leap).isEmpty(), "no such day");
    ReferenceDate mondayAfterLeapDay = ReferenceDate.supplied(LocalDate.of(2020, 3, 2));
    expect("He was seen on Saturday in town.", mondayAfterLeapDay, "on Saturday", "2020-02-29", "supplied");
    expect("He was seen last Friday in town.", mondayAfterLeapDay, "last Friday", "2020-02-28", "supplied");
  }

  @Test
  void yearRollsOverAtNewYear() {
    ReferenceDate sunday2Jan2022 = new ReferenceDate(LocalDate.of(2022, 1, 2), "dateline");
    expect("The fire started on Dec 30 at the mill.", sunday2Jan2022, "Dec 30", "2021-12-30", "dateline");
    expect("The fire started last Friday at the mill.", sunday2Jan2022, "last Friday", "2021-12-31", "dateline");
    expect("The fire started on Friday at the mill.", sunday2Jan2022, "on Friday", "2021-12-31", "dateline");
    expect("The mill was inspected last week.", sunday2Jan2022, "last week", "2021-W51", "dateline");
    expect("The mill was inspected last month.", sunday2Jan2022, "last month", "2021-12", "dateline");
    expect("The mill was inspected last year.", sunday2Jan2022, "last year", "2021", "dateline");
    expect("The mill was inspected yesterday.", sunday2Jan2022, "yesterday", "2022-01-01", "dateline");
    expect("The mill will reopen next Monday.", sunday2Jan2022, "next Monday", "2022-01-03", "dateline");
    ReferenceDate newYearsEve = new ReferenceDate(LocalDate.of(2021, 12, 31), "dateline");
    expect("The mill will reopen on Jan 2 at last.", newYearsEve, "Jan 2", "2022-01-02", "dateline");
    expect("The mill will reopen tomorrow.", newYearsEve, "tomorrow", "2022-01-01", "dateline");
    expect("The mill will reopen next week.", newYearsEve, "next week", "2022-W01", "dateline");
  }

  @Test
  void weekdaysResolveBeforeOrAfterTheReferenceByTense() {
    ReferenceDate wednesday = ReferenceDate.supplied(LocalDate.of(2021, 1, 20));
    expect("The board met on Monday to decide.", wednesday, "on Monday", "2021-01-18", "supplied");
    expect("The board met on Friday to decide.", wednesday, "on Friday", "2021-01-15", "supplied");
    expect("The board met on Wednesday to decide.", wednesday, "on Wednesday", "2021-01-20", "supplied");
    expect("The board will meet on Friday to decide.", wednesday, "on Friday", "2021-01-22", "supplied");
    expect("The board will meet on Monday to decide.", wednesday, "on Monday", "2021-01-25", "supplied");
    expect("The board is expected to meet on Tuesday.", wednesday, "on Tuesday", "2021-01-26", "supplied");
    expect("The board met last Wednesday to decide.", wednesday, "last Wednesday", "2021-01-13", "supplied");
    expect("The board meets next Wednesday to decide.", wednesday, "next Wednesday", "2021-01-27", "supplied");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
    "Music of the 1990s is back.",
    "He scored ten goals in the 2010-11 season.",
    "Black Friday sales were strong.",
    "The shop opens every Monday at nine.",
    "The shop opens on Mondays at nine.",
    "March organisers said the route was set.",
    "Theresa May said the vote would go ahead.",
    "Prices may rise and protesters may march.",
    "It happened on Apr 31 apparently.",
    "The Today programme asked the minister.",
    "The plant employs 2000 people."
  })
  void theseAreNotDates(String sentence) {
    assertEquals(List.of(), dates.extract(sentence, MONDAY_18_JAN_2021), sentence);
  }

  @Test
  void spansPointIntoTheText() {
    String text = "Talks began on Monday.\n\nThey ended on Jan 20, 2021, and resume next week.";
    List<DateFact> found = dates.extract(text, MONDAY_18_JAN_2021);
    assertEquals(3, found.size(), found::toString);
    for (DateFact f : found) {
      assertEquals(f.text(), f.span().of(text).toString());
    }
  }

  @Test
  void hostileInputStaysLinear() {
    String manyDates = "On Monday, Jan 18, 2021 and last week and 18/01/2021 yesterday. ".repeat(20_000);
    String oneLine = "May March June Monday 2021 18 ".repeat(40_000);
    assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
      assertEquals(80_000, dates.extract(manyDates, MONDAY_18_JAN_2021).size()); // "Monday, Jan 18, 2021" is one
      dates.extract(oneLine, MONDAY_18_JAN_2021);
    });
  }
}
