package dev.lede.aws;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a Lambda event into plain Java values ({@code Map<String, Object>}, {@code List<Object>},
 * {@code String}, {@code Long}, {@code Double}, {@code Boolean}, {@code null}) with Jackson's streaming
 * parser: no object mapping and no reflection, so the first invoke loads no serialiser. The event shapes
 * that wrap an S3 notification (SQS, EventBridge, S3 Batch Operations) are small enough to hold whole;
 * the limits below refuse anything far beyond Lambda's own 6 MB payload limit. {@link #write} produces the
 * responses the same way. Stateless, thread-safe.
 */
final class EventJson {
  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder().maxStringLength(8 << 20).maxNestingDepth(64).build())
          .build();

  private EventJson() {}

  /** Writes one JSON value. */
  @FunctionalInterface
  interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  /** The UTF-8 bytes of the value {@code body} writes with jackson-core's generator. */
  static byte[] write(Body body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
      body.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * Parses one JSON value.
   *
   * @throws BadEventException when the bytes are not one JSON value; the message never quotes them
   */
  static Object read(byte[] json) {
    try (JsonParser p = FACTORY.createParser(json)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        throw new BadEventException("the event is empty");
      }
      Object value = value(p, first);
      if (p.nextToken() != null) {
        throw new BadEventException("the event holds more than one JSON value");
      }
      return value;
    } catch (JsonProcessingException e) {
      // Jackson's own message quotes the offending text, which may be anything (even article text).
      throw new BadEventException("the event is not valid JSON"
          + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr()
              + ", column " + e.getLocation().getColumnNr() + ")"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Object value(JsonParser p, JsonToken t) throws IOException {
    switch (t) {
      case START_OBJECT: {
        Map<String, Object> m = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          m.put(name, value(p, p.nextToken()));
        }
        return m;
      }
      case START_ARRAY: {
        List<Object> l = new ArrayList<>();
        for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
          l.add(value(p, e));
        }
        return l;
      }
      case VALUE_STRING:
        return p.getText();
      case VALUE_NUMBER_INT:
        return p.getNumberType() == JsonParser.NumberType.BIG_INTEGER ? p.getText() : p.getLongValue();
      case VALUE_NUMBER_FLOAT:
        return p.getDoubleValue();
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_NULL:
        return null;
      default:
        throw new BadEventException("unexpected JSON token " + t);
    }
  }

  /** {@code value} as an object, or an empty map when it is anything else. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> object(Object value) {
    return value instanceof Map ? (Map<String, Object>) value : Map.of();
  }

  /** {@code value} as an array, or an empty list when it is anything else. */
  @SuppressWarnings("unchecked")
  static List<Object> array(Object value) {
    return value instanceof List ? (List<Object>) value : List.of();
  }

  /** The string at {@code path} below {@code root}, or null when absent or not a string/number. */
  static String text(Object root, String... path) {
    Object v = root;
    for (String step : path) {
      v = object(v).get(step);
    }
    return v instanceof String || v instanceof Number || v instanceof Boolean ? String.valueOf(v) : null;
  }

  /** The whole number at {@code path}, accepting a numeric string; null when absent. */
  static Long number(Object root, String... path) {
    Object v = root;
    for (String step : path) {
      v = object(v).get(step);
    }
    if (v instanceof Long l) {
      return l;
    }
    if (v instanceof String s) {
      try {
        return Long.parseLong(s.strip());
      } catch (NumberFormatException e) {
        throw new BadEventException("'" + path[path.length - 1] + "' is not a whole number");
      }
    }
    if (v == null) {
      return null;
    }
    throw new BadEventException("'" + path[path.length - 1] + "' is not a whole number");
  }
}
