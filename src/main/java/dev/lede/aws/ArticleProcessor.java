package dev.lede.aws;

import dev.lede.Digest;
import dev.lede.ErrorCode;
import dev.lede.InputInfo;
import dev.lede.Lede;
import dev.lede.LedeException;
import dev.lede.aws.ObjectStore.Existing;
import dev.lede.aws.ObjectStore.Found;
import dev.lede.aws.ObjectStore.Gone;
import dev.lede.aws.ObjectStore.IfAbsent;
import dev.lede.aws.ObjectStore.IfMatch;
import dev.lede.aws.ObjectStore.ReadResult;
import dev.lede.aws.ObjectStore.TooLarge;
import dev.lede.aws.ObjectStore.WriteCondition;
import dev.lede.aws.ObjectStore.WriteResult;
import dev.lede.json.DigestJson;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The summarising path every event shape shares: one object version in, one document out (a summary
 * at {@code OUTPUT_PREFIX + key + ".json"} or an error document at {@code ERROR_PREFIX + key + ".json"}),
 * exactly once in effect.
 *
 * <ul>
 *   <li>Ordered: each document carries the event's sequencer in its user metadata; an event older than
 *       (or equal to) the one behind an existing document writes nothing, and every write is
 *       conditional on what was seen ({@code If-None-Match: *} or {@code If-Match}), re-checked on
 *       conflict. Where one side has no sequencer (S3 Batch Operations sends none), the same version
 *       is a duplicate, and of two different versions the one that is the object's current version
 *       wins: the input is asked which that is, after the document was looked at, so a newer summary
 *       written meanwhile makes the conditional write fail and the question is asked again.
 *   <li>Idempotent: the document holds nothing of the processing (no timestamps), so a repeat produces
 *       the same bytes, and a repeat is detected before the input is read.
 *   <li>One current document per key: a key's summary and its error document exclude each other. Once
 *       an event's document is in place, the other kind is deleted if an older event wrote it, and this
 *       event's own document is withdrawn if a newer event wrote the other kind meanwhile; every delete
 *       is conditional on the eTag that was judged ({@code If-Match}). So a key whose newest version is
 *       binary keeps only the error document, not the summary of the text it replaced.
 *   <li>Final outcomes are returned ({@link Outcome}); failures that may pass on retry (throttling, 5xx,
 *       timeouts, lost write races) are thrown, as is anything unexpected, so nothing is lost silently.
 *   <li>Notified, when a {@link SummaryPublisher} is given: after a summary is written its notice is
 *       published. If that fails, the summary is re-marked {@code lede-notification: pending} and a
 *       {@link NotificationFailedException} is thrown; the retry finds the mark, summarises again (the
 *       same bytes) and publishes again. Notices are therefore at least once; duplicates and error
 *       documents publish nothing.
 * </ul>
 *
 * Thread-safe when its store is.
 */
public final class ArticleProcessor {
  /** User-metadata names on written documents (S3 sends them as {@code x-amz-meta-*}). */
  public static final String META_SEQUENCER = "lede-sequencer";
  public static final String META_SOURCE_ETAG = "lede-source-etag";
  public static final String META_SOURCE_VERSION = "lede-source-version-id";
  /** Set to {@value #NOTIFICATION_PENDING} on a summary whose notice could not be published. */
  public static final String META_NOTIFICATION = "lede-notification";
  public static final String NOTIFICATION_PENDING = "pending";

  static final String CONTENT_TYPE = "application/json";
  static final int MAX_WRITE_ATTEMPTS = 5;
  private static final int MAX_KEY_BYTES = 1024;

  private final ObjectStore store;
  private final LedeConfig config;
  private final Lede lede;
  private final SummaryPublisher publisher;

  /** Without notifications. */
  public ArticleProcessor(ObjectStore store, LedeConfig config, Lede lede) {
    this(store, config, lede, null);
  }

  /** With notifications through {@code publisher}, or none when it is null. */
  public ArticleProcessor(ObjectStore store, LedeConfig config, Lede lede, SummaryPublisher publisher) {
    this.store = Objects.requireNonNull(store, "store");
    this.config = Objects.requireNonNull(config, "config");
    this.lede = Objects.requireNonNull(lede, "lede");
    this.publisher = publisher;
  }

  public LedeConfig config() {
    return config;
  }

