package dev.lede.aws;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.lede.Lede;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The Lambda entry point ({@code dev.lede.aws.S3EventHandler::handleRequest}) for S3 object events in
 * every envelope they arrive in. One handler recognises the shape of the event ({@link EventShape}) by
 * its top-level fields, so one function, one SnapStart snapshot and one warm pool serve every source:
 *
 * <ul>
 *   <li>an S3 event notification (the direct trigger): every record is handled; the test event and
 *       non-ObjectCreated records are logged and ignored; records naming another bucket than
 *       INPUT_BUCKET refuse the whole event before anything is read. A record that fails does not stop
 *       the others; the invocation then fails with the first failure, so Lambda retries the event
 *       (records already done are recognised and skipped) and, after the retries, sends it to the
 *       on-failure destination. The response is a short report
 *       ({@code {"records": n, "outcomes": [{"bucket", "key", "status", "outputKey"}]}});
 *   <li>an EventBridge "Object Created" event: handled as a one-record notification, same report;
 *   <li>an SQS batch (S3 → SQS, possibly through SNS): see {@link SqsBatchHandler}; the response is
 *       Lambda's partial batch response;
 *   <li>an S3 Batch Operations invocation: see {@link BatchOperationsHandler}; the response is the
 *       per-task result S3 expects.
 * </ul>
 *
 * Every object goes through the one shared {@link ArticleProcessor}. The event is read with
 * jackson-core alone rather than mapped onto the runtime's event classes: that mapping loads a
 * reflective serialiser at the first invoke, which costs more cold-start time than the whole parse
 * (see the README for the figures), and telling the shapes apart costs one pass over a few kilobytes.
 *
 * <p>The no-argument constructor is the runtime's: it builds the S3 client, the configuration, the
 * notification client (only when one is configured) and the core once, at init. The others take them,
 * so tests and {@code lede invoke} inject their own.
 */
public final class S3EventHandler implements RequestStreamHandler {
  /** Lambda's largest payload is 6 MB (synchronous); anything larger is refused unread. */
  static final int MAX_EVENT_BYTES = 8 << 20;

  private final ArticleProcessor processor;
  private final SqsBatchHandler sqs;
  private final BatchOperationsHandler batch;
  private final JsonLog log;
  private final Lede lede;
  /** Kept here: the CRaC context may hold its resources weakly. */
  @SuppressWarnings({"unused", "FieldCanBeLocal"})
  private final SnapStartPriming priming;

  /**
   * For the Lambda runtime: everything from the environment, and the SnapStart priming hook
   * ({@link SnapStartPriming}), which warms the pipeline before the snapshot is taken.
   */
  public S3EventHandler() {
    this(System.getenv());
  }

  private S3EventHandler(Map<String, String> env) {
    this(new S3ObjectStore(S3Clients.forLambda(env)), LedeConfig.fromEnvironment(env),
        NotifyClients.forLambda(env), new JsonLog(System.out, Clock.systemUTC()), true);
  }

  /** With a given S3 client (pointed anywhere), configuration and clock; logs to standard output. */
  public S3EventHandler(S3Client s3, LedeConfig config, Clock clock) {
    this(new S3ObjectStore(s3), config, null, new JsonLog(System.out, clock));
  }

  /** With any {@link ObjectStore} and log, without notifications. */
  public S3EventHandler(ObjectStore store, LedeConfig config, JsonLog log) {
    this(store, config, null, log);
  }

  /** With any {@link ObjectStore}, a notice publisher (or null for none) and a log. */
  public S3EventHandler(ObjectStore store, LedeConfig config, SummaryPublisher publisher, JsonLog log) {
    this(store, config, publisher, log, false);
  }

  private S3EventHandler(
      ObjectStore store, LedeConfig config, SummaryPublisher publisher, JsonLog log, boolean primeForSnapStart) {
    this.lede = Lede.withMaxBytes(config.maxArticleBytes());
    this.processor = new ArticleProcessor(store, config, lede, publisher);
    this.sqs = new SqsBatchHandler(this::processRecords);
    this.batch = new BatchOperationsHandler(processor, store);
    this.log = Objects.requireNonNull(log, "log");
    this.priming = primeForSnapStart ? SnapStartPriming.register(lede) : null;
  }

