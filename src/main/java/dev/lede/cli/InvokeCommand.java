package dev.lede.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.lede.aws.DirectoryObjectStore;
import dev.lede.aws.EventShape;
import dev.lede.aws.JsonLog;
import dev.lede.aws.LedeConfig;
import dev.lede.aws.NotifyClients;
import dev.lede.aws.ObjectRef;
import dev.lede.aws.ObjectStore;
import dev.lede.aws.Outcome;
import dev.lede.aws.S3Clients;
import dev.lede.aws.S3EventHandler;
import dev.lede.aws.S3ObjectStore;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * {@code invoke [--local-root DIR | --endpoint URL] EVENT.json...}: runs the real Lambda handler on
 * event files of any shape it reads (S3 notifications, SQS batches, EventBridge events, S3 Batch
 * Operations invocations), against a local directory standing in for S3 ({@code DIR/<bucket>/<key>},
 * default {@code local}) or against any S3 endpoint, and prints each document the events led to. The
 * configuration comes from the same environment variables as the function's, defaulting to the sample's
 * buckets; {@code NOTIFY_TOPIC_ARN} / {@code NOTIFY_EVENT_BUS} publish notices as the function would.
 * Logs go to standard error. Exit code 0 when every record was summarised (or was already), 1 when an
 * error document was written or a record, message or task failed, 2 on usage errors.
 */
final class InvokeCommand {
  private static final JsonFactory JSON = JsonFactory.builder().build();
  private final PrintStream out;
  private final PrintStream err;
  private final Map<String, String> env;
  private final JsonLog log;

  InvokeCommand(PrintStream out, PrintStream err, Map<String, String> env) {
    this.out = out;
    this.err = err;
    this.env = env;
    this.log = new JsonLog(err, Clock.systemUTC());
  }

  int run(String[] args) {
    String localRoot = "local";
    String endpoint = null;
    List<String> events = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--local-root") || a.equals("--endpoint")) {
        if (i + 1 >= args.length) {
          return usage(a + " needs a value");
        }
        if (a.equals("--local-root")) {
          localRoot = args[++i];
        } else {
          endpoint = args[++i];
        }
      } else if (a.startsWith("--local-root=")) {
        localRoot = a.substring("--local-root=".length());
      } else if (a.startsWith("--endpoint=")) {
        endpoint = a.substring("--endpoint=".length());
      } else if (a.startsWith("-")) {
        return usage("unknown option " + a);
      } else {
        events.add(a);
      }
    }
    if (events.isEmpty()) {
      return usage("invoke needs at least one EVENT.json file");
    }
    LedeConfig config;
    try {
      config = LedeConfig.forLocalRun(env);
    } catch (IllegalArgumentException e) {
      return usage(e.getMessage());
    }
    S3Client client = null;
    ObjectStore store;
    if (endpoint != null) {
      client = S3Clients.forCommandLine(env, endpoint);
      store = new S3ObjectStore(client);
    } else {
      Path root = Path.of(localRoot);
      if (!Files.isDirectory(root)) {
        return usage("--local-root " + localRoot + " is not a directory");
      }
      store = new DirectoryObjectStore(root);
    }
    try {
      S3EventHandler handler =
          new S3EventHandler(store, config, NotifyClients.forCommandLine(env), log);
      int status = 0;
      for (String event : events) {
        status = Math.max(status, invoke(handler, store, config, Path.of(event)));
      }
      out.flush();
      return status;
    } finally {
      if (client != null) {
        client.close();
      }
    }
  }

  /**
   * Runs the handler on one event file, as the runtime would, then prints each document it led to. For
   * SQS batches and S3 Batch Operations jobs the handler's response (the partial batch response, the
   * task results) goes to standard error too, since that is what Lambda would act on.
   */
  private int invoke(S3EventHandler handler, ObjectStore store, LedeConfig config, Path event) {
    S3EventHandler.Invocation invocation;
    try {
      byte[] bytes = Files.readAllBytes(event);
      invocation = handler.invoke(bytes, log);
    } catch (NoSuchFileException e) {
      err.println("lede invoke: no such event file: " + event);
      return 1;
    } catch (IOException | RuntimeException e) {
      err.println("lede invoke: " + event + ": the invocation failed (Lambda would retry it): "
          + e.getMessage());
      return 1;
    }
    int status = invocation.failed() > 0 ? 1 : 0;
    for (Outcome o : invocation.outcomes()) {
      if (o.status() == Outcome.Status.ERROR_DOCUMENT) {
        status = 1;
      }
      if (o.outputKey() != null && o.status() != Outcome.Status.STALE) {
        printDocument(store, config, o.outputKey(), o.status().label());
      }
    }
    if (invocation.shape() == EventShape.SQS || invocation.shape() == EventShape.BATCH_OPERATIONS) {
      err.println("lede invoke: " + invocation.shape().name().toLowerCase(java.util.Locale.ROOT)
          + " response: " + new String(invocation.response(), java.nio.charset.StandardCharsets.UTF_8));
    }
    return status;
  }

  private void printDocument(ObjectStore store, LedeConfig config, String key, String outcome) {
    ObjectStore.ReadResult r = store.read(ObjectRef.of(config.outputBucket(), key), Integer.MAX_VALUE - 8);
    if (!(r instanceof ObjectStore.Found found)) {
      err.println("lede invoke: the document " + key + " is not readable: " + r);
      return;
    }
    try {
      prettyPrint(found.bytes());
    } catch (IOException e) {
      err.println("lede invoke: the document " + key + " is not JSON: " + e.getMessage());
    }
    String where = store instanceof DirectoryObjectStore dir
        ? dir.file(config.outputBucket(), key).toString()
        : "s3://" + config.outputBucket() + "/" + key;
    err.println("lede invoke: " + outcome + ": " + where);
  }

  /** Re-indents a stored (compact) document for reading; values are copied exactly. */
  private void prettyPrint(byte[] json) throws IOException {
    try (JsonParser p = JSON.createParser(json);
        JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      g.setPrettyPrinter(
          new DefaultPrettyPrinter()
              .withSeparators(
                  Separators.createDefaultInstance()
                      .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
              .withObjectIndenter(new DefaultIndenter("  ", "\n")));
      while (p.nextToken() != null) {
        g.copyCurrentEventExact(p);
      }
    }
    out.println();
  }

  private int usage(String message) {
    err.println("lede invoke: " + message);
    err.print(Main.USAGE);
    return 2;
  }
}
