package dev.lede;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.HostileInputs.Case;
import dev.lede.json.DigestJson;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every hostile input through the core's front door, as every adapter uses it: {@link Lede#digest} and
 * the JSON mapping, or the error document for the {@link LedeException} it throws; nothing else may be
 * thrown. The guard is a hang guard, far above the seconds these take (see the README's hostile-input
 * table for the times), not a speed assertion.
 */
class HostileInputTest {
  static final Duration GUARD = Duration.ofSeconds(120);
  private static final Lede LEDE = Lede.create();

  /** The document an adapter writes for {@code c}: a summary, or an error document. */
  static byte[] documentOf(Lede lede, Case c) {
    Map<String, Object> source = new LinkedHashMap<>();
    source.put("path", c.fileName());
    try {
      Digest d = lede.digest(c.bytes(), InputInfo.named(c.fileName()));
      return DigestJson.toBytes(source, d, false);
    } catch (LedeException e) {
      return DigestJson.errorToBytes(source, e.code().code(), e.getMessage(), false);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.lede.HostileInputs#cases")
  void everyCaseGetsASummaryOrTheErrorDocumentItsKindCallsFor(Case c) {
    byte[] json = assertTimeoutPreemptively(GUARD, () -> documentOf(LEDE, c), c.id());

    JsonNode doc = HostileOutcomes.assertDocument(c, json);

    if (c.id().equals("html-as-txt")) {
      assertEquals("html", doc.path("input").path("format").asText(), "a web page saved as .txt is read as HTML");
      assertTrue(!doc.path("text").asText().contains("not text"), "script content is not article text");
    }
    if (c.id().startsWith("utf16")) {
      assertTrue(doc.path("input").path("charset").asText().startsWith("UTF-16"), doc.path("input").toString());
    }
  }
}
