package dev.lede.clean;

import dev.lede.text.SentenceCache;
import dev.lede.text.SentenceSplitter;
import dev.lede.text.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The working state of one cleaning run, handed from stage to stage: the paragraphs still kept, every
 * removal so far, and what the stages found. Confined to one call; never shared between threads.
 */
final class Draft {
  final String source;
  final List<Paragraph> paragraphs = new ArrayList<>();
  final List<Removal> removals = new ArrayList<>();
  String title;
  String dateline;
  int copies = 1;
  int duplicateSegments;
  private final Memo memo;

  /**
   * What a stage learnt about a paragraph from its text alone, kept for one cleaning run: several stages
   * split the same paragraph into sentences, and a later pass of the run meets the same paragraphs again.
   */
  static final class Memo {
    /** The splitter's sentences of a text; the caller's, whose summary reads the same paragraphs. */
    final SentenceCache sentences;
    /** Texts in which {@link ChromeDetector} found no furniture. */
    final Set<String> chromeFree = new HashSet<>();
    /** {@link CaptionDetector}'s sentences of a text: the splitter's, cut again after plain full stops. */
    final Map<String, List<Span>> captionSentences = new HashMap<>();
    /** Texts in which {@link CaptionDetector} found no credit and no labelled caption. */
    final Set<String> unmarked = new HashSet<>();
    /**
     * Texts in which {@link CaptionDetector} found no glued caption, away from the lead and in the lead
     * position, while no sentence of them followed "Scroll down for video" (which the input around a
     * paragraph decides, not its text, and so is asked again every time).
     */
    final Set<String> unglued = new HashSet<>();
    final Set<String> ungluedAsLead = new HashSet<>();
    /** Texts that {@link HeadlineListDetector} found to be neither a list's header nor a headline. */
    final Set<String> unlisted = new HashSet<>();
    /** {@link SegmentDeduplicator}'s comparison keys of a text: the whole text's, then each sentence's. */
    final Map<String, String[]> segmentKeys = new HashMap<>();

    Memo(SentenceCache sentences) {
      this.sentences = sentences;
    }
  }

  Draft(String source, SentenceSplitter splitter) {
    this(source, new Memo(new SentenceCache(splitter)));
  }

  Draft(String source, Memo memo) {
    this.source = source;
    this.memo = memo;
  }

  Memo memo() {
    return memo;
  }

  /** The sentences of {@code text}, split once per distinct text in this run. */
  List<Span> sentences(String text) {
    return memo.sentences.split(text);
  }

  /** Records that {@code p.text[start, end)} is left out, and why. Does not change {@code p}. */
  void record(Paragraph p, int start, int end, RemovalReason reason) {
    for (Span s : p.sourceSpans(start, end)) {
      recordSource(s, reason);
    }
  }

  /** Records that the input span {@code s} is left out, and why. */
  void recordSource(Span s, RemovalReason reason) {
    String text = source.substring(s.start(), s.end()).strip();
    if (!text.isEmpty()) {
      removals.add(new Removal(reason, text, s));
    }
  }

  /**
   * Removes {@code text[start, end)} from paragraph {@code index}, recording it; drops the paragraph
   * when nothing is left. Returns the paragraph that remains, or null.
   */
  Paragraph cut(int index, int start, int end, RemovalReason reason) {
    Paragraph p = paragraphs.get(index);
    record(p, start, end, reason);
    Paragraph rest = p.without(start, end);
    if (rest == null) {
      paragraphs.remove(index);
    } else {
      paragraphs.set(index, rest);
    }
    return rest;
  }

  /**
   * Removes {@code cuts} from paragraph {@code index} in one pass, recording each; overlapping cuts
   * keep the earlier one. Returns the paragraph that remains, or null when it was dropped.
   */
  Paragraph cutAll(int index, List<Cut> cuts) {
    Paragraph p = paragraphs.get(index);
    List<Cut> ok = Cut.disjoint(cuts);
    if (ok.isEmpty()) {
      return p;
    }
    List<int[]> ranges = new ArrayList<>(ok.size());
    for (Cut c : ok) {
      record(p, c.start(), c.end(), c.reason());
      ranges.add(new int[] {c.start(), c.end()});
    }
    Paragraph rest = p.withoutAll(ranges);
    if (rest == null) {
      paragraphs.remove(index);
    } else {
      paragraphs.set(index, rest);
    }
    return rest;
  }

  /** Removes paragraph {@code index} whole, recording it. */
  void drop(int index, RemovalReason reason) {
    Paragraph p = paragraphs.remove(index);
    record(p, 0, p.length(), reason);
  }
}
