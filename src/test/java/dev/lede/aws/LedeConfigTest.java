package dev.lede.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.Lede;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LedeConfigTest {
  @Test
  void theDeployedFunctionNeedsBothBucketsAndDefaultsTheRest() {
    LedeConfig c = LedeConfig.fromEnvironment(Map.of("INPUT_BUCKET", "in", "OUTPUT_BUCKET", "out"));
    assertEquals(new LedeConfig("in", "", "out", "summaries/", "errors/", Lede.DEFAULT_MAX_BYTES), c);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> LedeConfig.fromEnvironment(Map.of("INPUT_BUCKET", "in")));
    assertTrue(e.getMessage().contains("OUTPUT_BUCKET"), e.getMessage());
  }

  @Test
  void everyVariableIsRead() {
    LedeConfig c = LedeConfig.fromEnvironment(Map.of(
        "INPUT_BUCKET", "in", "INPUT_PREFIX", "articles/", "OUTPUT_BUCKET", "out",
        "OUTPUT_PREFIX", "s/", "ERROR_PREFIX", "e/", "MAX_ARTICLE_BYTES", "1000"));
    assertEquals(new LedeConfig("in", "articles/", "out", "s/", "e/", 1000), c);
    assertEquals("s/articles/a b.txt.json", c.summaryKey("articles/a b.txt"));
    assertEquals("e/articles/a b.txt.json", c.errorKey("articles/a b.txt"));
  }

  @Test
  void theLocalRunDefaultsToTheSampleBuckets() {
    assertEquals(new LedeConfig("lede-input", "articles/", "lede-output", "summaries/", "errors/", Lede.DEFAULT_MAX_BYTES),
        LedeConfig.forLocalRun(Map.of()));
  }

  @Test
  void theFunctionNeverWritesWhereItIsTriggered() {
    assertThrows(IllegalArgumentException.class, () -> new LedeConfig("b", "", "b", "s/", "e/", 10));
  }

  @Test
  void summaryAndErrorPrefixesMayNotOverlap() {
    assertThrows(IllegalArgumentException.class, () -> new LedeConfig("i", "", "o", "out/", "out/errors/", 10));
    assertThrows(IllegalArgumentException.class, () -> new LedeConfig("i", "", "o", "", "errors/", 10));
    assertThrows(IllegalArgumentException.class, () -> new LedeConfig("i", "", "o", "x/", "x/", 10));
  }

  @Test
  void theSizeLimitMustBeAPositiveNumberWithinReason() {
    for (String bad : new String[] {"0", "-5", "five", "1e6", "999999999999"}) {
      assertThrows(IllegalArgumentException.class,
          () -> LedeConfig.fromEnvironment(Map.of("INPUT_BUCKET", "i", "OUTPUT_BUCKET", "o", "MAX_ARTICLE_BYTES", bad)), bad);
    }
  }
}
