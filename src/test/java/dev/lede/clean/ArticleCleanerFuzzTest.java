package dev.lede.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.lede.TextInvariants;
import dev.lede.text.DecodedText;
import dev.lede.text.RuleSentenceSplitter;
import dev.lede.text.TextDecoder;
import java.util.Collections;

/**
 * Fuzzing the cleaner, deduplication first (issue 6): a fuzzed text glued to itself one to four times
 * with a fuzzed separator, cleaned. Invariants: no exception; the cleaned text is a subsequence of the
 * input (see {@link TextInvariants}); removals lie inside the input and name what they cover; the
 * statistics add up; cleaning the cleaned article again (its text, title and dateline known) changes
 * nothing. Corpus:
 * {@code src/test/resources/dev/lede/clean/ArticleCleanerFuzzTestInputs/}; to fuzz:
 * {@code JAZZER_FUZZ=1 ./mvnw test -Dtest=ArticleCleanerFuzzTest}.
 */
class ArticleCleanerFuzzTest {
  private static final ArticleCleaner CLEANER = new ArticleCleaner(new RuleSentenceSplitter());
  private static final String[] SEPARATORS = {"", "\n", "\n\n", " ", "  \n\t\n  ", "\u00A0\n"};

  @FuzzTest(maxDuration = "10m")
  void cleanGluedCopies(FuzzedDataProvider data) {
    int copies = data.consumeInt(1, 4);
    String separator = SEPARATORS[data.consumeInt(0, SEPARATORS.length - 1)];
    String article = data.consumeRemainingAsString();
    DecodedText input = TextDecoder.normalise(String.join(separator, Collections.nCopies(copies, article)));

    CleanArticle a = CLEANER.clean(input);

    TextInvariants.assertParagraphs(a);
    TextInvariants.assertSubsequence(input.text(), a.text());
    TextInvariants.assertRemovals(input.text(), a.removed());
    DedupStats s = a.dedup();
    assertTrue(s.copies() >= 1 && s.copies() <= Math.max(1, input.text().length()), "copies " + s.copies());
    assertTrue(s.duplicateSegments() >= 0);
    assertEquals(input.text().length(), s.inputChars());
    assertEquals(a.text().length(), s.outputChars());
    assertEquals(a.text(), CLEANER.clean(TextDecoder.normalise(a.text()), a.title(), a.dateline()).text(),
        "cleaning the cleaned article, its title and dateline known, changes nothing");
  }
}
