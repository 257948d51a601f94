package dev.lede.aws;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.lede.Digest;
import dev.lede.InputInfo;
import dev.lede.Lede;
import dev.lede.LedeException;
import dev.lede.json.DigestJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * The entry point of a forked test JVM (see {@link ForkedJvm}): runs hostile inputs through the core
 * and the handler under the JVM options and environment the parent chose, and prints one line per
 * result ({@code RESULT <stage> <id> <outcome>}), then the heap it had and used.
 *
 * <ul>
 *   <li>{@code core DIR ID:NAME...} runs each {@code DIR/ID.bin} through {@link Lede} and the JSON
 *       mapping.
 *   <li>{@code handler ENDPOINT INPUT OUTPUT DIR ID...} runs each {@code DIR/ID.event.json} through an
 *       {@link S3EventHandler} on a client built as the function's, pointed at ENDPOINT; logs go to
 *       standard error.
 *   <li>{@code runtime DIR FILE...} runs each event file through the runtime's own no-argument
 *       constructor, which takes everything (credentials included) from the environment, as in Lambda.
 * </ul>
 * An {@link OutOfMemoryError} prints {@code OOM} and exits with 3.
 */
public final class ForkedHandlerRun {
  private ForkedHandlerRun() {}

  public static void main(String[] args) throws Exception {
    PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
    try {
      switch (args[0]) {
        case "core" -> core(out, Path.of(args[1]), java.util.Arrays.copyOfRange(args, 2, args.length));
        case "handler" -> handler(out, args);
        case "runtime" -> runtime(out, Path.of(args[1]), java.util.Arrays.copyOfRange(args, 2, args.length));
        default -> throw new IllegalArgumentException(args[0]);
      }
    } catch (OutOfMemoryError e) {
      out.println("OOM");
      out.flush();
      System.exit(3);
    }
    out.println("MAXHEAP " + Runtime.getRuntime().maxMemory());
    out.println("PEAKHEAP " + peakHeap());
    out.flush();
    System.exit(0);
  }

  private static void core(PrintStream out, Path dir, String[] cases) throws Exception {
    Lede lede = Lede.create();
    for (String c : cases) {
      String id = c.substring(0, c.indexOf(':'));
      String name = c.substring(c.indexOf(':') + 1);
      byte[] bytes = Files.readAllBytes(dir.resolve(id + ".bin"));
      String outcome;
      try {
        Digest d = lede.digest(bytes, InputInfo.named(name));
        byte[] json = DigestJson.toBytes(Map.of("path", name), d, false);
        outcome = "summary " + json.length;
      } catch (LedeException e) {
        outcome = e.code().code();
      }
      bytes = null;
      out.println("RESULT core " + id + " " + outcome);
    }
  }

  private static void handler(PrintStream out, String[] args) throws Exception {
    java.net.URI endpoint = java.net.URI.create(args[1]);
    LedeConfig config = new LedeConfig(args[2], "articles/", args[3], "summaries/", "errors/", Lede.DEFAULT_MAX_BYTES);
    var client = S3Clients.builder(Map.of(S3Clients.AWS_REGION, "us-east-1"), endpoint,
        software.amazon.awssdk.auth.credentials.StaticCredentialsProvider.create(
            software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create(S3MockServer.ACCESS_KEY, S3MockServer.SECRET_KEY)))
        .build();
    S3EventHandler handler = new S3EventHandler(new S3ObjectStore(client), config, new JsonLog(System.err, Clock.systemUTC()));
    Path dir = Path.of(args[4]);
    for (int i = 5; i < args.length; i++) {
      String id = args[i];
      ByteArrayOutputStream report = new ByteArrayOutputStream();
      handler.handleRequest(new ByteArrayInputStream(Files.readAllBytes(dir.resolve(id + ".event.json"))), report, null);
      String status = S3Buckets.MAPPER.readTree(report.toByteArray()).path("outcomes").path(0).path("status").asText();
      out.println("RESULT handler " + id + " " + status);
    }
  }

  private static void runtime(PrintStream out, Path dir, String[] events) throws Exception {
    RequestStreamHandler handler = new S3EventHandler();
    for (String e : events) {
      ByteArrayOutputStream report = new ByteArrayOutputStream();
      String outcome;
      try {
        handler.handleRequest(new ByteArrayInputStream(Files.readAllBytes(dir.resolve(e))), report, null);
        outcome = report.toString(StandardCharsets.UTF_8);
      } catch (RuntimeException x) {
        outcome = "failed"; // as Lambda would record it: the handler logged why
      }
      out.println("RESULT runtime " + e + " " + outcome);
    }
  }

  private static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }
}
