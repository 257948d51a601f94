package dev.lede.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.clean.CleanArticle;
import dev.lede.clean.DedupStats;
import dev.lede.facts.DateFact;
import dev.lede.facts.Entity;
import dev.lede.facts.FactExtractor;
import dev.lede.facts.FunctionWords;
import dev.lede.facts.KeyFacts;
import dev.lede.facts.NumberFact;
import dev.lede.facts.Quote;
import dev.lede.text.RuleSentenceSplitter;
import dev.lede.text.Span;
import dev.lede.text.Words;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The selector reads only the sentences that can still win a round; what it picks is what scoring every
 * sentence, as the class documentation describes, picks. The reference here scores every sentence with
 * plain sets of strings, on generated stories long enough that most sentences are never read.
 */
class HighlightSelectorExhaustiveTest {
  private static final String[] NAMES = {"Maria Lopez", "the United Nations", "Paris", "John Smith",
      "Acme Corp", "Berlin", "Tokyo", "Ana Silva"};
  private static final String[] WORDS = {"council", "bridge", "river", "budget", "election", "storm",
      "market", "school", "hospital", "vote", "plan", "road", "the", "a", "of", "and", "in", "was",
      "new", "old", "workers", "prices", "rose", "fell", "said", "report", "police", "court"};

  private final RuleSentenceSplitter splitter = new RuleSentenceSplitter();

  static IntStream seeds() {
    return IntStream.range(0, 40);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void picksWhatScoringEverySentencePicks(int seed) {
    String text = story(new Random(seed));
    List<Span> sentences = splitter.split(text);
    CleanArticle a = new CleanArticle(null, null, List.of(text), List.of(), new DedupStats(1, 0, 0, 0));
    KeyFacts facts = new FactExtractor().extract(a, text, sentences, null);
    for (int lead : new int[] {0, 1, sentences.size() / 2}) {
      assertEquals(exhaustive(text, sentences, lead, facts),
          new HighlightSelector().select(text, sentences, lead, facts), "seed " + seed + ", lead " + lead);
    }
  }

  private static String story(Random r) {
    StringBuilder b = new StringBuilder();
    int sentences = 20 + r.nextInt(200);
    for (int s = 0; s < sentences; s++) {
      int words = 3 + r.nextInt(r.nextInt(10) == 0 ? 70 : 25);
      StringBuilder line = new StringBuilder();
      for (int w = 0; w < words; w++) {
        int pick = r.nextInt(12);
        String word = pick == 0 ? NAMES[r.nextInt(NAMES.length)]
            : pick == 1 ? String.valueOf(r.nextInt(5000))
            : pick == 2 && r.nextBoolean() ? "on " + (1 + r.nextInt(28)) + " March 2024"
            : WORDS[r.nextInt(WORDS.length)];
        line.append(line.length() == 0 ? "" : " ").append(word);
      }
      line.setCharAt(0, Character.toUpperCase(line.charAt(0)));
      String end = r.nextInt(8) == 0 ? "?" : r.nextInt(10) == 0 ? "" : ".";
      b.append(r.nextInt(15) == 0 ? "\"" + line + ",\" she said." : line + end);
      b.append(r.nextInt(3) == 0 ? "\n" : " ");
    }
    return b.toString().strip();
  }

  /** The documented rule, every sentence scored in every round. */
  private static List<Integer> exhaustive(String text, List<Span> sentences, int lead, KeyFacts facts) {
    List<Integer> out = new ArrayList<>();
    out.add(lead);
    int n = sentences.size();
    List<Set<String>> factKeys = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      factKeys.add(new HashSet<>());
    }
    for (List<Entity> kind : List.of(facts.people(), facts.organizations(), facts.places())) {
      for (Entity e : kind) {
        for (Span s : e.spans()) {
          addFact(factKeys, sentences, s, "e:" + e.name());
        }
      }
    }
    for (NumberFact f : facts.numbers()) {
      addFact(factKeys, sentences, f.span(), "n:" + f.text().toLowerCase(Locale.ROOT));
    }
    for (DateFact f : facts.dates()) {
      addFact(factKeys, sentences, f.span(), "d:" + (f.value() == null ? f.text() : f.value()));
    }
    for (Quote q : facts.quotes()) {
      addFact(factKeys, sentences, q.span(), "q:" + q.span().start());
    }
    Set<String> shown = contentWords(text, sentences.get(lead));
    Set<String> covered = new HashSet<>(factKeys.get(lead));
    Set<Integer> taken = new HashSet<>();
    List<Integer> picked = new ArrayList<>();
    while (picked.size() < HighlightSelector.MAX - 1) {
      int best = -1;
      double bestScore = 0;
      for (int i = lead + 1; i < n; i++) {
        Span s = sentences.get(i);
        Set<String> words = contentWords(text, s);
        if (taken.contains(i) || !statement(text, s) || words.isEmpty()) {
          continue;
        }
        int repeated = (int) words.stream().filter(shown::contains).count();
        if (repeated > HighlightSelector.MAX_OVERLAP * words.size()) {
          continue;
        }
        int newFacts = (int) factKeys.get(i).stream().filter(k -> !covered.contains(k)).count();
        double gain = 1.0 + HighlightSelector.FACT_WEIGHT * Math.log1p(newFacts)
            + HighlightSelector.WORD_WEIGHT * Math.log1p(words.size() - repeated);
        double score = gain / (1.0 + (i - lead - 1) / HighlightSelector.DECAY);
        if (score > bestScore) {
          best = i;
          bestScore = score;
        }
      }
      if (best < 0) {
        break;
      }
      taken.add(best);
      picked.add(best);
      covered.addAll(factKeys.get(best));
      shown.addAll(contentWords(text, sentences.get(best)));
    }
    picked.sort(null);
    out.addAll(picked);
    return out;
  }

  private static void addFact(List<Set<String>> keys, List<Span> sentences, Span fact, String key) {
    for (int i = 0; i < sentences.size(); i++) {
      if (sentences.get(i).start() <= fact.start() && fact.start() < sentences.get(i).end()) {
        keys.get(i).add(key);
      }
    }
  }

  private static Set<String> contentWords(String text, Span s) {
    Set<String> out = new HashSet<>();
    int i = s.start();
    while (i < s.end()) {
      int j = i;
      while (j < s.end() && Character.isLetterOrDigit(text.charAt(j))) {
        j++;
      }
      if (j > i) {
        String w = text.substring(i, j).toLowerCase(Locale.ROOT);
        if (!FunctionWords.containsLowerCase(w) && (w.length() > 1 || Character.isDigit(w.charAt(0)))) {
          out.add(w);
        }
        i = j;
      } else {
        i++;
      }
    }
    return out;
  }

  private static boolean statement(String text, Span s) {
    if (s.end() <= s.start()) {
      return false;
    }
    char last = text.charAt(s.end() - 1);
    int words = Words.count(text, s.start(), s.end());
    return (last == '.' || last == '!' || last == '"' || last == '\u201D' || last == '\''
        || last == '\u2019') && words >= HighlightSelector.MIN_WORDS && words <= HighlightSelector.MAX_WORDS;
  }
}
