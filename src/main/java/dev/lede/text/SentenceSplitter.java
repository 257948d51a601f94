package dev.lede.text;

import java.util.List;

/** Finds sentence boundaries. Implementations are stateless and thread-safe. */
public interface SentenceSplitter {
  /**
   * Returns the sentences of {@code text} in order, as spans without leading or trailing whitespace.
   * Line breaks inside {@code text} that end a paragraph always end a sentence.
   */
  List<Span> split(CharSequence text);

  /**
   * Whether each line is split as if it stood alone: nothing before a line break changes the sentences
   * after it, nor the reverse, so the sentences of lines joined by line breaks are each line's sentences,
   * moved. False unless an implementation promises it.
   */
  default boolean splitsLinesAlone() {
    return false;
  }
}
