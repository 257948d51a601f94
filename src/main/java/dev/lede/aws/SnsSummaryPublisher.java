package dev.lede.aws;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;
import software.amazon.awssdk.services.sns.model.PublishRequest;

/**
 * Publishes each notice to an SNS topic: the notice's JSON as the message, and message attributes a
 * subscription filter policy can match: {@code format}, {@code language} and {@code dateline}
 * ({@code String}), {@code people}, {@code organizations} and {@code places} ({@code String.Array}).
 * Attributes without a value are left out (SNS refuses empty ones, and a filter on an absent attribute
 * does not match). A FIFO topic ({@code .fifo}) gets the output key as message group and a
 * deduplication ID derived from the summarised version, so a retried notice is dropped by SNS.
 * Thread-safe.
 */
public final class SnsSummaryPublisher implements SummaryPublisher {
  private final SnsClient sns;
  private final String topicArn;

  public SnsSummaryPublisher(SnsClient sns, String topicArn) {
    this.sns = Objects.requireNonNull(sns, "sns");
    this.topicArn = Objects.requireNonNull(topicArn, "topicArn");
  }

  @Override
  public void publish(SummaryNotice notice) {
    PublishRequest.Builder request =
        PublishRequest.builder()
            .topicArn(topicArn)
            .message(new String(notice.toJson(), StandardCharsets.UTF_8))
            .messageAttributes(attributes(notice));
    if (topicArn.endsWith(".fifo")) {
      request.messageGroupId(notice.outputKey()).messageDeduplicationId(deduplicationId(notice));
    }
    sns.publish(request.build());
  }

  /** The attributes of a notice, in a stable order. */
  static Map<String, MessageAttributeValue> attributes(SummaryNotice n) {
    Map<String, MessageAttributeValue> a = new LinkedHashMap<>();
    string(a, "format", n.format());
    string(a, "language", n.language());
    string(a, "dateline", n.dateline());
    array(a, "people", n.people());
    array(a, "organizations", n.organizations());
    array(a, "places", n.places());
    return a;
  }

  private static void string(Map<String, MessageAttributeValue> a, String name, String value) {
    if (value != null && !value.isBlank()) {
      a.put(name, MessageAttributeValue.builder().dataType("String").stringValue(value).build());
    }
  }

  private static void array(Map<String, MessageAttributeValue> a, String name, List<String> values) {
    if (!values.isEmpty()) {
      a.put(name, MessageAttributeValue.builder()
          .dataType("String.Array").stringValue(SummaryNotice.jsonArray(values)).build());
    }
  }

  /** One ID per summarised version of one key: the same notice published twice has the same ID. */
  static String deduplicationId(SummaryNotice n) {
    ObjectRef s = n.source();
    String identity = String.join("\n", n.outputBucket(), n.outputKey(), String.valueOf(s.versionId()),
        String.valueOf(s.eTag()), String.valueOf(s.sequencer()));
    try {
      return HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks SHA-256", e);
    }
  }
}
