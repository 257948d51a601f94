package dev.lede.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.Digest;
import dev.lede.InputInfo;
import dev.lede.Lede;
import dev.lede.json.DigestJson;
import dev.lede.json.SchemaAssert;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.crac.Core;
import org.junit.jupiter.api.Test;

/** The SnapStart priming hook runs the whole pipeline on its built-in article and needs nothing else. */
class SnapStartPrimingTest {
  @Test
  void primingRunsThePipelineOnEveryFormatWithoutAnyObjectStore() {
    SnapStartPriming priming = new SnapStartPriming(Lede.create());
    long once = priming.prime(1);
    assertTrue(once > 3_000, "three documents, an event and an error document: " + once + " bytes");
    assertEquals(2 * once, priming.prime(2), "each round produces the same documents");
  }

  @Test
  void theBuiltInArticleIsARealArticle() throws Exception {
    byte[] bytes = SnapStartPriming.article().getBytes(StandardCharsets.UTF_8);
    Digest d = Lede.create().digest(bytes, InputInfo.named("priming.txt").withReferenceDate(SnapStartPriming.REFERENCE));
    assertNotNull(d.summary());
    assertTrue(d.keyFacts().people().size() >= 2, "people: " + d.keyFacts().people());
    assertTrue(!d.keyFacts().dates().isEmpty() && !d.keyFacts().numbers().isEmpty() && !d.keyFacts().quotes().isEmpty());
    SchemaAssert.assertValid(DigestJson.toBytes(Map.of("path", "priming.txt"), d, false));
  }

  @Test
  void theCheckpointHookPrimesAndRegisteringOutsideCracIsHarmless() throws Exception {
    SnapStartPriming priming = SnapStartPriming.register(Lede.create());
    priming.beforeCheckpoint(Core.getGlobalContext());
    priming.afterRestore(Core.getGlobalContext());
  }
}
