package dev.lede.clean;

import static dev.lede.clean.Cleaning.CLEANER;
import static dev.lede.clean.Cleaning.clean;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.lede.text.TextDecoder;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Cleaning a cleaned article gives it back: its text, cleaned again with its title and dateline known,
 * loses nothing more. A known headline or dateline is not looked for in the body, since the line under
 * a headline (a byline, the first row of a table) or the lead under a dateline would be taken for one.
 * The articles are written for these tests.
 */
class CleaningAgainTest {
  private static final String LEAD =
      "Northfield beat Southport by an innings and 41 runs on Friday to move to the top of the county table.";
  private static final String WIRE = String.join("\n",
      "CRICKET - NORTHFIELD GO TOP AFTER INNINGS WIN.",
      "Peter Marsh",
      "LONDON 1996-08-30",
      LEAD,
      "Their captain, Tom Hale, took five wickets for 30 runs as the visitors were bowled out for 112.",
      "\"We knew the pitch would help us,\" Hale said.");

  @Test
  void wireCopyCleanedAgainWithItsHeadlineAndDatelineKnownIsUnchanged() {
    CleanArticle once = clean(WIRE);
    assertEquals("CRICKET - NORTHFIELD GO TOP AFTER INNINGS WIN.", once.title());
    assertEquals("LONDON", once.dateline());
    assertEquals(List.of("Peter Marsh", LEAD), once.paragraphs().subList(0, 2), "the byline stays, the lead follows");

    CleanArticle again = CLEANER.clean(TextDecoder.normalise(once.text()), once.title(), once.dateline());
    assertEquals(once.paragraphs(), again.paragraphs());
    assertEquals(List.of(), again.removed());
    assertEquals(once.title(), again.title());
    assertEquals(once.dateline(), again.dateline());
  }

  @Test
  void theBodyAloneHasNoHeadlineToKnowAndItsBylineReadsAsOne() {
    CleanArticle once = clean(WIRE);
    CleanArticle alone = clean(once.text());
    // This is why the headline is handed over: without it, the cleaner looks for one in the body.
    assertEquals("Peter Marsh", alone.title());
    assertNotEquals(once.paragraphs(), alone.paragraphs());
  }

  @Test
  void everyRemovalOfEveryPassPointsAtTheInputTextItCovers() {
    // copies glued with no separator, a credit, a share line: several stages, each removal in place
    String article = String.join("\n",
        "Flooding closes schools in the north",
        "Heavy rain closed 40 schools across the north on Tuesday as rivers burst their banks. [Photo/Agencies]",
        "Share this article",
        "The Environment Agency issued 12 flood warnings and said more rain was expected overnight.",
        "\"We are asking people not to travel unless they must,\" a spokeswoman said.");
    String page = article + article;
    String input = TextDecoder.normalise(page).text();
    CleanArticle once = clean(page);
    for (Removal r : once.removed()) {
      assertEquals(r.text(), input.substring(r.span().start(), r.span().end()).strip(), r.toString());
    }
    CleanArticle again = CLEANER.clean(TextDecoder.normalise(once.text()), once.title(), once.dateline());
    assertEquals(once.paragraphs(), again.paragraphs());
    assertEquals(List.of(), again.removed());
  }

  @Test
  void aLaterPassRemovalIsRecordedAtItsPlacesInTheInput() {
    String input = "Alpha beta. [Photo] Gamma delta.";
    // the cleaned text "Alpha beta. Gamma delta." maps back around the removed credit
    String cleaned = "Alpha beta. Gamma delta.";
    int[] toInput = new int[cleaned.length()];
    for (int i = 0; i < toInput.length; i++) {
      toInput[i] = i < 12 ? i : i + 8;
    }
    List<Removal> out = new java.util.ArrayList<>();
    ArticleCleaner.addMapped(out, input, toInput,
        new Removal(RemovalReason.DUPLICATE, "beta. Gamma", new dev.lede.text.Span(6, 17)));
    assertEquals(List.of(
        new Removal(RemovalReason.DUPLICATE, "beta.", new dev.lede.text.Span(6, 11)),
        new Removal(RemovalReason.DUPLICATE, "Gamma", new dev.lede.text.Span(20, 25))), out);
  }
}
