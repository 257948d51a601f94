package dev.lede.clean;

import static dev.lede.clean.Cleaning.ARTICLE;
import static dev.lede.clean.Cleaning.clean;
import static dev.lede.clean.Cleaning.removed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChromeDetectorTest {
  @ParameterizedTest
  @ValueSource(strings = {
    "Share this with", "Email", "Copy this link", "Share: Facebook | Twitter | Email | WhatsApp",
    "Share on Facebook Share on Twitter Share via Email", "Print Mail Large Medium Small", "Scroll down for video",
    "ADVERTISEMENT", "- Advertisement -", "Comments (12)", "Skip Ad",
    "Media playback is unsupported on your device", "(Web editor: Li Yan)", "Editor: Liu Mei",
    "Follow us on Twitter @NewsDesk", "By John Smith", "BY MARK LEE", "By Danny ShawBBC home affairs correspondent", "By",
    "18 March 2014 Last updated at 09:22 GMT", "Jonathan.Amos@bbc.co.uk", "Home > News > World", "----",
    "Click here to subscribe to our newsletter", "Continue reading the main story"
  })
  void furnitureLines(String line) {
    assertTrue(ChromeDetector.isChromeLine(line), line);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "By the late 2000s, this area had fallen to about 275 sq km.",
    "Shares in Facebook and Twitter fell sharply on Monday.",
    "Email is still the most common way to reach customers, the survey found.",
    "The print edition will close next year.",
    "Advertisement spending rose by 4% last year."
  })
  void proseIsNotFurniture(String line) {
    assertFalse(ChromeDetector.isChromeLine(line), line);
  }

  @Test
  void aShareWidgetOnLinesBeforeTheLeadIsRemoved() {
    String page = "Share this with\nEmail\nFacebook\nMessenger\nTwitter\nPinterest\nWhatsApp\nLinkedIn\nCopy this link\n" + ARTICLE;
    CleanArticle a = clean(page);
    assertEquals(ARTICLE.replace("\n", "\n\n"), a.text());
    assertEquals(9, removed(a, RemovalReason.CHROME).size());
  }

  @Test
  void aShareWidgetGluedBeforeTheLeadIsRemovedAndTheLeadKept() {
    CleanArticle a = clean("Share this with Email Facebook Messenger Twitter Copy this link " + ARTICLE);
    assertEquals(ARTICLE.replace("\n", "\n\n"), a.text());
  }

  @Test
  void aWidgetNeverTakesTheFirstWordOfTheText() {
    CleanArticle a = clean("Print Mail Large Medium Small The bridge will close on Monday for urgent repairs, officials said.");
    assertEquals("The bridge will close on Monday for urgent repairs, officials said.", a.text());
  }

  @Test
  void editorNotesAndBylinesClosingAParagraphAreRemoved() {
    CleanArticle a = clean(ARTICLE + " (Web editor: Li Yan)\nThe end of the story is here, said the editor. Edited by Mark Jones");
    assertFalse(a.text().contains("Li Yan"));
    assertFalse(a.text().contains("Mark Jones"));
    assertTrue(a.text().endsWith("said the editor."));
  }

  @Test
  void furniturePhrasesBetweenSentencesAreRemoved() {
    CleanArticle a = clean("The council met on Monday. Scroll down for video The vote was close, officials said.");
    assertEquals("The council met on Monday. The vote was close, officials said.", a.text());
  }

  @Test
  void aReadMoreListAtTheEndGoesWithItsHeadlines() {
    CleanArticle a = clean(ARTICLE + "\nRead more \u00BB\n\u2022 Council approves new budget plan\n\u2022 Flooding closes schools in the north");
    assertEquals(ARTICLE.replace("\n", "\n\n"), a.text());
    assertEquals(3, removed(a, RemovalReason.CHROME).size());
  }

  @Test
  void shareWordsInsideASentenceStay() {
    String s = "He posted the video on Facebook Twitter and Instagram before deleting it.";
    assertEquals(s, clean(s).text());
  }
}
