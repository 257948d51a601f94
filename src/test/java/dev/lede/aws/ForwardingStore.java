package dev.lede.aws;

import java.util.Map;
import java.util.Optional;

/** An {@link ObjectStore} that forwards every call to a real one; tests override a call to interleave. */
class ForwardingStore implements ObjectStore {
  private final ObjectStore real;

  ForwardingStore(ObjectStore real) {
    this.real = real;
  }

  @Override
  public ReadResult read(ObjectRef ref, int maxBytes) {
    return real.read(ref, maxBytes);
  }

  @Override
  public Optional<Existing> head(String bucket, String key) {
    return real.head(bucket, key);
  }

  @Override
  public WriteResult write(String bucket, String key, byte[] body, String contentType,
      Map<String, String> metadata, WriteCondition condition) {
    return real.write(bucket, key, body, contentType, metadata, condition);
  }

  @Override
  public boolean deleteIfMatch(String bucket, String key, String eTag) {
    return real.deleteIfMatch(bucket, key, eTag);
  }

  @Override
  public Optional<ObjectRef> describe(ObjectRef ref) {
    return real.describe(ref);
  }
}
