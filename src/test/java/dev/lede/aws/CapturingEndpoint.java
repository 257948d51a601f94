package dev.lede.aws;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * An HTTP endpoint on the loopback interface that records every request exactly as it arrived (method,
 * path, headers, body) and answers with what the test says. SNS and EventBridge clients are pointed at it
 * through {@code AWS_ENDPOINT_URL_SNS} / {@code AWS_ENDPOINT_URL_EVENTBRIDGE}, exactly as the function
 * builds them, so a test checks the request the real SDK marshalled, signed and sent through the real
 * url-connection HTTP client. It is not an SNS or EventBridge implementation: it only captures.
 */
final class CapturingEndpoint implements AutoCloseable {

  /** One request as received. */
  record Request(String method, String path, Map<String, List<String>> headers, byte[] body) {
    String header(String name) {
      for (Map.Entry<String, List<String>> h : headers.entrySet()) {
        if (h.getKey().equalsIgnoreCase(name) && !h.getValue().isEmpty()) {
          return h.getValue().get(0);
        }
      }
      return null;
    }

    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    /** The body as {@code application/x-www-form-urlencoded} parameters (the AWS query protocol). */
    Map<String, String> form() {
      Map<String, String> form = new LinkedHashMap<>();
      for (String pair : text().split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
        String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
        form.put(name, value);
      }
      return form;
    }
  }

  /** The answer to one request. */
  record Reply(int status, String contentType, String body) {}

  private final HttpServer server;
  private final Function<Request, Reply> answer;
  final List<Request> requests = new CopyOnWriteArrayList<>();

  private CapturingEndpoint(Function<Request, Reply> answer) throws IOException {
    this.answer = answer;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  static CapturingEndpoint start(Function<Request, Reply> answer) {
    try {
      return new CapturingEndpoint(answer);
    } catch (IOException e) {
      throw new IllegalStateException("cannot listen on the loopback interface", e);
    }
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      Request request = new Request(
          exchange.getRequestMethod(),
          exchange.getRequestURI().getRawPath(),
          Map.copyOf(exchange.getRequestHeaders()),
          exchange.getRequestBody().readAllBytes());
      requests.add(request);
      Reply reply = answer.apply(request);
      byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", reply.contentType());
      exchange.getResponseHeaders().add("x-amzn-RequestId", "capturing-" + requests.size());
      exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }

  // ---- answers in the services' own wire formats ----

  /** SNS Publish succeeded (AWS query protocol, XML). */
  static Reply snsPublished(String messageId) {
    return new Reply(200, "text/xml",
        "<PublishResponse xmlns=\"http://sns.amazonaws.com/doc/2010-03-31/\"><PublishResult><MessageId>"
            + messageId + "</MessageId></PublishResult><ResponseMetadata><RequestId>r-1</RequestId>"
            + "</ResponseMetadata></PublishResponse>");
  }

  /** An SNS error in the query protocol's XML form. */
  static Reply snsError(int status, String code, String message) {
    return new Reply(status, "text/xml",
        "<ErrorResponse xmlns=\"http://sns.amazonaws.com/doc/2010-03-31/\"><Error><Type>"
            + (status >= 500 ? "Receiver" : "Sender") + "</Type><Code>" + code + "</Code><Message>" + message
            + "</Message></Error><RequestId>r-1</RequestId></ErrorResponse>");
  }

  /** EventBridge PutEvents answered (AWS JSON 1.1): all entries accepted. */
  static Reply eventsPut(String eventId) {
    return new Reply(200, "application/x-amz-json-1.1",
        "{\"FailedEntryCount\":0,\"Entries\":[{\"EventId\":\"" + eventId + "\"}]}");
  }

  /** EventBridge PutEvents answered 200, with the entry refused, as EventBridge does. */
  static Reply eventRefused(String errorCode, String errorMessage) {
    return new Reply(200, "application/x-amz-json-1.1",
        "{\"FailedEntryCount\":1,\"Entries\":[{\"ErrorCode\":\"" + errorCode + "\",\"ErrorMessage\":\""
            + errorMessage + "\"}]}");
  }
}
