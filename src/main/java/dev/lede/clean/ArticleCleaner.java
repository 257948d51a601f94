package dev.lede.clean;

import dev.lede.text.DecodedText;
import dev.lede.text.SentenceCache;
import dev.lede.text.SentenceSplitter;
import dev.lede.text.Span;
import dev.lede.text.TextDecoder;
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
  /**
   * The cleaning work, in chars read, that settling may spend beyond the first pass: eight times the
   * input, and at least {@value #SETTLE_FLOOR} chars (squared input length, when that is less), so
   * hostile input stays linear. A pass mostly removes text and joins paragraphs, but it can also split
   * one in two (one space becomes a blank line, and the text grows by a char; fuzzing found such a pass
   * after the first), so a pass that changes the text need not shorten it, and the
   * text is settled when a pass gives it back unchanged, not when it stops shrinking.
   */
  private static final int SETTLE_FLOOR = 1 << 22;
  /** Removals in input order; a class, not a lambda, whose bootstrap would cost a cold start. */
  private static final Comparator<Removal> BY_SPAN = new Comparator<>() {
    @Override
    public int compare(Removal a, Removal b) {
      return a.span().compareTo(b.span());
    }
  };

  public ArticleCleaner(SentenceSplitter splitter) {
    this.splitter = Objects.requireNonNull(splitter, "splitter");
  }

  public CleanArticle clean(DecodedText input) {
    return clean(input, null, null);
  }

  /**
   * Cleans the body of an article whose headline or dateline is already known (each null when it is
   * not): what is known is not looked for in the body, and is reported as it was given. Cleaning a
   * cleaned article this way, its text with its title and dateline, gives it back unchanged.
   */
  public CleanArticle clean(DecodedText input, String title, String dateline) {
    return clean(input, title, dateline, null);
  }

  /**
   * As {@link #clean(DecodedText, String, String)}, for the text of a page that gave its headline
   * elsewhere ({@code pageTitle}, such as an HTML page's title; null when it gave none): the first pass
   * still looks for a headline in the text, and when it finds none, the page's is the one the later
   * passes know. It is not reported as the title.
   */
  public CleanArticle clean(DecodedText input, String title, String dateline, String pageTitle) {
    return clean(input, title, dateline, pageTitle, new SentenceCache(splitter));
  }

  /**
   * As {@link #clean(DecodedText, String, String, String)}, splitting sentences through {@code sentences}
   * (whose splitter must be this cleaner's): it then holds the sentences of every paragraph of the
   * cleaned article, which the caller's summary can read from it without splitting them again.
   */
  public CleanArticle clean(
      DecodedText input, String title, String dateline, String pageTitle, SentenceCache sentences) {
    if (sentences.splitter() != splitter) {
      throw new IllegalArgumentException("the sentence cache splits with another splitter");
    }
    String t = input.text();
    Draft d = pass(t, title, dateline, new Draft.Memo(sentences), null);
    List<Paragraph> kept = d.paragraphs;
    List<Removal> removed = new ArrayList<>(d.removals);
    title = d.title;
    String known = title != null ? title : pageTitle;
    dateline = d.dateline;
    int copies = d.copies;
    int duplicateSegments = d.duplicateSegments;
    // The stages are rules that run in a fixed order, and a removal late in the order can expose
    // something an earlier stage would have taken (a credit cut from a headline's line, a list header
    // freed by a caption). Cleaning the cleaned article must change nothing, so it is cleaned again
    // until it settles, and what a later pass removes is recorded at its place in the input. What the
    // first pass found is known to the later ones: the line under a headline (a byline, a table's first
    // row) is not a second headline, and the lead under a dateline is not a caption.
    long budget = Math.max(8L * t.length(), Math.min((long) t.length() * t.length(), SETTLE_FLOOR));
    while (true) {
      String text = join(kept);
      budget -= text.length();
      if (budget < 0) {
        break; // not settled: hostile input, whose time must stay linear (README says so)
      }
      Normalised again = Normalised.of(text);
      // the next pass reads the kept paragraphs back from their text, one for one (they are trimmed
      // lines, and none wraps into the next, or the last pass would have joined them): unless a copy
      // is found in it, it takes them as they are, with the texts the memo already holds
      List<Paragraph> lines = again.offsets == null && readBackAsThemselves(kept) ? kept : null;
      Draft e = pass(again.text, known, dateline, d.memo(), lines);
      if (joinsTo(e.paragraphs, text)) {
        break; // settled: unchanged
      }
      int[] toInput = inputOffsets(kept, text.length(), again);
      List<Paragraph> mapped = new ArrayList<>(e.paragraphs.size());
      for (Paragraph p : e.paragraphs) {
        mapped.add(p.mapped(toInput));
      }
      kept = mapped;
      for (Removal r : e.removals) {
        addMapped(removed, t, toInput, r);
      }
      if (known == null) {
        title = e.title;
        known = e.title;
      }
      dateline = e.dateline;
      copies += e.copies - 1;
      duplicateSegments += e.duplicateSegments;
    }

    List<String> paragraphs = new ArrayList<>(kept.size());
    int outChars = 0;
    for (Paragraph p : kept) {
      paragraphs.add(p.text);
      outChars += p.text.length();
    }
    outChars += 2 * Math.max(0, paragraphs.size() - 1);
    removed.sort(BY_SPAN);
    return new CleanArticle(title, dateline, paragraphs, removed,
        new DedupStats(copies, duplicateSegments, t.length(), outChars));
  }

  /**
   * One run of every stage over {@code t}, in order; a known title or dateline is not looked for.
   * {@code lines}, when not null, are the paragraphs {@code t} is joined from, each of which
   * {@link #readBackAsThemselves reads back as itself}.
   */
  private Draft pass(String t, String title, String dateline, Draft.Memo memo, List<Paragraph> lines) {
    Draft d = new Draft(t, memo);
    d.title = title;
    d.dateline = dateline;
    CopyDeduplicator.Result found = copies.find(t);
    d.copies = found.copies();
    if (lines != null && found.duplicates().isEmpty()) {
      addLines(d, lines);
    } else {
      int from = 0;
      for (Span dup : found.duplicates()) {
        d.recordSource(dup, RemovalReason.DUPLICATE);
        addParagraphs(d, from, dup.start());
        from = dup.end();
      }
      addParagraphs(d, from, t.length());
    }
    chrome.apply(d);
    rejoinWrapped(d);
    if (title == null) {
      titles.apply(d);
    }
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
    return d;
  }

  /** The cleaned text: paragraphs separated by a blank line, as {@link CleanArticle#text()} gives it. */
  static String join(List<Paragraph> paragraphs) {
    int length = 0;
    for (Paragraph p : paragraphs) {
      length += p.text.length() + 2;
    }
    StringBuilder b = new StringBuilder(Math.max(0, length - 2)); // sized once: no copy as it grows
    for (Paragraph p : paragraphs) {
      if (b.length() > 0) {
        b.append("\n\n");
      }
      b.append(p.text);
    }
    return b.toString();
  }

  /** {@code join(paragraphs).equals(text)}, without making the joined text. */
  static boolean joinsTo(List<Paragraph> paragraphs, String text) {
    int at = 0;
    for (Paragraph p : paragraphs) {
      if (at > 0) {
        if (!text.startsWith("\n\n", at)) {
          return false;
        }
        at += 2;
      }
      if (!text.startsWith(p.text, at)) {
        return false;
      }
      at += p.text.length();
    }
    return at == text.length();
  }

  /**
   * For every char of {@code again} (the paragraphs {@code kept}, joined and normalised), its offset in
   * the input; -1 for the blank lines between paragraphs, which are not input.
   */
  private static int[] inputOffsets(List<Paragraph> kept, int length, Normalised again) {
    int[] ofText = new int[length];
    java.util.Arrays.fill(ofText, -1);
    int at = 0;
    for (Paragraph p : kept) {
      if (at > 0) {
        at += 2;
      }
      for (int i = 0; i < p.length(); i++) {
        ofText[at + i] = p.sourceOffset(i);
      }
      at += p.length();
    }
    if (again.offsets == null) {
      return ofText;
    }
    int[] out = new int[again.text.length()];
    for (int i = 0; i < out.length; i++) {
      out[i] = ofText[again.offsets[i]];
    }
    return out;
  }

  /**
   * The cleaned text as the next pass reads it, normalised as any input is; {@code offsets} maps it back
   * to the cleaned text, and is null when normalising changed nothing (the usual case), so that a large
   * text is not held twice with its map while the pass runs.
   */
  private record Normalised(String text, int[] offsets) {
    static Normalised of(String text) {
      if (TextDecoder.isNormalised(text)) {
        return new Normalised(text, null);
      }
      DecodedText n = TextDecoder.normalise(text);
      return new Normalised(n.text(), n.inputOffsets());
    }
  }

  /**
   * Records a later pass's removal at its place in the input: one removal per stretch of it that is
   * contiguous in the input, trimmed of whitespace.
   */
  static void addMapped(List<Removal> removed, String input, int[] toInput, Removal r) {
    int i = r.span().start();
    int end = r.span().end();
    while (i < end) {
      if (toInput[i] < 0) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < end && toInput[j] == toInput[j - 1] + 1) {
        j++;
      }
      int a = toInput[i];
      int b = toInput[j - 1] + 1;
      while (a < b && Character.isWhitespace(input.charAt(a))) {
        a++;
      }
      while (b > a && Character.isWhitespace(input.charAt(b - 1))) {
        b--;
      }
      if (b > a) {
        removed.add(new Removal(r.reason(), input.substring(a, b), new Span(a, b)));
      }
      i = j;
    }
  }

  /**
   * Adds the lines of {@code text[from, to)} as paragraphs. A line that does not end a sentence and is
   * followed by one starting in lower case was hard-wrapped, and is joined to it; so is a line that
   * stops on a word no sentence or headline ends on ("... nine first-class matches against" /
   * "English county sides ..."), when the next line follows with no blank line between.
   */
  static void addParagraphs(Draft d, int from, int to) {
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
   * Whether {@link #addParagraphs} reads {@code join(paragraphs)} back as these paragraphs, one for one:
   * each is a line of its own, trimmed, and none wraps into the next across the blank line between
   * them (which {@link #rejoinWrapped} leaves so). CleaningReadBackTest holds {@link #addLines} to
   * {@link #addParagraphs} where this says yes.
   */
  static boolean readBackAsThemselves(List<Paragraph> paragraphs) {
    Paragraph prev = null;
    for (Paragraph p : paragraphs) {
      String s = p.text;
      if (s.isEmpty() || Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1))
          || s.indexOf('\n') >= 0 || prev != null && wrapsInto(prev, p)) {
        return false;
      }
      prev = p;
    }
    return true;
  }

  /**
   * What {@link #addParagraphs} adds for the whole of {@code join(lines)}, where
   * {@link #readBackAsThemselves} holds: the same texts at their places in the joined text, without
   * cutting them out of it again (the memo then meets the very strings it holds).
   */
  static void addLines(Draft d, List<Paragraph> lines) {
    int at = 0;
    for (Paragraph p : lines) {
      d.paragraphs.add(p.readAt(at));
      at += p.length() + 2;
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
