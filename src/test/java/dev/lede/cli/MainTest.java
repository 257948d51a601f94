package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.json.SchemaAssert;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  static final Path SAMPLE = Path.of("local/lede-input/articles/seed-article.txt");

  record Run(int code, String out, String err) {}

  static Run run(byte[] stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        new Main(
                new ByteArrayInputStream(stdin),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8))
            .run(args);
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void summarisesOneFileAsOneValidDocument() {
    Run r = run(new byte[0], "summarise", SAMPLE.toString());
    assertEquals(0, r.code(), r.err());
    JsonNode doc = SchemaAssert.assertValid(r.out().getBytes(StandardCharsets.UTF_8));
    assertEquals(SAMPLE.toString(), doc.path("source").path("path").asText());
  }

  @Test
  void severalInputsGiveJsonLinesInOrderAndErrorsDoNotStopTheRest(@TempDir Path dir) throws Exception {
    Path empty = Files.writeString(dir.resolve("empty.txt"), "");
    Path binary = Files.write(dir.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});
    Run r = run(new byte[0], "summarise", SAMPLE.toString(), dir.resolve("missing.txt").toString(),
        binary.toString(), empty.toString());
    assertEquals(1, r.code(), "a failed input makes the exit code 1");
    String[] lines = r.out().strip().split("\n");
    assertEquals(4, lines.length, r.out());
    JsonNode first = SchemaAssert.assertValid(lines[0].getBytes(StandardCharsets.UTF_8));
    assertTrue(first.hasNonNull("summary"));
    JsonNode missing = SchemaAssert.assertValid(lines[1].getBytes(StandardCharsets.UTF_8));
    assertEquals("unreadable", missing.path("error").path("code").asText());
    JsonNode bin = SchemaAssert.assertValid(lines[2].getBytes(StandardCharsets.UTF_8));
    assertEquals("not_text", bin.path("error").path("code").asText());
    JsonNode none = SchemaAssert.assertValid(lines[3].getBytes(StandardCharsets.UTF_8));
    assertTrue(none.path("summary").isNull(), "empty input is a normal document with no summary");
  }

  @Test
  void readsStdin() {
    Run r = run("Hello world. This is a test.".getBytes(StandardCharsets.UTF_8), "summarise", "-");
    assertEquals(0, r.code(), r.err());
    JsonNode doc = SchemaAssert.assertValid(r.out().getBytes(StandardCharsets.UTF_8));
    assertEquals("Hello world.", doc.path("summary").asText());
  }

  @Test
  void usageErrorsExitTwo() {
    assertEquals(2, run(new byte[0]).code());
    assertEquals(2, run(new byte[0], "frobnicate").code());
    assertEquals(2, run(new byte[0], "summarise").code());
    assertEquals(2, run(new byte[0], "summarise", "--date", "yesterday", "x").code());
    assertEquals(2, run(new byte[0], "evaluate").code());
  }

  @Test
  void printsVersion() {
    Run r = run(new byte[0], "--version");
    assertEquals(0, r.code());
    assertTrue(r.out().startsWith("lede "));
  }
}
