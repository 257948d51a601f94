package dev.lede.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The handler's own event parser against the Lambda runtime's serialisation (aws-lambda-java-tests):
 * every S3 notification in {@code events/} ({@code s3-*.json}) must load as an {@link S3Event} and parse
 * to the same records. The other shapes are checked in {@link EventSourcesParsingTest}.
 */
class S3EventParserTest {
  static final Path EVENTS = Path.of("events");

  static Stream<Path> eventFiles() throws IOException {
    try (Stream<Path> s = Files.list(EVENTS)) {
      List<Path> files = s.filter(p -> p.getFileName().toString().startsWith("s3-")
          && p.toString().endsWith(".json")).sorted().toList();
      assertTrue(files.size() >= 6, "events/ holds the sample events");
      return files.stream();
    }
  }

  static S3Notification parse(String json) throws IOException {
    return S3EventParser.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  @ParameterizedTest
  @MethodSource("eventFiles")
  void everySampleEventParsesAsTheRuntimeReadsIt(Path file) throws IOException {
    S3Event runtime = EventLoader.loadS3Event(file.toString());
    S3Notification ours;
    try (InputStream in = Files.newInputStream(file)) {
      ours = S3EventParser.parse(in);
    }
    List<S3EventNotificationRecord> expected = runtime.getRecords() == null ? List.of() : runtime.getRecords();
    assertEquals(expected.size(), ours.records().size(), file.toString());
    assertEquals(expected.isEmpty(), ours.testEvent(), "only the test event has no records: " + file);
    for (int i = 0; i < expected.size(); i++) {
      S3EventNotificationRecord r = expected.get(i);
      S3Notification.Record o = ours.records().get(i);
      // The runtime's model turns absent fields into "" and 0; ours keeps them absent (null).
      assertEquals(r.getEventName(), o.eventName());
      assertEquals(r.getEventSource(), o.eventSource());
      assertEquals(r.getS3().getBucket().getName(), o.object().bucket());
      assertEquals(r.getS3().getObject().getUrlDecodedKey(), o.object().key());
      assertEquals(r.getS3().getObject().getSizeAsLong(), o.object().size() == null ? 0L : o.object().size());
      assertEquals(emptyToNull(r.getS3().getObject().geteTag()), o.object().eTag());
      assertEquals(emptyToNull(r.getS3().getObject().getVersionId()), o.object().versionId());
      assertEquals(emptyToNull(r.getS3().getObject().getSequencer()), o.object().sequencer());
    }
  }

  // aws-lambda-java-tests' @Events provider predates JUnit 5.13's ArgumentsProvider API and fails under
  // it, so the files are loaded with its EventLoader instead.
  @ParameterizedTest
  @MethodSource("eventFiles")
  void everySampleEventNamesTheSampleInputBucket(Path file) {
    S3Event event = EventLoader.loadS3Event(file.toString());
    if (event.getRecords() != null) {
      for (S3EventNotificationRecord r : event.getRecords()) {
        assertEquals("lede-input", r.getS3().getBucket().getName());
        assertTrue(r.getS3().getObject().getUrlDecodedKey().startsWith("articles/"));
      }
    }
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  @Test
  void keysAreDecodedAsS3EncodesThem() {
    assertEquals("articles/city desk/Nørreby tram plan.txt",
        S3EventParser.decodeKey("articles/city+desk/N%C3%B8rreby+tram+plan.txt"));
    assertEquals("a+b c", S3EventParser.decodeKey("a%2Bb+c"));
    assertEquals("line\nbreak", S3EventParser.decodeKey("line%0Abreak"));
    assertThrows(BadEventException.class, () -> S3EventParser.decodeKey("bad%zz"));
  }

  @Test
  void theTestEventHasNoRecords() throws IOException {
    S3Notification n = parse("{\"Service\":\"Amazon S3\",\"Event\":\"s3:TestEvent\",\"Bucket\":\"b\"}");
    assertTrue(n.testEvent());
    assertEquals(List.of(), n.records());
  }

  @Test
  void unknownFieldsAreSkippedAndSizeMayBeAString() throws IOException {
    S3Notification n = parse(
        "{\"Records\":[{\"eventName\":\"ObjectCreated:Copy\",\"glacierEventData\":{\"x\":[1,2]},"
            + "\"s3\":{\"future\":{\"a\":1},\"bucket\":{\"name\":\"b\",\"arn\":\"x\"},"
            + "\"object\":{\"key\":\"k\",\"size\":\"42\",\"eTag\":\"\\\"abc\\\"\",\"versionId\":\"null\"}}}],"
            + "\"extra\":true}");
    ObjectRef o = n.records().get(0).object();
    assertEquals(42L, o.size());
    assertEquals("abc", o.eTag(), "quotes are stripped");
    assertNull(o.versionId(), "the literal null version is no version");
    assertNull(o.sequencer());
    assertTrue(n.records().get(0).isObjectCreated());
  }

  @Test
  void onlyObjectCreatedEventsCount() throws IOException {
    S3Notification n = parse(
        "{\"Records\":[{\"eventName\":\"ObjectRemoved:Delete\",\"s3\":{\"bucket\":{\"name\":\"b\"},\"object\":{\"key\":\"k\"}}},"
            + "{\"eventName\":\"s3:ObjectCreated:Put\",\"s3\":{\"bucket\":{\"name\":\"b\"},\"object\":{\"key\":\"k\"}}},"
            + "{\"eventName\":\"ObjectRestore:Completed\",\"s3\":{\"bucket\":{\"name\":\"b\"},\"object\":{\"key\":\"k\"}}}]}");
    assertFalse(n.records().get(0).isObjectCreated());
    assertTrue(n.records().get(1).isObjectCreated());
    assertFalse(n.records().get(2).isObjectCreated());
  }

  @Test
  void malformedEventsAreRejectedWithoutQuotingThem() {
    for (String bad : List.of("", "[]", "not json", "{\"Records\":[{\"s3\":{}}]}",
        "{\"Records\":[{\"s3\":{\"bucket\":{\"name\":\"b\"}}}]}", "{\"Records\":[{\"s3\":\"x\"}]}",
        "{\"Records\":[{\"s3\":{\"bucket\":{\"name\":\"b\"},\"object\":{\"key\":\"k\",\"size\":\"big\"}}}]}",
        "{\"Hello\":\"world\"}", "{\"Records\":[{\"s3\":{\"bucket\":{\"name\":\"b\"},\"object\":{\"key\":\"SECRET%zz\"}}}]}")) {
      BadEventException e = assertThrows(BadEventException.class, () -> parse(bad), bad);
      assertFalse(e.getMessage().contains("SECRET"), e.getMessage());
    }
  }
}
