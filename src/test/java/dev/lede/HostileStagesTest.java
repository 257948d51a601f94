package dev.lede;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.lede.HostileInputs.Case;
import dev.lede.clean.ArticleCleaner;
import dev.lede.clean.CleanArticle;
import dev.lede.clean.Removal;
import dev.lede.extract.Extraction;
import dev.lede.extract.FormatDetector;
import dev.lede.extract.HtmlExtractor;
import dev.lede.extract.MarkdownExtractor;
import dev.lede.facts.DateFact;
import dev.lede.facts.Entity;
import dev.lede.facts.FactExtractor;
import dev.lede.facts.KeyFacts;
import dev.lede.facts.NumberFact;
import dev.lede.facts.Quote;
import dev.lede.json.DigestJson;
import dev.lede.json.SchemaAssert;
import dev.lede.summary.HighlightSelector;
import dev.lede.summary.LeadSelector;
import dev.lede.text.BinarySniffer;
import dev.lede.text.DecodedText;
import dev.lede.text.RuleSentenceSplitter;
import dev.lede.text.Span;
import dev.lede.text.TextDecoder;
import dev.lede.text.Words;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each hostile input fed to each stage on its own, binary or not, past the checks that would turn it
 * away at the front door: decode, binary sniffing and format detection, clean, sentences, lead, facts,
 * highlights, HTML and Markdown extraction, and the JSON mapping. Every stage runs under its own hang
 * guard (generous, not a speed assertion), and its output keeps its offsets inside its text.
 */
class HostileStagesTest {
  private static final Duration GUARD = Duration.ofSeconds(90);
  private static final RuleSentenceSplitter SPLITTER = new RuleSentenceSplitter();
  private static final ArticleCleaner CLEANER = new ArticleCleaner(SPLITTER);
  private static final LeadSelector LEADS = new LeadSelector();
  private static final FactExtractor FACTS = new FactExtractor();
  private static final HighlightSelector HIGHLIGHTS = new HighlightSelector();
  private static final HtmlExtractor HTML = new HtmlExtractor();
  private static final MarkdownExtractor MARKDOWN = new MarkdownExtractor();
  /** Reads documents past Jackson's 20 M-char default: the uncapped million-sentence text is 28 M. */
  private static final ObjectMapper READER = JsonMapper.builder(
      JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder().maxStringLength(64 << 20).build()).build())
      .build();

  static Stream<Case> cases() {
    return HostileInputs.cases();
  }

  private static <T> T stage(Case c, String stage, Supplier<T> run) {
    return assertTimeoutPreemptively(GUARD, run::get, () -> c + ": stage " + stage + " hung");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void everyStageFinishesAndKeepsItsOffsetsInside(Case c) throws IOException {
    byte[] bytes = c.bytes();

    DecodedText decoded = stage(c, "decode", () -> TextDecoder.decode(bytes));
    String input = decoded.text();
    stage(c, "sniff", () -> BinarySniffer.looksBinary(bytes, decoded) | BinarySniffer.looksBinaryMarkup(bytes, decoded));
    stage(c, "format", () -> FormatDetector.detect(c.fileName(), null, FormatDetector.asciiHead(bytes)));

    CleanArticle article = stage(c, "clean", () -> CLEANER.clean(decoded));
    for (Removal r : article.removed()) {
      assertInside(c, "removal", r.span(), input.length());
    }
    String text = article.text();

    List<Span> sentences = stage(c, "sentences", () -> SPLITTER.split(text));
    int previousEnd = 0;
    for (Span s : sentences) {
      assertInside(c, "sentence", s, text.length());
      assertTrue(s.start() >= previousEnd, c + ": sentences in order, not overlapping");
      previousEnd = s.end();
    }

    int lead = stage(c, "lead", () -> LEADS.select(article, text, sentences));
    assertTrue(lead >= -1 && lead < sentences.size(), c + ": lead index " + lead);
    assertTrue(lead >= 0 || sentences.isEmpty(), c + ": a lead whenever there is a sentence");

    KeyFacts facts = stage(c, "facts", () -> FACTS.extract(article, text, sentences, null));
    for (Span s : factSpans(facts)) {
      assertInside(c, "fact", s, text.length());
    }

    List<Integer> picked = stage(c, "highlights", () -> HIGHLIGHTS.select(text, sentences, lead, facts));
    assertTrue(picked.size() <= HighlightSelector.MAX, c + ": at most three highlights");
    for (int i : picked) {
      assertTrue(i >= 0 && i < sentences.size(), c + ": highlight index " + i);
    }

    Extraction page = stage(c, "html", () -> HTML.extract(input));
    assertTrue(page.text().length() <= input.length() * 2 + 16, c + ": extraction does not invent text");
    stage(c, "markdown", () -> MARKDOWN.extract(input));

    List<String> highlightTexts = new ArrayList<>();
    picked.forEach(i -> highlightTexts.add(sentences.get(i).of(text).toString()));
    Digest digest = new Digest(
        article.title(), article.dateline(), lead < 0 ? null : sentences.get(lead).of(text).toString(),
        highlightTexts, facts, text, article.removed(), article.dedup(),
        new Stats(Words.count(text), sentences.size()), ArticleMeta.NONE, "text", decoded.charset());
    byte[] json = stage(c, "json", () -> DigestJson.toBytes(Map.of("path", c.fileName()), digest, false));
    SchemaAssert.assertValid(READER.readTree(json));
  }

  private static List<Span> factSpans(KeyFacts k) {
    List<Span> spans = new ArrayList<>();
    for (List<Entity> list : List.of(k.people(), k.organizations(), k.places())) {
      list.forEach(e -> spans.addAll(e.spans()));
    }
    k.dates().stream().map(DateFact::span).forEach(spans::add);
    k.numbers().stream().map(NumberFact::span).forEach(spans::add);
    k.quotes().stream().map(Quote::span).forEach(spans::add);
    return spans;
  }

  private static void assertInside(Case c, String what, Span s, int length) {
    assertTrue(s.start() >= 0 && s.start() <= s.end() && s.end() <= length,
        c + ": " + what + " span " + s + " outside [0, " + length + "]");
  }
}
