package dev.lede.clean;

import static dev.lede.clean.Cleaning.clean;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A sentence hard-wrapped around a line that cleaning removes (a photo credit) comes out as one
 * paragraph, and cleaning the cleaned text again changes nothing. The articles are written for these
 * tests.
 */
class HardWrapRejoinTest {
  private static final String HEAD = "Officials in the northern town said on Monday that the old bridge would";
  private static final String TAIL = "close for repairs early next year after engineers found cracks in two arches.";
  private static final String NEXT = "The bridge, built in 1898, carries about 4,000 cars a day across the river.";

  @ParameterizedTest
  @ValueSource(strings = {"[Photo/Xinhua]", "(Photo: Reuters)", "[Photo/Agencies]"})
  void theFragmentsAroundARemovedLineAreOneParagraph(String furniture) {
    CleanArticle a = clean(String.join("\n\n", NEXT, HEAD, furniture, TAIL));
    assertEquals(List.of(NEXT, HEAD + " " + TAIL), a.paragraphs());

    String cleaned = String.join("\n\n", a.paragraphs());
    CleanArticle again = clean(cleaned);
    assertEquals(a.paragraphs(), again.paragraphs(), "cleaning the cleaned text changes nothing");
    assertEquals(List.of(), again.removed());
  }
}
