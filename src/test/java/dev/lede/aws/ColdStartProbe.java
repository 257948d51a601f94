package dev.lede.aws;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Not a test: a measuring tool for one fresh JVM, used to choose the handler type and to split the
 * function's cold start into init and first invoke. Prints one line of milliseconds, wall and CPU time of
 * the main thread. The README ("What was measured") gives the exact commands; in short, after
 * {@code ./mvnw -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test.cp
 * -Dmdep.includeScope=test}:
 *
 * <pre>
 * java -cp target/classes:target/test-classes:$(cat target/test.cp) dev.lede.aws.ColdStartProbe stream events/s3-put.json
 * java -cp ... dev.lede.aws.ColdStartProbe runtime events/s3-put.json
 * AWS_ENDPOINT_URL_S3=http://127.0.0.1:9090 AWS_REGION=us-east-1 AWS_ACCESS_KEY_ID=x AWS_SECRET_ACCESS_KEY=y \
 *   INPUT_BUCKET=lede-input INPUT_PREFIX=articles/ OUTPUT_BUCKET=lede-output \
 *   java -cp ... dev.lede.aws.ColdStartProbe handler events/s3-put.json
 * </pre>
 *
 * {@code stream} parses the event with the handler's own parser; {@code runtime} deserialises it into
 * {@code S3Event} with the serialiser the Lambda Java runtime uses for {@code RequestHandler<S3Event,?>};
 * {@code handler} builds the real handler from the environment (as the runtime does at init) and runs
 * the event twice, timing init, first and second invoke.
 */
public final class ColdStartProbe {
  private ColdStartProbe() {}

  public static void main(String[] args) throws Exception {
    long start = System.nanoTime();
    byte[] event = Files.readAllBytes(Path.of(args[1]));
    switch (args[0]) {
      case "stream" -> {
        S3Notification n = S3EventParser.parse(new ByteArrayInputStream(event));
        report("stream parse", start, "records=" + n.records().size());
      }
      case "runtime" -> {
        PojoSerializer<S3Event> serializer =
            LambdaEventSerializers.serializerFor(S3Event.class, ColdStartProbe.class.getClassLoader());
        S3Event e = serializer.fromJson((InputStream) new ByteArrayInputStream(event));
        report("runtime S3Event deserialisation", start, "records=" + e.getRecords().size());
      }
      case "handler" -> {
        long cpu0 = cpu();
        S3EventHandler handler = new S3EventHandler();
        long init = System.nanoTime();
        long cpu1 = cpu();
        handler.handleRequest(new ByteArrayInputStream(event), new ByteArrayOutputStream(), null);
        long first = System.nanoTime();
        long cpu2 = cpu();
        handler.handleRequest(new ByteArrayInputStream(event), new ByteArrayOutputStream(), null);
        long second = System.nanoTime();
        long cpu3 = cpu();
        System.err.printf(
            "wall: jvm-to-main %d ms, handler init %d ms, first invoke %d ms, second invoke %d ms; "
                + "main-thread cpu: init %d ms, first invoke %d ms, second invoke %d ms%n",
            sinceJvmStart() - ms(System.nanoTime() - start), ms(init - start), ms(first - init),
            ms(second - first), ms(cpu1 - cpu0), ms(cpu2 - cpu1), ms(cpu3 - cpu2));
      }
      default -> throw new IllegalArgumentException("mode: stream | runtime | handler");
    }
    Clock.systemUTC();
  }

  private static void report(String what, long start, String detail) {
    System.err.printf("%s: %d ms in main, main-thread cpu %d ms (%s); %d ms since JVM start%n",
        what, ms(System.nanoTime() - start), ms(cpu()), detail, sinceJvmStart());
  }

  /** CPU time of the calling thread: robust to other processes competing for the cores. */
  private static long cpu() {
    return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
  }

  private static long sinceJvmStart() {
    return ManagementFactory.getRuntimeMXBean().getUptime();
  }

  private static long ms(long nanos) {
    return nanos / 1_000_000;
  }
}
