package dev.lede.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The entry point's own duties, over the local directory store (no server needed). */
class S3EventHandlerTest {
  @TempDir Path root;
  final ByteArrayOutputStream logs = new ByteArrayOutputStream();

  S3EventHandler handler() {
    return new S3EventHandler(new DirectoryObjectStore(root), LedeConfig.forLocalRun(java.util.Map.of()),
        new JsonLog(new PrintStream(logs, true, StandardCharsets.UTF_8), Clock.systemUTC()));
  }

  static byte[] event(String file) throws IOException {
    return Files.readAllBytes(Path.of("events", file));
  }

  @Test
  void everyLogLineCarriesTheLambdaRequestId() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    handler().handleRequest(new ByteArrayInputStream(event("s3-delete.json")), out, new RequestContext("req-42"));

    JsonNode line = new ObjectMapper().readTree(logs.toString(StandardCharsets.UTF_8).strip());
    assertEquals("req-42", line.path("requestId").asText());
    JsonNode report = new ObjectMapper().readTree(out.toByteArray());
    assertEquals(1, report.path("records").asInt());
    assertEquals("ignored", report.path("outcomes").path(0).path("status").asText());
  }

  @Test
  void anEventOfNoShapeItReadsFailsTheInvocationWithALogLine() {
    // An SNS topic invoking the function directly: not a source this function is wired to.
    byte[] sns = "{\"Records\":[{\"EventSource\":\"aws:sns\",\"Sns\":{\"Message\":\"{}\"}}]}"
        .getBytes(StandardCharsets.UTF_8);
    assertThrows(BadEventException.class,
        () -> handler().handleRequest(new ByteArrayInputStream(sns), new ByteArrayOutputStream(), null));
    assertTrue(logs.toString(StandardCharsets.UTF_8).contains("\"level\":\"ERROR\""), logs.toString());
  }

  @Test
  void malformedBatchesOfEveryShapeAreRefusedWithALogLine() {
    for (String bad : new String[] {
        "{\"Records\":[{\"eventSource\":\"aws:sqs\",\"body\":\"{}\"}]}",
        "{\"invocationSchemaVersion\":\"3.0\",\"invocationId\":\"i\",\"tasks\":[]}",
        "{\"invocationSchemaVersion\":\"1.0\",\"invocationId\":\"i\",\"tasks\":[{\"s3Key\":\"k\"}]}",
        "{\"source\":\"aws.s3\",\"detail-type\":\"Object Created\",\"detail\":{\"bucket\":{}}}"}) {
      logs.reset();
      assertThrows(BadEventException.class, () -> handler().handleRequest(
          new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)), new ByteArrayOutputStream(), null), bad);
      assertTrue(logs.toString(StandardCharsets.UTF_8).contains("event refused"), bad + " " + logs);
    }
  }

  @Test
  void anEventLargerThanLambdaDeliversIsRefusedUnread() {
    byte[] huge = new byte[S3EventHandler.MAX_EVENT_BYTES + 1];
    java.util.Arrays.fill(huge, (byte) ' ');
    assertThrows(BadEventException.class,
        () -> handler().handleRequest(new ByteArrayInputStream(huge), new ByteArrayOutputStream(), null));
  }

  @Test
  void aMissingArticleIsGoneNotAFailure() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    handler().handleRequest(new ByteArrayInputStream(event("s3-put.json")), out, null);
    assertEquals("gone", new ObjectMapper().readTree(out.toByteArray()).path("outcomes").path(0).path("status").asText());
  }

  /** The few Context fields the handler reads; Lambda supplies the real one. */
  record RequestContext(String getAwsRequestId) implements Context {
    @Override public String getLogGroupName() { return null; }
    @Override public String getLogStreamName() { return null; }
    @Override public String getFunctionName() { return "lede"; }
    @Override public String getFunctionVersion() { return "1"; }
    @Override public String getInvokedFunctionArn() { return null; }
    @Override public CognitoIdentity getIdentity() { return null; }
    @Override public ClientContext getClientContext() { return null; }
    @Override public int getRemainingTimeInMillis() { return 60_000; }
    @Override public int getMemoryLimitInMB() { return 1024; }
    @Override public LambdaLogger getLogger() { return null; }
  }
}
