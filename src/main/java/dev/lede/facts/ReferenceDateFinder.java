package dev.lede.facts;

import dev.lede.clean.CleanArticle;
import dev.lede.clean.Removal;
import dev.lede.clean.RemovalReason;
import java.time.LocalDate;

/**
 * Chooses the day that relative dates ("on Monday", "yesterday") resolve against. Stateless and
 * thread-safe.
 *
 * <p>In order of preference: a whole date in the removed dateline ("WASHINGTON, Jan 18, 2021 --"); a
 * date the caller read from page metadata (basis {@code published}); a whole date in a removed photo
 * caption ("... on Jan 18, 2021. [Photo/Xinhua]"), the first such caption in input order; a date the
 * caller supplies (basis {@code supplied}: the S3 object's time, {@code --date}). The dateline and
 * published dates say when the story was filed; a caption says when its photo was taken, usually the day
 * of the event; an upload time says least. A dateline or caption date without a year ("Jan 18") takes
 * the year nearest the caller's date, when there is one.
 */
public final class ReferenceDateFinder {
  private final DateExtractor dates;

  public ReferenceDateFinder() {
    this(new DateExtractor());
  }

  ReferenceDateFinder(DateExtractor dates) {
    this.dates = dates;
  }

  /**
   * @param article the cleaned article, whose removals may carry a dateline or captions
   * @param given a date from the caller (basis {@code published} or {@code supplied}), or null
   * @return the reference date, or null when there is none
   */
  public ReferenceDate find(CleanArticle article, ReferenceDate given) {
    ReferenceDate dateline = fromRemovals(article, RemovalReason.DATELINE, "dateline", given);
    if (dateline != null) {
      return dateline;
    }
    if (given != null && given.basis().equals("published")) {
      return given;
    }
    ReferenceDate caption = fromRemovals(article, RemovalReason.CAPTION, "caption", given);
    return caption != null ? caption : given;
  }

  private ReferenceDate fromRemovals(CleanArticle article, RemovalReason reason, String basis,
      ReferenceDate given) {
    for (Removal r : article.removed()) {
      if (r.reason() == reason) {
        LocalDate d = wholeDay(r.text(), given);
        if (d != null) {
          return new ReferenceDate(d, basis);
        }
      }
    }
    return null;
  }

  /** The first whole day written in {@code text}: with its year, or with the year nearest {@code given}. */
  LocalDate wholeDay(String text, ReferenceDate given) {
    for (DateExtractor.Found f : dates.scan(TextTokens.of(text), given)) {
      boolean whole = f.kind() == DateExtractor.Kind.WRITTEN_DAY
          || (f.kind() == DateExtractor.Kind.DAY_MONTH && f.fact().value() != null);
      if (whole) {
        return RelativeDates.parseIso(f.fact().value());
      }
    }
    return null;
  }
}
