package dev.lede.facts;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The date relative expressions ("on Monday", "yesterday") are resolved against, and where it came from.
 *
 * @param date the reference day
 * @param basis {@code dateline}, {@code caption}, {@code published} or {@code supplied}
 */
public record ReferenceDate(LocalDate date, String basis) {
  public ReferenceDate {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(basis, "basis");
  }

  public static ReferenceDate supplied(LocalDate date) {
    return new ReferenceDate(date, "supplied");
  }
}
