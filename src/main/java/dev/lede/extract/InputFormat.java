package dev.lede.extract;

import java.util.Locale;

/** The kinds of input Lede reads. The JSON document's {@code input.format} carries the label. */
public enum InputFormat {
  /** Plain text, as a scraper hands it over. */
  TEXT,
  /** An HTML page (or fragment): main text and metadata are extracted before cleaning. */
  HTML,
  /** Markdown: markup becomes plain text; front matter and the first heading give metadata. */
  MARKDOWN;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
