package dev.lede.aws;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpFullResponse;
import software.amazon.awssdk.http.SdkHttpRequest;

/**
 * Fault injection at the SDK's HTTP layer: requests that match are answered with 503 SlowDown without
 * reaching the server; all others go to the real HTTP client. The SDK's own retries and error handling
 * run unchanged on top.
 */
final class FaultyHttpClient implements SdkHttpClient {
  private final SdkHttpClient delegate;
  private final Predicate<SdkHttpRequest> fails;
  final AtomicInteger failed = new AtomicInteger();

  FaultyHttpClient(SdkHttpClient delegate, Predicate<SdkHttpRequest> fails) {
    this.delegate = delegate;
    this.fails = fails;
  }

  @Override
  public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
    if (!fails.test(request.httpRequest())) {
      return delegate.prepareRequest(request);
    }
    return new ExecutableHttpRequest() {
      @Override
      public HttpExecuteResponse call() {
        failed.incrementAndGet();
        byte[] body =
            ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>SlowDown</Code>"
                    + "<Message>Please reduce your request rate.</Message></Error>")
                .getBytes(StandardCharsets.UTF_8);
        return HttpExecuteResponse.builder()
            .response(
                SdkHttpFullResponse.builder()
                    .statusCode(503)
                    .putHeader("Content-Type", "application/xml")
                    .putHeader("Content-Length", String.valueOf(body.length))
                    .build())
            .responseBody(AbortableInputStream.create(new ByteArrayInputStream(body)))
            .build();
      }

      @Override
      public void abort() {}
    };
  }

  @Override
  public void close() {
    delegate.close();
  }
}
