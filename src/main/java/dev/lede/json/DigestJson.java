package dev.lede.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
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
  /** The first block of a document's buffer at most; a larger document adds blocks. */
  private static final int MAX_FIRST_BLOCK = 1 << 20;
  // The field names, each encoded once rather than at every write.
  private static final SerializedString F_ALIASES = new SerializedString("aliases");
  private static final SerializedString F_AUTHORS = new SerializedString("authors");
  private static final SerializedString F_BASIS = new SerializedString("basis");
  private static final SerializedString F_CHARSET = new SerializedString("charset");
  private static final SerializedString F_CODE = new SerializedString("code");
  private static final SerializedString F_COPIES = new SerializedString("copies");
  private static final SerializedString F_COUNTS = new SerializedString("counts");
  private static final SerializedString F_DATELINE = new SerializedString("dateline");
  private static final SerializedString F_DATES = new SerializedString("dates");
  private static final SerializedString F_DEDUPLICATION = new SerializedString("deduplication");
  private static final SerializedString F_DUPLICATE_SEGMENTS = new SerializedString("duplicateSegments");
  private static final SerializedString F_END = new SerializedString("end");
  private static final SerializedString F_ERROR = new SerializedString("error");
  private static final SerializedString F_FORMAT = new SerializedString("format");
  private static final SerializedString F_HIGHLIGHTS = new SerializedString("highlights");
  private static final SerializedString F_INPUT = new SerializedString("input");
  private static final SerializedString F_INPUT_CHARS = new SerializedString("inputChars");
  private static final SerializedString F_KEY_FACTS = new SerializedString("keyFacts");
  private static final SerializedString F_LANGUAGE = new SerializedString("language");
  private static final SerializedString F_MENTIONS = new SerializedString("mentions");
  private static final SerializedString F_MESSAGE = new SerializedString("message");
  private static final SerializedString F_NAME = new SerializedString("name");
  private static final SerializedString F_NUMBERS = new SerializedString("numbers");
  private static final SerializedString F_OUTPUT_CHARS = new SerializedString("outputChars");
  private static final SerializedString F_PUBLISHED = new SerializedString("published");
  private static final SerializedString F_QUOTES = new SerializedString("quotes");
  private static final SerializedString F_REASON = new SerializedString("reason");
  private static final SerializedString F_REMOVED = new SerializedString("removed");
  private static final SerializedString F_SCHEMA_VERSION = new SerializedString("schemaVersion");
  private static final SerializedString F_SENTENCES = new SerializedString("sentences");
  private static final SerializedString F_SITE_NAME = new SerializedString("siteName");
  private static final SerializedString F_SOURCE = new SerializedString("source");
  private static final SerializedString F_SPANS = new SerializedString("spans");
  private static final SerializedString F_SPEAKER = new SerializedString("speaker");
  private static final SerializedString F_START = new SerializedString("start");
  private static final SerializedString F_STATS = new SerializedString("stats");
  private static final SerializedString F_SUMMARY = new SerializedString("summary");
  private static final SerializedString F_TEXT = new SerializedString("text");
  private static final SerializedString F_TITLE = new SerializedString("title");
  private static final SerializedString F_UNIT = new SerializedString("unit");
  private static final SerializedString F_URL = new SerializedString("url");
  private static final SerializedString F_VALUE = new SerializedString("value");
  private static final SerializedString F_WORDS = new SerializedString("words");
  private static final SerializedString F_PEOPLE = new SerializedString("people");
  private static final SerializedString F_ORGANIZATIONS = new SerializedString("organizations");
  private static final SerializedString F_PLACES = new SerializedString("places");

  private DigestJson() {}

  /** The summary document as UTF-8 bytes; pretty-printed or one compact line. */
  public static byte[] toBytes(Map<String, ?> source, Digest digest, boolean pretty) {
    // Grows by adding blocks rather than by copying all it holds, so a large document is copied once,
    // into the array returned.
    ByteArrayBuilder out =
        new ByteArrayBuilder(Math.min(MAX_FIRST_BLOCK, Math.max(1024, digest.text().length() * 3)));
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
      stringField(g, F_SCHEMA_VERSION, SCHEMA_VERSION);
      writeSource(g, source);
      objectField(g, F_ERROR);
      stringField(g, F_CODE, code);
      stringField(g, F_MESSAGE, message);
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
    stringField(g, F_SCHEMA_VERSION, SCHEMA_VERSION);
    writeSource(g, source);
    nullableString(g, F_TITLE, d.title());
    nullableString(g, F_DATELINE, d.dateline());
    nullableString(g, F_SUMMARY, d.summary());
    arrayField(g, F_HIGHLIGHTS);
    for (String h : d.highlights()) {
      g.writeString(h);
    }
    g.writeEndArray();
    writeMeta(g, d.meta());
    writeKeyFacts(g, d.keyFacts());
    stringField(g, F_TEXT, d.text());
    arrayField(g, F_REMOVED);
    for (Removal r : d.removed()) {
      g.writeStartObject();
      stringField(g, F_REASON, r.reason().label());
      stringField(g, F_TEXT, r.text());
      numberField(g, F_START, r.span().start());
      numberField(g, F_END, r.span().end());
      g.writeEndObject();
    }
    g.writeEndArray();
    objectField(g, F_DEDUPLICATION);
    numberField(g, F_COPIES, d.deduplication().copies());
    numberField(g, F_DUPLICATE_SEGMENTS, d.deduplication().duplicateSegments());
    numberField(g, F_INPUT_CHARS, d.deduplication().inputChars());
    numberField(g, F_OUTPUT_CHARS, d.deduplication().outputChars());
    g.writeEndObject();
    objectField(g, F_STATS);
    numberField(g, F_WORDS, d.stats().words());
    numberField(g, F_SENTENCES, d.stats().sentences());
    g.writeEndObject();
    objectField(g, F_INPUT);
    stringField(g, F_FORMAT, d.format());
    stringField(g, F_CHARSET, d.charset());
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void writeMeta(JsonGenerator g, ArticleMeta m) throws IOException {
    arrayField(g, F_AUTHORS);
    for (String a : m.authors()) {
      g.writeString(a);
    }
    g.writeEndArray();
    nullableString(g, F_PUBLISHED, m.published());
    nullableString(g, F_SITE_NAME, m.siteName());
    nullableString(g, F_LANGUAGE, m.language());
    nullableString(g, F_URL, m.url());
  }

  private static void writeKeyFacts(JsonGenerator g, KeyFacts k) throws IOException {
    objectField(g, F_KEY_FACTS);
    writeEntities(g, F_PEOPLE, k.people());
    writeEntities(g, F_ORGANIZATIONS, k.organizations());
    writeEntities(g, F_PLACES, k.places());
    arrayField(g, F_DATES);
    for (DateFact f : k.dates()) {
      g.writeStartObject();
      stringField(g, F_TEXT, f.text());
      nullableString(g, F_VALUE, f.value());
      stringField(g, F_BASIS, f.basis());
      writeSpanFields(g, f.span());
      g.writeEndObject();
    }
    g.writeEndArray();
    arrayField(g, F_NUMBERS);
    for (NumberFact f : k.numbers()) {
      g.writeStartObject();
      stringField(g, F_TEXT, f.text());
      BigDecimal v = f.value();
      if (v == null) {
        g.writeFieldName(F_VALUE);
        g.writeNull();
      } else {
        g.writeFieldName(F_VALUE);
        g.writeNumber(v);
      }
      nullableString(g, F_UNIT, f.unit());
      nullableString(g, F_COUNTS, f.counts());
      writeSpanFields(g, f.span());
      g.writeEndObject();
    }
    g.writeEndArray();
    arrayField(g, F_QUOTES);
    for (Quote q : k.quotes()) {
      g.writeStartObject();
      stringField(g, F_TEXT, q.text());
      nullableString(g, F_SPEAKER, q.speaker());
      writeSpanFields(g, q.span());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeEntities(
      JsonGenerator g, SerializedString field, List<Entity> entities) throws IOException {
    arrayField(g, field);
    for (Entity e : entities) {
      g.writeStartObject();
      stringField(g, F_NAME, e.name());
      numberField(g, F_MENTIONS, e.mentions());
      arrayField(g, F_SPANS);
      for (Span s : e.spans()) {
        g.writeStartArray();
        g.writeNumber(s.start());
        g.writeNumber(s.end());
        g.writeEndArray();
      }
      g.writeEndArray();
      arrayField(g, F_ALIASES);
      for (String a : e.aliases()) {
        g.writeString(a);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void writeSpanFields(JsonGenerator g, Span s) throws IOException {
    numberField(g, F_START, s.start());
    numberField(g, F_END, s.end());
  }

  static void writeSource(JsonGenerator g, Map<String, ?> source) throws IOException {
    objectField(g, F_SOURCE);
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

  private static void nullableString(JsonGenerator g, SerializedString field, String value)
      throws IOException {
    g.writeFieldName(field);
    if (value == null) {
      g.writeNull();
    } else {
      g.writeString(value);
    }
  }

  private static void stringField(JsonGenerator g, SerializedString field, String value)
      throws IOException {
    g.writeFieldName(field);
    g.writeString(value);
  }

  private static void arrayField(JsonGenerator g, SerializedString field) throws IOException {
    g.writeFieldName(field);
    g.writeStartArray();
  }

  private static void objectField(JsonGenerator g, SerializedString field) throws IOException {
    g.writeFieldName(field);
    g.writeStartObject();
  }

  private static void numberField(JsonGenerator g, SerializedString field, int value)
      throws IOException {
    g.writeFieldName(field);
    g.writeNumber(value);
  }
}
