package dev.lede.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.SharedData;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link CaptionDetector#labelStarts} asks for a caption label only a label's length before a colon or
 * before a "caption"; it must find exactly the word starts the word-by-word scan it replaced found
 * ({@link #atEveryWordStart}), whatever the case of the letters and however the words are spaced.
 */
class CaptionLabelStartsTest {
  /** The scan as first written: every word start (the first char, and each after a space) is asked. */
  private static List<Integer> atEveryWordStart(String s) {
    List<Integer> labels = new ArrayList<>();
    for (int i = 0; i < s.length(); ) {
      if (Character.isUpperCase(s.charAt(i)) && CaptionDetector.labelAt(s, i) > 0) {
        labels.add(i);
      }
      int space = s.indexOf(' ', i);
      if (space < 0) {
        break;
      }
      i = space + 1;
    }
    return labels;
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Image caption The president arrives in Paris",
      "IMAGE CAPTION The president. Media caption: a clip. Photo CaPtion x",
      "\u0130mage caption With a dotted capital I",
      "Pictured: the team. Pictured above: the coach. Main picture: a goal. File photo: 2012",
      "He said: Pictured: not at a word start,Pictured: nor here",
      "  Above:  double spaces before Below: and Left: Right: Inset: Top: Bottom:",
      "Caption:",
      "caption: lower case opens no label",
      ":::: Top: ::",
      "Image caption",
      "Imagecaption and Image  caption and Image captions",
      "no colon and no label",
      ""})
  void findsWhatTheWordScanFound(String s) {
    assertEquals(atEveryWordStart(s), CaptionDetector.labelStarts(s), s);
  }

  @Test
  void findsLabelsInExamples() {
    assertEquals(List.of(0, 31), CaptionDetector.labelStarts("Image caption The president is Pictured: here"));
  }

  /** Random strings made of label pieces, colons, spaces and letters in mixed case. */
  @Test
  void agreesOnRandomPieces() {
    String[] pieces = {"Image", "image", "IMAGE", "caption", "Caption", "CAPTION", "cApTiOn", ":", " ", "  ",
        "Pictured", "above", "Above", "Main", "picture", "photo", "File", "Top", "top", "Left", "right",
        "Inset", "Bottom", "Media", "Photo", "\u0130nset", "p", "P", "the", ",", "."};
    Random random = new Random(5);
    for (int round = 0; round < 100_000; round++) {
      String s = RandomPieces.line(random, pieces);
      assertEquals(atEveryWordStart(s), CaptionDetector.labelStarts(s), s);
    }
  }

  /** A line of nothing but colons is asked about linearly, with no list of candidates per colon. */
  @Test
  void aLineOfColonsHasNoLabel() {
    assertTrue(CaptionDetector.labelStarts(":".repeat(1_000_000)).isEmpty());
  }

  @Test
  void agreesOnRealNews() throws IOException {
    for (String set : new String[] {"dev/bbc.jsonl", "dev/xsum.jsonl", "dev/cnndm.jsonl", "dev/conll.jsonl"}) {
      for (String text : SharedData.texts(set)) {
        for (String line : text.split("\n")) {
          assertEquals(atEveryWordStart(line), CaptionDetector.labelStarts(line), line);
        }
      }
    }
  }
}
