package dev.lede.clean;

import dev.lede.text.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Removes repeated paragraphs and sentences, keeping the first occurrence. Repeats are compared on
 * their {@link Skeleton} (lower-cased letters and digits), so near-identical repeats that differ only in
 * whitespace, punctuation or case are caught; a dateline opening a repeat is ignored in the comparison.
 * Very short sentences ("He said.") may repeat legitimately and are kept. Linear in the text (one hash
 * set of skeletons). Stateless and thread-safe.
 */
final class SegmentDeduplicator {
  /** Shortest paragraph skeleton compared. */
  static final int MIN_PARAGRAPH = 12;
  /** Shortest sentence skeleton compared (about five words). */
  static final int MIN_SENTENCE = 24;

  void apply(Draft d) {
    Set<String> seen = new HashSet<>();
    // the title counts against repeated lines, not against a body sentence that happens to match it
    String titleKey = d.title == null ? "" : Skeleton.key(d.title);
    for (int i = 0; i < d.paragraphs.size(); ) {
      Paragraph p = d.paragraphs.get(i);
      String[] keys = keys(d, p.text);
      String key = keys[0];
      if (key.length() >= MIN_PARAGRAPH && (seen.contains(key) || key.equals(titleKey))) {
        d.drop(i, RemovalReason.DUPLICATE);
        d.duplicateSegments++;
        continue;
      }
      List<Cut> cuts = new ArrayList<>();
      List<Span> sentences = d.sentences(p.text);
      for (int s = 0; s < sentences.size(); s++) {
        String k = keys[s + 1];
        if (k.length() >= MIN_SENTENCE && !seen.add(k)) {
          cuts.add(new Cut(sentences.get(s).start(), sentences.get(s).end(), RemovalReason.DUPLICATE));
        }
      }
      if (key.length() >= MIN_PARAGRAPH) {
        seen.add(key);
      }
      d.duplicateSegments += Cut.disjoint(cuts).size();
      if (d.cutAll(i, cuts) != null) {
        i++;
      }
    }
  }

  /**
   * The comparison keys of {@code text}: the whole text's, then each of its sentences'. They depend on
   * the text alone, so they are worked out once per distinct text in a cleaning run (a later pass meets
   * the same paragraphs again), from one pass over the text when {@link Skeleton#parts} allows.
   */
  private static String[] keys(Draft d, String text) {
    String[] keys = d.memo().segmentKeys.get(text);
    if (keys == null) {
      List<Span> sentences = d.sentences(text);
      Skeleton.Parts parts = Skeleton.parts(text);
      keys = new String[sentences.size() + 1];
      keys[0] = key(text, partAfterDateline(text), text.length(), parts);
      for (int s = 0; s < sentences.size(); s++) {
        int from = sentences.get(s).start();
        int to = sentences.get(s).end();
        keys[s + 1] = key(text, partAfterDateline(text, from, to), to, parts);
      }
      d.memo().segmentKeys.put(text, keys);
    }
    return keys;
  }

  private static String key(String text, int from, int to, Skeleton.Parts parts) {
    return parts != null ? parts.key(from, to) : Skeleton.key(text, from, to);
  }

  /**
   * Where the part of {@code s[from, to)} compared begins: after a dateline opening it, copying that
   * part only when it may open with one.
   */
  private static int partAfterDateline(String s, int from, int to) {
    if (!DatelineDetector.mayOpen(s, from, to)) {
      return from;
    }
    return from + partAfterDateline(s.substring(from, to));
  }

  /** Where the part of {@code s} compared begins: after a dateline opening it, or at 0. */
  private static int partAfterDateline(String s) {
    DatelineDetector.Match m = DatelineDetector.mayOpen(s, 0, s.length()) ? DatelineDetector.match(s) : null;
    return m == null ? 0 : m.end();
  }
}
