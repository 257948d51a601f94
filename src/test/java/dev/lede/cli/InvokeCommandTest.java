package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.aws.S3Clients;
import dev.lede.aws.S3MockServer;
import dev.lede.json.SchemaAssert;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** {@code lede invoke}: the real handler on the sample events, against a directory or an endpoint. */
class InvokeCommandTest {
  static final ObjectMapper MAPPER = new ObjectMapper();
  @TempDir Path tmp;

  record Run(int code, String out, String err) {}

  static Run run(Map<String, String> env, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = new InvokeCommand(
            new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), env)
        .run(args);
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** A copy of the shipped local/ tree, so the test leaves the checkout alone. */
  Path localCopy() throws IOException {
    Path src = Path.of("local/lede-input");
    Path root = tmp.resolve("local");
    try (Stream<Path> files = Files.walk(src)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        Path to = root.resolve("lede-input").resolve(src.relativize(f).toString());
        Files.createDirectories(to.getParent());
        Files.copy(f, to);
      }
    }
    return root;
  }

  @Test
  void theSampleEventPrintsTheSummaryAndLeavesItOnDisk() throws IOException {
    Path root = localCopy();

    Run first = run(Map.of(), "--local-root", root.toString(), "events/s3-put.json");
    Run second = run(Map.of(), "--local-root=" + root, "events/s3-put.json");

    assertEquals(0, first.code(), first.err());
    JsonNode printed = SchemaAssert.assertValid(first.out().getBytes(StandardCharsets.UTF_8));
    assertEquals("articles/seed-article.txt", printed.path("source").path("key").asText());
    Path stored = root.resolve("lede-output/summaries/articles/seed-article.txt.json");
    assertEquals(MAPPER.readTree(Files.readAllBytes(stored)), printed, "it prints what it stored");
    assertTrue(first.err().contains("\"status\":\"summarised\""), first.err());
    assertEquals(0, second.code(), second.err());
    assertEquals(first.out(), second.out(), "the second run finds the same document");
    assertTrue(second.err().contains("\"status\":\"duplicate\""), second.err());
  }

  @Test
  void everySampleEventRuns() throws IOException {
    Path root = localCopy();
    assertEquals(0, run(Map.of(), "--local-root", root.toString(), "events/s3-put-encoded-key.json").code());
    assertTrue(Files.exists(root.resolve("lede-output/summaries/articles/city desk/Nørreby tram plan.txt.json")));

    Run two = run(Map.of(), "--local-root", root.toString(), "events/s3-put-two-records.json");
    assertEquals(0, two.code(), two.err());
    assertEquals(2, MAPPER.readerFor(JsonNode.class).readValues(two.out()).readAll().size());

    Run big = run(Map.of(), "--local-root", root.toString(), "events/s3-put-oversized.json");
    assertEquals(1, big.code(), "an error document makes the exit code 1");
    assertEquals("too_large", SchemaAssert.assertValid(big.out().getBytes(StandardCharsets.UTF_8))
        .path("error").path("code").asText());

    for (String quiet : new String[] {"events/s3-delete.json", "events/s3-test-event.json"}) {
      Run r = run(Map.of(), "--local-root", root.toString(), quiet);
      assertEquals(0, r.code(), r.err());
      assertEquals("", r.out());
      assertTrue(r.err().contains("ignored"), r.err());
    }
  }

  @Test
  void runsAgainstAnS3Endpoint() throws IOException {
    String input = "cli-in-" + System.nanoTime();
    String output = "cli-out-" + System.nanoTime();
    Map<String, String> env = Map.of(
        "AWS_ACCESS_KEY_ID", S3MockServer.ACCESS_KEY, "AWS_SECRET_ACCESS_KEY", S3MockServer.SECRET_KEY,
        S3Clients.AWS_REGION, "us-east-1", "INPUT_BUCKET", input, "OUTPUT_BUCKET", output);
    try (S3Client s3 = S3MockServer.client()) {
      s3.createBucket(b -> b.bucket(input));
      s3.createBucket(b -> b.bucket(output));
      s3.putObject(b -> b.bucket(input).key("articles/seed-article.txt"),
          RequestBody.fromFile(Path.of("local/lede-input/articles/seed-article.txt")));
      Path event = Files.writeString(tmp.resolve("event.json"),
          Files.readString(Path.of("events/s3-put.json")).replace("lede-input", input));

      Run r = run(env, "--endpoint", S3MockServer.endpoint().toString(), event.toString());

      assertEquals(0, r.code(), r.err());
      JsonNode printed = SchemaAssert.assertValid(r.out().getBytes(StandardCharsets.UTF_8));
      assertEquals(input, printed.path("source").path("bucket").asText());
      byte[] stored = s3.getObjectAsBytes(b -> b.bucket(output).key("summaries/articles/seed-article.txt.json")).asByteArray();
      assertEquals(MAPPER.readTree(stored), printed);
    }
  }

  @Test
  void everyEventSourceRuns() throws IOException {
    Path root = localCopy();

    Run sqs = run(Map.of(), "--local-root", root.toString(), "events/sqs-s3.json");

    assertEquals(0, sqs.code(), sqs.err());
    assertEquals(2, MAPPER.readerFor(JsonNode.class).readValues(sqs.out()).readAll().size(), "both messages' summaries");
    assertTrue(sqs.err().contains("sqs response: {\"batchItemFailures\":[]}"), sqs.err());
    for (String event : new String[] {"events/sqs-sns-s3.json", "events/eventbridge-object-created.json", "events/batch-v2.json"}) {
      Run r = run(Map.of(), "--local-root", root.toString(), event);
      assertEquals(0, r.code(), event + ": " + r.err());
      assertEquals("articles/seed-article.txt",
          SchemaAssert.assertValid(r.out().getBytes(StandardCharsets.UTF_8)).path("source").path("key").asText(), event);
    }
    Run batch = run(Map.of(), "--local-root", root.toString(), "events/batch-v1.json");
    assertEquals(0, batch.code(), batch.err());
    assertTrue(batch.err().contains("\"resultCode\":\"Succeeded\""), batch.err());
    Run test = run(Map.of(), "--local-root", root.toString(), "events/sqs-test-event.json");
    assertEquals(0, test.code(), test.err());
    assertEquals("", test.out());
  }

  @Test
  void aFailedTaskOrMessageExitsOne() throws IOException {
    Path empty = Files.createDirectories(tmp.resolve("empty/lede-input"));

    Run batch = run(Map.of(), "--local-root", empty.getParent().toString(), "events/batch-v2.json");

    assertEquals(1, batch.code(), batch.err());
    assertTrue(batch.err().contains("\"resultCode\":\"PermanentFailure\""), batch.err());
    Path bad = Files.writeString(tmp.resolve("bad-sqs.json"),
        "{\"Records\":[{\"messageId\":\"m-1\",\"eventSource\":\"aws:sqs\",\"body\":\"not an event\"}]}");
    Run sqs = run(Map.of(), "--local-root", empty.getParent().toString(), bad.toString());
    assertEquals(1, sqs.code(), sqs.err());
    assertTrue(sqs.err().contains("{\"batchItemFailures\":[{\"itemIdentifier\":\"m-1\"}]}"), sqs.err());
  }

  @Test
  void usageErrorsExitTwoAndMissingEventsOne() throws IOException {
    assertEquals(2, run(Map.of()).code());
    assertEquals(2, run(Map.of(), "--frobnicate", "events/s3-put.json").code());
    assertEquals(2, run(Map.of(), "--local-root").code());
    assertEquals(2, run(Map.of(), "--local-root", tmp.resolve("nowhere").toString(), "events/s3-put.json").code());
    assertEquals(2, run(Map.of("MAX_ARTICLE_BYTES", "lots"), "events/s3-put.json").code());
    Run missing = run(Map.of(), "--local-root", localCopy().toString(), tmp.resolve("none.json").toString());
    assertEquals(1, missing.code());
    assertTrue(missing.err().contains("no such event file"), missing.err());
  }

  @Test
  void mainRoutesTheCommand() {
    assertTrue(Main.USAGE.contains("invoke"));
    assertEquals(2, MainTest.run(new byte[0], "invoke").code(), "invoke without an event is a usage error");
  }
}
