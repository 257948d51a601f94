package dev.lede.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.lede.clean.CleanArticle;
import dev.lede.clean.DedupStats;
import dev.lede.clean.Removal;
import dev.lede.clean.RemovalReason;
import dev.lede.text.Span;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceDateFinderTest {
  private final ReferenceDateFinder finder = new ReferenceDateFinder();
  private static final ReferenceDate SUPPLIED = ReferenceDate.supplied(LocalDate.of(2021, 3, 1));
  private static final ReferenceDate PUBLISHED = new ReferenceDate(LocalDate.of(2021, 1, 19), "published");

  private static CleanArticle withRemovals(Removal... removed) {
    return new CleanArticle(null, null, List.of("Officials met on Monday."), List.of(removed),
        new DedupStats(1, 0, 0, 0));
  }

  private static Removal removal(RemovalReason reason, String text) {
    return new Removal(reason, text, new Span(0, text.length()));
  }

  private static final Removal CAPTION = removal(RemovalReason.CAPTION,
      "Wang Huning, second from left, attends a gathering in Beijing on Jan 18, 2021. [Photo/Xinhua]");
  private static final Removal DATELINE = removal(RemovalReason.DATELINE, "WASHINGTON, Jan 20, 2021 (Reuters) -");

  @Test
  void aCaptionDateIsTheReferenceWithBasisCaption() {
    assertEquals(new ReferenceDate(LocalDate.of(2021, 1, 18), "caption"), finder.find(withRemovals(CAPTION), null));
  }

  @Test
  void preferenceIsDatelineThenPublishedThenCaptionThenSupplied() {
    assertEquals(new ReferenceDate(LocalDate.of(2021, 1, 20), "dateline"),
        finder.find(withRemovals(CAPTION, DATELINE), PUBLISHED));
    assertEquals(PUBLISHED, finder.find(withRemovals(CAPTION), PUBLISHED));
    assertEquals(new ReferenceDate(LocalDate.of(2021, 1, 18), "caption"), finder.find(withRemovals(CAPTION), SUPPLIED));
    assertEquals(SUPPLIED, finder.find(withRemovals(), SUPPLIED));
  }

  @Test
  void aDateWithoutYearTakesTheYearNearestTheCallersDate() {
    Removal noYear = removal(RemovalReason.DATELINE, "LONDON, Dec 30 (Reuters) -");
    assertEquals(new ReferenceDate(LocalDate.of(2021, 12, 30), "dateline"),
        finder.find(withRemovals(noYear), ReferenceDate.supplied(LocalDate.of(2022, 1, 2))));
    assertNull(finder.find(withRemovals(noYear), null), "no year to take");
  }

  @Test
  void onlyDatelinesAndCaptionsCount() {
    Removal chrome = removal(RemovalReason.CHROME, "Updated Jan 18, 2021 | Share this");
    Removal title = removal(RemovalReason.TITLE, "What happened on Jan 18, 2021");
    Removal relative = removal(RemovalReason.CAPTION, "The minister on Monday. [Photo/Xinhua]");
    assertNull(finder.find(withRemovals(chrome, title, relative), null));
  }
}
