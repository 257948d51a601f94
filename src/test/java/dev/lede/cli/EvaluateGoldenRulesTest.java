package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lede evaluate} on a Golden Rules file: the pass count, and the misses with --failures. */
class EvaluateGoldenRulesTest {
  @Test
  void printsThePassCountAndListsFailuresOnStderr(@TempDir Path dir) throws Exception {
    Path rules = Files.writeString(dir.resolve("rules.jsonl"), String.join("\n",
        "{\"n\": 1, \"title\": \"two sentences\", \"text\": \"It rained. We left.\", \"expected\": [\"It rained.\", \"We left.\"]}",
        "{\"n\": 2, \"title\": \"an abbreviation\", \"text\": \"Mr. Smith left.\", \"expected\": [\"Mr. Smith left.\"]}",
        "{\"n\": 3, \"title\": \"a wrong expectation\", \"text\": \"Yes. No.\", \"expected\": [\"Yes. No.\"]}",
        ""));
    MainTest.Run r = MainTest.run(new byte[0], "evaluate", "--data", rules.toString(), "--failures");
    assertEquals(0, r.code(), r.err());
    JsonNode figures = new ObjectMapper().readTree(r.out());
    assertEquals(2, figures.path("goldenRules.passed").asInt());
    assertEquals(3, figures.path("goldenRules.total").asInt());
    assertEquals(0, figures.path("articles").asInt(), "rules are not run through the article pipeline");
    assertTrue(r.err().contains("[golden] 3 a wrong expectation"), r.err());
    assertFalse(r.err().contains("[golden] 1 "), r.err());
  }
}
