package dev.lede.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.lede.aws.DirectoryObjectStore;
import dev.lede.aws.JsonLog;
import dev.lede.aws.LedeConfig;
import dev.lede.aws.ObjectRef;
import dev.lede.aws.ObjectStore;
import dev.lede.aws.Outcome;
import dev.lede.aws.S3Clients;
import dev.lede.aws.S3EventHandler;
import dev.lede.aws.S3ObjectStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
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
 * {@code invoke [--local-root DIR | --endpoint URL] EVENT.json...}: runs the real Lambda handler on S3
 * event files, against a local directory standing in for S3 ({@code DIR/<bucket>/<key>}, default
 * {@code local}) or against any S3 endpoint, and prints each document the events led to. The
 * configuration comes from the same environment variables as the function's, defaulting to the sample's
 * buckets. Logs go to standard error. Exit code 0 when every record was summarised (or was already),
 * 1 when an error document was written or a record failed, 2 on usage errors.
 */
final class InvokeCommand {
  private static final JsonFactory JSON = JsonFactory.builder().build();
  private final PrintStream out;
  private final PrintStream err;
  private final Map<String, String> env;

  InvokeCommand(PrintStream out, PrintStream err, Map<String, String> env) {
    this.out = out;
    this.err = err;
    this.env = env;
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
      S3EventHandler handler = new S3EventHandler(store, config, new JsonLog(err, Clock.systemUTC()));
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

  /** Runs the handler's Lambda entry point on one event file, as the runtime would. */
  private int invoke(S3EventHandler handler, ObjectStore store, LedeConfig config, Path event) {
    ByteArrayOutputStream response = new ByteArrayOutputStream();
    try (InputStream in = Files.newInputStream(event)) {
      handler.handleRequest(in, response, null);
    } catch (NoSuchFileException e) {
      err.println("lede invoke: no such event file: " + event);
      return 1;
    } catch (IOException | RuntimeException e) {
      err.println("lede invoke: " + event + ": the invocation failed (Lambda would retry it): "
          + e.getMessage());
      return 1;
    }
    int status = 0;
    try (JsonParser p = JSON.createParser(response.toByteArray())) {
      String outcome = null;
      String outputKey = null;
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.FIELD_NAME && p.currentName().equals("status")) {
          outcome = p.nextTextValue();
        } else if (t == JsonToken.FIELD_NAME && p.currentName().equals("outputKey")) {
          outputKey = p.nextTextValue();
        } else if (t == JsonToken.END_OBJECT && outcome != null) {
          if (outcome.equals(Outcome.Status.ERROR_DOCUMENT.label())) {
            status = 1;
          }
          if (outputKey != null && !outcome.equals(Outcome.Status.STALE.label())) {
            printDocument(store, config, outputKey, outcome);
          }
          outcome = null;
          outputKey = null;
        }
      }
    } catch (IOException e) {
      err.println("lede invoke: the handler's response is not JSON: " + e.getMessage());
      return 1;
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
