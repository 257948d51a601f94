package dev.lede.aws;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.lede.Lede;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The Lambda entry point for S3 event notifications
 * ({@code dev.lede.aws.S3EventHandler::handleRequest}).
 *
 * <p>A {@link RequestStreamHandler} that reads the event with {@link S3EventParser} rather than letting
 * the runtime map it onto {@code S3Event}: that mapping loads a reflective serialiser at the first
 * invoke, which costs more cold-start time than the whole parse (see the README for the figures).
 *
 * <p>Every record is handled: the test event and non-ObjectCreated records are logged and ignored;
 * records naming another bucket than INPUT_BUCKET refuse the whole event before anything is read;
 * each ObjectCreated record goes through the shared {@link ArticleProcessor}. A record that fails does
 * not stop the others; the invocation then fails with the first failure, so Lambda retries the event
 * (records already done are recognised and skipped) and, after the retries, sends it to the on-failure
 * destination.
 *
 * <p>The no-argument constructor is the runtime's: it builds the S3 client, the configuration and the
 * core once, at init. The others take them, so tests and {@code lede invoke} inject their own.
 */
public final class S3EventHandler implements RequestStreamHandler {
  private static final JsonFactory JSON = JsonFactory.builder().build();

  private final ArticleProcessor processor;
  private final JsonLog log;

  /** For the Lambda runtime: everything from the environment. */
  public S3EventHandler() {
    this(S3Clients.forLambda(System.getenv()), LedeConfig.fromEnvironment(System.getenv()), Clock.systemUTC());
  }

  /** With a given S3 client (pointed anywhere), configuration and clock; logs to standard output. */
  public S3EventHandler(S3Client s3, LedeConfig config, Clock clock) {
    this(new S3ObjectStore(s3), config, new JsonLog(System.out, clock));
  }

  /** With any {@link ObjectStore} and log. */
  public S3EventHandler(ObjectStore store, LedeConfig config, JsonLog log) {
    this.processor = new ArticleProcessor(store, config, Lede.withMaxBytes(config.maxArticleBytes()));
    this.log = Objects.requireNonNull(log, "log");
  }

  /**
   * Handles one notification and writes a short JSON report of the outcomes to {@code output}
   * ({@code {"records": n, "outcomes": [{"bucket", "key", "status", "outputKey"}]}}).
   */
  @Override
  public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
    JsonLog log = context == null ? this.log : this.log.forRequest(context.getAwsRequestId());
    S3Notification event;
    try {
      event = S3EventParser.parse(input);
    } catch (BadEventException e) {
      log.error("event refused: not an S3 notification", "reason", e.getMessage());
      throw e;
    }
    List<Outcome> outcomes = handle(event, log);
    try (JsonGenerator g = JSON.createGenerator(output, JsonEncoding.UTF8)) {
      g.writeStartObject();
      g.writeNumberField("records", event.records().size());
      g.writeArrayFieldStart("outcomes");
      for (Outcome o : outcomes) {
        g.writeStartObject();
        g.writeStringField("bucket", o.object().bucket());
        g.writeStringField("key", o.object().key());
        g.writeStringField("status", o.status().label());
        if (o.outputKey() != null) {
          g.writeStringField("outputKey", o.outputKey());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
  }

  /**
   * Handles every record of a parsed notification.
   *
   * @return one outcome per record, in order
   * @throws RefusedEventException before any work, when a record names a foreign bucket or prefix
   * @throws RuntimeException after all records were tried, when any of them failed
   */
  public List<Outcome> handle(S3Notification event, JsonLog log) {
    if (event.testEvent()) {
      log.info("ignored: s3:TestEvent");
      return List.of();
    }
    for (S3Notification.Record r : event.records()) {
      if (r.isObjectCreated()) {
        try {
          processor.checkAccepted(r.object());
        } catch (RefusedEventException e) {
          log.error("event refused", "reason", e.getMessage(), "bucket", r.object().bucket(), "key", r.object().key());
          throw e;
        }
      }
    }
    List<Outcome> outcomes = new ArrayList<>();
    RuntimeException first = null;
    int failed = 0;
    for (S3Notification.Record r : event.records()) {
      ObjectRef ref = r.object();
      if (!r.isObjectCreated()) {
        log.info("ignored: not an ObjectCreated event", "eventName", r.eventName(), "bucket", ref.bucket(), "key", ref.key());
        outcomes.add(new Outcome(Outcome.Status.IGNORED, ref, null, "not an ObjectCreated event"));
        continue;
      }
      long start = System.nanoTime();
      try {
        Outcome o = processor.process(ref);
        outcomes.add(o);
        log.info(
            "record processed",
            "status", o.status().label(),
            "bucket", ref.bucket(), "key", ref.key(), "versionId", ref.versionId(),
            "sequencer", ref.sequencer(), "outputKey", o.outputKey(), "detail", o.detail(),
            "ms", (System.nanoTime() - start) / 1_000_000);
      } catch (RuntimeException e) {
        failed++;
        if (first == null) {
          first = e;
        } else {
          first.addSuppressed(e);
        }
        log.error(
            "record failed",
            "bucket", ref.bucket(), "key", ref.key(), "versionId", ref.versionId(),
            "sequencer", ref.sequencer(), "retryable", Failures.retryable(e),
            "errorCode", Failures.errorCode(e), "advice", Failures.advice(e),
            "exception", e.getClass().getName(), "reason", e.getMessage(),
            "ms", (System.nanoTime() - start) / 1_000_000);
      }
    }
    if (first != null) {
      log.error("invocation failed; Lambda will retry the event", "failedRecords", failed, "records", event.records().size());
      throw first;
    }
    return outcomes;
  }
}
