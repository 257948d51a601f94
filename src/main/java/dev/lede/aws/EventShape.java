package dev.lede.aws;

import java.util.List;
import java.util.Map;

/**
 * The kinds of event the function accepts, told apart by their top-level fields alone, so one handler
 * serves every source (see {@link S3EventHandler}).
 */
public enum EventShape {
  /** An S3 event notification ({@code Records[].s3}), or the {@code s3:TestEvent}. */
  S3_NOTIFICATION,
  /** A batch from an SQS event source mapping ({@code Records[].eventSource = aws:sqs}). */
  SQS,
  /** An EventBridge event ({@code source}, {@code detail-type}, {@code detail}). */
  EVENTBRIDGE,
  /** An S3 Batch Operations invocation ({@code invocationSchemaVersion}, {@code tasks}). */
  BATCH_OPERATIONS,
  /** An SNS notification as SNS delivers it to a queue ({@code Type: Notification}, {@code Message}). */
  SNS_NOTIFICATION,
  /** None of the above. */
  UNKNOWN;

  /** The shape of a parsed event ({@link EventJson#read}). */
  static EventShape of(Object event) {
    Map<String, Object> root = EventJson.object(event);
    if (root.containsKey("invocationSchemaVersion") && root.get("tasks") instanceof List) {
      return BATCH_OPERATIONS;
    }
    if (root.containsKey("detail-type") && root.get("detail") instanceof Map && root.containsKey("source")) {
      return EVENTBRIDGE;
    }
    if ("Notification".equals(root.get("Type")) && root.get("Message") instanceof String) {
      return SNS_NOTIFICATION;
    }
    if ("s3:TestEvent".equals(root.get("Event"))) {
      return S3_NOTIFICATION;
    }
    if (root.get("Records") instanceof List<?> records) {
      if (records.isEmpty()) {
        return S3_NOTIFICATION;
      }
      Map<String, Object> first = EventJson.object(records.get(0));
      if ("aws:sqs".equals(first.get("eventSource"))) {
        return SQS;
      }
      if (first.containsKey("s3") || "aws:s3".equals(first.get("eventSource"))) {
        return S3_NOTIFICATION;
      }
    }
    return UNKNOWN;
  }
}
