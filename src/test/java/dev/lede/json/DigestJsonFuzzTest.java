package dev.lede.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.ArticleMeta;
import dev.lede.Digest;
import dev.lede.Stats;
import dev.lede.clean.DedupStats;
import dev.lede.clean.Removal;
import dev.lede.clean.RemovalReason;
import dev.lede.facts.DateFact;
import dev.lede.facts.Entity;
import dev.lede.facts.EntityType;
import dev.lede.facts.KeyFacts;
import dev.lede.facts.NumberFact;
import dev.lede.facts.Quote;
import dev.lede.text.Span;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fuzzing the JSON mapping (issue 6): any strings (control characters, quotes, backslashes, lone
 * surrogates, newlines that could forge a line of JSON Lines) in every string field of a digest, and in
 * the {@code source} block (object keys) and the error message. Invariants: the mapping never throws,
 * its output is one line of JSON that validates against the schema, and every string reads back
 * exactly as it went in. Corpus: {@code src/test/resources/dev/lede/json/DigestJsonFuzzTestInputs/};
 * to fuzz: {@code JAZZER_FUZZ=1 ./mvnw test -Dtest=DigestJsonFuzzTest}.
 */
class DigestJsonFuzzTest {
  @FuzzTest(maxDuration = "10m")
  void anyStringsAreEscaped(FuzzedDataProvider data) {
    String text = data.consumeString(400);
    String key = data.consumeString(100);
    String title = data.consumeBoolean() ? null : data.consumeString(80);
    String quote = data.consumeString(80);
    String name = "N" + data.consumeString(40);
    String removedText = data.consumeString(80);
    String author = data.consumeString(40);
    String highlight = data.consumeString(80);
    Span span = span(data, text.length());
    KeyFacts facts = new KeyFacts(
        List.of(new Entity(name, EntityType.PERSON, 1, List.of(span), List.of(data.consumeString(20)))),
        List.of(), List.of(),
        List.of(new DateFact(data.consumeString(20), "2021-01-18", "explicit", span)),
        List.of(new NumberFact(data.consumeString(20), BigDecimal.valueOf(data.consumeLong()), data.consumeString(10), null, span)),
        List.of(new Quote(quote, data.consumeBoolean() ? null : name, span)));
    Digest d = new Digest(title, data.consumeString(20), highlight, List.of(highlight), facts, text,
        List.of(new Removal(RemovalReason.CAPTION, removedText, span)),
        new DedupStats(1, 0, text.length(), text.length()), new Stats(1, 1),
        new ArticleMeta(List.of(author), null, null, null, null), "text", "UTF-8");
    Map<String, Object> source = new LinkedHashMap<>();
    source.put("bucket", "b");
    source.put("key", key);
    String message = "M" + data.consumeRemainingAsString();

    byte[] json = DigestJson.toBytes(source, d, false);
    byte[] error = DigestJson.errorToBytes(source, "not_text", message, false);

    for (byte[] b : List.of(json, error)) {
      for (byte x : b) {
        assertEquals(false, x == '\n' || x == '\r', "one line: a newline in a value is escaped");
      }
    }
    JsonNode doc = SchemaAssert.assertValid(json);
    assertEquals(text, doc.path("text").asText());
    assertEquals(key, doc.path("source").path("key").asText());
    assertEquals(title, doc.path("title").isNull() ? null : doc.path("title").asText());
    assertEquals(quote, doc.path("keyFacts").path("quotes").path(0).path("text").asText());
    assertEquals(name, doc.path("keyFacts").path("people").path(0).path("name").asText());
    assertEquals(removedText, doc.path("removed").path(0).path("text").asText());
    assertEquals(author, doc.path("authors").path(0).asText());
    JsonNode err = SchemaAssert.assertValid(error);
    assertEquals(message, err.path("error").path("message").asText());
    assertEquals(key, err.path("source").path("key").asText());
  }

  private static Span span(FuzzedDataProvider data, int length) {
    int start = data.consumeInt(0, length);
    return new Span(start, data.consumeInt(start, length));
  }
}
