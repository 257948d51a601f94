package dev.lede.clean;

import static dev.lede.clean.Cleaning.clean;
import static dev.lede.clean.Cleaning.removed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Wire copy as news agencies file it: a headline line (in capitals, often with a section kicker and a
 * full stop), perhaps a byline, then the dateline alone on its line with the filing date, then the text
 * hard-wrapped at a fixed width. The articles are written for these tests.
 */
class WireCopyTest {
  private static final String BODY = String.join("\n",
      "Northfield beat Southport by an innings and 41 runs on Friday to move to the top of the",
      "county table with two games left.",
      "Their captain, Tom Hale, took five wickets for 30 runs as the visitors were bowled out for 112.",
      "\"We knew the pitch would help us,\" Hale said.");

  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
    "CRICKET - NORTHFIELD GO TOP AFTER INNINGS WIN.#LONDON 1996-08-30#LONDON",
    "NORTHFIELD GO TOP AFTER INNINGS WIN#LEEDS, England 1996-08-30#LEEDS",
    "Northfield go top after innings win.#NEW YORK 1996-08-30#NEW YORK",
    "Cricket - Northfield go top after innings win.#ST. LOUIS 30/08/1996#ST. LOUIS",
    "Northfield go top after innings win.#LA PAZ, Bolivia Aug 30#LA PAZ",
  })
  void theHeadlineLineIsTheTitleAndTheDatelineLineIsRemovedWithItsDate(String head, String dateline, String place) {
    CleanArticle a = clean(head + "\n" + dateline + "\n" + BODY);
    assertEquals(head, a.title(), "the headline as printed, kicker and full stop included");
    assertEquals(place, a.dateline());
    assertEquals(List.of(dateline), removed(a, RemovalReason.DATELINE));
    assertTrue(a.paragraphs().get(0).startsWith("Northfield beat Southport"), a.text());
  }

  @Test
  void aBylineBetweenHeadlineAndDatelineStaysInTheText() {
    CleanArticle a = clean("CRICKET - NORTHFIELD GO TOP.\nJane Rowe\nLONDON 1996-08-30\n" + BODY);
    assertEquals("CRICKET - NORTHFIELD GO TOP.", a.title());
    assertEquals("LONDON", a.dateline());
    assertEquals("Jane Rowe", a.paragraphs().get(0));
  }

  @Test
  void aDatelineSplitOverTwoLinesIsRemovedWhole() {
    CleanArticle a = clean("Northfield shares rise on merger.\nCEDAR FALLS, Iowa\n1996-08-30\n" + BODY);
    assertEquals("Northfield shares rise on merger.", a.title());
    assertEquals("CEDAR FALLS", a.dateline());
    assertEquals(List.of("CEDAR FALLS, Iowa", "1996-08-30"), removed(a, RemovalReason.DATELINE));
  }

  @Test
  void aHeadlineOverATableOfResultsIsStillTheTitle() {
    CleanArticle a = clean("SOCCER - LEAGUE RESULTS.\nLONDON 1996-08-31\nResults of league matches on Saturday:\n"
        + "Northfield 2 Southport 1\nEastham 0 Westbury 0\nKingsley 3 Marsh Town 2\n");
    assertEquals("SOCCER - LEAGUE RESULTS.", a.title());
    assertEquals("LONDON", a.dateline());
    assertEquals(4, a.paragraphs().size(), "the table rows are text, not a list of headlines: " + a.text());
  }

  @Test
  void aKickerIsNoDateline() {
    assertNull(DatelineDetector.match("CRICKET - NORTHFIELD GO TOP AFTER INNINGS WIN."));
    assertNull(DatelineDetector.match("PRESS DIGEST - Local newspapers - August 30."));
    assertEquals("LONDON", DatelineDetector.match("LONDON - Northfield beat Southport by an innings on Friday.").name());
  }

  @Test
  void aLineInCapitalsIsNeverASentence() {
    assertTrue(TitleDetector.isHeadline("NORTHFIELD GO TOP AFTER INNINGS WIN."));
    assertFalse(TitleDetector.isHeadline("Northfield go top after innings win."));
    assertTrue(TitleDetector.isHeadline("Northfield go top after innings win.", true));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Updated August 30", "Friday 1996-08-30", "Published: 30 August 1996"})
  void aTimeStampIsNoDatelineLine(String stamp) {
    CleanArticle a = clean("Northfield go top after innings win.\n" + stamp + "\n" + BODY);
    assertNull(a.dateline());
  }

  @Test
  void datelineLinesNeedAPlaceAndADate() {
    assertEquals("LONDON", DatelineLine.name("LONDON 1996-08-30"));
    assertEquals("MILWAUKEE", DatelineLine.name("MILWAUKEE, Wisconsin 1996-08-29"));
    assertEquals("NABLUS", DatelineLine.name("NABLUS, West Bank August 30, 1996"));
    assertNull(DatelineLine.name("LONDON"));
    assertNull(DatelineLine.name("Results 1996"));
    assertNull(DatelineLine.name("the office 1996-08-30"));
    assertNull(DatelineLine.name("Northfield 2 Southport 1"));
    assertTrue(DatelineLine.isDateLine("1996-08-30"));
    assertTrue(DatelineLine.isDateLine("Aug. 30, 1996"));
    assertFalse(DatelineLine.isDateLine("2-1"));
  }

  @Test
  void hardWrappedLinesThatStopOnAnArticleOrPrepositionAreJoined() {
    CleanArticle a = clean("TITLE OF THE STORY\nLONDON 1996-08-30\n" + BODY);
    assertEquals("Northfield beat Southport by an innings and 41 runs on Friday to move to the top of the "
        + "county table with two games left.", a.paragraphs().get(0));
    CleanArticle b = clean("TITLE OF THE STORY\nLONDON 1996-08-30\n"
        + "The visitors will play nine matches against\nEastern county sides in the summer.\n" + BODY);
    assertEquals("The visitors will play nine matches against Eastern county sides in the summer.",
        b.paragraphs().get(0));
  }

  @Test
  void shortWidgetLinesAreNotJoined() {
    assertFalse(HardWrap.runsOn("Share this with", "Email"));
    assertFalse(HardWrap.runsOn("What it stands for", "The council met on Monday."));
    assertTrue(HardWrap.runsOn("Leading money winners on the", "European Tour after the final round"));
  }
}
