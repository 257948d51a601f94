package dev.lede.clean;

import java.util.List;
import java.util.Objects;

/**
 * An article after cleaning. Immutable.
 *
 * @param title the headline, or null when the input has none
 * @param dateline the dateline's place or agency as printed ("BEIJING", "LONDON", "CNN"), or null
 * @param paragraphs the body, one string per paragraph, in order; never null, may be empty
 * @param removed every piece of input left out, in input order
 * @param dedup what deduplication found
 */
public record CleanArticle(
    String title, String dateline, List<String> paragraphs, List<Removal> removed, DedupStats dedup) {
  public CleanArticle {
    paragraphs = List.copyOf(paragraphs);
    removed = List.copyOf(removed);
    Objects.requireNonNull(dedup, "dedup");
  }

  /** The body as one string, paragraphs separated by a blank line. */
  public String text() {
    return String.join("\n\n", paragraphs);
  }
}
