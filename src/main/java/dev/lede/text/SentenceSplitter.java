package dev.lede.text;

import java.util.List;

/** Finds sentence boundaries. Implementations are stateless and thread-safe. */
public interface SentenceSplitter {
  /**
   * Returns the sentences of {@code text} in order, as spans without leading or trailing whitespace.
   * Line breaks inside {@code text} that end a paragraph always end a sentence.
   */
  List<Span> split(CharSequence text);
}
