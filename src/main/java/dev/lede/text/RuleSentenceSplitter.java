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
 * whitespace, and together cover every non-whitespace character of the text. A line break always ends a
 * sentence.
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
 *   <li>Ellipses: see {@code SentenceScanner}; "[...]" never ends a sentence.
 *   <li>Lists: a bullet or the next number or letter of a list that opened the line ("1. The first item
 *       2. The second item") starts a new sentence.
 *   <li>Glued sentences, as scrapers leave them ("around the world.CPC marks"): a full stop, "?" or "!"
 *       with no space after it ends a sentence when a word of two or more characters ending in a
 *       lower-case letter or digit comes before it and a capital followed by a letter comes after it.
 *       Measured on the dev sets, this finds real glued boundaries ("tsunami.Steve", "jack.The",
 *       "heard.Shocking"); the rare brand written with a capital after a dot ("One.Tel") is split too.
 *       It never fires on "U.S.A.", "e.g.", "bbc.co.uk", "Amazon.com", decimals, URLs or e-mail
 *       addresses.
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
}
