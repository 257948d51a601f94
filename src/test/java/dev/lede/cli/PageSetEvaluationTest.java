package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.SharedData;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The targets of HTML input on the evaluation sets in {@code ../shared/data} (skipped where absent):
 * main text at the article-extraction benchmark's F1 of 0.93 or better, and the readability test pages'
 * metadata. Run {@code lede evaluate --data DIR --failures} to see the misses.
 */
class PageSetEvaluationTest {
  @Test
  void extractsArticleBodiesAtTheTargetF1() throws Exception {
    Path dir = SharedData.require("html/scrapinghub-dev");
    Map<String, Object> f = PageSetEvaluation.evaluate(dir, null);
    double f1 = (Double) f.get("body.extracted.f1");
    assertTrue(f1 >= 0.93, () -> "extracted-text F1 " + f1 + " is below 0.93: " + f);
    double cleaned = (Double) f.get("body.cleaned.f1");
    assertTrue(cleaned >= 0.90, () -> "cleaned-text F1 " + cleaned + " is below 0.90: " + f);
  }

  @Test
  void readsPageMetadataAtTheTargets() throws Exception {
    Path dir = SharedData.require("html/readability-test-pages");
    Map<String, Object> f = PageSetEvaluation.evaluate(dir, null);
    assertTrue((Double) f.get("title.exactMatch") >= 0.90, f::toString);
    assertTrue((Double) f.get("byline.exactMatch") >= 0.80, f::toString);
    assertTrue((Double) f.get("published.exactMatch") >= 0.90, f::toString);
  }
}
