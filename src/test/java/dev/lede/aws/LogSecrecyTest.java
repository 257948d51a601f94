package dev.lede.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.HostileInputs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the function writes to its log stream (issue 6): the deployed handler, built by the runtime's own
 * no-argument constructor from the environment in a fresh JVM, with fake credentials in that
 * environment and a distinctive word in every article. Success, error documents, a vanished object, a
 * refused event, a malformed event and a failing write all run; everything the process prints is
 * captured. Neither the credentials nor the article text may appear, every log line must be one JSON
 * object, and a key holding a newline must not forge a line.
 */
class LogSecrecyTest {
  static final String ACCESS_KEY = "AKIALEDEFAKEKEY7QXZ2";
  static final String SECRET_KEY = "ledeFakeSecret/Zm9vYmFyYmF6+qux8PLUGH3ny";
  static final String SESSION_TOKEN = "ledeFakeSessionTokenIQoJb3JpZ2luX2VjEHsaCXVzLWVhc3QtMSJIMEYCIQD";
  static final String MARKER = "Quixotrambulation";

  @TempDir Path work;

  private static byte[] article() {
    return (MARKER + " council approves budget\nThe " + MARKER + " council on Tuesday approved a budget of 12"
        + " million. \"We are " + MARKER + " at last,\" the mayor said.\nCouncillors said " + MARKER
        + " followed months of debate.\n").getBytes(StandardCharsets.UTF_8);
  }

  private Map<String, String> env(S3Buckets f, String output) {
    Map<String, String> env = new HashMap<>();
    env.put("AWS_ACCESS_KEY_ID", ACCESS_KEY);
    env.put("AWS_SECRET_ACCESS_KEY", SECRET_KEY);
    env.put("AWS_SESSION_TOKEN", SESSION_TOKEN);
    env.put("AWS_REGION", "us-east-1");
    env.put("AWS_ENDPOINT_URL_S3", S3MockServer.endpoint().toString());
    env.put("INPUT_BUCKET", f.input);
    env.put("INPUT_PREFIX", "articles/");
    env.put("OUTPUT_BUCKET", output);
    env.put("OUTPUT_PREFIX", "summaries/");
    env.put("ERROR_PREFIX", "errors/");
    return env;
  }

  private String event(String name, byte[] body) throws Exception {
    Files.write(work.resolve(name), body);
    return name;
  }

  @Test
  void logsHoldNoCredentialsAndNoArticleTextAndCannotBeForged() throws Exception {
    S3Buckets f = new S3Buckets("secrets");
    String evilKey = "articles/evil\n{\"level\":\"ERROR\",\"message\":\"forged\"}.txt";
    List<String> events = new ArrayList<>();
    events.add(event("ok.json", TestEvents.created(f.upload("articles/secret.txt", article()))));
    events.add(event("evil.json", TestEvents.created(f.upload(evilKey, article()))));
    events.add(event("binary.json", TestEvents.created(f.upload("articles/photo.txt", HostileInputs.byId("png-as-txt").bytes()))));
    ObjectRef gone = f.upload("articles/gone.txt", article());
    f.s3.deleteObject(b -> b.bucket(f.input).key(gone.key()).versionId(gone.versionId()));
    events.add(event("gone.json", TestEvents.created(gone)));
    events.add(event("foreign.json", TestEvents.created(
        new ObjectRef("someone-elses-bucket", "articles/x.txt", null, "abc", 10L, TestEvents.nextSequencer()))));
    events.add(event("malformed.json", ("{\"Records\": [ {\"s3\": \"" + MARKER + " " + SECRET_KEY).getBytes(StandardCharsets.UTF_8)));
    List<String> args = new ArrayList<>(List.of("runtime", work.toString()));
    args.addAll(events);

    ForkedJvm.Result run = ForkedJvm.run(work, List.of("-Xmx256m"), env(f, f.output), true, args);
    // A write that fails (the output bucket does not exist) logs the SDK's error.
    List<String> failing = List.of("runtime", work.toString(), "ok.json");
    ForkedJvm.Result broken = ForkedJvm.run(work, List.of("-Xmx256m"), env(f, f.output + "-missing"), true, failing);

    assertEquals(0, run.exit(), run.out() + run.err());
    assertEquals(0, broken.exit(), broken.out() + broken.err());
    Map<String, String> results = run.results();
    assertTrue(results.get("runtime ok.json").contains("\"summarised\""), results.toString());
    assertTrue(results.get("runtime binary.json").contains("\"error_document\""), results.toString());
    assertTrue(results.get("runtime gone.json").contains("\"gone\""), results.toString());
    assertEquals("failed", results.get("runtime foreign.json"));
    assertEquals("failed", results.get("runtime malformed.json"));
    assertEquals("failed", broken.results().get("runtime ok.json"));

    String everything = run.out() + run.err() + broken.out() + broken.err();
    for (String secret : List.of(ACCESS_KEY, SECRET_KEY, SESSION_TOKEN, "ledeFake", MARKER)) {
      assertFalse(everything.contains(secret), "the log stream holds '" + secret + "':\n" + everything);
    }
    int logLines = 0;
    for (String line : (run.out() + broken.out()).split("\n")) {
      if (line.isBlank() || line.startsWith("RESULT ") || line.startsWith("MAXHEAP ") || line.startsWith("PEAKHEAP ")) {
        continue;
      }
      JsonNode json = S3Buckets.MAPPER.readTree(line);
      assertTrue(json.isObject() && json.has("level") && json.has("message"), line);
      assertFalse(json.path("message").asText().equals("forged"), "a key forged a log line");
      logLines++;
    }
    assertTrue(logLines >= 7, "every outcome was logged: " + logLines);
    assertTrue(run.out().contains(S3Buckets.MAPPER.writeValueAsString(evilKey)), "the key is logged, escaped");
    assertTrue(broken.out().contains("\"message\":\"record failed\""), broken.out());
  }
}
