package dev.lede.aws;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The few storage operations the summarising path needs. {@link S3ObjectStore} is the real one (AWS SDK
 * v2); {@link DirectoryObjectStore} serves a local directory to {@code lede invoke}. Implementations are
 * thread-safe. Expected outcomes (missing, overwritten, too large, a lost conditional write) are return
 * values; anything else (throttling, 5xx, timeouts, access denied) is thrown unchanged.
 */
public interface ObjectStore {

  /**
   * Reads one object version, refusing to buffer more than {@code maxBytes}. When {@code ref} names a
   * version the read is of that version; when it names an eTag the read is conditional on it.
   */
  ReadResult read(ObjectRef ref, int maxBytes);

  /** The eTag and user metadata of an existing object, or empty when there is none. */
  Optional<Existing> head(String bucket, String key);

  /**
   * The version {@code ref} names, or the current version when it names none, without reading it: the
   * bucket, key, versionId, eTag and size the store has, and {@code ref}'s sequencer. Empty when there
   * is no such object or version (deleted, or a delete marker).
   */
  Optional<ObjectRef> describe(ObjectRef ref);

  /**
   * Writes a whole object atomically, if {@code condition} holds.
   *
   * @return {@link WriteResult#CONFLICT} when the condition failed (someone else wrote first)
   */
  WriteResult write(
      String bucket,
      String key,
      byte[] body,
      String contentType,
      Map<String, String> metadata,
      WriteCondition condition);

  /**
   * Deletes an object only if it still has {@code eTag} ({@code If-Match}), so a document written by a
   * concurrent, newer event is never removed.
   *
   * @return true when this call deleted it; false when it was already gone or had changed
   */
  boolean deleteIfMatch(String bucket, String key, String eTag);

  /** What a read found. */
  sealed interface ReadResult permits Found, Gone, TooLarge {}

  /**
   * The object's bytes and what the store knows about them.
   *
   * @param contentType the stored Content-Type, or null
   * @param lastModified when this version was written, or null
   * @param eTag the entity tag without quotes, or null
   * @param versionId the version read, or null
   */
  record Found(byte[] bytes, String contentType, Instant lastModified, String eTag, String versionId)
      implements ReadResult {}

  /** The version is no longer there: deleted (404) or overwritten (412 on the conditional read). */
  record Gone(String reason) implements ReadResult {}

  /** The object is larger than the cap; {@code size} is its size, or -1 when only a lower bound is known. */
  record TooLarge(long size) implements ReadResult {}

  /** An existing object's state, as far as ordering needs it. */
  record Existing(String eTag, Map<String, String> metadata) {
    public Existing {
      metadata = Map.copyOf(metadata);
    }
  }

  /** When a write may go ahead. */
  sealed interface WriteCondition permits IfAbsent, IfMatch {}

  /** Only if no object exists under the key ({@code If-None-Match: *}). */
  record IfAbsent() implements WriteCondition {}

  /** Only if the current object has this eTag ({@code If-Match}). */
  record IfMatch(String eTag) implements WriteCondition {}

  enum WriteResult {
    WRITTEN,
    CONFLICT
  }
}
