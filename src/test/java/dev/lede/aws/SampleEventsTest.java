package dev.lede.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.json.SchemaAssert;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Every file in {@code events/} (every source: S3, SQS, SNS through SQS, EventBridge, S3 Batch
 * Operations) through the handler, against S3Mock holding the articles shipped under
 * {@code local/lede-input}: the sample events are usable as they are (their eTags and sizes match the
 * shipped articles, so the conditional reads succeed).
 */
class SampleEventsTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final AtomicInteger OUTPUTS = new AtomicInteger();
  private static S3Client s3;

  @BeforeAll
  static void uploadTheShippedArticles() throws IOException {
    s3 = S3MockServer.client();
    s3.createBucket(b -> b.bucket("lede-input"));
    Path root = Path.of("local/lede-input");
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        String key = root.relativize(f).toString().replace('\\', '/');
        s3.putObject(b -> b.bucket("lede-input").key(key), RequestBody.fromFile(f));
      }
    }
  }

  static Stream<Arguments> events() {
    return Stream.of(
        Arguments.of("s3-put.json", List.of("summarised")),
        Arguments.of("s3-put-encoded-key.json", List.of("summarised")),
        Arguments.of("s3-put-two-records.json", List.of("summarised", "summarised")),
        Arguments.of("s3-delete.json", List.of("ignored")),
        Arguments.of("s3-put-oversized.json", List.of("error_document")),
        Arguments.of("s3-test-event.json", List.of()),
        Arguments.of("sqs-s3.json", List.of("summarised", "summarised")),
        Arguments.of("sqs-sns-s3.json", List.of("summarised")),
        Arguments.of("sqs-test-event.json", List.of()),
        Arguments.of("eventbridge-object-created.json", List.of("summarised")),
        Arguments.of("batch-v1.json", List.of("summarised")),
        Arguments.of("batch-v2.json", List.of("summarised")));
  }

  @Test
  void everySampleEventIsListedHere() throws IOException {
    List<String> listed = events().map(a -> (String) a.get()[0]).sorted().toList();
    try (Stream<Path> files = Files.list(Path.of("events"))) {
      assertEquals(files.map(f -> f.getFileName().toString()).sorted().toList(), listed);
    }
  }

  @ParameterizedTest
  @MethodSource("events")
  void theSampleEventHasTheDocumentedOutcome(String file, List<String> expected) throws IOException {
    String output = "lede-output-" + OUTPUTS.incrementAndGet();
    s3.createBucket(b -> b.bucket(output));
    LedeConfig config = LedeConfig.forLocalRun(Map.of(LedeConfig.OUTPUT_BUCKET, output));
    S3EventHandler handler =
        new S3EventHandler(new S3ObjectStore(s3), config,
            new JsonLog(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), Clock.systemUTC()));
    JsonLog log = new JsonLog(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), Clock.systemUTC());

    S3EventHandler.Invocation invocation = handler.invoke(Files.readAllBytes(Path.of("events", file)), log);

    List<String> statuses = new ArrayList<>();
    for (Outcome o : invocation.outcomes()) {
      statuses.add(o.status().label());
      if (o.outputKey() != null) {
        SchemaAssert.assertValid(s3.getObjectAsBytes(b -> b.bucket(output).key(o.outputKey())).asByteArray());
      }
    }
    assertEquals(expected, statuses, file);
    assertEquals(0, invocation.failed(), file + ": " + new String(invocation.response(), StandardCharsets.UTF_8));
    MAPPER.readTree(invocation.response());
  }
}
