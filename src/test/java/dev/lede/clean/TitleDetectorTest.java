package dev.lede.clean;

import static dev.lede.clean.Cleaning.ARTICLE;
import static dev.lede.clean.Cleaning.clean;
import static dev.lede.clean.Cleaning.removed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TitleDetectorTest {
  private static final String BODY = ARTICLE.replace("\n", "\n\n");

  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
    "Town bridge to close for repairs#NL",
    "Town bridge to close for repairs#NLNL",
    "Town bridge to close for repairs#NL NL",
    "Town bridge to close for repairs#''",
    "Town bridge to close for repairs#' | '",
    "TOWN BRIDGE TO CLOSE FOR REPAIRS#''",
    "Town Bridge To Close For Repairs#''",
    "Will the old bridge ever reopen?#''",
    "Will the old bridge ever reopen?#NL",
    "Bridge closure 'will cost millions'#''",
    "Town bridge shut for 2019#''",
  })
  void findsTheTitleOnItsOwnLineOrGluedToTheText(String title, String separator) {
    CleanArticle a = clean(title + separator.replace("NL", "\n") + ARTICLE);
    assertEquals(title, a.title());
    assertEquals(BODY, a.text());
    assertEquals(title, removed(a, RemovalReason.TITLE).get(0));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
    "Town bridge to close - BBC News",
    "Town bridge to close | Reuters",
    "Town bridge to close \u2014 The Guardian",
  })
  void cutsTheSiteNameOff(String line) {
    CleanArticle a = clean(line + "\n" + ARTICLE);
    assertEquals("Town bridge to close", a.title());
    assertEquals(1, removed(a, RemovalReason.CHROME).size());
  }

  @Test
  void aFirstLineThatIsASentenceIsTheLeadNotATitle() {
    CleanArticle a = clean(ARTICLE);
    assertNull(a.title());
    assertEquals(BODY, a.text());
  }

  @Test
  void aShortExclamationIsALead() {
    CleanArticle a = clean("The UK Wife Carrying Championships have a winner!\n" + ARTICLE);
    assertNull(a.title());
  }

  @Test
  void aWordWithInnerCapitalsIsNotAGlue() {
    String lead = "Some details of the chip inside Sony's PlayStation 3 have been revealed at a conference.";
    CleanArticle a = clean(lead + "\nThe PlayStation 3 goes on sale next year, the company said on Monday.");
    assertNull(a.title());
    assertTrue(a.text().startsWith(lead));
  }

  @Test
  void anApostropheInsideANameIsNotAGlue() {
    String lead = "Gorka Izagirre emerged strongest to claim stage eight of the Giro d'Italia as Bob Jungels kept his lead.";
    CleanArticle a = clean(lead + "\n" + ARTICLE);
    assertNull(a.title());
    assertTrue(a.text().startsWith(lead));
  }

  @Test
  void aTitleGluedToADatelineIsSplitFromIt() {
    CleanArticle a = clean("Town bridge to closeLONDON (Reuters) - " + ARTICLE);
    assertEquals("Town bridge to close", a.title());
    assertEquals("LONDON", a.dateline());
  }

  @Test
  void aRepeatedTitleLineAndADeckAreDropped() {
    CleanArticle a = clean("Town bridge to close\nTown bridge to close\nRepairs will take a year\n" + ARTICLE);
    assertEquals("Town bridge to close", a.title());
    assertEquals(BODY, a.text());
    assertFalse(removed(a, RemovalReason.DUPLICATE).isEmpty());
  }

  @Test
  void aTitleGluedToAShareWidgetLoseTheWidget() {
    CleanArticle a = clean("Town bridge to closeShare this with\nEmail\nFacebook\n" + ARTICLE);
    assertEquals("Town bridge to close", a.title());
    assertEquals(BODY, a.text());
  }
}