  /** The hook that warms this handler's pipeline before a SnapStart snapshot (for tests and benchmarks). */
  SnapStartPriming priming() {
    return new SnapStartPriming(lede);
  }

  /**
   * What one invocation did.
   *
   * @param shape the kind of event it was
   * @param response what the function returns to its caller (a report, a partial batch response, or
   *     S3 Batch Operations results)
   * @param outcomes the final outcome of each object handled, in order
   * @param failed how many SQS messages or batch tasks failed (they are in the response); always 0 for
   *     the shapes whose failures are thrown
   */
  public record Invocation(EventShape shape, byte[] response, List<Outcome> outcomes, int failed) {
    public Invocation {
      Objects.requireNonNull(shape, "shape");
      Objects.requireNonNull(response, "response");
      outcomes = List.copyOf(outcomes);
    }
  }

  @Override
  public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
    JsonLog log = context == null ? this.log : this.log.forRequest(context.getAwsRequestId());
    byte[] event = input.readNBytes(MAX_EVENT_BYTES + 1);
    if (event.length > MAX_EVENT_BYTES) {
      log.error("event refused: larger than any event Lambda delivers", "bytes", (long) event.length);
      throw new BadEventException("the event is larger than " + MAX_EVENT_BYTES + " bytes");
    }
    output.write(invoke(event, log).response());
  }

  /**
   * Handles one event of any accepted shape.
   *
   * @throws BadEventException when the event is not one of the shapes above
   * @throws RefusedEventException for an S3 notification naming a foreign bucket or prefix
   * @throws RuntimeException for an S3 notification or EventBridge event whose object failed
   */
  public Invocation invoke(byte[] event, JsonLog log) {
    try {
      Object tree = EventJson.read(event);
      EventShape shape = EventShape.of(tree);
      return switch (shape) {
        case S3_NOTIFICATION -> notification(shape, S3EventParser.parse(new ByteArrayInputStream(event)), log);
        case EVENTBRIDGE -> notification(shape, new S3Notification(false, List.of(EventBridgeEvents.record(tree))), log);
        case SQS -> sqs.handle(tree, log);
        case BATCH_OPERATIONS -> batch.handle(tree, log);
        default -> throw new BadEventException(
            "not an S3 notification, SQS batch, EventBridge S3 event or S3 Batch Operations invocation");
      };
    } catch (BadEventException e) {
      log.error("event refused: not an event this function reads", "reason", e.getMessage());
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Invocation notification(EventShape shape, S3Notification notification, JsonLog log) {
    List<Outcome> outcomes = handle(notification, log);
    return new Invocation(shape, report(notification.records().size(), outcomes), outcomes, 0);
  }

  /**
   * Handles every record of a parsed notification.
   *
   * @return one outcome per record, in order
   * @throws RefusedEventException before any work, when a record names a foreign bucket or prefix
   * @throws RuntimeException after all records were tried, when any of them failed
   */
  public List<Outcome> handle(S3Notification event, JsonLog log) {
    try {
      return processRecords(event, log);
    } catch (RefusedEventException e) {
      throw e;
    } catch (RuntimeException e) {
      log.error("invocation failed; Lambda will retry the event",
          "failedRecords", 1L + e.getSuppressed().length, "records", event.records().size());
      throw e;
    }
  }

  /** The records of one notification; the first failure is thrown (others suppressed) after all ran. */
  private List<Outcome> processRecords(S3Notification event, JsonLog log) {
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
      throw first;
    }
    return outcomes;
  }

  /** {@code {"records": n, "outcomes": [{"bucket", "key", "status", "outputKey"}]}}. */
  private static byte[] report(int records, List<Outcome> outcomes) {
    return EventJson.write(g -> {
      g.writeStartObject();
      g.writeNumberField("records", records);
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
    });
  }
}
