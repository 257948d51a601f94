package dev.lede.extract;

import java.util.List;
import java.util.Objects;

/**
 * The article found in an HTML or Markdown document. Immutable.
 *
 * @param paragraphs the main text, one string per paragraph (headings, list items and table rows are
 *     paragraphs too), whitespace-collapsed, in document order; never null, may be empty
 * @param dropped pieces kept out of the text on purpose (captions, credits, the repeated headline), with
 *     offsets into {@link #text()}
 * @param metadata what the document says about itself
 */
public record Extraction(List<String> paragraphs, List<DroppedText> dropped, HtmlMetadata metadata) {
  public Extraction {
    paragraphs = List.copyOf(paragraphs);
    dropped = List.copyOf(dropped);
    Objects.requireNonNull(metadata, "metadata");
  }

  /** The paragraphs joined with blank lines. */
  public String text() {
    return String.join("\n\n", paragraphs);
  }
}
