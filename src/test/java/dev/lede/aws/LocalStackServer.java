package dev.lede.aws;

import java.net.URI;
import java.util.Map;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.localstack.LocalStackContainer;
import org.testcontainers.utility.DockerImageName;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * One LocalStack container (S3, SQS, SNS, EventBridge) through Testcontainers, started on first use and
 * shared by every LocalStack test class, as {@link S3MockServer} is for S3Mock. Only where Docker runs.
 */
final class LocalStackServer {
  static final DockerImageName IMAGE = DockerImageName.parse("localstack/localstack:4.4");
  private static LocalStackContainer container;
  private static S3Client s3;

  private LocalStackServer() {}

  /** For {@code @EnabledIf}: whether a Docker engine is reachable. */
  static boolean dockerAvailable() {
    try {
      return DockerClientFactory.instance().isDockerAvailable();
    } catch (RuntimeException | LinkageError e) {
      return false;
    }
  }

  static synchronized LocalStackContainer container() {
    if (container == null) {
      container = new LocalStackContainer(IMAGE).withServices("s3", "sqs", "sns", "events");
      container.start();
      Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "localstack-stop"));
    }
    return container;
  }

  static URI endpoint() {
    return container().getEndpoint();
  }

  static Region region() {
    return Region.of(container().getRegion());
  }

  static StaticCredentialsProvider credentials() {
    return StaticCredentialsProvider.create(
        AwsBasicCredentials.create(container().getAccessKey(), container().getSecretKey()));
  }

  /** An S3 client built as the function builds its own, pointed at LocalStack. */
  static synchronized S3Client s3() {
    if (s3 == null) {
      s3 = builder().build();
    }
    return s3;
  }

  static S3Client s3With(SdkHttpClient http) {
    return builder().httpClient(http).build();
  }

  private static S3ClientBuilder builder() {
    return S3Clients.builder(Map.of(S3Clients.AWS_REGION, region().id()), endpoint(), credentials());
  }
}
