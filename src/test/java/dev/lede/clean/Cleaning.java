package dev.lede.clean;

import dev.lede.text.RuleSentenceSplitter;
import dev.lede.text.TextDecoder;
import java.util.List;

/** Test helpers: clean a string the way {@code Lede} does, and look at what was removed. */
final class Cleaning {
  static final ArticleCleaner CLEANER = new ArticleCleaner(new RuleSentenceSplitter());

  private Cleaning() {}

  static CleanArticle clean(String text) {
    return CLEANER.clean(TextDecoder.normalise(text));
  }

  static List<String> removed(CleanArticle a, RemovalReason reason) {
    return a.removed().stream().filter(r -> r.reason() == reason).map(Removal::text).toList();
  }

  /** An article of plain sentences on lines, written for these tests. */
  static final String ARTICLE = String.join("\n",
      "Officials in the northern town said on Monday that the old bridge would close for repairs.",
      "The bridge, built in 1898, carries about 4,000 cars a day across the river.",
      "Engineers found cracks in two of its stone arches during a routine inspection last month.",
      "\"We cannot take any risks with public safety,\" the council leader, Mary Jones, said.",
      "A temporary footbridge will open next week while the work goes on.");

  static final List<String> SENTENCES = List.of(ARTICLE.split("\n"));
}
