package dev.lede.facts;

import dev.lede.text.Span;
import java.util.List;

/**
 * The text entity recognition reads: the heading lines (title, dateline), each followed by a blank
 * line, then the cleaned text at {@link #offset}; its chars, made once and shared by the name tokens
 * and the scanners' tokens; and where its sentences start. For one text and one thread.
 */
final class HeadedText {
  /** The heading lines and the text, joined. */
  final String whole;
  /** The chars of {@link #whole}. */
  final char[] chars;
  /** Where the text starts in {@link #whole}: 0 without heading lines. */
  final int offset;
  /** Where each heading line and each sentence starts in {@link #whole}, in order. */
  final int[] sentenceStarts;

  private HeadedText(String whole, char[] chars, int offset, int[] sentenceStarts) {
    this.whole = whole;
    this.chars = chars;
    this.offset = offset;
    this.sentenceStarts = sentenceStarts;
  }

  /**
   * @param text the cleaned text
   * @param sentences the sentences of {@code text}, in order
   * @param heading lines that stood before the text, in order; each has its line breaks made spaces
   *     and is stripped, and an empty one is left out
   */
  static HeadedText of(String text, List<Span> sentences, List<String> heading) {
    String[] lines = new String[heading.size()];
    int count = 0;
    int offset = 0;
    for (String line : heading) {
      String l = line.replace('\n', ' ').strip();
      if (!l.isEmpty()) {
        lines[count++] = l;
        offset += l.length() + 2;
      }
    }
    int[] starts = new int[count + sentences.size()];
    if (offset == 0) {
      for (int k = 0; k < starts.length; k++) {
        starts[k] = sentences.get(k).start();
      }
      return new HeadedText(text, text.toCharArray(), 0, starts);
    }
    char[] chars = new char[offset + text.length()];
    int at = 0;
    for (int k = 0; k < count; k++) {
      String l = lines[k];
      starts[k] = at;
      l.getChars(0, l.length(), chars, at);
      at += l.length();
      chars[at++] = '\n';
      chars[at++] = '\n';
    }
    text.getChars(0, text.length(), chars, offset);
    for (int k = 0; k < sentences.size(); k++) {
      starts[count + k] = sentences.get(k).start() + offset;
    }
    return new HeadedText(new String(chars), chars, offset, starts);
  }
}
