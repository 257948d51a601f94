package dev.lede.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lede.SharedData;
import dev.lede.text.RuleSentenceSplitter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A settling pass takes the paragraphs the last pass kept as they are ({@link ArticleCleaner#addLines})
 * instead of cutting them out of their joined text again ({@link ArticleCleaner#addParagraphs}), where
 * {@link ArticleCleaner#readBackAsThemselves} says the two give the same: the same texts, each char at
 * the same place in the joined text.
 */
class CleaningReadBackTest {
  private static final RuleSentenceSplitter SPLITTER = new RuleSentenceSplitter();

  /** Checks the shortcut against the rule for {@code paragraphs}; returns whether it applied. */
  private static boolean agree(List<Paragraph> paragraphs) {
    if (!ArticleCleaner.readBackAsThemselves(paragraphs)) {
      return false;
    }
    String joined = ArticleCleaner.join(paragraphs);
    Draft rule = new Draft(joined, SPLITTER);
    ArticleCleaner.addParagraphs(rule, 0, joined.length());
    Draft quick = new Draft(joined, SPLITTER);
    ArticleCleaner.addLines(quick, paragraphs);
    assertEquals(rule.paragraphs.size(), quick.paragraphs.size(), () -> "paragraphs of \"" + joined + "\"");
    for (int k = 0; k < rule.paragraphs.size(); k++) {
      Paragraph r = rule.paragraphs.get(k);
      Paragraph q = quick.paragraphs.get(k);
      assertEquals(r.text, q.text, joined);
      for (int i = 0; i < r.length(); i++) {
        assertEquals(r.sourceOffset(i), q.sourceOffset(i), joined);
      }
    }
    return true;
  }

  /** The paragraphs a cleaning pass starts from: the lines of {@code text}, hard-wrapped ones joined. */
  private static List<Paragraph> linesOf(String text) {
    Draft d = new Draft(text, SPLITTER);
    ArticleCleaner.addParagraphs(d, 0, text.length());
    return new ArrayList<>(d.paragraphs);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Headline here\n\nThe first paragraph ends.\n\nThe second one too.",
    "A line that stops\nand goes on in lower case.\n\nNext.",
    "One paragraph \"\n\nand one after a lone quote.",
    "Ends with a colon:\n\nlower case after it.",
    "\u201cQuoted.\u201d\n\n\u2019tis the season.",
    "Tab\tinside.\n\n  Indented line.  \n\n\n\nAfter blank lines."})
  void readsBackWhatTheRuleReadsBack(String text) {
    agree(linesOf(text));
  }

  @Test
  void refusesParagraphsThatWouldNotReadBackAsThemselves() {
    String text = "No full stop here\n\nsentence goes on.";
    List<Paragraph> two = List.of(Paragraph.of(text, 0, 17), Paragraph.of(text, 19, text.length()));
    assertFalse(ArticleCleaner.readBackAsThemselves(two), "the second wraps into the first");
    String multi = "Two lines.\nIn one paragraph.";
    assertFalse(ArticleCleaner.readBackAsThemselves(List.of(Paragraph.of(multi, 0, multi.length()))));
    assertTrue(ArticleCleaner.readBackAsThemselves(List.of()), "nothing kept reads back as nothing");
  }

  /** Random paragraphs of the pieces that decide wrapping and trimming: the shortcut agrees or stands aside. */
  @Test
  void agreesOnRandomParagraphs() {
    String[] pieces = {"The", "word", "ends", ".", "!", "?", ":", ";", "\"", "'", "\u201d", "\u2019", "\u201c",
        "(", ")", "lower", "Upper", " ", " ", " ", "\n", "\t", "\r", "\u00A0", "\u2028", "a", "I.", "Mr.", ",", "-"};
    Random random = new Random(5);
    int applied = 0;
    for (int n = 0; n < 50_000; n++) {
      StringBuilder b = new StringBuilder();
      int parts = 1 + random.nextInt(24);
      for (int k = 0; k < parts; k++) {
        b.append(pieces[random.nextInt(pieces.length)]);
      }
      String source = b.toString();
      // paragraphs cut from arbitrary ranges (possibly holding line breaks), and the lines of the source
      List<Paragraph> cut = new ArrayList<>();
      int at = 0;
      while (at < source.length()) {
        int end = Math.min(source.length(), at + 1 + random.nextInt(12));
        Paragraph p = Paragraph.of(source, at, end);
        if (p != null) {
          cut.add(p);
        }
        at = end;
      }
      applied += agree(cut) ? 1 : 0;
      applied += agree(linesOf(source)) ? 1 : 0;
    }
    assertTrue(applied > 10_000, "the shortcut applied in " + applied + " cases");
  }

  /** The lines of real news copy, as the first pass starts from them. */
  @Test
  void agreesOnRealNews() throws IOException {
    int applied = 0;
    for (String set : new String[] {"dev/bbc.jsonl", "dev/xsum.jsonl", "dev/cnndm.jsonl", "dev/conll.jsonl"}) {
      for (String text : SharedData.texts(set)) {
        applied += agree(linesOf(text)) ? 1 : 0;
      }
    }
    assertTrue(applied > 0);
  }
}
