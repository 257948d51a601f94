package dev.lede.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconTest {
  @Test
  void longestFirstKeepsTheGivenOrderWithinALength() {
    assertEquals(List.of("share this", "tweet", "email", "like", "pin", "x"),
        Lexicon.longestFirst(List.of("like", "tweet", "x", "share this", "email", "pin")));
    assertEquals(List.of(), Lexicon.longestFirst(List.of()));
  }

  @Test
  void longestFirstIsWhatAStableSortByLengthGives() {
    List<String> phrases = Lexicon.lines("chrome-inline.txt");
    List<String> sorted = new java.util.ArrayList<>(phrases);
    sorted.sort((a, b) -> Integer.compare(b.length(), a.length()));
    assertEquals(sorted, Lexicon.longestFirst(phrases));
  }
}
