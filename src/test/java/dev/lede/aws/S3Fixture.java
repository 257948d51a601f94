package dev.lede.aws;


import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Fresh input and output buckets on a real S3-compatible server, reached through the real AWS SDK v2
 * client, and the helpers the integration scenarios share. The server is Adobe S3Mock in this JVM unless
 * a subclass overrides {@link #s3()} and {@link #s3With} (LocalStack in Docker). Every test uses fresh
 * buckets, so one server serves a whole run.
 */
abstract class S3Fixture {
  static final Path SEED = Path.of("local/lede-input/articles/seed-article.txt");
  static final ObjectMapper MAPPER = new ObjectMapper();
  private static final AtomicInteger BUCKETS = new AtomicInteger();
  /** A word the sample article does not contain; it must never reach the logs. */
  static final String MARKER = "Quixotrambulation";

  private static S3Client s3Mock;

  /**
   * A client for setting up and inspecting buckets (and, by default, for the handler): S3Mock in this JVM
   * unless a subclass names another server.
   */
  S3Client s3() {
    if (s3Mock == null) {
      s3Mock = S3MockServer.client();
    }
    return s3Mock;
  }

  /** A client like {@link #s3()} whose HTTP layer is {@code http}. */
  S3Client s3With(software.amazon.awssdk.http.SdkHttpClient http) {
    return S3MockServer.clientWith(http);
  }

  String input;
  String output;
  final ByteArrayOutputStream logs = new ByteArrayOutputStream();

  @BeforeEach
  void freshBuckets() {
    int n = BUCKETS.incrementAndGet();
    String run = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    input = "lede-in-" + run + "-" + n;
    output = "lede-out-" + run + "-" + n;
    s3().createBucket(b -> b.bucket(input));
    s3().createBucket(b -> b.bucket(output));
    s3().putBucketVersioning(
        b -> b.bucket(input).versioningConfiguration(v -> v.status(BucketVersioningStatus.ENABLED)));
  }

  LedeConfig config(int maxBytes) {
    return new LedeConfig(input, "articles/", output, "summaries/", "errors/", maxBytes);
  }

  S3EventHandler handler(S3Client client, LedeConfig config) {
    Clock clock = Clock.fixed(Instant.parse("2026-01-19T09:00:00Z"), ZoneOffset.UTC);
    return new S3EventHandler(
        new S3ObjectStore(client), config, new JsonLog(new PrintStream(logs, true, StandardCharsets.UTF_8), clock));
  }

  S3EventHandler handler() {
    return handler(s3(), config(5 * 1024 * 1024));
  }

  /** Runs the Lambda entry point and returns its JSON report. */
  JsonNode invoke(S3EventHandler handler, byte[] event) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    handler.handleRequest(new ByteArrayInputStream(event), out, null);
    return MAPPER.readTree(out.toByteArray());
  }

  ObjectRef upload(String key, byte[] body) {
    PutObjectResponse r =
        s3().putObject(b -> b.bucket(input).key(key).contentType("text/plain"), RequestBody.fromBytes(body));
    return new ObjectRef(input, key, r.versionId(), r.eTag(), (long) body.length, TestEvents.nextSequencer());
  }

  static byte[] article(String sentence) {
    return ("Harbour council approves budget\n"
            + "The harbour council on Tuesday approved a budget of 12 million for the coming year. "
            + sentence + "\nCouncillors said the vote followed months of debate.\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  ResponseBytes<GetObjectResponse> document(String key) {
    return s3().getObjectAsBytes(b -> b.bucket(output).key(key));
  }

  boolean exists(String bucket, String key) {
    try {
      s3().headObject(b -> b.bucket(bucket).key(key));
      return true;
    } catch (NoSuchKeyException e) {
      return false;
    } catch (S3Exception e) {
      if (e.statusCode() == 404) {
        return false;
      }
      throw e;
    }
  }

  List<String> outputKeys() {
    return s3().listObjectsV2(b -> b.bucket(output)).contents().stream().map(S3Object::key).toList();
  }

  static String status(JsonNode report, int i) {
    return report.path("outcomes").path(i).path("status").asText();
  }

}
