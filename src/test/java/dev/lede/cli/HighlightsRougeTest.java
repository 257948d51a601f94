package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.SharedData;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * On the CNN / Daily Mail dev set, the highlights score at least the naive Lead-3 in ROUGE-1 F1, computed
 * in the same run. Skipped, saying why, when {@code ../shared/data} is absent.
 */
class HighlightsRougeTest {
  @Test
  void highlightsRouge1IsAtLeastLead3OnDevCnnDm() throws Exception {
    Path data = SharedData.require("dev/cnndm.jsonl");
    Map<String, Object> figures = EvaluateCommand.evaluate(data, null);
    double highlights = (Double) figures.get("rouge.highlights.rouge1.f1");
    double lead3 = (Double) figures.get("rouge.lead3.rouge1.f1");
    double lead1 = (Double) figures.get("rouge.lead1.rouge1.f1");
    assertTrue(highlights >= lead3, "highlights ROUGE-1 " + highlights + " < Lead-3 " + lead3);
    assertTrue(lead3 > lead1, "three sentences recall more of the reference than one: " + figures);
  }
}
