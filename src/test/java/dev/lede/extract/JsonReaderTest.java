package dev.lede.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonReaderTest {
  @Test
  void readsObjectsArraysStringsNumbersAndBooleans() {
    Object v = JsonReader.read("{\"a\": [1, 2.5, true, null, \"x\\u00e9\\n\"], \"b\": {\"c\": false}}").orElseThrow();
    assertEquals(Map.of("a", List.of(1.0, 2.5, true, "x\u00e9\n"), "b", Map.of("c", false)), v);
  }

  @Test
  void toleratesWhatPagesGetWrong() {
    assertEquals(Optional.of(Map.of("a", "b")), JsonReader.read("<![CDATA[ {\"a\": \"b\",} ]]>"));
    assertEquals(Optional.of(Map.of("a", "line\nbreak")), JsonReader.read("{\"a\": \"line\nbreak\"}"));
    assertEquals(Optional.of(List.of("x")), JsonReader.read("// <!--\n[\"x\",]"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "{", "{\"a\":}", "[1, 2", "{\"a\" 1}", "{'a': tru}", "\"just a string\"", "{\"a\": \"\\u12\"}"})
  void malformedInputGivesNoValue(String json) {
    assertEquals(Optional.empty(), JsonReader.read(json));
  }

  @Test
  void deepNestingIsRefusedWithoutOverflowingTheStack() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    assertTimeoutPreemptively(Duration.ofSeconds(120), () -> assertEquals(Optional.empty(), JsonReader.read(deep)));
    String ok = "[".repeat(JsonReader.MAX_DEPTH) + "]".repeat(JsonReader.MAX_DEPTH);
    assertTrue(JsonReader.read(ok).isPresent());
  }

  @Test
  void hugeFlatInputIsBounded() {
    String many = "[" + "1,".repeat(JsonReader.MAX_VALUES + 10) + "1]";
    assertTimeoutPreemptively(Duration.ofSeconds(120), () -> assertEquals(Optional.empty(), JsonReader.read(many)));
  }
}
