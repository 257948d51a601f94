package dev.lede.aws;

/**
 * A "summary ready" notice could not be published after its summary was written. The summary stays, and
 * is marked so that the retry this failure causes summarises and publishes again (see
 * {@link ArticleProcessor}). Retryable when the cause is (throttling, 5xx, timeouts).
 */
public final class NotificationFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final boolean retryable;

  public NotificationFailedException(String message, boolean retryable, Throwable cause) {
    super(message, cause);
    this.retryable = retryable;
  }

  public boolean retryable() {
    return retryable;
  }
}
