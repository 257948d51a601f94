package dev.lede.text;

import java.util.List;
import java.util.Objects;

/**
 * A rule-based splitter of English sentences, made for news copy. A hand-written scanner reads the text
 * once, left to right: no regular expressions, work linear in the length of the text, and bounded
 * look-behind and look-ahead (a few words) at each candidate boundary. Stateless and thread-safe; its word
 * lists ({@code abbreviations.txt}, {@code sentence-words.txt}) are loaded once per JVM.
 *
 * <p>What a caller may rely on: spans are in order, do not overlap, hold no leading or trailing
 * whitespace (no-break and other Unicode spaces included), and together cover every other character of
 * the text. A line break always ends a sentence, and each line is split as if it stood alone ({@link
 * #splitsLinesAlone()}): a list's state ends with its line, and a look behind or ahead that meets a line
 * break decides as it would at the start or end of the text. The same text always gives the same
 * spans, and each sentence split again gives itself.
 *
 * <p>The rules, in short:
 * <ul>
 *   <li>"?" and "!" (and runs such as "?!") end a sentence unless a lower-case word follows ("Yahoo! in")
 *       or, after a closing quote, a name and a verb of saying ({@code "Why?" Smith asked.}).
 *   <li>A full stop after an ordinary word ends a sentence unless a lower-case word follows. Closing
 *       quotes and brackets after it belong to the sentence it ends ({@code He said "Stop." Then}).
 *   <li>Abbreviations: titles ("Mr.", "Dr.", "Mt.") and "e.g.", "vs." never end a sentence before a word;
 *       "No.", "p.", "Jan." join before a number; abbreviations that often end sentences ("Co.", "Inc.",
 *       "Jr.", "U.S.", "a.m.", single initials) end one only before a word that usually starts a sentence
 *       ("the U.S. How about you?" ends; "the U.S. Government" does not), and not after a short phrase
 *       opened by a preposition ("At 5 a.m. Mr. Smith went").
 *   <li>Dots between digits or inside URLs and e-mail addresses are not full stops.
 *   <li>Ellipses: three dots attached to a word end a sentence before a capital ("I meant that... She
 *       left"); after a space (" ... ", " . . . ") they mark words left out inside one; four dots, or a
 *       full stop and a spaced ellipsis, end one; "[...]" never does.
 *   <li>Lists: a bullet or the next number or letter of a list that opened the line ("1. The first item
 *       2. The second item") starts a new sentence.
 *   <li>Glued sentences, as scrapers leave them ("around the world.CPC marks"): a full stop, "?" or "!"
 *       with no space after it ends a sentence when a word of two or more characters ending in a
 *       lower-case letter or digit comes before it and a capital followed by a letter comes after it.
 *       It never fires inside "U.S.A.", "e.g.", "bbc.co.uk", "Amazon.com", "Halo.Bungie.Org", decimals,
 *       URLs or e-mail addresses. Measured on the four dev sets (31,760 sentences) it took 11 glued
 *       boundaries, 10 of them right ("tsunami.Steve", "jack.The", "heard.Shocking", "low.In"); the one
 *       wrong split is a brand written with a capital after its dot ("One.Tel"). Without the rule those
 *       10 pairs of sentences, and the seed article's copies, would each stay one sentence.
 * </ul>
 */
public final class RuleSentenceSplitter implements SentenceSplitter {
  private final BoundaryWords words;

  public RuleSentenceSplitter() {
    this(BoundaryWords.DEFAULT);
  }

  RuleSentenceSplitter(BoundaryWords words) {
    this.words = words;
  }

  @Override
  public List<Span> split(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return List.copyOf(new SentenceScanner(text, words).scan());
  }

  @Override
  public boolean splitsLinesAlone() {
    return true;
  }
}
