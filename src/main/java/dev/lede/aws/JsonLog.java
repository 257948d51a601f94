package dev.lede.aws;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * Structured log lines: one JSON object per line with {@code timestamp} (RFC 3339), {@code level} and
 * {@code message}, then the given fields, which is what Lambda's JSON log format reads (and filters by
 * {@code level}). Strings are JSON-escaped, so a key holding a newline cannot forge a log line, and cut
 * to {@value #MAX_VALUE_CHARS} characters. Callers pass names, keys, codes and counts, never article
 * text or credentials. Thread-safe: each line is written whole.
 */
public final class JsonLog {
  static final int MAX_VALUE_CHARS = 300;
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private final PrintStream out;
  private final Clock clock;
  private final String requestId;

  public JsonLog(PrintStream out, Clock clock) {
    this(out, clock, null);
  }

  private JsonLog(PrintStream out, Clock clock, String requestId) {
    this.out = Objects.requireNonNull(out, "out");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.requestId = requestId;
  }

  /** The same log, with every line carrying {@code requestId} (the Lambda request ID). */
  public JsonLog forRequest(String requestId) {
    return new JsonLog(out, clock, requestId);
  }

  public void info(String message, Object... fields) {
    write("INFO", message, fields);
  }

  public void warn(String message, Object... fields) {
    write("WARN", message, fields);
  }

  public void error(String message, Object... fields) {
    write("ERROR", message, fields);
  }

  /** {@code fields} alternate names and values; values are strings, numbers, booleans or null. */
  private void write(String level, String message, Object... fields) {
    ByteArrayOutputStream buf = new ByteArrayOutputStream(256);
    try (JsonGenerator g = FACTORY.createGenerator(buf, JsonEncoding.UTF8)) {
      g.writeStartObject();
      g.writeStringField("timestamp", Instant.now(clock).toString());
      g.writeStringField("level", level);
      g.writeStringField("message", cut(message));
      if (requestId != null) {
        g.writeStringField("requestId", cut(requestId));
      }
      for (int i = 0; i + 1 < fields.length; i += 2) {
        Object value = fields[i + 1];
        g.writeFieldName(String.valueOf(fields[i]));
        if (value == null) {
          g.writeNull();
        } else if (value instanceof Long || value instanceof Integer) {
          g.writeNumber(((Number) value).longValue());
        } else if (value instanceof Boolean b) {
          g.writeBoolean(b);
        } else {
          g.writeString(cut(String.valueOf(value)));
        }
      }
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    buf.write('\n');
    synchronized (out) {
      out.write(buf.toByteArray(), 0, buf.size());
      out.flush();
    }
  }

  static String cut(String s) {
    if (s == null || s.length() <= MAX_VALUE_CHARS) {
      return s;
    }
    int end = MAX_VALUE_CHARS;
    if (Character.isHighSurrogate(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(0, end) + "…";
  }
}
