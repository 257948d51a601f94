package dev.lede.aws;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProviderChain;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.ContainerCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.retry.RetryMode;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * Builds the one {@link S3Client} a process uses. Everything is explicit, so the SDK does no discovery
 * at start-up: the region comes from {@code AWS_REGION}, the HTTP client is the JDK's
 * {@code HttpURLConnection}, and the endpoint is {@code AWS_ENDPOINT_URL_S3} or {@code AWS_ENDPOINT_URL}
 * when set (path-style addressing then, which local S3-compatible servers need).
 */
public final class S3Clients {
  public static final String AWS_REGION = "AWS_REGION";
  public static final String AWS_ENDPOINT_URL_S3 = "AWS_ENDPOINT_URL_S3";
  public static final String AWS_ENDPOINT_URL = "AWS_ENDPOINT_URL";

  /** Connection and per-attempt limits: far inside the function timeout, so retries still fit. */
  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
  static final Duration SOCKET_TIMEOUT = Duration.ofSeconds(10);
  static final Duration ATTEMPT_TIMEOUT = Duration.ofSeconds(10);
  static final Duration CALL_TIMEOUT = Duration.ofSeconds(25);

  private S3Clients() {}

  /**
   * The client of the deployed function. Credentials come from the environment variables Lambda sets,
   * or, where those are absent (SnapStart functions get them from the container endpoint instead), from
   * the container credentials endpoint; profile files, instance metadata and other discovery are skipped.
   */
  public static S3Client forLambda(Map<String, String> env) {
    return builder(env, endpoint(env, null), lambdaCredentials()).build();
  }

  /** Lambda's credentials: its environment variables, or the container endpoint (SnapStart). */
  static AwsCredentialsProvider lambdaCredentials() {
    return AwsCredentialsProviderChain.builder()
        .credentialsProviders(
            EnvironmentVariableCredentialsProvider.create(), ContainerCredentialsProvider.create())
        .build();
  }

  /**
   * The client of {@code lede invoke --endpoint}: the given endpoint (or the environment's);
   * {@code AWS_ACCESS_KEY_ID} / {@code AWS_SECRET_ACCESS_KEY} (/ {@code AWS_SESSION_TOKEN}) from
   * {@code env} when set (LocalStack, MinIO), otherwise the SDK's default chain, so a developer's
   * profile works against AWS too.
   */
  public static S3Client forCommandLine(Map<String, String> env, String endpoint) {
    return builder(env, endpoint(env, endpoint), commandLineCredentials(env)).build();
  }

  /** The command line's credentials: the environment's keys when set, else the SDK's default chain. */
  static AwsCredentialsProvider commandLineCredentials(Map<String, String> env) {
    String id = env.get("AWS_ACCESS_KEY_ID");
    String secret = env.get("AWS_SECRET_ACCESS_KEY");
    String token = env.get("AWS_SESSION_TOKEN");
    if (id != null && !id.isBlank() && secret != null && !secret.isBlank()) {
      return StaticCredentialsProvider.create(
          token == null || token.isBlank()
              ? AwsBasicCredentials.create(id, secret)
              : AwsSessionCredentials.create(id, secret, token));
    }
    return DefaultCredentialsProvider.builder().build();
  }

  /** A client for a known endpoint with fixed credentials (tests, local servers). */
  public static S3ClientBuilder builder(
      Map<String, String> env, URI endpoint, AwsCredentialsProvider credentials) {
    S3ClientBuilder b =
        S3Client.builder()
            .region(region(env))
            .credentialsProvider(credentials)
            .httpClient(httpClient())
            .overrideConfiguration(S3Clients::limits);
    if (endpoint != null) {
      b.endpointOverride(endpoint).forcePathStyle(true);
    }
    return b;
  }

  /** {@code AWS_REGION}, or {@code us-east-1} when unset (local runs). */
  static Region region(Map<String, String> env) {
    String region = env.get(AWS_REGION);
    return Region.of(region == null || region.isBlank() ? "us-east-1" : region);
  }

  /** The one lightweight HTTP client, with the connection limits above. */
  static SdkHttpClient httpClient() {
    return UrlConnectionHttpClient.builder()
        .connectionTimeout(CONNECT_TIMEOUT)
        .socketTimeout(SOCKET_TIMEOUT)
        .build();
  }

  /** Standard retries (with backoff) inside per-attempt and per-call time limits. */
  static void limits(ClientOverrideConfiguration.Builder o) {
    o.retryStrategy(RetryMode.STANDARD).apiCallAttemptTimeout(ATTEMPT_TIMEOUT).apiCallTimeout(CALL_TIMEOUT);
  }

  static URI endpoint(Map<String, String> env, String explicit) {
    return firstEndpoint(explicit, env.get(AWS_ENDPOINT_URL_S3), env.get(AWS_ENDPOINT_URL));
  }

  /** The first of {@code candidates} that is set, as a URI; null when none is. */
  static URI firstEndpoint(String... candidates) {
    for (String candidate : candidates) {
      if (candidate != null && !candidate.isBlank()) {
        return URI.create(candidate.strip());
      }
    }
    return null;
  }
}
