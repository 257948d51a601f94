package dev.lede.facts;

import dev.lede.clean.CleanArticle;
import dev.lede.text.Span;
import java.util.List;

/**
 * Extracts key facts from a cleaned article. Stateless and thread-safe; word lists are loaded once.
 */
public final class FactExtractor {
  private final EntityRecognizer entities;

  public FactExtractor() {
    this.entities = new EntityRecognizer();
  }

  /**
   * @param article the cleaned article (its removed captions and dateline may carry a reference date)
   * @param text the cleaned text, {@code article.text()}
   * @param sentences the sentences of {@code text}
   * @param supplied a reference date from the caller (object time, {@code --date}), or null
   */
  public KeyFacts extract(CleanArticle article, String text, List<Span> sentences, ReferenceDate supplied) {
    Entities found = entities.recognize(text, sentences);
    return new KeyFacts(
        found.people(), found.organizations(), found.places(), List.of(), List.of(), List.of());
  }
}
