package dev.lede;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.lede.extract.FormatDetector;
import dev.lede.extract.InputFormat;
import dev.lede.facts.DateFact;
import dev.lede.facts.Entity;
import dev.lede.facts.KeyFacts;
import dev.lede.facts.NumberFact;
import dev.lede.facts.Quote;
import dev.lede.json.DigestJson;
import dev.lede.json.SchemaAssert;
import dev.lede.text.BinarySniffer;
import dev.lede.text.Span;
import dev.lede.text.TextDecoder;
import java.util.List;
import java.util.Map;

/**
 * Fuzzing the whole core (issue 6): bytes and a file name through {@link Lede#digest(byte[], InputInfo)}
 * and the JSON mapping, as every adapter runs them. Corpus:
 * {@code src/test/resources/dev/lede/LedeFuzzTestInputs/digest/}; to fuzz for ten minutes:
 * {@code JAZZER_FUZZ=1 ./mvnw test -Dtest=LedeFuzzTest}.
 *
 * <p>Invariants:
 * <ul>
 *   <li>the only exception is {@link LedeException}, whose message is short and holds no input text;
 *   <li>the document validates against the schema;
 *   <li>for plain text, the cleaned text is a subsequence of the decoded input (as defined in
 *       {@link TextInvariants}), and every removal names the input text its span covers;
 *   <li>the summary and highlights are sentences of the text, the summary first; every fact's span lies
 *       inside the text; dates and numbers are the text their span covers, and a quote's words are in
 *       its span;
 *   <li>idempotence: summarising the cleaned article again, its text with its title and dateline known,
 *       gives the same text and summary (for cleaned text that reads as text: text opening like a web
 *       page is read as HTML again, by design).
 * </ul>
 */
class LedeFuzzTest {
  private static final Lede LEDE = Lede.create();
  private static final String[] NAMES = {"article.txt", "page.html", "notes.md", "upload", "story.txt.gz"};

  @FuzzTest(maxDuration = "10m")
  void digest(FuzzedDataProvider data) {
    String name = NAMES[data.consumeInt(0, NAMES.length - 1)];
    byte[] bytes = data.consumeRemainingAsBytes();
    Digest d;
    try {
      d = LEDE.digest(bytes, InputInfo.named(name));
    } catch (LedeException e) {
      assertTrue(e.getMessage().length() < 200, e.getMessage());
      SchemaAssert.assertValid(DigestJson.errorToBytes(Map.of("path", name), e.code().code(), e.getMessage(), false));
      return;
    }
    SchemaAssert.assertValid(DigestJson.toBytes(Map.of("path", name), d, false));
    assertDigest(d);

    if (d.format().equals("text") && BinarySniffer.magic(bytes) != BinarySniffer.Magic.GZIP) {
      String input = TextDecoder.decode(bytes).text();
      TextInvariants.assertSubsequence(input, d.text());
      TextInvariants.assertRemovals(input, d.removed());
    }
    // Text that itself opens like a web page ("<html", found by this fuzzer) is read as HTML again,
    // as FormatDetector documents; idempotence is claimed for text that reads as text.
    if (FormatDetector.detect("again.txt", null, d.text()) == InputFormat.TEXT) {
      Digest again = LEDE.digest(d.text(), InputInfo.named("again.txt").withKnown(d.title(), d.dateline()));
      assertEquals(d.text(), again.text(), "summarising the cleaned text again changes nothing");
      assertEquals(d.summary(), again.summary());
    }
  }

  /** What every digest promises about its own parts. */
  static void assertDigest(Digest d) {
    String text = d.text();
    assertTrue(d.highlights().size() <= 3);
    if (d.summary() == null) {
      assertTrue(d.highlights().isEmpty(), "no highlights without a summary");
    } else {
      assertTrue(text.contains(d.summary()), "the summary is a sentence of the text");
      assertFalse(d.summary().isBlank());
      assertEquals(d.summary(), d.highlights().get(0), "the summary is the first highlight");
    }
    for (String h : d.highlights()) {
      assertTrue(text.contains(h), "a highlight is a sentence of the text");
    }
    KeyFacts k = d.keyFacts();
    for (List<Entity> list : List.of(k.people(), k.organizations(), k.places())) {
      for (Entity e : list) {
        assertFalse(e.name().isEmpty());
        // A mention in the headline or the dateline has no span (Entity): at most one span per mention.
        assertTrue(e.mentions() >= 1 && e.spans().size() <= e.mentions(), "at most one span per mention: " + e.name());
        e.spans().forEach(s -> assertInside(s, text));
      }
    }
    for (DateFact f : k.dates()) {
      assertInside(f.span(), text);
      assertEquals(f.text(), f.span().of(text).toString(), "a date is the text its span covers");
    }
    for (NumberFact f : k.numbers()) {
      assertInside(f.span(), text);
      assertEquals(f.text(), f.span().of(text).toString(), "a number is the text its span covers");
    }
    for (Quote q : k.quotes()) {
      assertInside(q.span(), text);
      // A quote over several paragraphs is its pieces joined by a space, without the marks that reopen
      // it (QuoteExtractor): its words, not its exact text, are what the span covers.
      TextInvariants.assertSubsequence(q.span().of(text).toString(), q.text());
    }
    assertEquals(text.length(), d.deduplication().outputChars());
  }

  private static void assertInside(Span s, String text) {
    assertTrue(s.start() >= 0 && s.start() <= s.end() && s.end() <= text.length(), () -> "span " + s + " outside the text");
  }
}
