package dev.lede.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The image the build writes is the gazetteer the word lists build: every key with the same bits, the
 * same canonical names, the same longest entry. (Cold starts read the image; without this the lists
 * could say one thing and the function do another.)
 */
class GazetteerImageTest {
  private static final Gazetteer LISTS = GazetteerLists.read();

  @Test
  void theShippedImageHoldsWhatTheListsBuild() {
    Gazetteer image = GazetteerImage.readShipped();
    assertNotNull(image, "the build writes " + GazetteerImage.RESOURCE + " in process-classes");
    assertSame(LISTS, image);
  }

  @Test
  void anImageReadsBackAsTheTableItWasWrittenFrom() {
    assertSame(LISTS, GazetteerImage.read(GazetteerImage.write(LISTS)));
  }

  @Test
  void theImageKeepsEveryKeyInTheSlotTheListsTableHasIt() {
    Gazetteer image = GazetteerImage.read(GazetteerImage.write(LISTS));
    assertEquals(LISTS.table().capacity(), image.table().capacity());
    for (int slot = 0; slot < LISTS.table().capacity(); slot++) {
      assertEquals(LISTS.table().keyAt(slot), image.table().keyAt(slot), "slot " + slot);
      assertEquals(LISTS.table().bitsAt(slot), image.table().bitsAt(slot), "slot " + slot);
    }
  }

  @Test
  void theSmallTableOfAnImageHoldsTheSportsWordsTheListsHold() {
    WordFlagTable expected = LISTS.table().only(WordFlagTable.SMALL_BITS);
    WordFlagTable actual = GazetteerImage.readShipped().table().small();
    assertTrue(expected.size() > 0);
    assertEquals(expected.size(), actual.size());
    assertTrue(expected.sameAs(actual));
  }

  @Test
  void theBuildStepsOpenerReadsTheSameLists() {
    byte[] image = GazetteerImage.ofLists(name -> GazetteerImageTest.class.getResourceAsStream("/dev/lede/facts/" + name));
    assertSame(LISTS, GazetteerImage.read(image));
  }

  @Test
  void aMissingListIsNamed() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> GazetteerImage.ofLists(name -> null));
    assertTrue(e.getMessage().contains(".txt"), e.getMessage());
  }

  @Test
  void theSharedGazetteerIsTheImage() {
    assertSame(LISTS, Gazetteer.shared());
  }

  @Test
  void lookUpsAnswerAsTheListsSay() {
    Gazetteer g = Gazetteer.shared();
    assertTrue(g.isCountry("france"));
    assertTrue(g.isPlace("london"));
    assertTrue(g.is("monday", Gazetteer.CALENDAR));
    assertEquals(0, g.flags("zzqxv"));
    assertEquals(0, g.flags(""));
  }

  private static void assertSame(Gazetteer expected, Gazetteer actual) {
    assertEquals(expected.table().size(), actual.table().size(), "entries");
    assertTrue(expected.table().sameAs(actual.table()), "every key with the same bits");
    assertEquals(expected.canonicalNames(), actual.canonicalNames(), "canonical names");
    assertEquals(expected.longestEntry, actual.longestEntry, "longest entry");
  }
}
