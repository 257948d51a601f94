package dev.lede.aws;

import org.junit.jupiter.api.condition.EnabledIf;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The same handler scenarios against LocalStack's S3 in Docker, through Testcontainers. Skipped, saying
 * why, where no Docker engine is reachable.
 */
@EnabledIf(
    value = "dev.lede.aws.LocalStackServer#dockerAvailable",
    disabledReason =
        "skipped: no Docker engine is reachable, so LocalStack cannot start; the same scenarios run "
            + "against S3Mock (S3MockHandlerTest) here, and against LocalStack where Docker exists")
class LocalStackHandlerTest extends S3HandlerScenarios {
  @Override
  S3Client s3() {
    return LocalStackServer.s3();
  }

  @Override
  S3Client s3With(SdkHttpClient http) {
    return LocalStackServer.s3With(http);
  }
}
