package dev.lede.extract;

import java.util.Objects;

/**
 * A piece of the page kept out of the extracted text on purpose, so that it can be reported.
 *
 * @param kind why it was kept out
 * @param text the piece, whitespace-collapsed
 * @param at the char offset in the extracted text where it stood (the removal spans no extracted text)
 */
public record DroppedText(Kind kind, String text, int at) {
  /** Why a piece was kept out of the text. */
  public enum Kind {
    /** The headline, reported as the title. */
    TITLE,
    /** A photo or figure caption. */
    CAPTION,
    /** A photo or agency credit. */
    CREDIT
  }

  public DroppedText {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    if (at < 0) {
      throw new IllegalArgumentException("negative offset");
    }
  }
}
