package dev.lede.facts;

import dev.lede.text.Span;
import java.util.Objects;

/**
 * A date mentioned in the article.
 *
 * @param text the words as printed ("Jan 18, 2021", "on Monday")
 * @param value ISO 8601: {@code 2021-01-18}, {@code 2021-01}, {@code 2021}, or an ISO week {@code
 *     2021-W02} ("last week"); null when a relative date has no reference date to resolve against
 * @param basis how the value was found: {@code explicit} for a date written out, otherwise the reference
 *     it was resolved against ({@code dateline}, {@code caption}, {@code published}, {@code supplied});
 *     {@code none} when the value is null
 * @param span where it is in the cleaned text
 */
public record DateFact(String text, String value, String basis, Span span) {
  public DateFact {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(span, "span");
  }
}