  /**
   * Refuses objects this function must not touch: another bucket than INPUT_BUCKET, or a key outside
   * INPUT_PREFIX. Callers check every record of an event before processing any.
   */
  public void checkAccepted(ObjectRef ref) {
    if (!ref.bucket().equals(config.inputBucket())) {
      throw new RefusedEventException(
          "the event names bucket '" + ref.bucket() + "', not the input bucket '"
              + config.inputBucket() + "'");
    }
    if (!ref.key().startsWith(config.inputPrefix())) {
      throw new RefusedEventException(
          "the event names a key outside INPUT_PREFIX '" + config.inputPrefix() + "'");
    }
  }

  /**
   * Summarises one object version and writes its document.
   *
   * @throws RefusedEventException when the object is not in the input bucket and prefix
   * @throws RuntimeException when storage fails; see {@link Failures#retryable}
   */
  public Outcome process(ObjectRef ref) {
    checkAccepted(ref);
    String summaryKey = config.summaryKey(ref.key());
    String errorKey = config.errorKey(ref.key());
    if (summaryKey.getBytes(StandardCharsets.UTF_8).length > MAX_KEY_BYTES
        || errorKey.getBytes(StandardCharsets.UTF_8).length > MAX_KEY_BYTES) {
      throw new IllegalStateException(
          "the document key would exceed S3's " + MAX_KEY_BYTES + "-byte limit; shorten the prefixes");
    }
    // Repeats and stale events end here, before the input is read.
    Optional<Existing> summary = store.head(config.outputBucket(), summaryKey);
    Optional<Existing> error = store.head(config.outputBucket(), errorKey);
    for (Map.Entry<String, Optional<Existing>> doc : List.of(Map.entry(summaryKey, summary), Map.entry(errorKey, error))) {
      if (doc.getValue().isPresent()) {
        Order order = order(doc.getValue().get(), ref);
        if (order == Order.SAME && withdrawnForNewer(ref, doc.getKey())) {
          return superseded(ref, doc.getKey());
        }
        if (order != Order.OLDER) {
          return skipped(order, ref, doc.getKey());
        }
      }
    }
    int max = config.maxArticleBytes();
    if (ref.size() != null && ref.size() > max) {
      return writeError(ref, null, error, ErrorCode.TOO_LARGE, tooLarge(ref.size()));
    }
    ReadResult read = store.read(ref, max);
    if (read instanceof Gone gone) {
      return new Outcome(Outcome.Status.GONE, ref, null, gone.reason());
    }
    if (read instanceof TooLarge big) {
      return writeError(ref, null, error, ErrorCode.TOO_LARGE, tooLarge(big.size()));
    }
    Found found = (Found) read;
    Map<String, Object> source = source(ref, found);
    byte[] document;
    Digest digest;
    try {
      digest = lede.digest(found.bytes(), inputInfo(ref, found));
      document = DigestJson.toBytes(source, digest, false);
    } catch (LedeException e) {
      return writeError(ref, found, error, e.code(), e.getMessage());
    } catch (RuntimeException | StackOverflowError e) {
      // A bug in the core; retrying cannot help, so the error document records it.
      return writeError(ref, found, error, ErrorCode.INTERNAL,
          "internal error (" + e.getClass().getSimpleName() + ")");
    }
    Outcome written =
        writeOrdered(summaryKey, summary, document, ref, Outcome.Status.SUMMARISED, "summary written");
    if (written.status() == Outcome.Status.SUMMARISED && publisher != null) {
      publish(SummaryNotice.of(config, ref, summaryKey, digest), ref, summaryKey, document);
      return new Outcome(written.status(), ref, summaryKey, "summary written; notice published");
    }
    return written;
  }

  /**
   * Publishes the notice of a summary just written. On failure the summary is rewritten with the
   * pending mark, unless a newer document has replaced it meanwhile, so the retry redoes it.
   */
  private void publish(SummaryNotice notice, ObjectRef ref, String key, byte[] document) {
    try {
      publisher.publish(notice);
    } catch (RuntimeException e) {
      NotificationFailedException failure = e instanceof NotificationFailedException n
          ? n
          : new NotificationFailedException(
              "the summary was written but its notice was not published: " + e.getMessage(), Failures.retryable(e), e);
      try {
        Optional<Existing> now = store.head(config.outputBucket(), key);
        if (now.isPresent() && describesThisEvent(now.get(), ref)) {
          Map<String, String> marked = metadata(ref);
          marked.put(META_NOTIFICATION, NOTIFICATION_PENDING);
          store.write(config.outputBucket(), key, document, CONTENT_TYPE, marked, new IfMatch(now.get().eTag()));
        }
      } catch (RuntimeException markFailed) {
        failure.addSuppressed(markFailed);
      }
      throw failure;
    }
  }

