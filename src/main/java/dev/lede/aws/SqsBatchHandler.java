package dev.lede.aws;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A batch from an SQS event source mapping. Each message body is an S3 notification, an SNS
 * notification of one (a topic fanning S3 events out to queues, raw delivery off), or an EventBridge
 * S3 event (a rule targeting the queue). The response is Lambda's partial batch response: the messages
 * that failed are named in {@code batchItemFailures} and come back after the visibility timeout (and
 * reach the dead-letter queue after {@code maxReceiveCount} receives); all others are deleted.
 *
 * <p>A message fails when any of its records throws: retryable failures (throttling, 5xx, timeouts),
 * and also those no retry will cure (a body that is not an S3 event, a foreign bucket, access denied),
 * because deleting those would lose them; the redrive policy moves them to the dead-letter queue, where
 * they can be inspected and redriven once fixed. Inputs that cannot be summarised (too large, not text)
 * are not failures: they get an error document, and the message is done. {@code s3:TestEvent} messages
 * are ignored with a log line.
 */
final class SqsBatchHandler {

  /** Runs the records of one notification: outcomes, or the first failure thrown after trying all. */
  @FunctionalInterface
  interface Records {
    List<Outcome> process(S3Notification notification, JsonLog log);
  }

  private final Records records;

  SqsBatchHandler(Records records) {
    this.records = Objects.requireNonNull(records, "records");
  }

  S3EventHandler.Invocation handle(Object event, JsonLog log) {
    List<Object> messages = EventJson.array(EventJson.object(event).get("Records"));
    List<String> ids = new ArrayList<>(messages.size());
    for (Object m : messages) {
      String id = EventJson.text(m, "messageId");
      if (id == null || id.isEmpty()) {
        // Without an ID no message can be reported alone: fail the whole batch instead of losing one.
        throw new BadEventException("an SQS record without a messageId");
      }
      ids.add(id);
    }
    List<Outcome> outcomes = new ArrayList<>();
    List<String> failed = new ArrayList<>();
    for (int i = 0; i < messages.size(); i++) {
      String id = ids.get(i);
      try {
        S3Notification n = notificationIn(EventJson.text(messages.get(i), "body"));
        if (n.testEvent()) {
          log.info("ignored: s3:TestEvent", "messageId", id);
          continue;
        }
        outcomes.addAll(records.process(n, log));
      } catch (RuntimeException e) {
        failed.add(id);
        log.error("message failed; left on the queue for redelivery", "messageId", id,
            "retryable", Failures.retryable(e), "exception", e.getClass().getName(), "reason", e.getMessage());
      }
    }
    if (!failed.isEmpty()) {
      log.warn("batch partly failed", "failedMessages", failed.size(), "messages", messages.size());
    }
    return new S3EventHandler.Invocation(EventShape.SQS, response(failed), outcomes, failed.size());
  }

  /**
   * The notification a message body carries.
   *
   * @throws BadEventException when the body is not an S3 notification, an SNS notification of one, or
   *     an EventBridge S3 event
   */
  static S3Notification notificationIn(String body) {
    return notificationIn(body, true);
  }

  private static S3Notification notificationIn(String body, boolean mayBeSns) {
    if (body == null) {
      throw new BadEventException("an SQS message without a body");
    }
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    Object tree = EventJson.read(bytes);
    switch (EventShape.of(tree)) {
      case S3_NOTIFICATION:
        try {
          return S3EventParser.parse(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      case EVENTBRIDGE:
        return new S3Notification(false, List.of(EventBridgeEvents.record(tree)));
      case SNS_NOTIFICATION:
        if (mayBeSns) {
          return notificationIn(EventJson.text(tree, "Message"), false);
        }
        // fall through: an SNS envelope inside an SNS envelope is nothing S3 sends
      default:
        throw new BadEventException(
            "the message body is not an S3 notification, an SNS notification of one, or an EventBridge S3 event");
    }
  }

  /** {@code {"batchItemFailures": [{"itemIdentifier": id}, ...]}}: exactly what Lambda reads. */
  static byte[] response(List<String> failedIds) {
    return EventJson.write(g -> {
      g.writeStartObject();
      g.writeArrayFieldStart("batchItemFailures");
      for (String id : failedIds) {
        g.writeStartObject();
        g.writeStringField("itemIdentifier", id);
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    });
  }
}
