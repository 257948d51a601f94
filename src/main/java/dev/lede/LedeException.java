package dev.lede;

/**
 * The one checked failure of the core: the input was rejected for a documented reason. The message is
 * safe to show to users and to log (it never contains article text).
 */
public final class LedeException extends Exception {
  private static final long serialVersionUID = 1L;
  private final ErrorCode code;

  public LedeException(ErrorCode code, String message) {
    super(message);
    this.code = code;
  }

  public ErrorCode code() {
    return code;
  }
}
