package dev.lede.facts;

import dev.lede.text.Span;
import java.util.Objects;

/**
 * A direct quotation.
 *
 * @param text the quoted words, without the quote marks
 * @param speaker the name of a person or organisation from the key facts, or null; never a pronoun
 * @param span where the quoted words are in the cleaned text
 */
public record Quote(String text, String speaker, Span span) {
  public Quote {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
  }
}
