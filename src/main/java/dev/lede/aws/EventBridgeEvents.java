package dev.lede.aws;

/**
 * Reads the S3 events EventBridge delivers when a bucket has EventBridge notifications on
 * ({@code source: aws.s3}, {@code detail-type: Object Created}, ...). The object key arrives as it is,
 * not URL-encoded as in S3's own notifications. Stateless.
 */
final class EventBridgeEvents {
  static final String S3_SOURCE = "aws.s3";
  static final String OBJECT_CREATED = "Object Created";

  private EventBridgeEvents() {}

  /**
   * The event as a notification record: "Object Created" becomes {@code ObjectCreated:<reason>} (for
   * example {@code ObjectCreated:PutObject}), "Object Deleted" {@code ObjectRemoved:<reason>}, and any
   * other detail-type stays as it is, so only created objects are summarised.
   *
   * @throws BadEventException when the event does not come from S3 or names no bucket and key
   */
  static S3Notification.Record record(Object event) {
    String source = EventJson.text(event, "source");
    if (!S3_SOURCE.equals(source)) {
      throw new BadEventException("an EventBridge event from source '" + source + "', not aws.s3");
    }
    Object detail = EventJson.object(event).get("detail");
    String bucket = EventJson.text(detail, "bucket", "name");
    String key = EventJson.text(detail, "object", "key");
    if (bucket == null || key == null) {
      throw new BadEventException("an EventBridge S3 event without detail.bucket.name or detail.object.key");
    }
    String detailType = EventJson.text(event, "detail-type");
    String reason = EventJson.text(detail, "reason");
    String eventName;
    if (OBJECT_CREATED.equals(detailType)) {
      eventName = "ObjectCreated:" + (reason == null ? "Put" : reason);
    } else if ("Object Deleted".equals(detailType)) {
      eventName = "ObjectRemoved:" + (reason == null ? "Delete" : reason);
    } else {
      eventName = detailType;
    }
    ObjectRef ref = new ObjectRef(
        bucket,
        key,
        EventJson.text(detail, "object", "version-id"),
        EventJson.text(detail, "object", "etag"),
        EventJson.number(detail, "object", "size"),
        EventJson.text(detail, "object", "sequencer"));
    return new S3Notification.Record(source, eventName, EventJson.text(event, "time"), ref);
  }
}
