package dev.lede.aws;

import java.util.Objects;

/**
 * One object version to summarise, however the request arrived (an S3 notification, directly or
 * through SQS or SNS, an EventBridge event, an S3 Batch Operations task). Only bucket and key are
 * required.
 *
 * @param bucket the bucket name
 * @param key the decoded object key
 * @param versionId the version that was created, or null for an unversioned bucket
 * @param eTag the entity tag without quotes, or null
 * @param size the size in bytes as announced by the event, or null
 * @param sequencer the event's sequencer (hexadecimal; orders events on one key), or null
 */
public record ObjectRef(
    String bucket, String key, String versionId, String eTag, Long size, String sequencer) {

  public ObjectRef {
    Objects.requireNonNull(bucket, "bucket");
    Objects.requireNonNull(key, "key");
    versionId = blankToNull(versionId);
    // S3 writes the literal "null" for objects stored while versioning was off or suspended.
    if ("null".equals(versionId)) {
      versionId = null;
    }
    eTag = unquote(blankToNull(eTag));
    sequencer = blankToNull(sequencer);
  }

  /** An object known by bucket and key only. */
  public static ObjectRef of(String bucket, String key) {
    return new ObjectRef(bucket, key, null, null, null, null);
  }

  static String unquote(String eTag) {
    if (eTag != null && eTag.length() >= 2 && eTag.startsWith("\"") && eTag.endsWith("\"")) {
      return eTag.substring(1, eTag.length() - 1);
    }
    return eTag;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
