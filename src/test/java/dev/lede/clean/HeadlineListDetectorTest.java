package dev.lede.clean;

import static dev.lede.clean.Cleaning.ARTICLE;
import static dev.lede.clean.Cleaning.clean;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HeadlineListDetectorTest {
  private static final String BODY = ARTICLE.replace("\n", "\n\n");
  private static final String HEADLINES = "Council approves new budget plan\nFlooding closes schools in the north\nLocal team wins cup final";

  @ParameterizedTest
  @ValueSource(strings = {"Related stories", "Related:", "More on this story", "Read more:", "You may also like",
      "RELATED ARTICLES", "Also read", "Most read", "Recommended", ""})
  void relatedHeadlinesWithOrWithoutAHeaderAreRemoved(String header) {
    String list = (header.isEmpty() ? "" : header + "\n") + HEADLINES;
    assertEquals(BODY, clean(ARTICLE + "\n" + list).text());
    String middle = ARTICLE.replaceFirst("\n", "\n" + list + "\n");
    assertEquals(BODY, clean(middle).text());
  }

  @ParameterizedTest
  @ValueSource(strings = {"- ", "\u2022 ", "* "})
  void bulletedListsAreRemoved(String bullet) {
    String list = bullet + "Council Approves Budget\n" + bullet + "Schools Shut By Floods";
    assertEquals(BODY, clean(ARTICLE + "\n" + list).text());
  }

  @org.junit.jupiter.api.Test
  void aSingleSubheadingStays() {
    String s = ARTICLE.replaceFirst("\n", "\nA long wait for repairs\n");
    assertEquals(s.replace("\n", "\n\n"), clean(s).text());
  }
}
