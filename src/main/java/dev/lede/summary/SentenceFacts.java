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

  private final List<Span> sentences;
  private final Map<String, Integer> ids = new HashMap<>();
  /** (sentence, fact id) pairs, sentence in the high half, so sorting groups them by sentence. */
  private long[] pairs = new long[16];
  private int pairCount;

  SentenceFacts(KeyFacts facts, List<Span> sentences) {
    this.sentences = sentences;
    for (List<Entity> kind : List.of(facts.people(), facts.organizations(), facts.places())) {
      for (Entity e : kind) {
        if (!e.spans().isEmpty()) {
          int id = id("e:" + e.name());
          for (Span s : e.spans()) {
            add(s, id);
          }
        }
      }
    }
    for (NumberFact f : facts.numbers()) {
      add(f.span(), id("n:" + f.text().toLowerCase(Locale.ROOT)));
    }
    for (DateFact f : facts.dates()) {
      add(f.span(), id("d:" + (f.value() == null ? f.text() : f.value())));
    }
    for (Quote q : facts.quotes()) {
      add(q.span(), id("q:" + q.span().start()));
    }
  }

  /** How many distinct facts there are; ids run from 0 to this. */
  int size() {
    return ids.size();
  }

  /** For each sentence, the ids of its facts, each once. */
  int[][] bySentence() {
    int[][] out = new int[sentences.size()][];
    Arrays.fill(out, NONE);
    Arrays.sort(pairs, 0, pairCount);
    int k = 0;
    while (k < pairCount) {
      int sentence = (int) (pairs[k] >>> 32);
      int end = k;
      while (end < pairCount && (int) (pairs[end] >>> 32) == sentence) {
        end++;
      }
      int[] facts = new int[end - k];
      int c = 0;
      for (int p = k; p < end; p++) {
        if (p == k || pairs[p] != pairs[p - 1]) {
          facts[c++] = (int) pairs[p];
        }
      }
      out[sentence] = Arrays.copyOf(facts, c);
      k = end;
    }
    return out;
  }

  private int id(String key) {
    Integer id = ids.get(key);
    if (id == null) {
      id = ids.size();
      ids.put(key, id);
    }
    return id;
  }

  private void add(Span fact, int id) {
    int i = sentenceAt(fact.start());
    if (i >= 0) {
      if (pairCount == pairs.length) {
        pairs = Arrays.copyOf(pairs, pairCount * 2);
      }
      pairs[pairCount++] = (long) i << 32 | id;
    }
  }

  /** The sentence holding char {@code offset}, or -1. */
  private int sentenceAt(int offset) {
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Span s = sentences.get(mid);
      if (offset < s.start()) {
        hi = mid - 1;
      } else if (offset >= s.end()) {
        lo = mid + 1;
      } else {
        return mid;
      }
    }
    return -1;
  }
}
