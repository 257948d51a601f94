package dev.lede.aws;

/**
 * Conditional writes kept losing to concurrent writers of the same document. Retryable: on the next
 * attempt the ordering check sees the winner's sequencer and usually has nothing left to do.
 */
public final class ConcurrentUpdateException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ConcurrentUpdateException(String message) {
    super(message);
  }
}
