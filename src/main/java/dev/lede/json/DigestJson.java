package dev.lede.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.lede.ArticleMeta;
import dev.lede.Digest;
import dev.lede.clean.Removal;
import dev.lede.facts.DateFact;
import dev.lede.facts.Entity;
import dev.lede.facts.KeyFacts;
import dev.lede.facts.NumberFact;
import dev.lede.facts.Quote;
import dev.lede.text.Span;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The one mapping from results to the JSON document (schema version 1), shared by every entry point.
 * Streaming, no reflection. Thread-safe.
 *
 * <p>The {@code source} block is whatever the adapter knows about where the input came from (a path;
 * or bucket, key, versionId, eTag, size, sequencer), written in the map's iteration order. Values may
 * be strings, numbers, booleans or null.
 */
public final class DigestJson {
  public static final String SCHEMA_VERSION = "1";
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private DigestJson() {}

  /** The summary document as UTF-8 bytes; pretty-printed or one compact line. */
  public static byte[] toBytes(Map<String, ?> source, Digest digest, boolean pretty) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(1024, digest.text().length() * 3));
    try (JsonGenerator g = generator(out, pretty)) {
      writeDigest(g, source, digest);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The error document as UTF-8 bytes: {@code {"schemaVersion", "source", "error": {code, message}}}. */
  public static byte[] errorToBytes(Map<String, ?> source, String code, String message, boolean pretty) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(512);
    try (JsonGenerator g = generator(out, pretty)) {
      g.writeStartObject();
      g.writeStringField("schemaVersion", SCHEMA_VERSION);
      writeSource(g, source);
      g.writeObjectFieldStart("error");
      g.writeStringField("code", code);
      g.writeStringField("message", message);
      g.writeEndObject();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static JsonGenerator generator(OutputStream out, boolean pretty) throws IOException {
    JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8);
    if (pretty) {
      DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
      DefaultPrettyPrinter pp =
          new DefaultPrettyPrinter()
              .withSeparators(
                  Separators.createDefaultInstance()
                      .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
              .withObjectIndenter(indenter);
      g.setPrettyPrinter(pp);
    }
    return g;
  }

  /** Writes the summary document as one JSON object. */
  public static void writeDigest(JsonGenerator g, Map<String, ?> source, Digest d) throws IOException {
    g.writeStartObject();
    g.writeStringField("schemaVersion", SCHEMA_VERSION);
    writeSource(g, source);
    nullableString(g, "title", d.title());
    nullableString(g, "dateline", d.dateline());
    nullableString(g, "summary", d.summary());
    g.writeArrayFieldStart("highlights");
    for (String h : d.highlights()) {
      g.writeString(h);
    }
    g.writeEndArray();
    writeMeta(g, d.meta());
    writeKeyFacts(g, d.keyFacts());
    g.writeStringField("text", d.text());
    g.writeArrayFieldStart("removed");
    for (Removal r : d.removed()) {
      g.writeStartObject();
      g.writeStringField("reason", r.reason().label());
      g.writeStringField("text", r.text());
      g.writeNumberField("start", r.span().start());
      g.writeNumberField("end", r.span().end());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeObjectFieldStart("deduplication");
    g.writeNumberField("copies", d.deduplication().copies());
    g.writeNumberField("duplicateSegments", d.deduplication().duplicateSegments());
    g.writeNumberField("inputChars", d.deduplication().inputChars());
    g.writeNumberField("outputChars", d.deduplication().outputChars());
    g.writeEndObject();
    g.writeObjectFieldStart("stats");
    g.writeNumberField("words", d.stats().words());
    g.writeNumberField("sentences", d.stats().sentences());
    g.writeEndObject();
    g.writeObjectFieldStart("input");
    g.writeStringField("format", d.format());
    g.writeStringField("charset", d.charset());
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void writeMeta(JsonGenerator g, ArticleMeta m) throws IOException {
    g.writeArrayFieldStart("authors");
    for (String a : m.authors()) {
      g.writeString(a);
    }
    g.writeEndArray();
    nullableString(g, "published", m.published());
    nullableString(g, "siteName", m.siteName());
    nullableString(g, "language", m.language());
    nullableString(g, "url", m.url());
  }

  private static void writeKeyFacts(JsonGenerator g, KeyFacts k) throws IOException {
    g.writeObjectFieldStart("keyFacts");
    writeEntities(g, "people", k.people());
    writeEntities(g, "organizations", k.organizations());
    writeEntities(g, "places", k.places());
    g.writeArrayFieldStart("dates");
    for (DateFact f : k.dates()) {
      g.writeStartObject();
      g.writeStringField("text", f.text());
      nullableString(g, "value", f.value());
      g.writeStringField("basis", f.basis());
      writeSpanFields(g, f.span());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("numbers");
    for (NumberFact f : k.numbers()) {
      g.writeStartObject();
      g.writeStringField("text", f.text());
      BigDecimal v = f.value();
      if (v == null) {
        g.writeNullField("value");
      } else {
        g.writeFieldName("value");
        g.writeNumber(v);
      }
      nullableString(g, "unit", f.unit());
      nullableString(g, "counts", f.counts());
      writeSpanFields(g, f.span());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("quotes");
    for (Quote q : k.quotes()) {
      g.writeStartObject();
      g.writeStringField("text", q.text());
      nullableString(g, "speaker", q.speaker());
      writeSpanFields(g, q.span());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeEntities(JsonGenerator g, String field, List<Entity> entities)
      throws IOException {
    g.writeArrayFieldStart(field);
    for (Entity e : entities) {
      g.writeStartObject();
      g.writeStringField("name", e.name());
      g.writeNumberField("mentions", e.mentions());
      g.writeArrayFieldStart("spans");
      for (Span s : e.spans()) {
        g.writeStartArray();
        g.writeNumber(s.start());
        g.writeNumber(s.end());
        g.writeEndArray();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("aliases");
      for (String a : e.aliases()) {
        g.writeString(a);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void writeSpanFields(JsonGenerator g, Span s) throws IOException {
    g.writeNumberField("start", s.start());
    g.writeNumberField("end", s.end());
  }

  static void writeSource(JsonGenerator g, Map<String, ?> source) throws IOException {
    g.writeObjectFieldStart("source");
    if (source != null) {
      for (Map.Entry<String, ?> e : source.entrySet()) {
        Object v = e.getValue();
        g.writeFieldName(e.getKey());
        if (v == null) {
          g.writeNull();
        } else if (v instanceof Long || v instanceof Integer) {
          g.writeNumber(((Number) v).longValue());
        } else if (v instanceof Number) {
          g.writeNumber(v.toString());
        } else if (v instanceof Boolean) {
          g.writeBoolean((Boolean) v);
        } else {
          g.writeString(v.toString());
        }
      }
    }
    g.writeEndObject();
  }

  private static void nullableString(JsonGenerator g, String field, String value) throws IOException {
    if (value == null) {
      g.writeNullField(field);
    } else {
      g.writeStringField(field, value);
    }
  }
}
