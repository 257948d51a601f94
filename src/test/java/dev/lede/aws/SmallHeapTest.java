package dev.lede.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.HostileInputs;
import dev.lede.HostileInputs.Case;
import dev.lede.HostileInputs.Expect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The size caps, proved at a small heap (issue 6): the multi-megabyte hostile inputs and the gzip bombs
 * run through the core and through the handler (real SDK client, against S3Mock in this JVM) in a
 * forked JVM limited to {@value #HEAP} of heap. Every one must reach its outcome without an
 * OutOfMemoryError. The child reports the heap it had and the peak it used.
 */
class SmallHeapTest {
  static final String HEAP = "128m";

  @TempDir Path work;

  static List<Case> cases() {
    return Stream.concat(HostileInputs.largeCases(),
        Stream.of(HostileInputs.byId("gzip-bomb"), HostileInputs.byId("sentence-x1000000-gzipped"))).toList();
  }

  @Test
  void theLargeHostileInputsFitIn128MegabytesThroughTheCoreAndTheHandler() throws Exception {
    S3Buckets f = new S3Buckets("smallheap");
    List<String> coreArgs = new ArrayList<>(List.of("core", work.toString()));
    List<String> handlerArgs = new ArrayList<>(List.of("handler", S3MockServer.endpoint().toString(), f.input, f.output, work.toString()));
    for (Case c : cases()) {
      byte[] bytes = c.bytes();
      Files.write(work.resolve(c.id() + ".bin"), bytes);
      ObjectRef ref = f.upload(HostileInputHandlerTest.key(c), bytes);
      Files.write(work.resolve(c.id() + ".event.json"), TestEvents.created(ref));
      coreArgs.add(c.id() + ":" + c.fileName());
      handlerArgs.add(c.id());
    }
    List<String> jvm = List.of("-Xmx" + HEAP, "-XX:+UseSerialGC");

    ForkedJvm.Result core = ForkedJvm.run(work, jvm, Map.of(), false, coreArgs);
    ForkedJvm.Result handler = ForkedJvm.run(work, jvm, Map.of(), false, handlerArgs);

    for (ForkedJvm.Result r : List.of(core, handler)) {
      assertEquals(0, r.exit(), "the child finished (3 means OutOfMemoryError):\n" + r.out() + "\n" + r.err());
      assertTrue(r.value("MAXHEAP") <= 128L << 20, "the child really had a small heap: " + r.value("MAXHEAP"));
    }
    for (Case c : cases()) {
      String expected = c.expect() == Expect.SUMMARY ? "summary" : c.expect().code();
      assertTrue(core.results().get("core " + c.id()).startsWith(expected), c + ": " + core.results());
      assertEquals(c.expect() == Expect.SUMMARY ? "summarised" : "error_document", handler.results().get("handler " + c.id()), c.id());
    }
    System.out.printf("small heap (-Xmx%s): core peak heap %d MiB, handler peak heap %d MiB%n",
        HEAP, core.value("PEAKHEAP") >> 20, handler.value("PEAKHEAP") >> 20);
  }
}
