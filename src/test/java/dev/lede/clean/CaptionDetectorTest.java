package dev.lede.clean;

import static dev.lede.clean.Cleaning.ARTICLE;
import static dev.lede.clean.Cleaning.clean;
import static dev.lede.clean.Cleaning.removed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CaptionDetectorTest {
  private static final String BODY = ARTICLE.replace("\n", "\n\n");
  private static final String CAPTION = "Engineers inspect the cracked arch of the bridge on Monday";

  @ParameterizedTest
  @ValueSource(strings = {
    "[Photo/Xinhua]", "[Photo: Xinhua]", "(Photo: Reuters)", "(AP Photo)", "(AP Photo/Evan Vucci)",
    "(Photo by Jane Doe/Getty Images)", "(Getty Images)", "(AFP)", "Photo: AFP", "Picture: PA",
    "REUTERS/Kevin Lamarque", "Credit: Shutterstock", "(File photo)", "[Xinhua/Li Xin]", "Getty Images",
    "(Photo courtesy of the family)", "PHOTO: AP", "(Image: PA)", "\u00A9 Reuters"
  })
  void aCaptionLineWithACreditGoesWithIt(String credit) {
    for (String end : List.of("", ".")) {
      CleanArticle a = clean(ARTICLE.replaceFirst("\n", "\n" + CAPTION + end + " " + credit + "\n"));
      assertEquals(BODY, a.text(), credit);
      assertEquals(List.of(credit), removed(a, RemovalReason.CREDIT), credit);
      assertEquals(List.of(CAPTION + end), removed(a, RemovalReason.CAPTION), credit);
    }
  }

  @Test
  void aCaptionAndCreditGluedBeforeTheLeadOnOneLine() {
    CleanArticle a = clean(CAPTION + " [Photo/Xinhua] " + ARTICLE);
    assertEquals(BODY, a.text());
  }

  @Test
  void bbcStyleCopyrightAndCaptionLines() {
    CleanArticle a = clean(ARTICLE.replaceFirst("\n", "\nImage copyright Getty Images\nImage caption " + CAPTION + "\n"));
    assertEquals(BODY, a.text());
    assertEquals(List.of("Image copyright Getty Images"), removed(a, RemovalReason.CREDIT));
  }

  @Test
  void anAgencyInADatelineIsNoCredit() {
    CleanArticle a = clean("LONDON (Reuters) - " + ARTICLE);
    assertEquals(List.of(), removed(a, RemovalReason.CREDIT));
    assertEquals("LONDON", a.dateline());
  }

  @Test
  void anAgencyNamedInASentenceIsNoCredit() {
    String s = "The minister told Agence France-Presse (AFP) that talks would resume on Monday.";
    assertEquals(s, clean(s).text());
  }

  @Test
  void aDailyMailCaptionGluedBeforeTheLeadIsRemoved() {
    // a caption with a cue, no full stop, running into the first sentence's capitalised first word
    CleanArticle a = clean("Council leader Mary Jones (pictured) inspects the cracks earlier this week " + ARTICLE);
    assertEquals(BODY, a.text());
    assertEquals(1, removed(a, RemovalReason.CAPTION).size());
  }

  @Test
  void aLabelledCaptionOpeningTheArticleIsRemoved() {
    CleanArticle a = clean("Closed: The old bridge will shut for a year of repairs to its arches " + ARTICLE);
    assertEquals(BODY, a.text());
  }

  @Test
  void captionsGluedInsideARunOnParagraphAreRemoved() {
    String runOn = String.join(" ",
        "The mayor opened the new library on Saturday.",
        "The building cost about £4 million and took two years to finish.",
        "Mayor Tom Brown (left) cuts the ribbon at the entrance The library holds 60,000 books.",
        "It will open every day except Sunday.",
        "Readers queued from early morning to get in.",
        "Children were given free books at the door.",
        "The old library will become a museum.",
        "Staff said the response had been overwhelming.",
        "Scroll down for video Crowds gather outside the new building on the first day It was the busiest day in years, staff said.");
    CleanArticle a = clean(runOn);
    assertTrue(a.text().contains("The library holds 60,000 books."));
    assertTrue(a.text().contains("It was the busiest day in years, staff said."));
    assertTrue(!a.text().contains("cuts the ribbon") && !a.text().contains("Crowds gather"), a.text());
  }

  @Test
  void aSentenceWithANameAfterANounIsNoCaption() {
    String s = "The club signed striker Thierry Henry after talks with his agent in London.\n" + ARTICLE;
    assertEquals(s.replace("\n", "\n\n"), clean(s).text());
  }

  @Test
  void aMissingFullStopInOrdinaryCopyDoesNotLoseText() {
    String s = ARTICLE + "\nThe firm said no date had been set for the launch The new chip will be made in Texas.";
    assertTrue(clean(s).text().contains("no date had been set for the launch"));
  }
}
