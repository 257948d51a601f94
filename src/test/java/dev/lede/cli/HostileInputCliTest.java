package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.HostileInputs;
import dev.lede.HostileInputs.Case;
import dev.lede.HostileInputs.Expect;
import dev.lede.HostileOutcomes;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every hostile input through {@code lede summarise}: one document on stdout (a summary, exit 0, or an
 * error document, exit 1), nothing on stderr, never a stack trace. The guard is a hang guard only.
 */
class HostileInputCliTest {
  private static final Duration GUARD = Duration.ofSeconds(120);

  @TempDir Path dir;

  private record Run(int exit, byte[] out, String err) {}

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = assertTimeoutPreemptively(GUARD, () -> new Main(
        new ByteArrayInputStream(new byte[0]),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8)).run(args));
    return new Run(exit, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
  }

  private Path save(Case c) throws IOException {
    Path p = dir.resolve(c.id() + "-" + Path.of(c.fileName()).getFileName());
    Files.write(p, c.bytes());
    return p;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.lede.HostileInputs#cases")
  void summariseGivesOneDocumentAndTheRightExitCode(Case c) throws IOException {
    Path file = save(c);

    Run r = run("summarise", file.toString());

    assertEquals(c.expect() == Expect.SUMMARY ? 0 : 1, r.exit(), c + ": exit code");
    assertEquals("", r.err(), c + ": nothing on stderr");
    HostileOutcomes.assertDocument(c, r.out());
  }

  @Test
  void severalHostileFilesGiveOneJsonLineEachInInputOrder() throws IOException {
    List<Case> cases = HostileInputs.cases().filter(c -> !c.large()).toList();
    List<String> args = new ArrayList<>(List.of("summarise"));
    for (Case c : cases) {
      args.add(save(c).toString());
    }

    Run r = run(args.toArray(String[]::new));

    assertEquals(1, r.exit(), "some inputs are errors");
    String[] lines = new String(r.out(), StandardCharsets.UTF_8).split("\n");
    assertEquals(cases.size(), lines.length, "one line per input");
    for (int i = 0; i < cases.size(); i++) {
      HostileOutcomes.assertDocument(cases.get(i), lines[i].getBytes(StandardCharsets.UTF_8));
      assertTrue(lines[i].contains(cases.get(i).id()), "in input order: " + cases.get(i));
    }
  }

  @Test
  void hostileBytesOnStandardInput() {
    Case c = HostileInputs.byId("random-bytes");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int exit = new Main(new ByteArrayInputStream(c.bytes()), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)).run(new String[] {"summarise", "-"});

    assertEquals(1, exit);
    HostileOutcomes.assertDocument(c, out.toByteArray());
  }
}
