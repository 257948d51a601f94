package dev.lede.aws;

/**
 * Tells the world that a summary was written. Implementations are thread-safe and make one attempt
 * (with the SDK's own retries); a failure is thrown.
 */
@FunctionalInterface
public interface SummaryPublisher {
  void publish(SummaryNotice notice);
}
