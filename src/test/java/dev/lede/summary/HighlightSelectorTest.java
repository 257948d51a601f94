package dev.lede.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.facts.FactExtractor;
import dev.lede.facts.KeyFacts;
import dev.lede.facts.NumberFact;
import dev.lede.clean.CleanArticle;
import dev.lede.clean.DedupStats;
import dev.lede.text.RuleSentenceSplitter;
import dev.lede.text.Span;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HighlightSelectorTest {
  private final HighlightSelector highlights = new HighlightSelector();
  private final RuleSentenceSplitter splitter = new RuleSentenceSplitter();

  private List<Integer> select(String text, int lead, KeyFacts facts) {
    return highlights.select(text, splitter.split(text), lead, facts);
  }

  private KeyFacts factsOf(String text) {
    CleanArticle a = new CleanArticle(null, null, List.of(text), List.of(), new DedupStats(1, 0, 0, 0));
    return new FactExtractor().extract(a, text, splitter.split(text), null);
  }

  static final String STORY = String.join("\n",
      "The city council approved a new bridge over the river on Tuesday evening.",
      "Councillors approved the new river bridge at the Tuesday evening meeting of the council.",
      "Photo: the old bridge",
      "The bridge will cost £45m and carry 20,000 cars a day from 2026.",
      "Work starts in spring after a public consultation drew 3,000 responses.",
      "Residents have long complained about traffic in the old town centre.",
      "The mayor thanked everyone who took part in the long consultation.");

  @Test
  void theSummaryComesFirstAndThereAreAtMostThree() {
    List<Integer> picked = select(STORY, 0, factsOf(STORY));
    assertEquals(0, picked.get(0));
    assertTrue(picked.size() <= HighlightSelector.MAX);
    assertEquals(3, picked.size());
    assertEquals(Set.copyOf(picked).size(), picked.size(), "no sentence twice");
  }

  @Test
  void noHighlightRepeatsTheSummary() {
    List<Integer> picked = select(STORY, 0, factsOf(STORY));
    assertFalse(picked.contains(1), "sentence 2 says again what the summary says: " + picked);
  }

  @Test
  void captionsAndFragmentsAreNeverPicked() {
    List<Integer> picked = select(STORY, 0, factsOf(STORY));
    assertFalse(picked.contains(2), "\"Photo: the old bridge\" is a caption: " + picked);
  }

  @Test
  void sentencesWithNewFactsWinOverThoseWithout() {
    assertEquals(List.of(0, 3, 4), select(STORY, 0, factsOf(STORY)));
    String noFacts = STORY.replace("£45m and carry 20,000 cars a day from 2026", "a lot and carry many cars a day soon")
        .replace("3,000 responses", "many responses");
    List<Integer> without = select(noFacts, 0, factsOf(noFacts));
    assertEquals(List.of(0, 3, 4), without, "with no facts, position decides");
    String lateFacts = noFacts.replace("in the old town centre", "for 12 years on 40 streets");
    KeyFacts f = factsOf(lateFacts);
    assertTrue(select(lateFacts, 0, f).contains(5), "the sentence with the only facts is picked: " + f.numbers());
  }

  @Test
  void noLeadNoHighlights() {
    assertEquals(List.of(), select("", -1, KeyFacts.EMPTY));
    assertEquals(List.of(0), select("Only one sentence here in this short text.", 0, KeyFacts.EMPTY));
  }

  @Test
  void staysLinearOnHugeInput() {
    String many = "Officials said 2,000 people attended the rally in the square on the day. ".repeat(100_000);
    List<Span> sentences = splitter.split(many);
    KeyFacts facts = new KeyFacts(List.of(), List.of(), List.of(), List.of(),
        List.of(new NumberFact("2,000 people", BigDecimal.valueOf(2000), null, "people", new Span(15, 27))), List.of());
    assertTimeoutPreemptively(Duration.ofSeconds(120), () -> highlights.select(many, sentences, 0, facts));
  }
}
