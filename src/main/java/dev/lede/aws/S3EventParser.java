package dev.lede.aws;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an S3 event notification with Jackson's streaming parser: no reflection and no object mapping,
 * which keeps it off the cold-start path the runtime's own event serialisation would add. Unknown fields
 * are skipped, so newer event versions parse. Keys are URL-decoded as S3 encodes them ({@code +} is a
 * space, {@code %XX} a UTF-8 byte). Stateless and thread-safe.
 */
public final class S3EventParser {
  /** S3 notifications are at most 64 KB; async Lambda payloads at most 256 KB. Refuse far beyond. */
  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder().maxStringLength(1 << 20).maxNestingDepth(64).build())
          .build();

  private S3EventParser() {}

  /**
   * Parses one notification.
   *
   * @throws BadEventException when the input is not JSON or not an S3 notification
   */
  public static S3Notification parse(InputStream in) throws IOException {
    try (JsonParser p = FACTORY.createParser(in)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new BadEventException("the event is not a JSON object");
      }
      boolean test = false;
      List<S3Notification.Record> records = null;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        if (field.equals("Records") && value == JsonToken.START_ARRAY) {
          records = new ArrayList<>();
          while (p.nextToken() == JsonToken.START_OBJECT) {
            records.add(record(p));
          }
        } else if (field.equals("Event") && value == JsonToken.VALUE_STRING) {
          test = "s3:TestEvent".equals(p.getText());
        } else {
          p.skipChildren();
        }
      }
      if (test && records == null) {
        return new S3Notification(true, List.of());
      }
      if (records == null) {
        throw new BadEventException("the event has no Records array and is not an s3:TestEvent");
      }
      return new S3Notification(false, records);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new BadEventException("the event is not valid JSON: " + e.getOriginalMessage());
    }
  }

  /** Decodes a key as it appears in an S3 notification. */
  public static String decodeKey(String encoded) {
    try {
      return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new BadEventException("the object key is not URL-encoded as S3 encodes keys");
    }
  }

  private static S3Notification.Record record(JsonParser p) throws IOException {
    String source = null;
    String name = null;
    String time = null;
    String bucket = null;
    String key = null;
    String versionId = null;
    String eTag = null;
    Long size = null;
    String sequencer = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken value = p.nextToken();
      switch (field) {
        case "eventSource" -> source = text(p, value);
        case "eventName" -> name = text(p, value);
        case "eventTime" -> time = text(p, value);
        case "s3" -> {
          if (value != JsonToken.START_OBJECT) {
            throw new BadEventException("a record's s3 field is not an object");
          }
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String s3Field = p.currentName();
            JsonToken s3Value = p.nextToken();
            if (s3Field.equals("bucket") && s3Value == JsonToken.START_OBJECT) {
              while (p.nextToken() == JsonToken.FIELD_NAME) {
                JsonToken v = p.nextToken();
                if (p.currentName().equals("name")) {
                  bucket = text(p, v);
                } else {
                  p.skipChildren();
                }
              }
            } else if (s3Field.equals("object") && s3Value == JsonToken.START_OBJECT) {
              while (p.nextToken() == JsonToken.FIELD_NAME) {
                String objectField = p.currentName();
                JsonToken v = p.nextToken();
                switch (objectField) {
                  case "key" -> key = text(p, v);
                  case "versionId" -> versionId = text(p, v);
                  case "eTag" -> eTag = text(p, v);
                  case "sequencer" -> sequencer = text(p, v);
                  case "size" -> size = number(p, v);
                  default -> p.skipChildren();
                }
              }
            } else {
              p.skipChildren();
            }
          }
        }
        default -> p.skipChildren();
      }
    }
    if (bucket == null || key == null) {
      throw new BadEventException("a record lacks s3.bucket.name or s3.object.key");
    }
    return new S3Notification.Record(
        source, name, time, new ObjectRef(bucket, decodeKey(key), versionId, eTag, size, sequencer));
  }

  private static String text(JsonParser p, JsonToken value) throws IOException {
    if (value == JsonToken.VALUE_NULL) {
      return null;
    }
    if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
      p.skipChildren();
      return null;
    }
    return p.getText();
  }

  private static Long number(JsonParser p, JsonToken value) throws IOException {
    if (value == JsonToken.VALUE_NUMBER_INT) {
      return p.getLongValue();
    }
    if (value == JsonToken.VALUE_STRING) {
      try {
        return Long.parseLong(p.getText().strip());
      } catch (NumberFormatException e) {
        throw new BadEventException("s3.object.size is not a whole number");
      }
    }
    p.skipChildren();
    return null;
  }
}
