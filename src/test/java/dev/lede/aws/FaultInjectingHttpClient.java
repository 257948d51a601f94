package dev.lede.aws;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpFullResponse;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * Fault injection at the SDK's HTTP layer, under the real client's retries, error parsing and checksum
 * checks: a request that matches a rule gets that rule's fault (for the rule's first {@code times}
 * matches), every other one goes to the real HTTP client and the real server. Faults: a canned S3 error
 * response, a real response whose body is cut short, or the request sent to another address (a server
 * that never answers, a port that never accepts) through a real HTTP client with short timeouts. Every
 * attempt is recorded, with the SDK's own attempt header, so a test sees the SDK's retries.
 */
final class FaultInjectingHttpClient implements SdkHttpClient {
  /** One request as it left the SDK. */
  record Attempt(String method, String path, String sdkAttempt, long nanos, boolean faulted) {}

  /** What a matching request gets instead of the real answer. */
  interface Fault {
    HttpExecuteResponse apply(HttpExecuteRequest request, SdkHttpClient real) throws IOException;
  }

  private record Rule(Predicate<SdkHttpRequest> matches, AtomicInteger left, Fault fault) {}

  private final SdkHttpClient real;
  private final List<Rule> rules = new ArrayList<>();
  private final List<Attempt> attempts = new ArrayList<>();

  FaultInjectingHttpClient(SdkHttpClient real) {
    this.real = real;
  }

  /** Applies {@code fault} to the first {@code times} requests that match. */
  FaultInjectingHttpClient on(Predicate<SdkHttpRequest> matches, int times, Fault fault) {
    rules.add(new Rule(matches, new AtomicInteger(times), fault));
    return this;
  }

  synchronized List<Attempt> attempts() {
    return List.copyOf(attempts);
  }

  List<Attempt> attempts(Predicate<Attempt> which) {
    return attempts().stream().filter(which).toList();
  }

  @Override
  public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
    SdkHttpRequest http = request.httpRequest();
    Rule rule = null;
    for (Rule r : rules) {
      if (r.matches().test(http) && r.left().getAndDecrement() > 0) {
        rule = r;
        break;
      }
    }
    synchronized (this) {
      attempts.add(new Attempt(http.method().name(), http.encodedPath(),
          http.firstMatchingHeader("amz-sdk-request").orElse(""), System.nanoTime(), rule != null));
    }
    if (rule == null) {
      return real.prepareRequest(request);
    }
    Fault fault = rule.fault();
    return new ExecutableHttpRequest() {
      @Override
      public HttpExecuteResponse call() throws IOException {
        return fault.apply(request, real);
      }

      @Override
      public void abort() {}
    };
  }

  @Override
  public void close() {
    real.close();
  }

  // ---- faults ----

  /** An S3 error response: {@code <Error><Code>code</Code>...} with the given status. */
  static Fault error(int status, String code, String message) {
    return (request, real) -> {
      byte[] body = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>" + code + "</Code><Message>" + message
          + "</Message><RequestId>FAULT</RequestId></Error>").getBytes(StandardCharsets.UTF_8);
      boolean head = request.httpRequest().method().name().equals("HEAD");
      return HttpExecuteResponse.builder()
          .response(SdkHttpFullResponse.builder()
              .statusCode(status)
              .putHeader("Content-Type", "application/xml")
              .putHeader("x-amz-request-id", "FAULT")
              .putHeader("Content-Length", String.valueOf(head ? 0 : body.length))
              .build())
          .responseBody(head ? null : AbortableInputStream.create(new ByteArrayInputStream(body)))
          .build();
    };
  }

  /**
   * The real response, with its Content-Length kept but the body ending cleanly after {@code keep}
   * bytes (a connection that closed early), and without checksum headers, so only the length tells.
   */
  static Fault truncatedBody(int keep) {
    return (request, real) -> {
      HttpExecuteResponse r = real.prepareRequest(request).call();
      SdkHttpResponse.Builder headers = r.httpResponse().toBuilder();
      r.httpResponse().headers().keySet().stream()
          .filter(h -> h.toLowerCase(java.util.Locale.ROOT).startsWith("x-amz-checksum"))
          .forEach(headers::removeHeader);
      InputStream body = r.responseBody().orElseThrow();
      InputStream cut = new InputStream() {
        private int left = keep;

        @Override
        public int read() throws IOException {
          return left-- > 0 ? body.read() : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
          if (left <= 0) {
            return -1;
          }
          int n = body.read(b, off, Math.min(len, left));
          if (n > 0) {
            left -= n;
          }
          return n;
        }

        @Override
        public void close() throws IOException {
          body.close();
        }
      };
      return HttpExecuteResponse.builder()
          .response((SdkHttpResponse) headers.build())
          .responseBody(AbortableInputStream.create(cut))
          .build();
    };
  }

  /** The request sent to {@code 127.0.0.1:port} instead, through {@code client} (real, with short timeouts). */
  static Fault sentTo(int port, SdkHttpClient client) {
    return (request, real) -> {
      SdkHttpRequest moved = request.httpRequest().toBuilder().host("127.0.0.1").port(port).build();
      HttpExecuteRequest.Builder b = HttpExecuteRequest.builder().request(moved);
      request.contentStreamProvider().ifPresent(b::contentStreamProvider);
      return client.prepareRequest(b.build()).call();
    };
  }
}
