package dev.lede.aws;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An S3 Batch Operations invocation (schema 1.0 or 2.0): each task names one object of the job's
 * manifest, and gets one result.
 *
 * <ul>
 *   <li>Schema 1.0 names the bucket by ARN ({@code s3BucketArn}) and URL-encodes the key (as the CSV
 *       manifest or inventory lists it); 2.0 names the bucket ({@code s3Bucket}) and passes the key as
 *       it is. {@code userArguments} (2.0) are logged and otherwise unused.
 *   <li>Backfill summarises what is there now: the task's object is looked up first (HEAD), and a task
 *       naming a version that is no longer current is skipped as stale. The current version then goes
 *       through {@link ArticleProcessor} without a sequencer; how such a request is ordered against
 *       documents written from events is described there.
 *   <li>Results: {@code Succeeded} for a summary written or already there, a stale task, or an error
 *       document (the input cannot be summarised; the document says why, and retrying cannot help);
 *       {@code PermanentFailure} for a missing object, a refused one (another bucket or prefix) and other
 *       failures no retry cures; {@code TemporaryFailure}, which S3 retries, for throttling, 5xx,
 *       timeouts and lost write races.
 * </ul>
 */
final class BatchOperationsHandler {
  static final String SUCCEEDED = "Succeeded";
  static final String TEMPORARY_FAILURE = "TemporaryFailure";
  static final String PERMANENT_FAILURE = "PermanentFailure";
  /** Result strings land in the job's completion report; keep them short. */
  static final int MAX_RESULT_CHARS = 300;

  private final ArticleProcessor processor;
  private final ObjectStore store;

  BatchOperationsHandler(ArticleProcessor processor, ObjectStore store) {
    this.processor = Objects.requireNonNull(processor, "processor");
    this.store = Objects.requireNonNull(store, "store");
  }

  /** One task's result, as the response carries it. */
  record Result(String taskId, String resultCode, String resultString) {}

  S3EventHandler.Invocation handle(Object event, JsonLog log) {
    String version = EventJson.text(event, "invocationSchemaVersion");
    if (!"1.0".equals(version) && !"2.0".equals(version)) {
      throw new BadEventException("unsupported S3 Batch Operations invocationSchemaVersion '" + version + "'");
    }
    String invocationId = EventJson.text(event, "invocationId");
    if (invocationId == null) {
      throw new BadEventException("an S3 Batch Operations event without invocationId");
    }
    List<Object> tasks = EventJson.array(EventJson.object(event).get("tasks"));
    for (Object task : tasks) {
      if (EventJson.text(task, "taskId") == null) {
        throw new BadEventException("an S3 Batch Operations task without taskId");
      }
    }
    String jobId = EventJson.text(event, "job", "id");
    Object userArguments = EventJson.object(EventJson.object(event).get("job")).get("userArguments");
    List<Outcome> outcomes = new ArrayList<>();
    List<Result> results = new ArrayList<>(tasks.size());
    int failed = 0;
    for (Object task : tasks) {
      Result r = run(task, version, jobId, outcomes, log);
      results.add(r);
      if (!r.resultCode().equals(SUCCEEDED)) {
        failed++;
      }
    }
    if (userArguments != null) {
      log.info("batch job user arguments (unused)", "jobId", jobId, "userArguments", String.valueOf(userArguments));
    }
    return new S3EventHandler.Invocation(
        EventShape.BATCH_OPERATIONS, response(version, invocationId, results), outcomes, failed);
  }

  private Result run(Object task, String version, String jobId, List<Outcome> outcomes, JsonLog log) {
    String taskId = EventJson.text(task, "taskId");
    ObjectRef ref = null;
    long start = System.nanoTime();
    try {
      ref = taskObject(task, version);
      processor.checkAccepted(ref);
      Optional<ObjectRef> current = store.describe(ObjectRef.of(ref.bucket(), ref.key()));
      Outcome outcome;
      if (current.isEmpty()) {
        outcome = new Outcome(Outcome.Status.GONE, ref, null, "NoSuchKey: the object does not exist");
      } else if (ref.versionId() != null && !ref.versionId().equals(current.get().versionId())) {
        outcome = new Outcome(Outcome.Status.STALE, ref, null,
            "the manifest names a version that is no longer current");
      } else {
        outcome = processor.process(current.get());
      }
      outcomes.add(outcome);
      Result r = result(taskId, outcome);
      log.info("task processed", "jobId", jobId, "taskId", taskId, "status", outcome.status().label(),
          "resultCode", r.resultCode(), "bucket", ref.bucket(), "key", ref.key(),
          "versionId", current.map(ObjectRef::versionId).orElse(ref.versionId()),
          "outputKey", outcome.outputKey(), "detail", outcome.detail(),
          "ms", (System.nanoTime() - start) / 1_000_000);
      return r;
    } catch (RuntimeException e) {
      boolean retryable = Failures.retryable(e);
      log.error("task failed", "jobId", jobId, "taskId", taskId, "retryable", retryable,
          "bucket", ref == null ? null : ref.bucket(), "key", ref == null ? null : ref.key(),
          "exception", e.getClass().getName(), "reason", e.getMessage(),
          "ms", (System.nanoTime() - start) / 1_000_000);
      return new Result(taskId, retryable ? TEMPORARY_FAILURE : PERMANENT_FAILURE,
          cut(e.getClass().getSimpleName() + ": " + e.getMessage()));
    }
  }

  /** The object a task names, with its key decoded where the schema encodes it. */
  static ObjectRef taskObject(Object task, String version) {
    String key = EventJson.text(task, "s3Key");
    String bucket;
    if ("1.0".equals(version)) {
      String arn = EventJson.text(task, "s3BucketArn");
      int sep = arn == null ? -1 : arn.indexOf(":::");
      if (sep < 0) {
        throw new BadEventException("a task without an s3BucketArn of the form arn:partition:s3:::bucket");
      }
      bucket = arn.substring(sep + 3);
      key = key == null ? null : S3EventParser.decodeKey(key);
    } else {
      bucket = EventJson.text(task, "s3Bucket");
    }
    if (bucket == null || bucket.isEmpty() || key == null || key.isEmpty()) {
      throw new BadEventException("a task without a bucket and key");
    }
    return new ObjectRef(bucket, key, EventJson.text(task, "s3VersionId"), null, null, null);
  }

  private static Result result(String taskId, Outcome o) {
    String where = o.outputKey() == null ? "" : " " + o.outputKey();
    return switch (o.status()) {
      case SUMMARISED, DUPLICATE, STALE, ERROR_DOCUMENT, IGNORED ->
          new Result(taskId, SUCCEEDED, cut(o.status().label() + where + ": " + o.detail()));
      case GONE -> new Result(taskId, PERMANENT_FAILURE, cut("gone: " + o.detail()));
    };
  }

  /** The response S3 Batch Operations reads; missing results count as permanent failures. */
  static byte[] response(String version, String invocationId, List<Result> results) {
    return EventJson.write(g -> {
      g.writeStartObject();
      g.writeStringField("invocationSchemaVersion", version);
      g.writeStringField("treatMissingKeysAs", PERMANENT_FAILURE);
      g.writeStringField("invocationId", invocationId);
      g.writeArrayFieldStart("results");
      for (Result r : results) {
        g.writeStartObject();
        g.writeStringField("taskId", r.taskId());
        g.writeStringField("resultCode", r.resultCode());
        g.writeStringField("resultString", r.resultString());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    });
  }

  private static String cut(String s) {
    return SummaryNotice.cut(s.replace('\n', ' ').replace('\r', ' '), MAX_RESULT_CHARS);
  }
}
