package dev.lede.cli.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.Digest;
import dev.lede.InputInfo;
import dev.lede.Lede;
import dev.lede.SharedData;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The targets on the dev sets: lead exact-match on XSum at least 0.98, title exact-match on
 * BBC at least 0.99. Skipped when {@code ../shared/data} is absent.
 */
class DevSetLeadAndTitleTest {
  @Test
  void xsumLeadExactMatch() throws Exception {
    double got = measure("dev/xsum.jsonl", ExactMatchMeasure.lead(), "lead.exactMatch");
    assertTrue(got >= 0.98, "lead exact-match " + got);
  }

  @Test
  void bbcTitleExactMatch() throws Exception {
    double got = measure("dev/bbc.jsonl", ExactMatchMeasure.title(), "title.exactMatch");
    assertTrue(got >= 0.99, "title exact-match " + got);
  }

  private static double measure(String set, ExactMatchMeasure m, String key) throws Exception {
    Lede lede = Lede.create();
    for (JsonNode row : DressedPagesTest.read(SharedData.require(set))) {
      if (m.applies(row)) {
        Digest d = lede.digest(row.get("text").asText(), InputInfo.NONE);
        m.add(row, d, null);
      }
    }
    Map<String, Object> r = m.result();
    return (Double) r.get(key);
  }
}
