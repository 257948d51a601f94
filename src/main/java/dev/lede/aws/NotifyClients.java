package dev.lede.aws;

import static dev.lede.aws.S3Clients.AWS_ENDPOINT_URL;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClientBuilder;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.SnsClientBuilder;

/**
 * Builds the publisher {@link NotifyConfig} asks for, with SNS and EventBridge clients set up as
 * {@link S3Clients} sets up S3's (explicit region, the url-connection HTTP client, standard retries
 * within time limits, no discovery). A client is built only when its target is configured, so a function
 * without notifications pays nothing at init. The region is the one in the topic's or bus's ARN when it
 * names one, else {@code AWS_REGION}. Endpoints: {@code AWS_ENDPOINT_URL_SNS} /
 * {@code AWS_ENDPOINT_URL_EVENTBRIDGE}, else {@code AWS_ENDPOINT_URL}.
 */
public final class NotifyClients {
  public static final String AWS_ENDPOINT_URL_SNS = "AWS_ENDPOINT_URL_SNS";
  public static final String AWS_ENDPOINT_URL_EVENTBRIDGE = "AWS_ENDPOINT_URL_EVENTBRIDGE";

  private NotifyClients() {}

  /** The function's publisher, or null when no notification is configured. */
  public static SummaryPublisher forLambda(Map<String, String> env) {
    NotifyConfig config = NotifyConfig.fromEnvironment(env);
    return config.enabled() ? publisher(env, config, S3Clients.lambdaCredentials()) : null;
  }

  /** {@code lede invoke}'s publisher (credentials as for its S3 client), or null when none is configured. */
  public static SummaryPublisher forCommandLine(Map<String, String> env) {
    NotifyConfig config = NotifyConfig.fromEnvironment(env);
    return config.enabled() ? publisher(env, config, S3Clients.commandLineCredentials(env)) : null;
  }

  /** Publishes to every configured target in turn; null when there is none. */
  static SummaryPublisher publisher(
      Map<String, String> env, NotifyConfig config, AwsCredentialsProvider credentials) {
    List<SummaryPublisher> targets = new ArrayList<>(2);
    if (config.topicArn() != null) {
      targets.add(new SnsSummaryPublisher(sns(env, config.topicArn(), credentials).build(), config.topicArn()));
    }
    if (config.eventBus() != null) {
      targets.add(new EventBridgeSummaryPublisher(
          eventBridge(env, config.eventBus(), credentials).build(), config.eventBus()));
    }
    if (targets.isEmpty()) {
      return null;
    }
    return targets.size() == 1 ? targets.get(0) : notice -> targets.forEach(t -> t.publish(notice));
  }

  /** An SNS client for {@code topicArn}'s region (tests replace the HTTP client). */
  public static SnsClientBuilder sns(Map<String, String> env, String topicArn, AwsCredentialsProvider credentials) {
    SnsClientBuilder b =
        SnsClient.builder()
            .region(regionOf(topicArn, env))
            .credentialsProvider(credentials)
            .httpClient(S3Clients.httpClient())
            .overrideConfiguration(S3Clients::limits);
    URI endpoint = S3Clients.firstEndpoint(env.get(AWS_ENDPOINT_URL_SNS), env.get(AWS_ENDPOINT_URL));
    if (endpoint != null) {
      b.endpointOverride(endpoint);
    }
    return b;
  }

  /** An EventBridge client for {@code eventBus}'s region (tests replace the HTTP client). */
  public static EventBridgeClientBuilder eventBridge(
      Map<String, String> env, String eventBus, AwsCredentialsProvider credentials) {
    EventBridgeClientBuilder b =
        EventBridgeClient.builder()
            .region(regionOf(eventBus, env))
            .credentialsProvider(credentials)
            .httpClient(S3Clients.httpClient())
            .overrideConfiguration(S3Clients::limits);
    URI endpoint =
        S3Clients.firstEndpoint(env.get(AWS_ENDPOINT_URL_EVENTBRIDGE), env.get(AWS_ENDPOINT_URL));
    if (endpoint != null) {
      b.endpointOverride(endpoint);
    }
    return b;
  }

  /** The region named in an ARN ({@code arn:partition:service:region:account:...}), else the environment's. */
  static Region regionOf(String nameOrArn, Map<String, String> env) {
    if (nameOrArn.startsWith("arn:")) {
      String[] parts = nameOrArn.split(":", 6);
      if (parts.length == 6 && !parts[3].isEmpty()) {
        return Region.of(parts[3]);
      }
    }
    return S3Clients.region(env);
  }
}
