package dev.lede.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.SharedData;
import dev.lede.text.RuleSentenceSplitter;
import dev.lede.text.Span;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link CaptionDetector#refine} leaves alone a sentence with no full stop, "?", "!" or ellipsis in reach
 * of a space inside it; it must cut exactly where the space-by-space scan it replaced cut ({@link
 * #atEverySpace}), whatever the quotes and spaces around the sentence's start.
 */
class CaptionRefineTest {
  private static final RuleSentenceSplitter SPLITTER = new RuleSentenceSplitter();

  /** The refinement as first written: every space inside every sentence is asked. */
  private static List<Span> atEverySpace(String s, List<Span> sentences) {
    List<Span> out = new ArrayList<>();
    for (Span sp : sentences) {
      int from = sp.start();
      for (int space = s.indexOf(' ', from); space >= 0 && space + 1 < sp.end(); space = s.indexOf(' ', space + 1)) {
        int i = space + 1;
        if (Prose.startsSentence(s.charAt(i)) && Prose.endsSentence(s, i - 1)
            && !CaptionDetector.isAbbreviationBefore(s, i - 1)) {
          out.add(new Span(from, i - 1));
          from = i;
        }
      }
      out.add(new Span(from, sp.end()));
    }
    return out;
  }

  private static void agrees(String s, List<Span> sentences) {
    assertEquals(atEverySpace(s, sentences), CaptionDetector.refine(s, sentences), s);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "He left. \" Then she came",
      "He left.\" \" Then she came. And went",
      "Really?' ' ' ' So it goes",
      "A photo (left) shows him. The rest",
      "No stop in this one at all",
      "Three dots\u2026 Then more",
      "Mr. Smith went. U.S. troops left. He said so.",
      "a. b. c. D",
      "",
      "x",
      "End. A"})
  void cutsWhereTheSpaceScanCut(String s) {
    agrees(s, SPLITTER.split(s));
    agrees(s, s.isEmpty() ? List.of() : List.of(new Span(0, s.length())));
  }

  @Test
  void aSentenceWithNoMarkInsideIsHandedBackAsItIs() {
    String s = "The president arrives in Paris. He meets the press";
    List<Span> sentences = SPLITTER.split(s);
    assertSame(sentences, CaptionDetector.refine(s, sentences));
  }

  /** Spans that start right after quotes and spaces that follow a full stop, as no splitter cuts them. */
  @Test
  void agreesOnSpansCutAnywhere() {
    String[] pieces = {"He", "left", ".", "\"", "'", "\u201D", ")", "]", " ", "  ", "Then", "?", "!", "\u2026",
        "Mr", "U.S", "x", "\u00A0", "\t"};
    Random random = new Random(7);
    for (int round = 0; round < 50_000; round++) {
      StringBuilder b = new StringBuilder();
      int n = random.nextInt(16);
      for (int k = 0; k < n; k++) {
        b.append(pieces[random.nextInt(pieces.length)]);
      }
      String s = b.toString();
      List<Span> spans = new ArrayList<>();
      int at = 0;
      while (at < s.length()) {
        int end = Math.min(s.length(), at + 1 + random.nextInt(12));
        spans.add(new Span(at, end));
        at = end + random.nextInt(2);
      }
      agrees(s, spans);
    }
  }

  @Test
  void terminalMarksAnswerForRisingRanges() {
    CaptionDetector.TerminalMarks marks = new CaptionDetector.TerminalMarks("ab. cd? ef\u2026 gh");
    assertFalse(marks.anyIn(0, 2));
    assertTrue(marks.anyIn(0, 3));
    assertTrue(marks.anyIn(3, 7));
    assertFalse(marks.anyIn(7, 10), "empty of marks");
    assertTrue(marks.anyIn(8, 11));
    assertFalse(marks.anyIn(11, 14));
    assertFalse(new CaptionDetector.TerminalMarks("").anyIn(0, 0));
  }

  @Test
  void onlyTheLastCharsOfScrollPhrasesPassTheScrollQuickTest() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      char ch = (char) c;
      boolean ends = Prose.matchesAt(String.valueOf(ch), 0, "o") || Prose.matchesAt(String.valueOf(ch), 0, "s")
          || Prose.matchesAt(String.valueOf(ch), 0, "h");
      assertEquals(ends, CaptionDetector.endsLikeScrollPhrase(ch), "char " + c);
    }
  }

  @Test
  void agreesOnRealNews() throws IOException {
    for (String set : new String[] {"dev/bbc.jsonl", "dev/xsum.jsonl", "dev/cnndm.jsonl", "dev/conll.jsonl"}) {
      for (String text : SharedData.texts(set)) {
        for (String line : text.split("\n")) {
          agrees(line, SPLITTER.split(line));
        }
      }
    }
  }
}
