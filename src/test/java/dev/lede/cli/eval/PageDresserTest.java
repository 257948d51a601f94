package dev.lede.cli.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PageDresserTest {
  static final String BODY = String.join("\n",
      "Officials in the northern town said on Monday that the old bridge would close for repairs.",
      "The bridge, built in 1898, carries about 4,000 cars a day across the river.",
      "Engineers found cracks in two of its stone arches during a routine inspection last month.",
      "A temporary footbridge will open next week while the work goes on.");
  static final List<String> HEADLINES = List.of("Council approves new budget plan",
      "Flooding closes schools in the north", "Local team wins cup final", "Rail fares to rise in March");

  @Test
  void theSameSeedAndIdGiveTheSamePage() {
    PageDresser.Page a = new PageDresser(42).dress("id-1", BODY, BODY, null, HEADLINES);
    PageDresser.Page b = new PageDresser(42).dress("id-1", BODY, BODY, null, HEADLINES);
    assertEquals(a, b);
  }

  @Test
  void pagesVaryWithTheSeed() {
    Set<String> pages = new HashSet<>();
    Set<Integer> copies = new HashSet<>();
    boolean titled = false;
    boolean dated = false;
    for (long seed = 0; seed < 60; seed++) {
      PageDresser.Page p = new PageDresser(seed).dress("id-1", BODY, BODY, null, HEADLINES);
      pages.add(p.text());
      copies.add(p.copies());
      titled |= p.title() != null;
      dated |= p.dateline() != null;
      assertTrue(p.text().contains("Officials in the northern town"), "the article is on the page");
    }
    assertEquals(60, pages.size());
    assertEquals(Set.of(1, 2, 3, 4), copies);
    assertTrue(titled && dated);
  }

  @Test
  void anOwnTitleIsUsed() {
    for (long seed = 0; seed < 20; seed++) {
      PageDresser.Page p = new PageDresser(seed).dress("id-2", BODY, BODY, "Bridge shuts for repairs", HEADLINES);
      if (p.title() != null) {
        assertTrue(p.title().equalsIgnoreCase("Bridge shuts for repairs"), p.title());
        assertNotEquals(-1, p.text().toLowerCase().indexOf("bridge shuts for repairs"));
      }
    }
  }
}
