package dev.lede.aws;

import java.util.List;

/**
 * An S3 event notification as Lede reads it: either the {@code s3:TestEvent} S3 sends when a
 * notification is configured, or a list of records.
 *
 * @param testEvent true for {@code s3:TestEvent}, which carries no records
 * @param records the records in delivery order; empty for a test event
 */
public record S3Notification(boolean testEvent, List<Record> records) {
  public S3Notification {
    records = List.copyOf(records);
  }

  /**
   * One record.
   *
   * @param eventSource {@code aws:s3}
   * @param eventName such as {@code ObjectCreated:Put} (the {@code s3:} prefix some sources add is kept)
   * @param eventTime as sent, or null
   * @param object the bucket, decoded key, version, eTag, size and sequencer
   */
  public record Record(String eventSource, String eventName, String eventTime, ObjectRef object) {
    /** True for every ObjectCreated event (Put, Post, Copy, CompleteMultipartUpload). */
    public boolean isObjectCreated() {
      return eventName != null
          && (eventName.startsWith("ObjectCreated:") || eventName.startsWith("s3:ObjectCreated:"));
    }
  }
}
