package dev.lede.cli.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.clean.ArticleCleaner;
import dev.lede.clean.CleanArticle;
import dev.lede.text.RuleSentenceSplitter;
import dev.lede.text.TextDecoder;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Cleaning is idempotent on dressed pages: whatever furniture {@link PageDresser} puts on an article,
 * cleaning the cleaned text again removes nothing and keeps the text as it is. The articles are written
 * for this test in the styles the cleaner meets (a council story, wire copy, a tabloid story with quotes
 * and names, a short sports report).
 */
class DressedCleaningIdempotenceTest {
  private static final ArticleCleaner CLEANER = new ArticleCleaner(new RuleSentenceSplitter());

  static final List<String> ARTICLES = List.of(
      String.join("\n",
          "Officials in the northern town said on Monday that the old bridge would close for repairs.",
          "The bridge, built in 1898, carries about 4,000 cars a day across the river.",
          "Engineers found cracks in two of its stone arches during a routine inspection last month.",
          "\"We cannot take any risks with public safety,\" the council leader, Mary Jones, said.",
          "A temporary footbridge will open next week while the work goes on."),
      String.join("\n",
          "The central bank of Norland raised its main interest rate by a quarter point on Thursday, its third "
              + "rise this year, as inflation stayed above 6%.",
          "Governor Anika Tamm said the bank was ready to act again if prices kept climbing.",
          "The currency rose 0.8% against the euro after the decision.",
          "Economists polled by the Norland Herald had expected the rate to stay at 4.25%."),
      String.join("\n",
          "A grandmother who lost her wedding ring on a beach 30 years ago has had it returned by a metal "
              + "detectorist.",
          "Edith Bramble, 84, from Hollowmere, said she cried when Peter Quill knocked on her door last week.",
          "Mr Quill found the gold band buried under the sand at Saltby Bay during a search in June.",
          "He traced her through the initials and the date engraved inside it.",
          "'I never thought I would see it again,' Mrs Bramble said. 'It is a little miracle.'"),
      String.join("\n",
          "Eastham Rovers came from two goals down to beat Westbury 3-2 on Saturday and stay top of the table.",
          "Westbury led through goals from Sam Ortiz and Leo Park inside the first half hour.",
          "Substitute Dan Hale scored twice after the break before captain Joe Grant headed the winner in the "
              + "89th minute.",
          "Rovers play Marsh Town at home next Saturday, when a win would all but seal the title."));

  static final List<String> HEADLINES = List.of("Council approves new budget plan",
      "Flooding closes schools in the north", "Local team wins cup final", "Rail fares to rise in March",
      "Hospital opens new children's ward", "Police appeal after village break-in");

  static Stream<Arguments> dressedPages() {
    List<Arguments> out = new ArrayList<>();
    for (int a = 0; a < ARTICLES.size(); a++) {
      for (long seed = 1; seed <= 40; seed++) {
        out.add(Arguments.of(a, seed));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "article {0}, seed {1}")
  @MethodSource("dressedPages")
  void cleaningTheCleanedTextAgainRemovesNothingAndKeepsTheText(int article, long seed) {
    String body = ARTICLES.get(article);
    PageDresser.Page page = new PageDresser(seed).dress("a" + article, body, body, null, HEADLINES);
    CleanArticle once = CLEANER.clean(TextDecoder.normalise(page.text()));
    String text = String.join("\n\n", once.paragraphs());
    assertFalse(text.isBlank(), page.text());

    CleanArticle twice = CLEANER.clean(TextDecoder.normalise(text));
    assertEquals(List.of(), twice.removed(), "the second cleaning removes nothing; page:\n" + page.text());
    assertEquals(once.paragraphs(), twice.paragraphs());
    assertEquals(1, twice.dedup().copies());
  }

  @ParameterizedTest(name = "article {0}, seed {1}")
  @MethodSource("dressedPages")
  void theArticleItselfSurvivesTheDressingAndTheCleaning(int article, long seed) {
    String body = ARTICLES.get(article);
    PageDresser.Page page = new PageDresser(seed).dress("a" + article, body, body, null, HEADLINES);
    String text = String.join("\n", CLEANER.clean(TextDecoder.normalise(page.text())).paragraphs());
    String[] lines = body.split("\n");
    // the first line may lose a dateline or gain nothing; every later line is kept whole
    for (int i = 1; i < lines.length; i++) {
      assertTrue(text.contains(lines[i]), "kept: " + lines[i] + "\npage:\n" + page.text() + "\ncleaned:\n" + text);
    }
  }
}
