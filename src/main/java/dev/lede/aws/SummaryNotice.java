package dev.lede.aws;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.lede.Digest;
import dev.lede.facts.Entity;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The compact "summary ready" message: enough to decide whether to fetch the document (title, summary,
 * language, dateline, top entities) and where it is. The same JSON ({@link #toJson}) is the SNS message
 * body and the EventBridge event's {@code detail}. Strings are cut to bounded lengths so a notice stays
 * far below the 256 KB limits of both services. Immutable.
 *
 * @param title the headline, or null
 * @param summary the lead sentence, or null
 * @param language the article's language tag, or null
 * @param dateline the dateline, or null
 * @param format {@code text}, {@code html} or {@code markdown}
 * @param outputBucket the bucket of the summary document
 * @param outputKey the key of the summary document
 * @param source the input object version that was summarised
 * @param people up to {@value #TOP_ENTITIES} people, most salient first
 * @param organizations up to {@value #TOP_ENTITIES} organisations
 * @param places up to {@value #TOP_ENTITIES} places
 */
public record SummaryNotice(
    String title,
    String summary,
    String language,
    String dateline,
    String format,
    String outputBucket,
    String outputKey,
    ObjectRef source,
    List<String> people,
    List<String> organizations,
    List<String> places) {
  public static final String SCHEMA_VERSION = "1";
  static final int TOP_ENTITIES = 5;
  static final int MAX_TITLE_CHARS = 300;
  static final int MAX_SUMMARY_CHARS = 1000;
  static final int MAX_NAME_CHARS = 100;

  public SummaryNotice {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(outputBucket, "outputBucket");
    Objects.requireNonNull(outputKey, "outputKey");
    Objects.requireNonNull(source, "source");
    people = List.copyOf(people);
    organizations = List.copyOf(organizations);
    places = List.copyOf(places);
  }

  /** The notice for a summary just written to {@code outputKey} in the output bucket. */
  public static SummaryNotice of(LedeConfig config, ObjectRef source, String outputKey, Digest digest) {
    return new SummaryNotice(
        cut(digest.title(), MAX_TITLE_CHARS),
        cut(digest.summary(), MAX_SUMMARY_CHARS),
        digest.meta().language(),
        cut(digest.dateline(), MAX_NAME_CHARS),
        digest.format(),
        config.outputBucket(),
        outputKey,
        source,
        names(digest.keyFacts().people()),
        names(digest.keyFacts().organizations()),
        names(digest.keyFacts().places()));
  }

  /** {@code s3://bucket/key} of the summary document. */
  public String outputUri() {
    return "s3://" + outputBucket + "/" + outputKey;
  }

  /** The message as compact JSON (UTF-8); absent values are null, lists are never absent. */
  public byte[] toJson() {
    return EventJson.write(g -> {
      g.writeStartObject();
      g.writeStringField("schemaVersion", SCHEMA_VERSION);
      g.writeStringField("title", title);
      g.writeStringField("summary", summary);
      g.writeStringField("language", language);
      g.writeStringField("dateline", dateline);
      g.writeStringField("format", format);
      g.writeObjectFieldStart("output");
      g.writeStringField("bucket", outputBucket);
      g.writeStringField("key", outputKey);
      g.writeStringField("uri", outputUri());
      g.writeEndObject();
      g.writeObjectFieldStart("source");
      g.writeStringField("bucket", source.bucket());
      g.writeStringField("key", source.key());
      g.writeStringField("versionId", source.versionId());
      g.writeStringField("eTag", source.eTag());
      g.writeStringField("sequencer", source.sequencer());
      g.writeEndObject();
      array(g, "people", people);
      array(g, "organizations", organizations);
      array(g, "places", places);
      g.writeEndObject();
    });
  }

  /** A JSON array of strings, as SNS wants a {@code String.Array} attribute's value. */
  static String jsonArray(List<String> values) {
    byte[] json = EventJson.write(g -> {
      g.writeStartArray();
      for (String v : values) {
        g.writeString(v);
      }
      g.writeEndArray();
    });
    return new String(json, java.nio.charset.StandardCharsets.UTF_8);
  }

  private static void array(JsonGenerator g, String name, List<String> values) throws IOException {
    g.writeArrayFieldStart(name);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  private static List<String> names(List<Entity> entities) {
    List<String> out = new ArrayList<>(TOP_ENTITIES);
    for (Entity e : entities) {
      if (out.size() == TOP_ENTITIES) {
        break;
      }
      out.add(cut(e.name(), MAX_NAME_CHARS));
    }
    return out;
  }

  /** At most {@code max} characters, never splitting a surrogate pair. */
  static String cut(String s, int max) {
    if (s == null || s.length() <= max) {
      return s;
    }
    int end = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
    return s.substring(0, end);
  }
}
