package dev.lede.aws;

import static dev.lede.aws.S3Buckets.invoke;
import static dev.lede.aws.S3Buckets.status;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.aws.FaultInjectingHttpClient.Attempt;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Network and service faults (issue 6), injected under the real SDK client (its retries, backoff, error
 * parsing and checksums run unchanged) while S3Mock in this JVM serves everything else. For each: what
 * the SDK does, what the handler returns or throws, what it logs, and that no document, whole or
 * partial, is left behind. What Lambda does next follows from the handler: a returned report ends the
 * event; a thrown failure makes Lambda retry the asynchronous event (MaximumRetryAttempts, with
 * backoff) and then send it to the failure queue. The README's reliability table lists each row.
 */
class S3FaultsTest {
  /** Timeouts for the client under test: short, so a timeout test takes seconds, not the production 10 s. */
  private static final Duration SHORT = Duration.ofMillis(700);

  private S3Buckets f;
  private DeadEndpoints dead;
  private final SdkHttpClient shortTimeouts =
      UrlConnectionHttpClient.builder().connectionTimeout(SHORT).socketTimeout(SHORT).build();

  @BeforeEach
  void setUp() throws IOException {
    f = new S3Buckets("faults");
    dead = new DeadEndpoints();
  }

  @AfterEach
  void tearDown() throws IOException {
    dead.close();
    shortTimeouts.close();
  }

  private S3Client client(FaultInjectingHttpClient http) {
    return S3Clients.builder(
            Map.of(S3Clients.AWS_REGION, "us-east-1"),
            S3MockServer.endpoint(),
            StaticCredentialsProvider.create(AwsBasicCredentials.create(S3MockServer.ACCESS_KEY, S3MockServer.SECRET_KEY)))
        .httpClient(http)
        .build();
  }

  private FaultInjectingHttpClient http() {
    return new FaultInjectingHttpClient(shortTimeouts);
  }

  private Predicate<SdkHttpRequest> getOf(ObjectRef ref) {
    return r -> r.method().name().equals("GET") && r.encodedPath().startsWith("/" + ref.bucket() + "/");
  }

  private Predicate<SdkHttpRequest> putToOutput() {
    return r -> r.method().name().equals("PUT") && r.encodedPath().startsWith("/" + f.output + "/");
  }

  private ObjectRef article(String key) {
    return f.upload(key, S3OrderingTest.article("A fault is on its way."));
  }

  /** The last "record failed" log line. */
  private JsonNode failureLine() throws IOException {
    String[] lines = f.logText().split("\n");
    for (int i = lines.length - 1; i >= 0; i--) {
      JsonNode line = S3Buckets.MAPPER.readTree(lines[i]);
      if (line.path("message").asText().equals("record failed")) {
        return line;
      }
    }
    throw new AssertionError("no 'record failed' line in\n" + f.logText());
  }

  @Test
  void serverErrorsAreRetriedByTheSdkWithBackoffAndThenSucceed() {
    ObjectRef ref = article("articles/flaky.txt");
    FaultInjectingHttpClient http = http().on(getOf(ref), 2, FaultInjectingHttpClient.error(500, "InternalError", "We encountered an internal error."));

    JsonNode report = invoke(f.handler(client(http)), TestEvents.created(ref));

    assertEquals("summarised", status(report), "the third attempt got through");
    List<Attempt> gets = http.attempts(a -> a.method().equals("GET") && a.path().startsWith("/" + f.input + "/"));
    assertEquals(3, gets.size());
    assertEquals(List.of("attempt=1; max=3", "attempt=2; max=3", "attempt=3; max=3"),
        gets.stream().map(Attempt::sdkAttempt).toList(), "the SDK's own retries");
    assertEquals(List.of("summaries/articles/flaky.txt.json"), f.outputKeys());
  }

