package dev.lede.aws;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.condition.EnabledIf;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.localstack.LocalStackContainer;
import org.testcontainers.utility.DockerImageName;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * The same handler scenarios against LocalStack's S3 in Docker, through Testcontainers. Skipped, saying
 * why, where no Docker engine is reachable.
 */
@EnabledIf(
    value = "dockerAvailable",
    disabledReason =
        "skipped: no Docker engine is reachable, so LocalStack cannot start; the same scenarios run "
            + "against S3Mock (S3MockHandlerTest) here, and against LocalStack where Docker exists")
class LocalStackHandlerTest extends S3HandlerScenarios {
  static final DockerImageName IMAGE = DockerImageName.parse("localstack/localstack:4.4");
  private static LocalStackContainer localstack;
  private static S3Client client;

  @BeforeAll
  static void start() {
    localstack = new LocalStackContainer(IMAGE).withServices("s3");
    localstack.start();
    client = builder().build();
  }

  @AfterAll
  static void stop() {
    if (client != null) {
      client.close();
    }
    if (localstack != null) {
      localstack.stop();
    }
  }

  static boolean dockerAvailable() {
    try {
      return DockerClientFactory.instance().isDockerAvailable();
    } catch (RuntimeException | LinkageError e) {
      return false;
    }
  }

  private static S3ClientBuilder builder() {
    return S3Clients.builder(
        Map.of(S3Clients.AWS_REGION, localstack.getRegion()),
        localstack.getEndpoint(),
        StaticCredentialsProvider.create(
            AwsBasicCredentials.create(localstack.getAccessKey(), localstack.getSecretKey())));
  }

  @Override
  S3Client s3() {
    return client;
  }

  @Override
  S3Client s3With(SdkHttpClient http) {
    return builder().httpClient(http).build();
  }
}
