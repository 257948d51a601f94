package dev.lede.aws;

import static dev.lede.aws.S3Buckets.invoke;
import static dev.lede.aws.S3Buckets.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.HostileInputs;
import dev.lede.HostileInputs.Case;
import dev.lede.HostileInputs.Expect;
import dev.lede.HostileOutcomes;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every hostile input uploaded to the input bucket and run through the Lambda handler (real SDK, S3Mock
 * in this JVM): a summary document or an error document with the right code, exactly one of them, no
 * stack trace in it, every log line one JSON object, and no article text in the logs. The guard is a
 * hang guard only.
 */
class HostileInputHandlerTest {
  private static final Duration GUARD = Duration.ofSeconds(180);
  private static S3Buckets f;

  @BeforeAll
  static void buckets() {
    f = new S3Buckets("hostile");
  }

  static String key(Case c) {
    return "articles/" + c.id() + "/" + Path.of(c.fileName()).getFileName();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.lede.HostileInputs#cases")
  void everyCaseGetsExactlyOneSummaryOrErrorDocument(Case c) throws IOException {
    f.logs.reset();
    ObjectRef ref = f.upload(key(c), c.bytes());

    JsonNode report = assertTimeoutPreemptively(GUARD, () -> invoke(f.handler(), TestEvents.created(ref)), c.id());

    boolean summary = c.expect() == Expect.SUMMARY;
    assertEquals(summary ? "summarised" : "error_document", status(report), c.id());
    String docKey = (summary ? "summaries/" : "errors/") + key(c) + ".json";
    String otherKey = (summary ? "errors/" : "summaries/") + key(c) + ".json";
    List<String> keys = f.outputKeys();
    assertEquals(1, keys.stream().filter(k -> k.equals(docKey)).count(), c.id());
    assertFalse(keys.contains(otherKey), c + ": one document per input");
    JsonNode doc = HostileOutcomes.assertDocument(c, f.document(docKey));
    assertEquals(key(c), doc.path("source").path("key").asText());

    String log = f.logText();
    for (String line : log.split("\n")) {
      S3Buckets.MAPPER.readTree(line); // one JSON object per line
    }
    HostileOutcomes.assertNoStackTrace(c, log);
    assertFalse(log.contains(HostileInputs.ARTICLE.lines().skip(1).findFirst().orElseThrow().substring(0, 40)),
        c + ": article text in the logs");
  }
}
