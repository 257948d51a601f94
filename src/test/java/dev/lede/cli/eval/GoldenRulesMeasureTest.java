package dev.lede.cli.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.text.RuleSentenceSplitter;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class GoldenRulesMeasureTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static JsonNode row(String json) throws Exception {
    return MAPPER.readTree(json);
  }

  @Test
  void appliesOnlyToRowsWithAnExpectedList() throws Exception {
    GoldenRulesMeasure m = new GoldenRulesMeasure();
    assertTrue(m.applies(row("{\"n\":1,\"text\":\"A. B.\",\"expected\":[\"A.\"]}")));
    assertFalse(m.applies(row("{\"id\":\"x\",\"text\":\"An article.\",\"lead\":\"An article.\"}")));
  }

  @Test
  void countsExactMatchesOfTheSentenceListAndReportsMisses() throws Exception {
    GoldenRulesMeasure m = new GoldenRulesMeasure();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream failures = new PrintStream(err, true, StandardCharsets.UTF_8);
    RuleSentenceSplitter splitter = new RuleSentenceSplitter();
    m.add(row("{\"n\":1,\"title\":\"two\",\"text\":\"It rained. We left.\",\"expected\":[\"It rained.\",\"We left.\"]}"),
        splitter, failures);
    m.add(row("{\"n\":2,\"title\":\"wrong on purpose\",\"text\":\"It rained. We left.\",\"expected\":[\"It rained. We left.\"]}"),
        splitter, failures);
    assertEquals(1, m.passed());
    assertEquals(2, m.total());
    assertEquals(0.5, m.result().get("goldenRules.rate"));
    String report = err.toString(StandardCharsets.UTF_8);
    assertTrue(report.contains("[golden] 2 wrong on purpose"), report);
    assertTrue(report.contains("want: [\"It rained. We left.\"]"), report);
    assertTrue(report.contains("got:  [\"It rained.\",\"We left.\"]"), report);
  }

  @Test
  void decodesTheReadmeEscapesOfThePragmaticSegmenterFile() {
    assertEquals("a\nb", GoldenRulesMeasure.decodeEscapes("a\\nb"));
    assertEquals("say \"hi\" 'x' \\ \t", GoldenRulesMeasure.decodeEscapes("say \\\"hi\\\" \\'x\\' \\\\ \\t"));
    assertEquals("C:\\dir", GoldenRulesMeasure.decodeEscapes("C:\\dir"), "unknown escapes stay");
    assertEquals("plain", GoldenRulesMeasure.decodeEscapes("plain"));
  }
}
