package dev.lede.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.Lede;
import dev.lede.SharedData;
import dev.lede.cli.eval.GoldenRulesMeasure;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The English Golden Rules of sentence boundaries, from ../shared/data (skipped where it is absent), held
 * to the project's targets. The same measure as {@code lede evaluate} is used.
 */
class GoldenRulesTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void pySbdFilePassesAtLeast46Of48() throws IOException {
    assertAtLeast("golden-rules/pysbd_golden_rules_en.jsonl", 48, 46);
  }

  @Test
  void pragmaticSegmenterFilePassesAtLeast49Of52() throws IOException {
    assertAtLeast("golden-rules/pragmatic_segmenter_golden_rules_en.jsonl", 52, 49);
  }

  private static void assertAtLeast(String file, int rules, int atLeast) throws IOException {
    Path path = SharedData.require(file);
    GoldenRulesMeasure measure = new GoldenRulesMeasure();
    SentenceSplitter splitter = Lede.create().sentenceSplitter();
    ByteArrayOutputStream failures = new ByteArrayOutputStream();
    try (PrintStream sink = new PrintStream(failures, true, StandardCharsets.UTF_8)) {
      for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          JsonNode row = MAPPER.readTree(line);
          assertTrue(measure.applies(row), "a Golden Rules row: " + line);
          measure.add(row, splitter, sink);
        }
      }
    }
    assertEquals(rules, measure.total(), file + ": number of rules");
    assertTrue(
        measure.passed() >= atLeast,
        file + ": " + measure.passed() + "/" + rules + " passed, want at least " + atLeast + "; failures:\n"
            + failures.toString(StandardCharsets.UTF_8));
  }
}
