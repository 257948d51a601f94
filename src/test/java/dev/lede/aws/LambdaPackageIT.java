package dev.lede.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.json.SchemaAssert;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The deployment package as Lambda receives it: {@code target/classes} at the root and
 * {@code target/dependency} (the trimmed, minimised libraries jar the build writes) as {@code lib/}.
 * Runs in the integration-test phase, after packaging. A fresh JVM with exactly that class path runs the
 * real handler on {@code events/s3-put.json} against S3Mock through the real SDK, so a class the
 * minimiser dropped but the handler needs fails the build instead of the first deployed invocation.
 */
class LambdaPackageIT {
  private static final Path LIBRARIES = Path.of("target/dependency/lede-lambda-libraries.jar");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void theDeploymentPackageSummarisesTheSampleUploadThroughTheHandler() throws Exception {
    assumeTrue(Files.isRegularFile(LIBRARIES), "no " + LIBRARIES + ": run after the package phase (mvn verify)");
    S3Client s3 = S3MockServer.client();
    s3.createBucket(b -> b.bucket("lede-input"));
    s3.createBucket(b -> b.bucket("lede-output"));
    s3.putObject(b -> b.bucket("lede-input").key("articles/seed-article.txt"),
        RequestBody.fromFile(S3Fixture.SEED));

    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", "target/classes" + File.pathSeparator + "target/dependency/*",
        "dev.lede.cli.Main", "invoke", "--endpoint", S3MockServer.endpoint().toString(), "events/s3-put.json"));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    Map<String, String> env = pb.environment();
    env.put("AWS_REGION", "us-east-1");
    env.put("AWS_ACCESS_KEY_ID", S3MockServer.ACCESS_KEY);
    env.put("AWS_SECRET_ACCESS_KEY", S3MockServer.SECRET_KEY);
    Process p = pb.start();
    byte[] printed = p.getInputStream().readAllBytes();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the packaged handler finished");
    String out = new String(printed, StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), out);

    byte[] written = s3.getObjectAsBytes(
        b -> b.bucket("lede-output").key("summaries/articles/seed-article.txt.json")).asByteArray();
    SchemaAssert.assertValid(written);
    JsonNode doc = MAPPER.readTree(written);
    assertEquals("CPC marks 70th anniversary of its international department", doc.path("title").asText());
    assertEquals("Senior Communist Party of China official Wang Huning on Monday called for improved "
        + "international work for the Party in the new era.", doc.path("summary").asText());
    assertEquals("lede-input", doc.path("source").path("bucket").asText());
    assertEquals(3, doc.path("deduplication").path("copies").asInt());
  }
}
