package dev.lede.aws;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs {@link ForkedHandlerRun} in a fresh JVM on the test class path, with given JVM options and environment. */
final class ForkedJvm {
  /** What the child printed and how it ended. */
  record Result(int exit, String out, String err) {
    /** The {@code RESULT <stage> <id> <outcome>} lines, as "stage id" to outcome. */
    Map<String, String> results() {
      Map<String, String> m = new java.util.LinkedHashMap<>();
      for (String line : out.split("\n")) {
        if (line.startsWith("RESULT ")) {
          String[] p = line.split(" ", 4);
          m.put(p[1] + " " + p[2], p.length > 3 ? p[3] : "");
        }
      }
      return m;
    }

    long value(String name) {
      for (String line : out.split("\n")) {
        if (line.startsWith(name + " ")) {
          return Long.parseLong(line.substring(name.length() + 1).strip());
        }
      }
      throw new AssertionError("the child printed no " + name + ":\n" + out + "\n" + err);
    }
  }

  private ForkedJvm() {}

  static Result run(Path work, List<String> jvmOptions, Map<String, String> env, boolean clearEnv, List<String> args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    // The function ships slf4j-nop; the tests' Logback must not speak for the SDK in the child either.
    command.add("-Dslf4j.provider=org.slf4j.nop.NOPServiceProvider");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(ForkedHandlerRun.class.getName());
    command.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(command);
    if (clearEnv) {
      String path = pb.environment().get("PATH");
      pb.environment().clear();
      if (path != null) {
        pb.environment().put("PATH", path);
      }
    }
    pb.environment().putAll(env);
    Path out = Files.createTempFile(work, "child-", ".out");
    Path err = Files.createTempFile(work, "child-", ".err");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process p = pb.start();
    if (!p.waitFor(10, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("the forked JVM hung");
    }
    return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
  }
}
