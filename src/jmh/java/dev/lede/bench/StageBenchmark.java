package dev.lede.bench;

import dev.lede.Digest;
import dev.lede.Lede;
import dev.lede.LedeException;
import dev.lede.clean.ArticleCleaner;
import dev.lede.clean.CleanArticle;
import dev.lede.extract.Extraction;
import dev.lede.extract.HtmlExtractor;
import dev.lede.facts.Entities;
import dev.lede.facts.EntityRecognizer;
import dev.lede.facts.FactExtractor;
import dev.lede.facts.KeyFacts;
import dev.lede.facts.OtherFactsStage;
import dev.lede.facts.ReferenceDate;
import dev.lede.json.DigestJson;
import dev.lede.summary.HighlightSelector;
import dev.lede.summary.LeadSelector;
import dev.lede.text.DecodedText;
import dev.lede.text.RuleSentenceSplitter;
import dev.lede.text.Span;
import dev.lede.text.TextDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Each stage of the pipeline on its own, on the same generated article as {@link PipelineBenchmark},
 * each fed the real output of the stage before it, so a regression has an address: decode, clean,
 * sentences, lead, facts (entities; the rest: dates, numbers, quotes), highlights, JSON, and HTML
 * extraction (on the article dressed as a web page).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StageBenchmark {
  @Param({"5KB", "1MB"})
  public String size;

  private final RuleSentenceSplitter splitter = new RuleSentenceSplitter();
  private final ArticleCleaner cleaner = new ArticleCleaner(splitter);
  private final LeadSelector leads = new LeadSelector();
  private final EntityRecognizer entities = new EntityRecognizer();
  private final OtherFactsStage otherFacts = new OtherFactsStage();
  private final HighlightSelector highlights = new HighlightSelector();
  private final HtmlExtractor html = new HtmlExtractor();
  private final ReferenceDate reference = ReferenceDate.supplied(LocalDate.of(2024, 3, 18));

  private byte[] bytes;
  private DecodedText decoded;
  private CleanArticle article;
  private String text;
  private List<Span> sentences;
  private int lead;
  private Entities found;
  private KeyFacts keyFacts;
  private Digest digest;
  private String page;

  @Setup
  public void setUp() throws LedeException {
    int n = Sizes.bytes(size);
    bytes = new ArticleGenerator(Sizes.seed(size)).article(n).getBytes(StandardCharsets.UTF_8);
    decoded = TextDecoder.decode(bytes);
    article = cleaner.clean(decoded);
    text = article.text();
    sentences = splitter.split(text);
    lead = leads.select(article, text, sentences);
    found = entities.recognize(text, sentences);
    keyFacts = new FactExtractor().extract(article, text, sentences, reference);
    digest = Lede.create().digest(bytes, PipelineBenchmark.INFO);
    page = new ArticleGenerator(Sizes.seed(size)).page(n);
  }

  @Benchmark
  public DecodedText decode() {
    return TextDecoder.decode(bytes);
  }

  @Benchmark
  public CleanArticle clean() {
    return cleaner.clean(decoded);
  }

  @Benchmark
  public List<Span> sentences() {
    return splitter.split(text);
  }

  @Benchmark
  public int lead() {
    return leads.select(article, text, sentences);
  }

  @Benchmark
  public Entities factsEntities() {
    return entities.recognize(text, sentences);
  }

  @Benchmark
  public int factsOther() {
    return otherFacts.extract(article, text, found, reference);
  }

  @Benchmark
  public List<Integer> highlights() {
    return highlights.select(text, sentences, lead, keyFacts);
  }

  @Benchmark
  public byte[] json() {
    return DigestJson.toBytes(PipelineBenchmark.SOURCE, digest, false);
  }

  @Benchmark
  public Extraction htmlExtraction() {
    return html.extract(page);
  }
}
