package dev.lede.aws;

import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.services.s3.S3Client;

/** The handler scenarios against Adobe S3Mock, started inside this JVM. */
class S3MockHandlerTest extends S3HandlerScenarios {
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
    return S3Clients.builder(
            Map.of(S3Clients.AWS_REGION, "us-east-1"),
            S3MockServer.endpoint(),
            StaticCredentialsProvider.create(
                AwsBasicCredentials.create(S3MockServer.ACCESS_KEY, S3MockServer.SECRET_KEY)))
        .httpClient(http)
        .build();
  }
}
