package dev.lede.aws;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.aws.ObjectStore.Found;
import dev.lede.aws.ObjectStore.Gone;
import dev.lede.aws.ObjectStore.IfAbsent;
import dev.lede.aws.ObjectStore.IfMatch;
import dev.lede.aws.ObjectStore.TooLarge;
import dev.lede.aws.ObjectStore.WriteResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local stand-in for S3 behind {@code lede invoke} keeps S3's rules. */
class DirectoryObjectStoreTest {
  @TempDir Path root;

  DirectoryObjectStore store() {
    return new DirectoryObjectStore(root);
  }

  Path put(String bucket, String key, String text) throws IOException {
    Path f = root.resolve(bucket).resolve(key);
    Files.createDirectories(f.getParent());
    return Files.writeString(f, text);
  }

  @Test
  void readsAnObjectWithItsMd5AsETagAndItsFileTime() throws IOException {
    Path f = put("in", "articles/a b.txt", "hello");
    Files.setLastModifiedTime(f, FileTime.from(Instant.parse("2026-01-19T08:30:00.750Z")));

    Found found = assertInstanceOf(Found.class, store().read(ObjectRef.of("in", "articles/a b.txt"), 100));

    assertArrayEquals("hello".getBytes(StandardCharsets.UTF_8), found.bytes());
    assertEquals("5d41402abc4b2a76b9719d911017c592", found.eTag());
    assertEquals(Instant.parse("2026-01-19T08:30:00Z"), found.lastModified(), "second precision, as S3");
  }

  @Test
  void aChangedOrMissingFileIsGoneAndABigOneTooLarge() throws IOException {
    put("in", "a.txt", "hello");
    assertInstanceOf(Gone.class, store().read(new ObjectRef("in", "a.txt", null, "0123", 5L, null), 100));
    assertInstanceOf(Gone.class, store().read(ObjectRef.of("in", "missing.txt"), 100));
    assertEquals(new TooLarge(5), store().read(ObjectRef.of("in", "a.txt"), 4));
  }

  @Test
  void describingAFileGivesItsMd5AndSizeWithoutVersions() throws IOException {
    put("in", "a.txt", "hello");

    ObjectRef d = store().describe(new ObjectRef("in", "a.txt", null, null, null, "00AB")).orElseThrow();

    assertEquals(new ObjectRef("in", "a.txt", null, "5d41402abc4b2a76b9719d911017c592", 5L, "00AB"), d);
    assertTrue(store().describe(ObjectRef.of("in", "missing.txt")).isEmpty());
  }

  @Test
  void keysThatLeaveTheBucketAreRefused() {
    for (String key : List.of("../other/x", "a/../../x", "", "dir/", "/etc/passwd")) {
      assertThrows(IllegalArgumentException.class, () -> store().file("in", key), key);
    }
    assertThrows(IllegalArgumentException.class, () -> store().file("../x", "a"));
  }

  @Test
  void writesAreConditionalAtomicAndKeepMetadata() throws IOException {
    DirectoryObjectStore s = store();
    Map<String, String> meta = Map.of("lede-sequencer", "00AA");
    byte[] one = "{\"v\":1}".getBytes(StandardCharsets.UTF_8);
    byte[] two = "{\"v\":2}".getBytes(StandardCharsets.UTF_8);

    assertEquals(WriteResult.WRITTEN, s.write("out", "s/a.json", one, "application/json", meta, new IfAbsent()));
    assertEquals(WriteResult.CONFLICT, s.write("out", "s/a.json", two, "application/json", meta, new IfAbsent()));
    ObjectStore.Existing existing = s.head("out", "s/a.json").orElseThrow();
    assertEquals(meta, existing.metadata());
    assertEquals(WriteResult.CONFLICT, s.write("out", "s/a.json", two, "application/json", meta, new IfMatch("0123")));
    assertEquals(WriteResult.WRITTEN,
        s.write("out", "s/a.json", two, "application/json", Map.of("lede-sequencer", "00AB"), new IfMatch(existing.eTag())));

    assertArrayEquals(two, Files.readAllBytes(s.file("out", "s/a.json")));
    assertEquals("00AB", s.head("out", "s/a.json").orElseThrow().metadata().get("lede-sequencer"));
    try (Stream<Path> files = Files.list(root.resolve("out/s"))) {
      assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file left");
    }
    assertTrue(s.head("out", "s/none.json").isEmpty());
  }
}