  /**
   * SlowDown is a throttling error: the SDK's standard mode backs off with full jitter from a 1 s base
   * (100 ms for other errors), so the waits are random and not asserted here; the attempts are.
   */
  @Test
  void slowDownIsRetriedThenSurfacedAsRetryable() throws IOException {
    ObjectRef ref = article("articles/throttled.txt");
    FaultInjectingHttpClient http = http().on(getOf(ref), 100, FaultInjectingHttpClient.error(503, "SlowDown", "Please reduce your request rate."));

    S3Exception e = assertThrows(S3Exception.class, () -> invoke(f.handler(client(http)), TestEvents.created(ref)));

    assertEquals(503, e.statusCode());
    assertTrue(Failures.retryable(e));
    assertEquals(List.of("attempt=1; max=3", "attempt=2; max=3", "attempt=3; max=3"),
        http.attempts(Attempt::faulted).stream().map(Attempt::sdkAttempt).toList(), "three attempts, then the SDK gives up");
    JsonNode line = failureLine();
    assertEquals("SlowDown", line.path("errorCode").asText());
    assertTrue(line.path("retryable").asBoolean());
    assertEquals(List.of(), f.outputKeys(), "nothing written");
  }

  @Test
  void serviceUnavailableOnEveryAttemptSurfacesAsRetryable() throws IOException {
    ObjectRef ref = article("articles/down.txt");
    FaultInjectingHttpClient http = http().on(r -> true, 1000, FaultInjectingHttpClient.error(503, "ServiceUnavailable", "Service is unable to handle request."));

    S3Exception e = assertThrows(S3Exception.class, () -> invoke(f.handler(client(http)), TestEvents.created(ref)));

    assertTrue(Failures.retryable(e));
    assertEquals("HTTP 503", failureLine().path("errorCode").asText(), "the first call, a HEAD, has no error body");
    assertEquals(List.of(), f.outputKeys());
  }

  @Test
  void aReadTimeoutIsRetriedThenSurfacedAsRetryable() throws IOException {
    ObjectRef ref = article("articles/slow.txt");
    FaultInjectingHttpClient http = http().on(getOf(ref), 100, FaultInjectingHttpClient.sentTo(dead.silentPort(), shortTimeouts));

    SdkClientException e = assertThrows(SdkClientException.class, () -> invoke(f.handler(client(http)), TestEvents.created(ref)));

    assertTrue(String.valueOf(e.getMessage()).toLowerCase().contains("timed out"), e.getMessage());
    assertTrue(Failures.retryable(e));
    assertEquals(3, http.attempts(Attempt::faulted).size(), "the SDK retried timeouts");
    assertTrue(failureLine().path("retryable").asBoolean());
    assertEquals(List.of(), f.outputKeys());
  }

  @Test
  void aConnectTimeoutIsRetriedThenSurfacedAsRetryable() throws IOException {
    ObjectRef ref = article("articles/unreachable.txt");
    FaultInjectingHttpClient http = http().on(r -> true, 1000, FaultInjectingHttpClient.sentTo(dead.fullPort(), shortTimeouts));

    SdkClientException e = assertThrows(SdkClientException.class, () -> invoke(f.handler(client(http)), TestEvents.created(ref)));

    assertTrue(String.valueOf(e.getMessage()).toLowerCase().contains("connect timed out"), e.getMessage());
    assertTrue(Failures.retryable(e));
    assertTrue(http.attempts().size() >= 3, "retried: " + http.attempts().size());
    assertEquals(List.of(), f.outputKeys());
  }

  @Test
  void noSuchKeyIsSkippedAsFinalAndLogged() throws IOException {
    ObjectRef ref = article("articles/vanished.txt");
    FaultInjectingHttpClient http = http().on(getOf(ref), 100, FaultInjectingHttpClient.error(404, "NoSuchKey", "The specified key does not exist."));

    JsonNode report = invoke(f.handler(client(http)), TestEvents.created(ref));

    assertEquals("gone", status(report), "returned normally: Lambda does not retry");
    assertEquals(1, http.attempts(Attempt::faulted).size(), "404 is not retried");
    JsonNode line = S3Buckets.MAPPER.readTree(f.logText().strip());
    assertEquals("gone", line.path("status").asText());
    assertTrue(line.path("detail").asText().startsWith("NoSuchKey"), line.toString());
    assertEquals(List.of(), f.outputKeys());
  }

