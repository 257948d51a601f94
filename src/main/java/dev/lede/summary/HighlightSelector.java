package dev.lede.summary;

import dev.lede.facts.DateFact;
import dev.lede.facts.Entity;
import dev.lede.facts.FactExtractor;
import dev.lede.facts.FunctionWords;
import dev.lede.facts.KeyFacts;
import dev.lede.facts.NumberFact;
import dev.lede.facts.Quote;
import dev.lede.text.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Picks up to three highlight sentences: the lead (the summary) first, then, greedily, the sentences
 * that add the most facts not yet covered (people, organisations, places, numbers, dates, quotations),
 * weighed by position, since news puts what matters first. Stateless and thread-safe.
 *
 * <p>Each candidate scores {@code (1 + 0.3 ln(1 + new facts) + 0.2 ln(1 + new content words)) / (1 +
 * n / 2)}, n counting sentences after the lead. A sentence is never picked when more than half of its
 * content words (words other than function words) already stand in the summary or an earlier highlight
 * (it would repeat them), when it has fewer than 6 or more than 60 words, or when it does not end as a
 * statement does, with a full stop, an exclamation or a closing quote mark (a caption, a heading, a
 * question, a line of page chrome). Only sentences after the lead are candidates. Work is linear in the
 * number of sentences and facts; there is no graph step.
 */
public final class HighlightSelector {
  public static final int MAX = 3;
  /** A sentence whose content words are more than this share of words already shown repeats them. */
  static final double MAX_OVERLAP = 0.5;
  static final int MIN_WORDS = 6;
  static final int MAX_WORDS = 60;
  /** Position weight: the n-th sentence after the lead counts 1 / (1 + n / DECAY). */
  static final double DECAY = 2.0;
  /** Weight of the new facts (log-damped, so a table of scores does not swamp the rest). */
  static final double FACT_WEIGHT = 0.3;
  /** Weight of the content words not shown yet (log-damped): new information beyond named facts. */
  static final double WORD_WEIGHT = 0.2;

  /** Returns indexes into {@code sentences}: the lead first, then the others in text order. */
  public List<Integer> select(String text, List<Span> sentences, int lead, KeyFacts facts) {
    List<Integer> out = new ArrayList<>();
    if (lead < 0 || lead >= sentences.size()) {
      return out;
    }
    out.add(lead);
    // Candidates come from the window facts are drawn from: a multi-megabyte hostile text would
    // otherwise cost a word set per sentence for sentences that, that far from the lead, never win.
    int n = sentences.size();
    while (n > lead + 1 && sentences.get(n - 1).end() > FactExtractor.MAX_CHARS) {
      n--;
    }
    sentences = sentences.subList(0, n);
    List<Set<String>> factsBySentence = factKeys(sentences, facts);
    Set<String> coveredFacts = new HashSet<>(factsBySentence.get(lead));
    Set<String> shownWords = contentWords(sentences.get(lead).of(text));
    // Which sentences may be picked, and their content words, decided once: only statements (see
    // hasStatementShape) are ever scored, so the others need no word sets.
    List<Set<String>> words = new ArrayList<>(n);
    boolean[] candidate = new boolean[n];
    for (int i = 0; i < n; i++) {
      Set<String> w = Set.of();
      if (i > lead && hasStatementShape(text, sentences.get(i))) {
        w = contentWords(sentences.get(i).of(text));
        candidate[i] = !w.isEmpty();
      }
      words.add(w);
    }
    boolean[] taken = new boolean[n];
    List<Integer> picked = new ArrayList<>();
    while (picked.size() < MAX - 1) {
      int best = -1;
      double bestScore = 0;
      for (int i = lead + 1; i < n; i++) {
        if (taken[i] || !candidate[i]) {
          continue;
        }
        Set<String> w = words.get(i);
        int repeated = 0;
        for (String x : w) {
          if (shownWords.contains(x)) {
            repeated++;
          }
        }
        if (repeated > MAX_OVERLAP * w.size()) {
          continue;
        }
        int newFacts = 0;
        for (String f : factsBySentence.get(i)) {
          if (!coveredFacts.contains(f)) {
            newFacts++;
          }
        }
        double gain =
            1.0 + FACT_WEIGHT * Math.log1p(newFacts) + WORD_WEIGHT * Math.log1p(w.size() - repeated);
        double score = gain / (1.0 + (i - lead - 1) / DECAY);
        if (score > bestScore) {
          best = i;
          bestScore = score;
        }
      }
      if (best < 0) {
        break;
      }
      taken[best] = true;
      picked.add(best);
      coveredFacts.addAll(factsBySentence.get(best));
      shownWords.addAll(words.get(best));
    }
    picked.sort(null);
    out.addAll(picked);
    return out;
  }

  /** Words that carry content: lower-cased letter/digit runs that are not function words. */
  static Set<String> contentWords(CharSequence s) {
    Set<String> out = new HashSet<>();
    int n = s.length();
    int i = 0;
    while (i < n) {
      while (i < n && !Character.isLetterOrDigit(s.charAt(i))) {
        i++;
      }
      int j = i;
      while (j < n && Character.isLetterOrDigit(s.charAt(j))) {
        j++;
      }
      if (j > i) {
        String w = s.subSequence(i, j).toString().toLowerCase(Locale.ROOT);
        if (!FunctionWords.containsLowerCase(w) && (j - i > 1 || Character.isDigit(s.charAt(i)))) {
          out.add(w);
        }
      }
      i = j;
    }
    return out;
  }

  /**
   * Long enough, short enough, and ending as a sentence does (not a caption, heading or chrome); a
   * statement also has content words.
   */
  private static boolean hasStatementShape(String text, Span s) {
    if (s.end() <= s.start()) {
      return false;
    }
    char last = text.charAt(s.end() - 1);
    if (!(last == '.' || last == '!' || last == '"' || last == '\u201D' || last == '\''
        || last == '\u2019')) {
      return false;
    }
    int wordCount = dev.lede.text.Words.count(s.of(text));
    return wordCount >= MIN_WORDS && wordCount <= MAX_WORDS;
  }

  /** For each sentence, the keys of the facts mentioned in it ("e:" entity, "n:" number, ...). */
  private static List<Set<String>> factKeys(List<Span> sentences, KeyFacts facts) {
    List<Set<String>> out = new ArrayList<>(sentences.size());
    for (int i = 0; i < sentences.size(); i++) {
      out.add(new HashSet<>());
    }
    for (List<Entity> kind : List.of(facts.people(), facts.organizations(), facts.places())) {
      for (Entity e : kind) {
        for (Span s : e.spans()) {
          add(out, sentences, s, "e:" + e.name());
        }
      }
    }
    for (NumberFact f : facts.numbers()) {
      add(out, sentences, f.span(), "n:" + f.text().toLowerCase(Locale.ROOT));
    }
    for (DateFact f : facts.dates()) {
      add(out, sentences, f.span(), "d:" + (f.value() == null ? f.text() : f.value()));
    }
    for (Quote q : facts.quotes()) {
      add(out, sentences, q.span(), "q:" + q.span().start());
    }
    return out;
  }

  private static void add(List<Set<String>> out, List<Span> sentences, Span fact, String key) {
    int i = sentenceAt(sentences, fact.start());
    if (i >= 0) {
      out.get(i).add(key);
    }
  }

  /** The sentence holding char {@code offset}, or -1. */
  private static int sentenceAt(List<Span> sentences, int offset) {
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
