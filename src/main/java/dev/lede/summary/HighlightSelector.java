package dev.lede.summary;

import dev.lede.facts.FactExtractor;
import dev.lede.facts.KeyFacts;
import dev.lede.text.Span;
import dev.lede.text.Words;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
    // Words and facts as small ints, so the rounds below count with arrays rather than sets of strings.
    SentenceFacts sentenceFacts = new SentenceFacts(facts, sentences);
    int[][] factsBySentence = sentenceFacts.bySentence();
    ContentWords vocabulary = new ContentWords();
    Span leadSpan = sentences.get(lead);
    int[] leadWords = vocabulary.of(text, leadSpan.start(), leadSpan.end());
    // Which sentences may be picked, and their content words, are worked out only for sentences that
    // could still win a round: a sentence's score is bounded by its facts and its length (it has no more
    // content words than chars), and far from the lead that bound falls below the best score already
    // found, so most sentences of a long text are never read. The bound is the score's own formula on
    // inputs no smaller than the real ones, so a sentence skipped could not have won: the picks are
    // those of scoring every sentence.
    int[][] words = new int[n][];
    boolean[] candidate = new boolean[n];
    boolean[] read = new boolean[n];
    boolean[] shownWords = new boolean[Math.max(16, vocabulary.size())];
    mark(shownWords, leadWords);
    boolean[] coveredFacts = new boolean[sentenceFacts.size()];
    mark(coveredFacts, factsBySentence[lead]);
    boolean[] taken = new boolean[n];
    List<Integer> picked = new ArrayList<>();
    while (picked.size() < MAX - 1) {
      int best = -1;
      double bestScore = 0;
      for (int i = lead + 1; i < n; i++) {
        if (taken[i] || read[i] && !candidate[i]) {
          continue;
        }
        int[] f = factsBySentence[i];
        double position = 1.0 + (i - lead - 1) / DECAY;
        if (!read[i]) {
          Span s = sentences.get(i);
          double bound = (1.0 + FACT_WEIGHT * Math.log1p(f.length)
              + WORD_WEIGHT * Math.log1p(s.end() - s.start())) / position;
          if (bound <= bestScore) {
            continue; // cannot beat the best of this round
          }
          read[i] = true;
          int[] w = NONE;
          if (hasStatementShape(text, s)) {
            w = vocabulary.of(text, s.start(), s.end());
            candidate[i] = w.length > 0;
            if (vocabulary.size() > shownWords.length) {
              shownWords = Arrays.copyOf(shownWords, Math.max(vocabulary.size(), shownWords.length * 2));
            }
          }
          words[i] = w;
          if (!candidate[i]) {
            continue;
          }
        }
        int[] w = words[i];
        int repeated = count(shownWords, w);
        if (repeated > MAX_OVERLAP * w.length) {
          continue;
        }
        int newFacts = f.length - count(coveredFacts, f);
        double gain =
            1.0 + FACT_WEIGHT * Math.log1p(newFacts) + WORD_WEIGHT * Math.log1p(w.length - repeated);
        double score = gain / position;
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
      mark(coveredFacts, factsBySentence[best]);
      mark(shownWords, words[best]);
    }
    picked.sort(null);
    out.addAll(picked);
    return out;
  }

  private static final int[] NONE = new int[0];

  private static void mark(boolean[] set, int[] ids) {
    for (int id : ids) {
      set[id] = true;
    }
  }

  /** How many of {@code ids} are in {@code set}. */
  private static int count(boolean[] set, int[] ids) {
    int c = 0;
    for (int id : ids) {
      if (set[id]) {
        c++;
      }
    }
    return c;
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
    int wordCount = Words.count(text, s.start(), s.end());
    return wordCount >= MIN_WORDS && wordCount <= MAX_WORDS;
  }
}
