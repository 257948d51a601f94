package dev.lede.aws;

/**
 * The event names an object this function must not process: a bucket other than INPUT_BUCKET, or a key
 * outside INPUT_PREFIX. Raised before any object is read or written; the invocation fails so the event
 * reaches the on-failure destination, where someone can see it.
 */
public final class RefusedEventException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RefusedEventException(String message) {
    super(message);
  }
}
