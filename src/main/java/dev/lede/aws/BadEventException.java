package dev.lede.aws;

/**
 * The event could not be read as an S3 notification. Not retryable by nature; the invocation fails so
 * the event reaches the on-failure destination instead of being dropped. The message never quotes the
 * event.
 */
public final class BadEventException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public BadEventException(String message) {
    super(message);
  }
}
