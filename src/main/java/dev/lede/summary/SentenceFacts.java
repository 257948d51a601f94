package dev.lede.summary;

import dev.lede.facts.DateFact;
import dev.lede.facts.Entity;
import dev.lede.facts.KeyFacts;
import dev.lede.facts.NumberFact;
import dev.lede.facts.Quote;
import dev.lede.text.Span;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * For each sentence, the distinct facts mentioned in it, numbered by key ("e:" entity name, "n:" number
 * in lower case, "d:" date value or text, "q:" quotation start), so the same fact in two sentences has
 * one id. A fact belongs to the sentence holding its first char. Used by one thread, once.
 */
final class SentenceFacts {
  private static final int[] NONE = new int[0];

  /** Each sentence's first char and the char after it, in order, for a binary search without boxing. */
  private final int[] starts;
  private final int[] ends;
  /**
   * The ids by kind: a map per kind rather than one of prefixed keys ("e:" + name), which would make a
   * string per fact; keys of different kinds never met anyway.
   */
  private final Map<String, Integer> entityIds = new HashMap<>();
  private final Map<String, Integer> numberIds = new HashMap<>();
  private final Map<String, Integer> dateIds = new HashMap<>();
  private final Map<Integer, Integer> quoteIds = new HashMap<>();
  private int size;
  /** (sentence, fact id) pairs in the order met; a fact that is in no sentence is left out. */
  private int[] pairSentences = new int[16];
  private int[] pairFacts = new int[16];
  private int pairCount;

  SentenceFacts(KeyFacts facts, List<Span> sentences) {
    int n = sentences.size();
    starts = new int[n];
    ends = new int[n];
    for (int i = 0; i < n; i++) {
      Span s = sentences.get(i);
      starts[i] = s.start();
      ends[i] = s.end();
    }
    for (List<Entity> kind : List.of(facts.people(), facts.organizations(), facts.places())) {
      for (Entity e : kind) {
        if (!e.spans().isEmpty()) {
          int id = id(entityIds, e.name());
          for (Span s : e.spans()) {
            add(s, id);
          }
        }
      }
    }
    for (NumberFact f : facts.numbers()) {
      add(f.span(), id(numberIds, f.text().toLowerCase(Locale.ROOT)));
    }
    for (DateFact f : facts.dates()) {
      add(f.span(), id(dateIds, f.value() == null ? f.text() : f.value()));
    }
    for (Quote q : facts.quotes()) {
      add(q.span(), id(quoteIds, q.span().start()));
    }
  }

  /** How many distinct facts there are; ids run from 0 to this. */
  int size() {
    return size;
  }

  /**
   * For each sentence, the ids of its facts, each once, in no particular order (callers count and mark
   * them). Grouped by a counting pass rather than a sort: linear in sentences and facts.
   */
  int[][] bySentence() {
    int n = starts.length;
    int[][] out = new int[n][];
    Arrays.fill(out, NONE);
    int[] offsets = new int[n + 1];
    for (int p = 0; p < pairCount; p++) {
      offsets[pairSentences[p] + 1]++;
    }
    for (int i = 0; i < n; i++) {
      offsets[i + 1] += offsets[i];
    }
    int[] grouped = new int[pairCount];
    int[] fill = Arrays.copyOf(offsets, n);
    for (int p = 0; p < pairCount; p++) {
      grouped[fill[pairSentences[p]]++] = pairFacts[p];
    }
    int[] lastSentence = new int[size];
    Arrays.fill(lastSentence, -1);
    for (int i = 0; i < n; i++) {
      int from = offsets[i];
      int to = offsets[i + 1];
      if (from == to) {
        continue;
      }
      int[] ids = new int[to - from];
      int c = 0;
      for (int p = from; p < to; p++) {
        int id = grouped[p];
        if (lastSentence[id] != i) {
          lastSentence[id] = i;
          ids[c++] = id;
        }
      }
      out[i] = c == ids.length ? ids : Arrays.copyOf(ids, c);
    }
    return out;
  }

  private <K> int id(Map<K, Integer> ids, K key) {
    Integer id = ids.get(key);
    if (id == null) {
      id = size++;
      ids.put(key, id);
    }
    return id;
  }

  private void add(Span fact, int id) {
    int i = sentenceAt(fact.start());
    if (i >= 0) {
      if (pairCount == pairFacts.length) {
        pairSentences = Arrays.copyOf(pairSentences, pairCount * 2);
        pairFacts = Arrays.copyOf(pairFacts, pairCount * 2);
      }
      pairSentences[pairCount] = i;
      pairFacts[pairCount] = id;
      pairCount++;
    }
  }

  /** The sentence holding char {@code offset}, or -1. */
  private int sentenceAt(int offset) {
    int lo = 0;
    int hi = starts.length - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (offset < starts[mid]) {
        hi = mid - 1;
      } else if (offset >= ends[mid]) {
        lo = mid + 1;
      } else {
        return mid;
      }
    }
    return -1;
  }
}
