package dev.lede.aws;

import static dev.lede.aws.LedeConfig.NOTIFY_EVENT_BUS;
import static dev.lede.aws.LedeConfig.NOTIFY_TOPIC_ARN;

import java.util.Map;

/**
 * Where "summary ready" notices go: an SNS topic, an EventBridge bus, both, or (the default) nowhere.
 * Immutable.
 *
 * @param topicArn the topic's ARN ({@code NOTIFY_TOPIC_ARN}), or null
 * @param eventBus the bus's name or ARN ({@code NOTIFY_EVENT_BUS}), or null
 */
public record NotifyConfig(String topicArn, String eventBus) {
  public static final NotifyConfig OFF = new NotifyConfig(null, null);

  public NotifyConfig {
    topicArn = blankToNull(topicArn);
    eventBus = blankToNull(eventBus);
    if (topicArn != null && !(topicArn.startsWith("arn:") && topicArn.contains(":sns:"))) {
      throw new IllegalArgumentException(NOTIFY_TOPIC_ARN + " must be an SNS topic ARN: '" + topicArn + "'");
    }
  }

  /** Both variables are optional; an empty value (as the template sets when an option is off) is none. */
  public static NotifyConfig fromEnvironment(Map<String, String> env) {
    return new NotifyConfig(env.get(NOTIFY_TOPIC_ARN), env.get(NOTIFY_EVENT_BUS));
  }

  public boolean enabled() {
    return topicArn != null || eventBus != null;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
