package dev.lede.aws;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * {@link ObjectStore} over Amazon S3 (or any S3-compatible endpoint) through one shared, thread-safe
 * {@link S3Client}. Reads by version when one is known and conditionally on the eTag when one is known;
 * writes with {@code If-None-Match: *} / {@code If-Match}, and deletes with {@code If-Match}. A server that answers a conditional write with
 * 501 Not Implemented is written to unconditionally from then on (the ordering check before each write
 * still applies; only the race between two concurrent writers is left open there).
 */
public final class S3ObjectStore implements ObjectStore {
  private final S3Client s3;
  private volatile boolean conditionalWrites = true;

  public S3ObjectStore(S3Client s3) {
    this.s3 = Objects.requireNonNull(s3, "s3");
  }

  @Override
  public ReadResult read(ObjectRef ref, int maxBytes) {
    GetObjectRequest.Builder request = GetObjectRequest.builder().bucket(ref.bucket()).key(ref.key());
    if (ref.versionId() != null) {
      request.versionId(ref.versionId());
    }
    if (ref.eTag() != null) {
      request.ifMatch(quote(ref.eTag()));
    }
    try (ResponseInputStream<GetObjectResponse> in = s3.getObject(request.build())) {
      GetObjectResponse response = in.response();
      long length = response.contentLength() == null ? -1 : response.contentLength();
      if (length > maxBytes) {
        in.abort();
        return new TooLarge(length);
      }
      byte[] bytes = in.readNBytes(maxBytes + 1);
      if (bytes.length > maxBytes) {
        in.abort();
        return new TooLarge(-1);
      }
      if (length >= 0 && bytes.length != length) {
        // A short body must never be summarised as if it were the whole article; retrying may help.
        throw new IOException(
            "truncated response body: read " + bytes.length + " of " + length + " bytes");
      }
      return new Found(
          bytes,
          response.contentType(),
          response.lastModified(),
          ObjectRef.unquote(response.eTag()),
          response.versionId() != null ? response.versionId() : ref.versionId());
    } catch (S3Exception e) {
      if (e.statusCode() == 404) {
        return new Gone(errorCode(e, "NoSuchKey") + ": the object or version no longer exists");
      }
      if (e.statusCode() == 412) {
        return new Gone("PreconditionFailed: the object was overwritten since the event");
      }
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Optional<Existing> head(String bucket, String key) {
    try {
      HeadObjectResponse r = s3.headObject(b -> b.bucket(bucket).key(key));
      if (r.eTag() == null) {
        // Every S3-compatible server sends one; without it no conditional write can be made safely.
        throw new IllegalStateException("the server returned no ETag for an existing document");
      }
      return Optional.of(new Existing(ObjectRef.unquote(r.eTag()), r.metadata()));
    } catch (S3Exception e) {
      if (e.statusCode() == 404) {
        return Optional.empty();
      }
      throw e;
    }
  }

  @Override
  public Optional<ObjectRef> describe(ObjectRef ref) {
    try {
      HeadObjectResponse r = s3.headObject(b -> {
        b.bucket(ref.bucket()).key(ref.key());
        if (ref.versionId() != null) {
          b.versionId(ref.versionId());
        }
      });
      return Optional.of(new ObjectRef(ref.bucket(), ref.key(),
          r.versionId() != null ? r.versionId() : ref.versionId(), r.eTag(), r.contentLength(), ref.sequencer()));
    } catch (S3Exception e) {
      // 404: no such key or version; 405: the version is a delete marker.
      if (e.statusCode() == 404 || e.statusCode() == 405) {
        return Optional.empty();
      }
      throw e;
    }
  }

  @Override
  public WriteResult write(
      String bucket,
      String key,
      byte[] body,
      String contentType,
      Map<String, String> metadata,
      WriteCondition condition) {
    PutObjectRequest.Builder request =
        PutObjectRequest.builder()
            .bucket(bucket)
            .key(key)
            .contentType(contentType)
            .contentLength((long) body.length)
            .metadata(metadata);
    if (conditionalWrites) {
      if (condition instanceof IfAbsent) {
        request.ifNoneMatch("*");
      } else if (condition instanceof IfMatch m) {
        request.ifMatch(quote(m.eTag()));
      }
    }
    try {
      s3.putObject(request.build(), RequestBody.fromBytes(body));
      return WriteResult.WRITTEN;
    } catch (S3Exception e) {
      // 412: the condition failed; 409: a concurrent conditional write won; 404: an If-Match target
      // was deleted meanwhile. In each case the caller looks again and decides anew.
      if (e.statusCode() == 412 || e.statusCode() == 409
          || (e.statusCode() == 404 && condition instanceof IfMatch)) {
        return WriteResult.CONFLICT;
      }
      if (e.statusCode() == 501 && conditionalWrites) {
        conditionalWrites = false;
        return write(bucket, key, body, contentType, metadata, condition);
      }
      throw e;
    }
  }

  /**
   * A conditional DeleteObject. S3 answers 412 when the eTag no longer matches and 404 when the object
   * is gone; both mean someone else acted first. A server without conditional deletes (501) gets no
   * unconditional one instead: the document stays, which is safe (it is older, and says so in its
   * sequencer).
   */
  @Override
  public boolean deleteIfMatch(String bucket, String key, String eTag) {
    try {
      s3.deleteObject(b -> b.bucket(bucket).key(key).ifMatch(quote(eTag)));
      return true;
    } catch (S3Exception e) {
      if (e.statusCode() == 412 || e.statusCode() == 404 || e.statusCode() == 409 || e.statusCode() == 501) {
        return false;
      }
      throw e;
    }
  }

  private static String quote(String eTag) {
    return eTag.startsWith("\"") ? eTag : "\"" + eTag + "\"";
  }

  private static String errorCode(S3Exception e, String fallback) {
    return e.awsErrorDetails() != null && e.awsErrorDetails().errorCode() != null
        ? e.awsErrorDetails().errorCode()
        : fallback;
  }
}
