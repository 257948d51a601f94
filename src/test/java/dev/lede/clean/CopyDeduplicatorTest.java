package dev.lede.clean;

import static dev.lede.clean.Cleaning.ARTICLE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.text.Span;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CopyDeduplicatorTest {
  private final CopyDeduplicator copies = new CopyDeduplicator();

  @Test
  void anArticleThatIsNotRepeatedIsOneCopy() {
    CopyDeduplicator.Result r = copies.find(ARTICLE);
    assertEquals(1, r.copies());
    assertTrue(r.duplicates().isEmpty());
  }

  @Test
  void openingWordsThatRecurInTheArticleMakeNoCopy() {
    String opening = "Officials in the northern town said";
    String text = ARTICLE + "\n" + opening + " the vote was close.\n" + opening + " no more.";
    CopyDeduplicator.Result r = copies.find(text);
    assertEquals(1, r.copies());
    assertTrue(r.duplicates().isEmpty());
  }

  @Test
  void aCopyIsFoundPastEarlierPlacesWhereTheOpeningRecurs() {
    String a = ARTICLE + "\nOfficials in the northern town said the vote was close.";
    String text = a + "\n" + a;
    CopyDeduplicator.Result r = copies.find(text);
    assertEquals(2, r.copies());
    assertEquals(a, r.duplicates().get(0).of(text).toString().strip());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "\n", "\n\n", "   ", "\n \t \n", "\n&nbsp;&nbsp;\n", "\n-----\n"})
  void findsThreeCopiesWhateverSeparatesThem(String separator) {
    String text = ARTICLE + separator + ARTICLE + separator + ARTICLE;
    CopyDeduplicator.Result r = copies.find(text);
    assertEquals(3, r.copies());
    assertEquals(2, r.duplicates().size());
    Span second = r.duplicates().get(0);
    assertTrue(second.of(text).toString().contains(ARTICLE.substring(0, 40)), "a copy holds the article");
    assertTrue(text.indexOf(ARTICLE.substring(0, 40), 1) >= second.start(), "no part of the second copy is kept");
    assertTrue(text.substring(0, second.start()).strip().endsWith("goes on."), "the first copy keeps its full stop");
  }

  @Test
  void gluedCopiesSplitAfterTheClosingPunctuation() {
    String a = "First sentence here is long enough to count.\n\"Quoted second sentence,\" he said at the end.";
    String text = a + a;
    CopyDeduplicator.Result r = copies.find(text);
    assertEquals(2, r.copies());
    assertEquals(a.length(), r.duplicates().get(0).start());
  }

  @Test
  void aCopyStartingWithAQuoteKeepsItsQuote() {
    String a = "\"We are ready,\" the minister said on Monday after the long meeting ended.";
    String text = a + a;
    CopyDeduplicator.Result r = copies.find(text);
    assertEquals(2, r.copies());
    assertEquals(a.length(), r.duplicates().get(0).start());
  }

  @Test
  void copiesThatDifferInSpacingPunctuationOrCaseStillMatch() {
    String other = ARTICLE.replace(", ", " ,").replace("said", "SAID").replace("\n", "\n\n");
    CopyDeduplicator.Result r = copies.find(ARTICLE + "\n" + other);
    assertEquals(2, r.copies());
  }

  @Test
  void junkBeforeTheFirstCopyIsKept() {
    String text = "Advertisement feature supplied\n" + ARTICLE + ARTICLE + ARTICLE;
    CopyDeduplicator.Result r = copies.find(text);
    assertEquals(3, r.copies());
    assertTrue(r.duplicates().get(0).start() > ARTICLE.length(), "the first copy, after the junk, is kept");
  }

  @Test
  void aRepeatedFirstParagraphIsNotAWholeCopy() {
    String first = ARTICLE.substring(0, ARTICLE.indexOf('\n'));
    CopyDeduplicator.Result r = copies.find(first + "\n" + ARTICLE);
    assertEquals(1, r.copies());
  }

  @Test
  void aTruncatedLastCopyIsRemovedToo() {
    String text = ARTICLE + "\n" + ARTICLE + "\n" + ARTICLE.substring(0, 120);
    CopyDeduplicator.Result r = copies.find(text);
    assertEquals(text.length(), r.duplicates().get(r.duplicates().size() - 1).end());
  }

  @Test
  void aMillionCopiesAreReportedInFewRemovals() {
    String text = "The quick brown fox jumps over the lazy dog. ".repeat(1_000_000);
    CopyDeduplicator.Result r = copies.find(text);
    assertEquals(1_000_000, r.copies());
    List<Span> d = r.duplicates();
    assertEquals(CopyDeduplicator.MAX_COPY_REMOVALS, d.size());
    assertEquals(text.length(), d.get(d.size() - 1).end());
  }

  /** Found by LedeFuzzTest: cutting only the copies that fall on word boundaries made a second run cut again. */
  @ParameterizedTest
  @ValueSource(strings = {"<", ""})
  void repeatsInsideOneLongWordAreNotCopies(String before) {
    for (String word : List.of("\u00ff".repeat(52), "abcdefghijklmnopqrst".repeat(5), "x".repeat(100),
        "\u0153".repeat(23) + ";" + "\u0153".repeat(25), "\u0153".repeat(20) + "\u02dc\u0153;" + "\u0153".repeat(19) + "h")) {
      CopyDeduplicator.Result r = copies.find(before + word);
      assertEquals(1, r.copies(), word);
      assertTrue(r.duplicates().isEmpty(), word);
    }
  }

  @Test
  void aShortUnitRepeatedWordByWordIsStillCutToFewCopies() {
    String text = "Mr. ".repeat(1_000);
    CopyDeduplicator.Result r = copies.find(text);
    assertTrue(r.copies() > 1, "a run of words is cut at word boundaries");
    int kept = r.duplicates().get(0).start();
    assertTrue(copies.find(text.substring(0, kept)).duplicates().isEmpty(), "what is kept is not cut again");
  }
}
