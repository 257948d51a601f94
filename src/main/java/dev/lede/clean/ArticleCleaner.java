package dev.lede.clean;

import dev.lede.text.DecodedText;
import dev.lede.text.SentenceSplitter;
import dev.lede.text.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Turns normalised scraped text into a clean article: removes repeated copies and segments, finds the
 * title, captions, credits, the dateline and page chrome, and records every removal with its reason and
 * its span in the normalised input. Stateless and thread-safe.
 *
 * <p>The stages run in this order, each on what the previous ones kept: whole copies
 * ({@link CopyDeduplicator}), page chrome ({@link ChromeDetector}), the title ({@link TitleDetector}),
 * related-headline lists ({@link HeadlineListDetector}), a dateline on a line of its own (wire copy,
 * {@link DatelineLine}), captions and credits ({@link CaptionDetector}), the dateline opening the lead
 * ({@link DatelineDetector}), repeated paragraphs and sentences
 * ({@link SegmentDeduplicator}). Every stage is near-linear in the input.
 */
public final class ArticleCleaner {
  private final SentenceSplitter splitter;
  private final CopyDeduplicator copies = new CopyDeduplicator();
  private final ChromeDetector chrome = new ChromeDetector();
  private final TitleDetector titles = new TitleDetector();
  private final HeadlineListDetector lists = new HeadlineListDetector();
  private final CaptionDetector captions = new CaptionDetector();
  private final DatelineDetector datelines = new DatelineDetector();
  private final SegmentDeduplicator segments = new SegmentDeduplicator();

  public ArticleCleaner(SentenceSplitter splitter) {
    this.splitter = Objects.requireNonNull(splitter, "splitter");
  }

  public CleanArticle clean(DecodedText input) {
    String t = input.text();
    Draft d = new Draft(t, splitter);
    CopyDeduplicator.Result found = copies.find(t);
    d.copies = found.copies();
    int from = 0;
    for (Span dup : found.duplicates()) {
      d.recordSource(dup, RemovalReason.DUPLICATE);
      addParagraphs(d, from, dup.start());
      from = dup.end();
    }
    addParagraphs(d, from, t.length());
    chrome.apply(d);
    rejoinWrapped(d);
    titles.apply(d);
    List<Paragraph> opening = opening(d);
    chrome.apply(d); // a title glued to furniture ("...departmentShare this with") exposes it only now
    rejoinWrapped(d);
    lists.apply(d);
    rejoinWrapped(d);
    datelines.applyLines(d); // a dateline line under the headline: the lead follows it, not a caption
    captions.apply(d);
    chrome.apply(d); // a caption or credit taken out can leave furniture alone ("(file picture);" -> ";")
    rejoinWrapped(d);
    lists.apply(d); // ... or a list header alone ("(c) See also:" -> "See also:")
    rejoinWrapped(d);
    if (d.title == null && !opening.equals(opening(d))) {
      // captions or credits cut from the first two paragraphs: the headline is judged again on what
      // cleaning the cleaned text would see, the lead without them
      titles.apply(d);
    }
    datelines.apply(d);
    segments.apply(d);
    rejoinWrapped(d);

    List<String> paragraphs = new ArrayList<>(d.paragraphs.size());
    for (Paragraph p : d.paragraphs) {
      paragraphs.add(p.text);
    }
    List<Removal> removed = new ArrayList<>(d.removals);
    removed.sort(Comparator.comparing(Removal::span));
    int outChars = Math.max(0, paragraphs.stream().mapToInt(String::length).sum() + 2 * (paragraphs.size() - 1));
    return new CleanArticle(d.title, d.dateline, paragraphs, removed,
        new DedupStats(d.copies, d.duplicateSegments, t.length(), outChars));
  }

  /**
   * Adds the lines of {@code text[from, to)} as paragraphs. A line that does not end a sentence and is
   * followed by one starting in lower case was hard-wrapped, and is joined to it; so is a line that
   * stops on a word no sentence or headline ends on ("... nine first-class matches against" /
   * "English county sides ..."), when the next line follows with no blank line between.
   */
  private static void addParagraphs(Draft d, int from, int to) {
    String t = d.source;
    int i = from;
    Paragraph pending = null;
    boolean blank = false;
    while (i < to) {
      int nl = t.indexOf('\n', i);
      int end = nl < 0 || nl > to ? to : nl;
      Paragraph line = Paragraph.of(t, i, end);
      if (line != null) {
        if (pending != null && (wrapsInto(pending, line)
            || !blank && !Prose.endsSentence(pending.text) && !endsWithBreak(pending.text)
                && HardWrap.runsOn(pending.text, line.text))) {
          pending = Paragraph.join(pending, line);
        } else {
          if (pending != null) {
            d.paragraphs.add(pending);
          }
          pending = line;
        }
        blank = false;
      } else {
        blank = true;
      }
      i = end + 1;
    }
    if (pending != null) {
      d.paragraphs.add(pending);
    }
  }

  /**
   * Joins again what the removals left hard-wrapped: a paragraph that does not end a sentence, followed
   * by one starting in lower case, is one paragraph (the rule {@link #addParagraphs} applies to the
   * input's lines, which a removed line between them kept apart). Without this, cleaning the cleaned text
   * would join them, and cleaning would not be idempotent.
   */
  private static void rejoinWrapped(Draft d) {
    List<Paragraph> out = new ArrayList<>(d.paragraphs.size());
    List<Paragraph> run = new ArrayList<>();
    for (Paragraph p : d.paragraphs) {
      if (!run.isEmpty() && !wrapsInto(run.get(run.size() - 1), p)) {
        out.add(Paragraph.joinAll(run));
        run.clear();
      }
      run.add(p);
    }
    if (!run.isEmpty()) {
      out.add(Paragraph.joinAll(run));
    }
    d.paragraphs.clear();
    d.paragraphs.addAll(out);
  }

  /** The first two paragraphs, on which the headline is judged. */
  private static List<Paragraph> opening(Draft d) {
    return List.copyOf(d.paragraphs.subList(0, Math.min(2, d.paragraphs.size())));
  }

  private static boolean wrapsInto(Paragraph pending, Paragraph line) {
    return !Prose.endsSentence(pending.text) && !endsWithBreak(pending.text)
        && Character.isLowerCase(line.text.charAt(0));
  }

  private static boolean endsWithBreak(String s) {
    char c = s.charAt(s.length() - 1);
    return c == ':' || c == ';' || Prose.isClosingQuote(c);
  }
}
