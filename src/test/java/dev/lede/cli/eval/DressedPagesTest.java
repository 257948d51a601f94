package dev.lede.cli.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.SharedData;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The dev articles dressed as scraped pages ({@link PageDresser}): the lead, the title, the
 * deduplicated text and the chrome removal must each be right on at least 95% of pages. Skipped when
 * {@code ../shared/data} is absent.
 */
class DressedPagesTest {
  static final double TARGET = 0.95;

  @ParameterizedTest
  @ValueSource(strings = {"dev/xsum.jsonl", "dev/bbc.jsonl", "dev/cnndm.jsonl"})
  void dressedPagesComeOutRight(String set) throws Exception {
    Path data = SharedData.require(set);
    Map<String, Object> f = DressedPageEvaluation.evaluate(read(data), DressedPageEvaluation.DEFAULT_SEED, null);
    for (String measure : List.of("dressed.lead", "dressed.title", "dressed.text", "dressed.chrome")) {
      double got = (Double) f.get(measure);
      assertTrue(got >= TARGET, set + " " + measure + " = " + got + " (target " + TARGET + "): " + f);
    }
  }

  static List<JsonNode> read(Path file) throws Exception {
    ObjectMapper m = new ObjectMapper();
    List<JsonNode> rows = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank()) {
          rows.add(m.readTree(line));
        }
      }
    }
    return rows;
  }
}
