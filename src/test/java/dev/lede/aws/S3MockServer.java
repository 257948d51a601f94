package dev.lede.aws;

import com.adobe.testing.s3mock.S3MockApplication;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * One Adobe S3Mock server inside the test JVM, started on first use and shared by every test class
 * (it takes seconds to start; each test uses fresh bucket names instead of a fresh server).
 */
public final class S3MockServer {
  public static final String ACCESS_KEY = "lede-test";
  public static final String SECRET_KEY = "lede-test-secret";
  private static S3MockApplication app;

  private S3MockServer() {}

  /** The HTTP endpoint, starting the server if needed. */
  @SuppressWarnings("removal") // getHttpPort is the only accessor of the plain-HTTP port in 4.x
  public static synchronized URI endpoint() {
    if (app == null) {
      Map<String, Object> props = new HashMap<>();
      props.put(S3MockApplication.PROP_HTTP_PORT, S3MockApplication.RANDOM_PORT);
      props.put(S3MockApplication.PROP_HTTPS_PORT, S3MockApplication.RANDOM_PORT);
      props.put(S3MockApplication.PROP_SILENT, true);
      props.put("spring.main.banner-mode", "off");
      props.put("logging.level.root", "WARN");
      app = S3MockApplication.start(props);
      Runtime.getRuntime().addShutdownHook(new Thread(app::stop, "s3mock-stop"));
    }
    return URI.create("http://127.0.0.1:" + app.getHttpPort());
  }

  /** A client built exactly as the function builds its own, pointed at the server. */
  public static S3Client client() {
    return builder().build();
  }

  /** The same client with another HTTP layer (fault injection). */
  public static S3Client clientWith(SdkHttpClient http) {
    return builder().httpClient(http).build();
  }

  private static S3ClientBuilder builder() {
    return S3Clients.builder(
        Map.of(S3Clients.AWS_REGION, "us-east-1"),
        endpoint(),
        StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)));
  }
}
