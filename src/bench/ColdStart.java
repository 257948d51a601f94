// Cold start, measured from outside: starts a fresh JVM for each run and times it from process start to
// the first complete output document on standard output (and to exit), for
//   floor      java -jar target/lede.jar --version              (the JVM's own start, the floor)
//   summarise  java -jar target/lede.jar summarise <sample>     (core, word lists, JSON)
//   bin/lede   the same two through the CLI launcher (quick compiler only, serial GC, the build's
//              class-data archive target/lede.jsa), each against the same floor; without --jvm only
//   invoke     java -jar target/lede.jar invoke --endpoint URL events/s3-put.json
//              (the Lambda handler's real init: S3 client, Jackson, word lists; then read, summarise,
//              write through the SDK), only with --endpoint
//   artefact   the same invoke from the Lambda deployment package as Lambda lays it out
//              (java -cp DIR:DIR/lib/* dev.lede.cli.Main invoke ...), only with --artefact DIR and
//              --endpoint: proves the minimised libraries hold everything the handler loads
// The runs are interleaved (floor, summarise, invoke, floor, ...) so a change in the machine's load hits
// all of them alike; medians and minimums are printed with each median's ratio to the floor's.
//
//   java src/bench/ColdStart.java [--runs N] [--jar target/lede.jar] [--endpoint URL]
//        [--artefact target/lambda-artefact] [--jvm "-XX:TieredStopAtLevel=1 ..."]
// src/bench/cold-start.sh assembles the artefact (src/bench/package-size.sh), starts an S3-compatible
// server (S3Mock) and runs this; see the README.

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public class ColdStart {
  static final String SAMPLE = "local/lede-input/articles/seed-article.txt";
  /** The jar bin/lede runs: the one given with --jar. */
  static String launcherJar;

  public static void main(String[] args) throws Exception {
    int runs = 10;
    String jar = "target/lede.jar";
    String endpoint = null;
    String artefact = null;
    List<String> jvm = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--runs" -> runs = Integer.parseInt(args[++i]);
        case "--jar" -> jar = args[++i];
        case "--endpoint" -> endpoint = args[++i];
        case "--artefact" -> artefact = args[++i];
        case "--jvm" -> jvm.addAll(List.of(args[++i].trim().split("\\s+")));
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    jvm.removeIf(String::isEmpty);
    launcherJar = Path.of(jar).toAbsolutePath().toString();
    Map<String, List<String>> commands = new LinkedHashMap<>();
    commands.put("floor (--version)", command(jvm, jar, "--version"));
    commands.put("summarise sample", command(jvm, jar, "summarise", SAMPLE));
    if (jvm.isEmpty()) { // the launcher sets its own JVM options
      commands.put("bin/lede --version", List.of("bin/lede", "--version"));
      commands.put("bin/lede summarise", List.of("bin/lede", "summarise", SAMPLE));
    }
    if (endpoint != null) {
      commands.put("invoke s3-put.json", command(jvm, jar, "invoke", "--endpoint", endpoint, "events/s3-put.json"));
      if (artefact != null) {
        List<String> c = new ArrayList<>(command(jvm, jar));
        c.subList(c.size() - 2, c.size()).clear(); // no -jar: the package's class path, as Lambda sets it
        c.addAll(List.of("-cp", artefact + ":" + artefact + "/lib/*", "dev.lede.cli.Main",
            "invoke", "--endpoint", endpoint, "events/s3-put.json"));
        commands.put("invoke, Lambda zip", c);
      }
      put(endpoint + "/lede-input/articles/seed-article.txt", Files.readAllBytes(Path.of(SAMPLE)));
    }
    Map<String, long[]> first = new LinkedHashMap<>();
    Map<String, long[]> exit = new LinkedHashMap<>();
    for (String name : commands.keySet()) {
      first.put(name, new long[runs]);
      exit.put(name, new long[runs]);
    }
    System.out.printf("java %s; JVM options: %s; %d runs each, interleaved%n",
        System.getProperty("java.version"), jvm.isEmpty() ? "(defaults)" : String.join(" ", jvm), runs);
    for (int r = -1; r < runs; r++) { // run -1 warms the file cache and is not counted
      for (Map.Entry<String, List<String>> c : commands.entrySet()) {
        if (c.getKey().startsWith("invoke")) {
          delete(endpoint + "/lede-output/summaries/articles/seed-article.txt.json");
        }
        long[] t = run(c.getValue());
        if (r >= 0) {
          first.get(c.getKey())[r] = t[0];
          exit.get(c.getKey())[r] = t[1];
        }
      }
    }
    double floor = median(first.get("floor (--version)"));
    System.out.printf("%-20s %14s %10s %14s %8s%n", "", "first output", "(min)", "exit", "x floor");
    for (String name : commands.keySet()) {
      double m = median(first.get(name));
      System.out.printf("%-20s %11.0f ms %7.0f ms %11.0f ms %7.2fx%n",
          name, m, min(first.get(name)), median(exit.get(name)), m / floor);
    }
  }

  static List<String> command(List<String> jvm, String jar, String... args) {
    List<String> c = new ArrayList<>();
    c.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    c.addAll(jvm);
    c.add("-jar");
    c.add(jar);
    c.addAll(List.of(args));
    return c;
  }

  /** Nanoseconds from start to the end of the first document (a line "}" or, for --version, a line), and to exit. */
  static long[] run(List<String> command) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
    Map<String, String> env = pb.environment();
    env.put("LEDE_JAR", launcherJar);
    env.putIfAbsent("AWS_REGION", "us-east-1");
    env.putIfAbsent("AWS_ACCESS_KEY_ID", "cold-start");
    env.putIfAbsent("AWS_SECRET_ACCESS_KEY", "cold-start");
    long start = System.nanoTime();
    Process p = pb.start();
    long firstDoc = -1;
    boolean version = command.contains("--version");
    try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = out.readLine()) != null) {
        if (firstDoc < 0 && (version || line.equals("}"))) {
          firstDoc = System.nanoTime() - start;
        }
      }
    }
    int code = p.waitFor();
    long end = System.nanoTime() - start;
    if (firstDoc < 0 || code != 0) {
      throw new IllegalStateException("no document (exit " + code + ") from " + String.join(" ", command));
    }
    return new long[] {firstDoc, end};
  }

  static void put(String url, byte[] body) throws Exception {
    HttpResponse<String> r = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(url)).PUT(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
        HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() / 100 != 2) {
      throw new IllegalStateException("PUT " + url + ": " + r.statusCode());
    }
  }

  static void delete(String url) throws Exception {
    HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).DELETE().build(),
        HttpResponse.BodyHandlers.discarding());
  }

  static double median(long[] ns) {
    long[] s = ns.clone();
    Arrays.sort(s);
    return (s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2.0) / 1e6;
  }

  static double min(long[] ns) {
    return Arrays.stream(ns).min().orElse(0) / 1e6;
  }
}
