package dev.lede.clean;

import static dev.lede.clean.Cleaning.ARTICLE;
import static dev.lede.clean.Cleaning.SENTENCES;
import static dev.lede.clean.Cleaning.clean;
import static dev.lede.clean.Cleaning.removed;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SegmentDeduplicatorTest {
  private static final String BODY = ARTICLE.replace("\n", "\n\n");

  @Test
  void aRepeatedParagraphIsRemovedKeepingTheFirst() {
    CleanArticle a = clean(ARTICLE + "\n" + SENTENCES.get(1));
    assertEquals(BODY, a.text());
    assertEquals(1, a.dedup().duplicateSegments());
    assertEquals(1, removed(a, RemovalReason.DUPLICATE).size());
  }

  @Test
  void aRepeatedSentenceInsideAParagraphIsRemoved() {
    CleanArticle a = clean(ARTICLE + "\nThe work will take a year. " + SENTENCES.get(2));
    assertEquals(BODY + "\n\nThe work will take a year.", a.text());
  }

  @Test
  void nearIdenticalRepeatsDifferingInSpacingPunctuationOrCaseAreRemoved() {
    String near = SENTENCES.get(1).toUpperCase().replace(",", " ,");
    assertEquals(BODY, clean(ARTICLE + "\n" + near).text());
  }

  @Test
  void aRepeatWithADatelineIsStillARepeat() {
    assertEquals(BODY, clean(ARTICLE + "\nLONDON (Reuters) - " + SENTENCES.get(2)).text());
  }

  @Test
  void shortSentencesMayRepeat() {
    String s = "He said no. She agreed with the plan after a long talk. He said no.";
    assertEquals(s, clean(s).text());
  }

  @Test
  void aBodySentenceThatMatchesTheTitleStays() {
    String s = "The bridge will close\n" + SENTENCES.get(0) + " The bridge will close. " + SENTENCES.get(1);
    CleanArticle a = clean(s);
    assertEquals("The bridge will close", a.title());
    assertEquals(SENTENCES.get(0) + " The bridge will close. " + SENTENCES.get(1), a.text());
  }
}
