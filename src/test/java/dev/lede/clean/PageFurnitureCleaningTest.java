package dev.lede.clean;

import static dev.lede.clean.Cleaning.ARTICLE;
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
 * The furniture of pages in general, beyond any one site's spelling of it: strings of furniture set off
 * by bars, time stamps with zones, credit lines standing alone, kickers, dated agency datelines, section
 * headers over headline lists, site names after several bars, and copies wrapped in junk lines. The
 * pages are written for these tests.
 */
class PageFurnitureCleaningTest {
  private static final String BODY = ARTICLE.replace("\n", "\n\n");

  @ParameterizedTest
  @ValueSource(strings = {
    "By Jane Doe | Published: 12:01 EST, 3 March 2015 | Updated: 14:10 EST, 3 March 2015",
    "Advertisement - Continue Reading Below",
    "By Sam Ortiz | Associated Press",
    "Updated 0914 GMT (1714 HKT) March 3, 2015",
    "03-03-2015 09:12 BJT",
    "Mar 3, 2015 10:12 AM ET",
    "Source: Xinhua",
  })
  void furnitureStrungTogetherOrStampedWithAZoneIsChrome(String line) {
    assertTrue(ChromeDetector.isChromeLine(line), line);
    CleanArticle a = clean(ARTICLE.replaceFirst("\n", "\n" + line + "\n"));
    assertEquals(BODY, a.text());
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "NEW YORK 1996-08-30", // a wire dateline: a place in capitals is no time zone
    "1996-08-30", // a date alone may close a wire dateline
    "Police - the force said - had no comment", // pieces that are words, not furniture
    "Shares rose 4% - the best day since May",
  })
  void aPlaceInCapitalsOrProseBetweenDashesIsNoFurniture(String line) {
    assertFalse(ChromeDetector.isChromeLine(line), line);
  }

  @ParameterizedTest
  @ValueSource(strings = {"AFP Photo", "AP Photo/John Smith", "File photo", "Getty Images", "Photo courtesy of the family"})
  void aCreditAloneOnItsLineIsRemoved(String credit) {
    CleanArticle a = clean(ARTICLE.replaceFirst("\n", "\n" + credit + "\n"));
    assertEquals(BODY, a.text());
    assertEquals(List.of(credit), removed(a, RemovalReason.CREDIT));
  }

  @Test
  void aSentenceNamingAnAgencyIsNoCreditLine() {
    String s = "Reuters said the talks had ended.\n" + ARTICLE;
    assertTrue(clean(s).text().startsWith("Reuters said the talks had ended."));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
    "Jan 19 (Reuters) -#Reuters",
    "March 3, 2015 (AFP) --#AFP",
  })
  void aDateBeforeTheAgencyIsPartOfTheDateline(String dateline, String name) {
    CleanArticle a = clean(dateline + " " + ARTICLE); // CsvSource trims the space after the separator
    assertEquals(name, a.dateline());
    assertEquals(List.of(dateline.strip()), removed(a, RemovalReason.DATELINE));
    assertEquals(BODY, a.text());
  }

  @ParameterizedTest
  @ValueSource(strings = {"WORLD NEWS", "EXCLUSIVE", "BREAKING NEWS", "ANALYSIS"})
  void aKickerIsNoDatelinePlace(String kicker) {
    assertNull(DatelineDetector.match(kicker + ": Officials in the northern town said on Monday that the bridge would close."));
    assertNull(DatelineDetector.match(kicker + " - Officials in the northern town said on Monday that the bridge would close."));
  }

  @Test
  void aKickerAndTheHeadlineStayTheTitle() {
    CleanArticle a = clean("EXCLUSIVE: Town bridge to close for a year\n" + ARTICLE);
    assertEquals("EXCLUSIVE: Town bridge to close for a year", a.title());
    assertNull(a.dateline());
    assertEquals(BODY, a.text());
  }

  @ParameterizedTest
  @ValueSource(strings = {"More from News", "More on Brexit", "Latest from Sport", "More stories from Europe"})
  void aSectionHeaderOpensAHeadlineList(String header) {
    String list = header + "\nCouncil approves new budget plan\nFlooding closes schools in the north";
    assertEquals(BODY, clean(ARTICLE + "\n" + list).text());
  }

  @Test
  void aBulletedListAtTheTopIsNoTitle() {
    CleanArticle a = clean("- Council approves new budget plan\n- Flooding closes schools in the north\n" + ARTICLE);
    assertNull(a.title());
    assertEquals(BODY, a.text());
  }

  @Test
  void bulletedHeadlinesWithFiguresAreStillAList() {
    String list = "\u2022 Rail fares to rise 3% in March\n\u2022 2,000 jobs go at car plant\n\u2022 Council tax up 5% in 2016";
    assertEquals(BODY, clean(ARTICLE + "\n" + list).text());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
    "Town bridge to close for a year | World news | The Northern Post#Town bridge to close for a year",
    "Town bridge to close for a year - northernpost.co.uk#Town bridge to close for a year",
    "Town bridge to close for a year - news.northernpost.com#Town bridge to close for a year",
  })
  void aSiteNameAfterBarsOrADomainIsCutOff(String line, String title) {
    CleanArticle a = clean(line + "\n" + ARTICLE);
    assertEquals(title, a.title());
    assertEquals(BODY, a.text());
  }

  @Test
  void aTitleGluedAfterAQuestionMarkIsSplit() {
    CleanArticle a = clean("Will the town bridge close?" + ARTICLE);
    assertEquals("Will the town bridge close?", a.title());
    assertEquals(BODY, a.text());
  }

  @Test
  void anArticleGluedToTheWordBeforeIsSplit() {
    String lead = "A temporary footbridge across the river will open next week, officials said on Monday.";
    CleanArticle a = clean("Town bridge to close for a year | Northern Post" + lead + "\n" + ARTICLE);
    assertEquals("Town bridge to close for a year", a.title());
    assertTrue(a.text().startsWith(lead), a.text());
  }

  @Test
  void copiesWrappedInJunkLinesAreFound() {
    String page = "Skip to main content\nMenu\n" + ARTICLE + "\nAdvertisement\n" + ARTICLE + "\nComments (12)\nBack to top";
    CleanArticle a = clean(page);
    assertEquals(2, a.dedup().copies());
    assertEquals(BODY, a.text());
  }

  @Test
  void aShortCutOffCopyAfterTheWholeOnesIsRemoved() {
    String opening = ARTICLE.substring(0, ARTICLE.indexOf('\n', ARTICLE.indexOf('\n') + 1));
    CleanArticle a = clean(ARTICLE + "\n" + ARTICLE + "\n" + opening);
    assertEquals(BODY, a.text());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
    "Town bridge 'to close for a year'#By Jane Doe",
    "TOWN BRIDGE TO CLOSE FOR A YEAR#BY MARK LEE",
    "Town bridge to close for a year on Friday#Updated 0914 GMT (1714 HKT) March 3, 2015",
    "TOWN BRIDGE TO CLOSE, SAYS COUNCIL#RELATED ARTICLES",
    "Town bridge 'to close'#Share on Facebook Share on Twitter Share via Email",
  })
  void aHeadlineGluedToFurnitureAfterAQuoteOrCapitalsIsSplit(String title, String furniture) {
    CleanArticle a = clean(title + furniture + "\n" + ARTICLE);
    assertEquals(title, a.title());
    assertEquals(BODY, a.text());
  }

  @Test
  void capitalsGluedToAWordAreNotSplitWithoutFurniture() {
    CleanArticle a = clean("NASA has launched a new probe to the outer planets\n" + ARTICLE);
    assertEquals("NASA has launched a new probe to the outer planets", a.title());
  }

  @Test
  void aDatelineWithAColonIsNoCaptionLabel() {
    CleanArticle a = clean("Airline back in profit\nTOKYO: Budget airline Skyway has returned to profit in 2004 "
        + "after posting heavy losses in 2003.\n" + ARTICLE.substring(ARTICLE.indexOf('\n') + 1));
    assertEquals("TOKYO", a.dateline());
    assertTrue(a.text().startsWith("Budget airline Skyway has returned"), a.text());
    assertEquals(List.of(), removed(a, RemovalReason.CAPTION));
  }

  @ParameterizedTest
  @ValueSource(strings = {"(AP Photo)", "[Photo/Xinhua]", "(Photo by Jane Doe/Getty Images)"})
  void aHeadlineGluedToACaptionIsNotCutInsideTheCredit(String credit) {
    CleanArticle a = clean("Bridge to close for a year" + "Rescue workers inspect the damage outside the court " + credit
        + "\n" + ARTICLE);
    assertEquals("Bridge to close for a year", a.title());
    assertEquals(BODY, a.text());
  }
}
