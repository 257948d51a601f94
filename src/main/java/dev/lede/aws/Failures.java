package dev.lede.aws;

import java.io.UncheckedIOException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
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

  /**
   * The service's error code ({@code AccessDenied}, {@code SlowDown}, ...); {@code HTTP 503} and the like
   * when the response had no body to carry one (HEAD); else the exception's simple name.
   */
  public static String errorCode(Throwable t) {
    if (t instanceof AwsServiceException e) {
      if (e.awsErrorDetails() != null && e.awsErrorDetails().errorCode() != null) {
        return e.awsErrorDetails().errorCode();
      }
      return "HTTP " + e.statusCode();
    }
    return t.getClass().getSimpleName();
  }

  /** What an operator should do about a failure that retrying will not fix, or null. */
  public static String advice(Throwable t) {
    if (t instanceof SdkServiceException e && e.statusCode() == 403) {
      return "access denied: check the function's IAM policy (s3:GetObject on the input prefix, s3:GetObject,"
          + " s3:PutObject and s3:DeleteObject on the output prefixes) and the buckets' policies and encryption"
          + " keys; failed events wait in the failure queue to be redriven";
    }
    return null;
  }
}
