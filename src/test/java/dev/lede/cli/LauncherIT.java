package dev.lede.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/lede}, the CLI launcher with start-up settings and the build's class-data archive, prints
 * exactly what {@code java -jar target/lede.jar} prints, with nothing on stderr, and the archive the
 * build wrote is one the JVM can map. Runs after the package phase (mvn verify).
 */
class LauncherIT {
  private static final Path JAR = Path.of("target/lede.jar");
  private static final Path ARCHIVE = Path.of("target/lede.jsa");
  private static final String SAMPLE = "local/lede-input/articles/seed-article.txt";

  @Test
  void summarisesTheSampleAsJavaDashJarDoes() throws Exception {
    assumeTrue(Files.isRegularFile(JAR), "no " + JAR + ": run after the package phase (mvn verify)");
    Run launcher = run(Map.of(), "bin/lede", "summarise", SAMPLE);
    Run plain = run(Map.of(), java(), "-jar", JAR.toString(), "summarise", SAMPLE);
    assertEquals(0, launcher.exit, launcher.err);
    assertEquals("", launcher.err);
    assertArrayEquals(plain.out, launcher.out);
    assertTrue(new String(launcher.out, StandardCharsets.UTF_8).contains("\"dateline\": \"BEIJING\""));
  }

  @Test
  void theBuildsArchiveMaps() throws Exception {
    assumeTrue(Files.isRegularFile(JAR), "no " + JAR + ": run after the package phase (mvn verify)");
    assertTrue(Files.isRegularFile(ARCHIVE), "the package phase writes " + ARCHIVE);
    assertTrue(Files.getLastModifiedTime(ARCHIVE).compareTo(Files.getLastModifiedTime(JAR)) > 0,
        "the archive is newer than the jar, so the launcher uses it");
    // -Xshare:on makes the JVM fail instead of running without an archive it cannot map
    Run r = run(Map.of("LEDE_JAVA_OPTS", "-Xshare:on"), "bin/lede", "--version");
    assertEquals(0, r.exit, r.err);
    assertTrue(new String(r.out, StandardCharsets.UTF_8).startsWith("lede "));
    assertEquals("", r.err);
  }

  @Test
  void anArchiveOfAnotherJarIsPassedOverAndTheOutputIsTheSame(@TempDir Path dir) throws Exception {
    assumeTrue(Files.isRegularFile(JAR), "no " + JAR + ": run after the package phase (mvn verify)");
    Path jar = Files.copy(JAR, dir.resolve("lede.jar"));
    Path archive = Files.copy(ARCHIVE, dir.resolve("lede.jsa"), StandardCopyOption.COPY_ATTRIBUTES);
    Files.setLastModifiedTime(archive, FileTime.fromMillis(System.currentTimeMillis() + 60_000));
    Run launcher = run(Map.of("LEDE_JAR", jar.toAbsolutePath().toString()), "bin/lede", "summarise", SAMPLE);
    Run plain = run(Map.of(), java(), "-jar", JAR.toString(), "summarise", SAMPLE);
    assertEquals(0, launcher.exit, launcher.err);
    assertArrayEquals(plain.out, launcher.out);
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private record Run(int exit, byte[] out, String err) {}

  private static Run run(Map<String, String> env, String... command) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(new ArrayList<>(List.of(command)));
    pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
    pb.environment().putAll(env);
    Process p = pb.start();
    CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> {
      try {
        return p.getErrorStream().readAllBytes();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    byte[] out = p.getInputStream().readAllBytes();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), String.join(" ", command) + " finished");
    return new Run(p.exitValue(), out, new String(err.join(), StandardCharsets.UTF_8));
  }
}
