package dev.lede.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class JsonLogTest {
  final ByteArrayOutputStream buf = new ByteArrayOutputStream();
  final JsonLog log =
      new JsonLog(new PrintStream(buf, true, StandardCharsets.UTF_8),
          Clock.fixed(Instant.parse("2026-01-19T09:00:00Z"), ZoneOffset.UTC));

  String[] lines() {
    return buf.toString(StandardCharsets.UTF_8).split("\n");
  }

  @Test
  void eachCallIsOneJsonLineWithTimestampLevelAndMessage() throws Exception {
    log.info("record processed", "key", "a.txt", "ms", 12L, "retryable", false, "versionId", null);
    log.forRequest("req-1").error("failed");
    String[] lines = lines();
    assertEquals(2, lines.length);
    JsonNode first = new ObjectMapper().readTree(lines[0]);
    assertEquals("2026-01-19T09:00:00Z", first.path("timestamp").asText());
    assertEquals("INFO", first.path("level").asText());
    assertEquals("record processed", first.path("message").asText());
    assertEquals(12, first.path("ms").asInt());
    assertTrue(first.path("retryable").isBoolean());
    assertTrue(first.path("versionId").isNull());
    JsonNode second = new ObjectMapper().readTree(lines[1]);
    assertEquals("ERROR", second.path("level").asText());
    assertEquals("req-1", second.path("requestId").asText());
  }

  @Test
  void aKeyWithNewlinesCannotForgeALine() throws Exception {
    String key = "a\n{\"level\":\"ERROR\",\"message\":\"forged\"}\r\n";
    log.info("record processed", "key", key);
    String[] lines = lines();
    assertEquals(1, lines.length);
    assertEquals(key, new ObjectMapper().readTree(lines[0]).path("key").asText());
  }

  @Test
  void longValuesAreCut() throws Exception {
    log.warn("x", "reason", "y".repeat(10_000));
    String reason = new ObjectMapper().readTree(lines()[0]).path("reason").asText();
    assertEquals(JsonLog.MAX_VALUE_CHARS + 1, reason.length());
    assertTrue(reason.endsWith("…"));
  }
}