  private static boolean describesThisEvent(Existing existing, ObjectRef ref) {
    Map<String, String> m = existing.metadata();
    return Objects.equals(m.get(META_SEQUENCER), ref.sequencer())
        && sameVersion(m.get(META_SOURCE_VERSION), m.get(META_SOURCE_ETAG), ref.versionId(), ref.eTag());
  }

  private Outcome writeError(
      ObjectRef ref, Found found, Optional<Existing> seen, ErrorCode code, String message) {
    byte[] document = DigestJson.errorToBytes(source(ref, found), code.code(), message, false);
    return writeOrdered(config.errorKey(ref.key()), seen, document, ref, Outcome.Status.ERROR_DOCUMENT, code.code());
  }

  /** Writes a document unless a newer or identical one is there, re-checking after a lost race. */
  private Outcome writeOrdered(
      String key, Optional<Existing> seen, byte[] document, ObjectRef ref, Outcome.Status status, String detail) {
    Optional<Existing> existing = seen;
    for (int attempt = 0; attempt < MAX_WRITE_ATTEMPTS; attempt++) {
      if (attempt > 0) {
        existing = store.head(config.outputBucket(), key);
      }
      WriteCondition condition = new IfAbsent();
      if (existing.isPresent()) {
        Order order = order(existing.get(), ref);
        if (order != Order.OLDER) {
          return skipped(order, ref, key);
        }
        condition = new IfMatch(existing.get().eTag());
      }
      WriteResult result =
          store.write(config.outputBucket(), key, document, CONTENT_TYPE, metadata(ref), condition);
      if (result == WriteResult.WRITTEN) {
        return withdrawnForNewer(ref, key) ? superseded(ref, key) : new Outcome(status, ref, key, detail);
      }
    }
    throw new ConcurrentUpdateException(
        "gave up after " + MAX_WRITE_ATTEMPTS + " conditional writes lost to concurrent writers");
  }

  /**
   * Settles the other kind of document once this event's document is at {@code ownKey}: deletes it if
   * an older event wrote it; if a newer event wrote it, withdraws this event's own document instead.
   * Deletes are conditional, and a lost race is looked at again.
   *
   * @return true when this event's own document was withdrawn (or was already gone)
   */
  private boolean withdrawnForNewer(ObjectRef ref, String ownKey) {
    String otherKey = ownKey.equals(config.summaryKey(ref.key())) ? config.errorKey(ref.key()) : config.summaryKey(ref.key());
    for (int attempt = 0; attempt < MAX_WRITE_ATTEMPTS; attempt++) {
      Optional<Existing> other = store.head(config.outputBucket(), otherKey);
      if (other.isEmpty()) {
        return false;
      }
      Order order = order(other.get(), ref);
      if (order == Order.OLDER) {
        if (store.deleteIfMatch(config.outputBucket(), otherKey, other.get().eTag())) {
          return false;
        }
        continue; // it changed or went meanwhile: look again
      }
      if (order == Order.SAME) {
        return false; // both from this very event (only a core that changed its mind): leave them
      }
      Optional<Existing> own = store.head(config.outputBucket(), ownKey);
      if (own.isEmpty()) {
        return true;
      }
      if (order(own.get(), ref) != Order.SAME) {
        return false; // someone else's document now; theirs to settle
      }
      if (store.deleteIfMatch(config.outputBucket(), ownKey, own.get().eTag())) {
        return true;
      }
    }
    throw new ConcurrentUpdateException(
        "gave up settling the other document after " + MAX_WRITE_ATTEMPTS + " lost races");
  }

  private static Outcome superseded(ObjectRef ref, String key) {
    return new Outcome(Outcome.Status.STALE, ref, key, "withdrawn: a newer event's document of the other kind exists");
  }

  private enum Order {
    /** The existing document comes from an older event (or cannot be ordered): replace it. */
    OLDER,
    /** The existing document comes from this very event. */
    SAME,
    /** The existing document comes from a newer event. */
    NEWER
  }

