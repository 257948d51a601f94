package dev.lede.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lede.clean.CleanArticle;
import dev.lede.clean.DedupStats;
import dev.lede.text.RuleSentenceSplitter;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeadSelectorTest {
  private final LeadSelector leads = new LeadSelector();

  private int lead(String text) {
    CleanArticle article = new CleanArticle(null, null, List.of(text.split("\n\n")), List.of(),
        new DedupStats(1, 0, text.length(), text.length()));
    return leads.select(article, text, new RuleSentenceSplitter().split(text));
  }

  @Test
  void theLeadIsTheFirstSentence() {
    assertEquals(0, lead("The council met on Monday. It voted to close the bridge."));
  }

  @Test
  void shortFinishedSentencesCount() {
    assertEquals(0, lead("Living under ISIS. Selling cookies. These are the videos of the week."));
  }

  @Test
  void fragmentsBeforeTheFirstSentenceArePassedOver() {
    assertEquals(2, lead("EXCLUSIVE\n\nA long wait ahead\n\nThe council met on Monday and voted to close the bridge."));
  }

  @Test
  void aLongUnfinishedFirstParagraphStillCounts() {
    assertEquals(0, lead("The US trade deficit widened by more than expected in October, figures have shown"
        + "\n\nThe shortfall was $55.5bn."));
  }

  @Test
  void neverEmptyWhileTheTextHoldsASentence() {
    assertEquals(0, lead("Breaking news"));
    assertEquals(-1, lead(""));
  }
}
