package dev.lede.facts;

import dev.lede.text.Span;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A quantity with what it counts.
 *
 * @param text the words as printed ("$1.13bn", "more than 2,000 business leaders")
 * @param value the normalised number (1130000000 for "$1.13bn"), or null where there is none
 * @param unit the unit or currency ("percent", "USD", "GBP", "years", "ordinal"), or null
 * @param counts what is counted ("business leaders", "anniversary"), or null
 * @param span where it is in the cleaned text
 */
public record NumberFact(String text, BigDecimal value, String unit, String counts, Span span) {
  public NumberFact {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
  }
}
