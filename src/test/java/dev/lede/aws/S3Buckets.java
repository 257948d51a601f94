package dev.lede.aws;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Fresh input (versioned) and output buckets on the in-JVM S3Mock server, a handler wired to them with
 * its log captured, and the few looks at the output bucket the reliability tests need.
 */
final class S3Buckets {
  static final ObjectMapper MAPPER = new ObjectMapper();
  private static final AtomicInteger BUCKETS = new AtomicInteger();

  final S3Client s3 = S3MockServer.client();
  final String input;
  final String output;
  final ByteArrayOutputStream logs = new ByteArrayOutputStream();

  S3Buckets(String name) {
    int n = BUCKETS.incrementAndGet();
    String run = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    input = "rel-" + name + "-in-" + run + "-" + n;
    output = "rel-" + name + "-out-" + run + "-" + n;
    s3.createBucket(b -> b.bucket(input));
    s3.createBucket(b -> b.bucket(output));
    s3.putBucketVersioning(
        b -> b.bucket(input).versioningConfiguration(v -> v.status(BucketVersioningStatus.ENABLED)));
  }

  /**
   * A client built as the function's, whose conditional writes the server applies atomically, as S3
   * does (see {@link AtomicConditionalWrites}); for tests that race writers of one key.
   */
  static S3Client atomicClient() {
    return S3Clients.builder(
            Map.of(S3Clients.AWS_REGION, "us-east-1"),
            S3MockServer.endpoint(),
            StaticCredentialsProvider.create(
                AwsBasicCredentials.create(S3MockServer.ACCESS_KEY, S3MockServer.SECRET_KEY)))
        .httpClient(new AtomicConditionalWrites(UrlConnectionHttpClient.create()))
        .build();
  }

  LedeConfig config(int maxBytes) {
    return new LedeConfig(input, "articles/", output, "summaries/", "errors/", maxBytes);
  }

  LedeConfig config() {
    return config(5 * 1024 * 1024);
  }

  JsonLog log() {
    return new JsonLog(new PrintStream(logs, true, StandardCharsets.UTF_8),
        Clock.fixed(Instant.parse("2026-01-19T09:00:00Z"), ZoneOffset.UTC));
  }

  /** A handler as the runtime builds it, but on {@code client}. */
  S3EventHandler handler(S3Client client) {
    return new S3EventHandler(new S3ObjectStore(client), config(), log());
  }

  S3EventHandler handler() {
    return handler(s3);
  }

  ObjectRef upload(String key, byte[] body) {
    PutObjectResponse r = s3.putObject(b -> b.bucket(input).key(key).contentType("text/plain"), RequestBody.fromBytes(body));
    return new ObjectRef(input, key, r.versionId(), ObjectRef.unquote(r.eTag()), (long) body.length, TestEvents.nextSequencer());
  }

  /** Runs the Lambda entry point on an event and returns its JSON report. */
  static JsonNode invoke(S3EventHandler handler, byte[] event) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      handler.handleRequest(new ByteArrayInputStream(event), out, null);
      return MAPPER.readTree(out.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String status(JsonNode report) {
    return report.path("outcomes").path(0).path("status").asText();
  }

  /** Every object in the output bucket, key to bytes, however many pages. */
  Map<String, byte[]> outputs() {
    Map<String, byte[]> out = new TreeMap<>();
    for (String key : outputKeys()) {
      out.put(key, s3.getObjectAsBytes(b -> b.bucket(output).key(key)).asByteArray());
    }
    return out;
  }

  List<String> outputKeys() {
    List<String> keys = new ArrayList<>();
    String token = null;
    do {
      String t = token;
      ListObjectsV2Response r = s3.listObjectsV2(b -> b.bucket(output).continuationToken(t));
      r.contents().stream().map(S3Object::key).forEach(keys::add);
      token = r.isTruncated() ? r.nextContinuationToken() : null;
    } while (token != null);
    return keys;
  }

  byte[] document(String key) {
    return s3.getObjectAsBytes(b -> b.bucket(output).key(key)).asByteArray();
  }

  String logText() {
    return logs.toString(StandardCharsets.UTF_8);
  }
}
