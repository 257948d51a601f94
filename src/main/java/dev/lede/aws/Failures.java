package dev.lede.aws;

import java.io.UncheckedIOException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkServiceException;

/** Tells failures that may succeed on a later attempt from those that will not. */
public final class Failures {
  private Failures() {}

  /**
   * True for throttling, server errors (5xx), network failures and timeouts, truncated reads and lost
   * write races, and notices that failed for one of these reasons; false for refused or malformed events,
   * access denied and other client errors.
   */
  public static boolean retryable(Throwable t) {
    if (t instanceof NotificationFailedException n) {
      return n.retryable();
    }
    if (t instanceof SdkServiceException e) {
      return e.isThrottlingException() || e.statusCode() >= 500 || e.statusCode() == 429;
    }
    return t instanceof SdkClientException
        || t instanceof UncheckedIOException
        || t instanceof ConcurrentUpdateException;
  }
}
