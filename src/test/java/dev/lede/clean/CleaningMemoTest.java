package dev.lede.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.text.RuleSentenceSplitter;
import dev.lede.text.SentenceCache;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The verdicts a cleaning run keeps between its passes ({@link Draft.Memo}) are reused only where they
 * would come out the same: a verdict that depends on more than a paragraph's text (the input around it,
 * its place in the article) is looked up under all of it, or asked again.
 */
class CleaningMemoTest {
  private static final RuleSentenceSplitter SPLITTER = new RuleSentenceSplitter();
  private static final String LEAD = "The mayor opened the new library on Saturday, officials said.";
  /** A caption glued to a sentence with no cue: a caption only where something else says so. */
  private static final String GLUED = "Crowds gather outside the new building on the first day"
      + " It was the busiest day in years, staff said.";
  private static final String CAPTION = "Crowds gather outside the new building on the first day";

  /** A draft of {@code source} whose paragraphs are the given parts of it (other lines left out). */
  private static Draft draft(String source, Draft.Memo memo, String... paragraphs) {
    Draft d = new Draft(source, memo);
    for (String p : paragraphs) {
      int at = source.indexOf(p);
      d.paragraphs.add(Paragraph.of(source, at, at + p.length()));
    }
    return d;
  }

  private static List<String> texts(Draft d) {
    return d.paragraphs.stream().map(p -> p.text).toList();
  }

  @Test
  void aGluedCaptionFoundFreeOfCaptionsIsStillCutWhereItFollowsScrollDownForVideo() {
    Draft.Memo memo = new Draft.Memo(new SentenceCache(SPLITTER));
    String plain = LEAD + "\n\n" + GLUED;
    Draft first = draft(plain, memo, LEAD, GLUED);
    new CaptionDetector().apply(first);
    assertEquals(List.of(LEAD, GLUED), texts(first), "no cue, no scroll: nothing to cut");
    assertTrue(memo.unglued.contains(GLUED), "the verdict was kept for the next pass");

    String scrolled = LEAD + "\n\nScroll down for video\n\n" + GLUED;
    Draft second = draft(scrolled, memo, LEAD, GLUED);
    new CaptionDetector().apply(second);
    assertEquals(List.of(LEAD, "It was the busiest day in years, staff said."), texts(second));
    assertEquals(List.of(CAPTION), second.removals.stream().map(Removal::text).toList());
  }

  @Test
  void aVerdictAwayFromTheLeadDoesNotHoldInTheLeadPosition() {
    Draft.Memo memo = new Draft.Memo(new SentenceCache(SPLITTER));
    String source = LEAD + "\n\n" + GLUED;
    Draft body = draft(source, memo, LEAD, GLUED);
    new CaptionDetector().apply(body);
    assertEquals(List.of(LEAD, GLUED), texts(body));

    Draft opening = draft(source, memo, GLUED); // the same text opening the article
    new CaptionDetector().apply(opening);
    assertEquals(List.of("It was the busiest day in years, staff said."), texts(opening));
  }

  @Test
  void creditsAreFoundWhateverTheMemoHoldsOfOtherTexts() {
    Draft.Memo memo = new Draft.Memo(new SentenceCache(SPLITTER));
    Draft first = draft(LEAD, memo, LEAD);
    new CaptionDetector().apply(first);
    assertTrue(memo.unmarked.contains(LEAD));
    String credited = "Engineers inspect the cracked arch [Photo/Xinhua]\n\n" + LEAD;
    Draft second = draft(credited, memo, "Engineers inspect the cracked arch [Photo/Xinhua]", LEAD);
    new CaptionDetector().apply(second);
    assertEquals(List.of(LEAD), texts(second));
  }

  @Test
  void aHeadlineOpeningTheArticleIsNotRememberedAsUnlistedAndStillMakesARunLater() {
    String h1 = "Storm closes schools across the north";
    String h2 = "Council approves new budget for roads";
    Draft.Memo memo = new Draft.Memo(new SentenceCache(SPLITTER));
    Draft first = draft(h1 + "\n\n" + LEAD, memo, h1, LEAD);
    new HeadlineListDetector().apply(first);
    assertEquals(List.of(h1, LEAD), texts(first), "an opening headline may be the article's title");
    assertTrue(memo.unlisted.contains(LEAD), "prose is neither a header nor a headline");
    assertTrue(!memo.unlisted.contains(h1), "a headline is one wherever it stands");

    Draft second = draft(LEAD + "\n\n" + h1 + "\n\n" + h2, memo, LEAD, h1, h2);
    new HeadlineListDetector().apply(second);
    assertEquals(List.of(LEAD), texts(second));
  }

  @Test
  void segmentKeysKeptFromAnEarlierPassFindTheSameRepeats() {
    String a = "Officials said the old bridge would close for repairs next month.";
    String b = "The bridge, built in 1898, carries about 4,000 cars a day across the river.";
    Draft.Memo memo = new Draft.Memo(new SentenceCache(SPLITTER));
    Draft first = draft(a + "\n\n" + b, memo, a, b);
    new SegmentDeduplicator().apply(first);
    assertEquals(List.of(a, b), texts(first));
    assertTrue(memo.segmentKeys.containsKey(b));

    String repeated = b + "\n\n" + a + " " + b;
    Draft withMemo = draft(repeated, memo, b, a + " " + b);
    new SegmentDeduplicator().apply(withMemo);
    Draft fresh = draft(repeated, new Draft.Memo(new SentenceCache(SPLITTER)), b, a + " " + b);
    new SegmentDeduplicator().apply(fresh);
    assertEquals(List.of(b, a), texts(withMemo));
    assertEquals(texts(fresh), texts(withMemo));
    assertEquals(fresh.duplicateSegments, withMemo.duplicateSegments);
  }
}
