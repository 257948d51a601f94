package dev.lede.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The sentences of the texts one article's run has split, each distinct text split once. The cleaner
 * splits every paragraph several times (captions, repeated segments, and again in its settling pass), and
 * the summary needs the sentences of the cleaned text, which is those same paragraphs joined by blank
 * lines. Confined to one run; not thread-safe.
 */
public final class SentenceCache {
  private static final String PARAGRAPH_BREAK = "\n\n";

  private final SentenceSplitter splitter;
  private final Map<String, List<Span>> found = new HashMap<>();

  public SentenceCache(SentenceSplitter splitter) {
    this.splitter = Objects.requireNonNull(splitter, "splitter");
  }

  public SentenceSplitter splitter() {
    return splitter;
  }

  /** The splitter's sentences of {@code text}. */
  public List<Span> split(String text) {
    List<Span> spans = found.get(text);
    if (spans == null) {
      spans = splitter.split(text);
      found.put(text, spans);
    }
    return spans;
  }

  /**
   * The splitter's sentences of {@code paragraphs} joined by a blank line ({@code "\n\n"}), with spans in
   * that joined text. When the splitter splits each line as if alone ({@link
   * SentenceSplitter#splitsLinesAlone()}), these are each paragraph's sentences moved to where the
   * paragraph sits, so a paragraph split before is not split again; otherwise the joined text is split.
   */
  public List<Span> splitJoined(List<String> paragraphs) {
    if (!splitter.splitsLinesAlone()) {
      return splitter.split(String.join(PARAGRAPH_BREAK, paragraphs));
    }
    List<Span> out = new ArrayList<>();
    int at = 0;
    for (String p : paragraphs) {
      for (Span s : split(p)) {
        out.add(at == 0 ? s : s.shift(at));
      }
      at += p.length() + PARAGRAPH_BREAK.length();
    }
    return List.copyOf(out);
  }
}
