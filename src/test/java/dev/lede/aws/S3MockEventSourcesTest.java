package dev.lede.aws;

import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.services.s3.S3Client;

/** The event-source scenarios against Adobe S3Mock, started inside this JVM. */
class S3MockEventSourcesTest extends EventSourceScenarios {
  private static S3Client client;

  @Override
  S3Client s3() {
    if (client == null) {
      client = S3MockServer.client();
    }
    return client;
  }

  @Override
  S3Client s3With(SdkHttpClient http) {
    return S3MockServer.clientWith(http);
  }
}
