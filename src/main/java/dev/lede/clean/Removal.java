package dev.lede.clean;

import dev.lede.text.Span;
import java.util.Objects;

/**
 * One piece of the input left out of the cleaned text, and why.
 *
 * @param reason why it was removed
 * @param text the removed text, whitespace-trimmed
 * @param span where it was, in char offsets of the normalised input text
 */
public record Removal(RemovalReason reason, String text, Span span) {
  public Removal {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
  }
}
