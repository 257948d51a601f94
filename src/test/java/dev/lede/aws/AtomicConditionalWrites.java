package dev.lede.aws;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpMethod;

/**
 * Gives the in-JVM S3Mock the one guarantee of S3 it lacks: S3 evaluates a conditional write's
 * condition and stores the object atomically (of two concurrent {@code If-None-Match: *} PUTs of one key,
 * one gets 412), whereas S3Mock checks and stores without a lock, so both may pass. This HTTP-layer
 * wrapper runs conditional PUTs and DELETEs of one key one at a time, in whatever order they arrive;
 * everything else, the handler's logic included, is untouched.
 */
final class AtomicConditionalWrites implements SdkHttpClient {
  private final SdkHttpClient delegate;
  /**
   * One lock per key for the whole JVM, as there is one S3Mock per JVM: clients built separately (the
   * load test's eight "instances", each with its own client) must still take turns on one key.
   */
  private static final ConcurrentHashMap<String, ReentrantLock> LOCKS = new ConcurrentHashMap<>();

  AtomicConditionalWrites(SdkHttpClient delegate) {
    this.delegate = delegate;
  }

  @Override
  public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
    ExecutableHttpRequest real = delegate.prepareRequest(request);
    var http = request.httpRequest();
    boolean conditional = (http.method() == SdkHttpMethod.PUT || http.method() == SdkHttpMethod.DELETE)
        && (http.firstMatchingHeader("If-None-Match").isPresent() || http.firstMatchingHeader("If-Match").isPresent());
    if (!conditional) {
      return real;
    }
    ReentrantLock lock = LOCKS.computeIfAbsent(http.encodedPath(), k -> new ReentrantLock());
    return new ExecutableHttpRequest() {
      @Override
      public HttpExecuteResponse call() throws java.io.IOException {
        lock.lock();
        try {
          return real.call(); // S3 has committed (or refused) the write once the status line is back
        } finally {
          lock.unlock();
        }
      }

      @Override
      public void abort() {
        real.abort();
      }
    };
  }

  @Override
  public void close() {
    delegate.close();
  }
}
