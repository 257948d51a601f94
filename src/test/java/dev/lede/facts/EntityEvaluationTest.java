package dev.lede.facts;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.SharedData;
import dev.lede.cli.eval.EntityMeasure;
import dev.lede.text.RuleSentenceSplitter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * People, organisations and places on the CoNLL-2003 development set (Reuters, 1996), scored on unique
 * names per document, on the raw text (no cleaning). Skipped where the evaluation data is absent.
 * Set {@code -Dlede.failures=FILE} to write each document's misses there.
 */
class EntityEvaluationTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void microF1OnConllDevIsAtLeastPointEight() throws IOException {
    Path data = SharedData.require("dev/conll.jsonl");
    EntityRecognizer recognizer = new EntityRecognizer();
    RuleSentenceSplitter splitter = new RuleSentenceSplitter();
    EntityMeasure measure = new EntityMeasure();
    String failuresFile = System.getProperty("lede.failures");
    try (BufferedReader r = Files.newBufferedReader(data, StandardCharsets.UTF_8);
        PrintStream failures = failuresFile == null ? null : new PrintStream(failuresFile, "UTF-8")) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode row = JSON.readTree(line);
        String text = row.get("text").asText();
        Entities e = recognizer.recognize(text, splitter.split(text));
        measure.add(row, new KeyFacts(e.people(), e.organizations(), e.places(), List.of(), List.of(),
            List.of()), failures);
      }
    }
    System.out.println("CoNLL dev, raw text: " + measure.result());
    assertTrue(measure.microF1() >= 0.80, "micro-F1 " + measure.microF1() + " < 0.80: " + measure.result());
  }
}
