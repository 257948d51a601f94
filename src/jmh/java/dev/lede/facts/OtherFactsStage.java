package dev.lede.facts;

import dev.lede.clean.CleanArticle;
import dev.lede.text.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * The part of {@link FactExtractor#extract} after entity recognition (reference date, one tokenisation,
 * dates, numbers, quotes), reachable from the benchmarks so each half of fact extraction has its own
 * figure. Mirrors {@code FactExtractor.extract}; keep the two in step.
 */
public final class OtherFactsStage {
  private final ReferenceDateFinder references;
  private final DateExtractor dates;
  private final NumberExtractor numbers;
  private final QuoteExtractor quotes;

  public OtherFactsStage() {
    this.dates = new DateExtractor();
    this.references = new ReferenceDateFinder(dates);
    this.numbers = new NumberExtractor();
    this.quotes = new QuoteExtractor();
  }

  /** Dates, numbers and quotes of {@code text}, given the entities already found; returns a count to consume. */
  public int extract(CleanArticle article, String text, Entities found, ReferenceDate supplied) {
    ReferenceDate reference = references.find(article, supplied);
    TextTokens tokens = TextTokens.of(text);
    List<Span> dateSpans = new ArrayList<>();
    for (DateExtractor.Found f : dates.scan(tokens, reference)) {
      dateSpans.add(f.fact().span());
    }
    return dateSpans.size() + numbers.extract(tokens, dateSpans).size() + quotes.extract(tokens, found).size();
  }
}