  private Order order(Existing existing, ObjectRef ref) {
    Map<String, String> m = existing.metadata();
    String theirs = m.get(META_SEQUENCER);
    Order order;
    if (theirs != null && ref.sequencer() != null) {
      int c = Sequencers.compare(theirs, ref.sequencer());
      order = c > 0 ? Order.NEWER : c == 0 ? Order.SAME : Order.OLDER;
    } else if (sameVersion(m.get(META_SOURCE_VERSION), m.get(META_SOURCE_ETAG), ref.versionId(), ref.eTag())) {
      order = Order.SAME;
    } else {
      // Sequencers order events on one key, but a request without one (S3 Batch Operations), or a
      // document written from one, cannot be placed among them: the object's current version decides.
      order = isCurrent(ref) ? Order.OLDER : Order.NEWER;
    }
    if (order == Order.SAME && NOTIFICATION_PENDING.equals(m.get(META_NOTIFICATION))) {
      return Order.OLDER; // written, but its notice was not published: do it again
    }
    return order;
  }

  /** Whether {@code ref} is the object's current version (false when the object is gone). */
  private boolean isCurrent(ObjectRef ref) {
    Optional<ObjectRef> current = store.describe(ObjectRef.of(ref.bucket(), ref.key()));
    return current.isPresent()
        && sameVersion(current.get().versionId(), current.get().eTag(), ref.versionId(), ref.eTag());
  }

  /**
   * Whether two descriptions name the same object version: equal versionIds (both may be absent in an
   * unversioned bucket), and equal eTags where both are known; with no versionId, only known, equal
   * eTags count.
   */
  static boolean sameVersion(String versionA, String eTagA, String versionB, String eTagB) {
    if (!Objects.equals(versionA, versionB)) {
      return false;
    }
    if (eTagA != null && eTagB != null) {
      return eTagA.equalsIgnoreCase(eTagB);
    }
    return versionA != null;
  }

  private static Outcome skipped(Order order, ObjectRef ref, String key) {
    return order == Order.SAME
        ? new Outcome(Outcome.Status.DUPLICATE, ref, key, "a document for this event exists")
        : new Outcome(Outcome.Status.STALE, ref, key, "a document for a newer version exists");
  }

  private static Map<String, String> metadata(ObjectRef ref) {
    Map<String, String> m = new LinkedHashMap<>();
    if (ref.sequencer() != null) {
      m.put(META_SEQUENCER, ref.sequencer());
    }
    if (ref.eTag() != null) {
      m.put(META_SOURCE_ETAG, ref.eTag());
    }
    if (ref.versionId() != null) {
      m.put(META_SOURCE_VERSION, ref.versionId());
    }
    return m;
  }

  /** The document's {@code source} block: only facts of the object version, so repeats are identical. */
  static Map<String, Object> source(ObjectRef ref, Found found) {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("bucket", ref.bucket());
    s.put("key", ref.key());
    s.put("versionId", ref.versionId() != null ? ref.versionId() : found == null ? null : found.versionId());
    s.put("eTag", ref.eTag() != null ? ref.eTag() : found == null ? null : found.eTag());
    s.put("size", ref.size() != null ? ref.size() : found == null ? null : (Object) (long) found.bytes().length);
    s.put("sequencer", ref.sequencer());
    s.put("lastModified", found == null || found.lastModified() == null ? null : found.lastModified().toString());
    return s;
  }

  /**
   * What the core is told besides the bytes: the key (its extension hints at the format), the stored
   * Content-Type, and the object's last-modified day (UTC) as the reference date for relative dates the
   * article does not anchor itself.
   */
  static InputInfo inputInfo(ObjectRef ref, Found found) {
    LocalDate day =
        found.lastModified() == null ? null : LocalDate.ofInstant(found.lastModified(), ZoneOffset.UTC);
    return new InputInfo(ref.key(), mediaType(found.contentType()), day);
  }

  private String tooLarge(long size) {
    return (size >= 0 ? "input is " + size + " bytes" : "input is larger than the limit")
        + "; the limit is " + config.maxArticleBytes();
  }

  /** Generic binary types say nothing about the format; the key's extension is a better hint then. */
  private static String mediaType(String contentType) {
    if (contentType == null) {
      return null;
    }
    String t = contentType.strip().toLowerCase(java.util.Locale.ROOT);
    return t.startsWith("binary/octet-stream") || t.startsWith("application/octet-stream") ? null : contentType;
  }
}