  @Test
  void accessDeniedIsSurfacedWithAClearLogLine() throws IOException {
    ObjectRef ref = article("articles/forbidden.txt");
    FaultInjectingHttpClient http = http().on(getOf(ref), 100, FaultInjectingHttpClient.error(403, "AccessDenied", "Access Denied"));

    S3Exception e = assertThrows(S3Exception.class, () -> invoke(f.handler(client(http)), TestEvents.created(ref)));

    assertEquals(403, e.statusCode());
    assertFalse(Failures.retryable(e), "retrying will not help; Lambda's own retries still keep the event");
    assertEquals(1, http.attempts(Attempt::faulted).size(), "the SDK does not retry 403");
    JsonNode line = failureLine();
    assertEquals("ERROR", line.path("level").asText());
    assertEquals("AccessDenied", line.path("errorCode").asText());
    assertEquals(false, line.path("retryable").asBoolean());
    assertTrue(line.path("advice").asText().contains("IAM policy"), line.toString());
    assertEquals(ref.key(), line.path("key").asText());
    assertEquals(List.of(), f.outputKeys());
  }

  @Test
  void aFailingPutObjectIsSurfacedAndLeavesNoDocument() throws IOException {
    ObjectRef ref = article("articles/unwritable.txt");
    FaultInjectingHttpClient http = http().on(putToOutput(), 100, FaultInjectingHttpClient.error(500, "InternalError", "We encountered an internal error."));

    S3Exception e = assertThrows(S3Exception.class, () -> invoke(f.handler(client(http)), TestEvents.created(ref)));

    assertTrue(Failures.retryable(e));
    assertEquals(3, http.attempts(Attempt::faulted).size());
    assertEquals(List.of(), f.outputKeys(), "no document, whole or partial");
    assertEquals("InternalError", failureLine().path("errorCode").asText());
  }

  @Test
  void aForbiddenPutObjectIsSurfacedAndLeavesNoDocument() throws IOException {
    ObjectRef ref = article("articles/readonly.txt");
    FaultInjectingHttpClient http = http().on(putToOutput(), 100, FaultInjectingHttpClient.error(403, "AccessDenied", "Access Denied"));

    assertThrows(S3Exception.class, () -> invoke(f.handler(client(http)), TestEvents.created(ref)));

    assertEquals(List.of(), f.outputKeys());
    assertEquals("AccessDenied", failureLine().path("errorCode").asText());
  }

  @Test
  void aTruncatedBodyIsCaughtByItsContentLengthAndNeverSummarised() throws IOException {
    byte[] body = S3OrderingTest.article("Only half of this article will arrive. ".repeat(40));
    ObjectRef ref = f.upload("articles/cut.txt", body);
    FaultInjectingHttpClient http = http().on(getOf(ref), 100, FaultInjectingHttpClient.truncatedBody(body.length / 2));

    UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> invoke(f.handler(client(http)), TestEvents.created(ref)));

    assertTrue(e.getMessage().contains("truncated response body: read " + body.length / 2 + " of " + body.length), e.getMessage());
    assertTrue(Failures.retryable(e), "a retry may get the whole body");
    assertEquals(List.of(), f.outputKeys(), "half an article is never summarised as if whole");
    assertTrue(failureLine().path("retryable").asBoolean());
  }

  @Test
  void aTruncatedBodyThatATransientFaultCausedSucceedsOnTheNextInvocation() {
    byte[] body = S3OrderingTest.article("Cut once, whole the next time.");
    ObjectRef ref = f.upload("articles/once.txt", body);
    FaultInjectingHttpClient http = http().on(getOf(ref), 1, FaultInjectingHttpClient.truncatedBody(10));
    S3EventHandler handler = f.handler(client(http));

    assertThrows(UncheckedIOException.class, () -> invoke(handler, TestEvents.created(ref)));
    JsonNode retried = invoke(handler, TestEvents.created(ref)); // what Lambda's retry does

    assertEquals("summarised", status(retried));
    assertTrue(new String(f.document("summaries/articles/once.txt.json"), StandardCharsets.UTF_8).contains("whole the next time"));
  }
}
