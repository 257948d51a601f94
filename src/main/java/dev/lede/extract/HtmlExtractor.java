package dev.lede.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Extracts the main text and the metadata of an HTML page held in memory (no I/O). Immutable and
 * thread-safe: each call parses with its own jsoup parser.
 *
 * <p>How: metadata is read first ({@link HtmlMetadata}); then furniture is pruned, text runs score their
 * containers readability-style, the best container and its fitting siblings are written out as
 * paragraphs, and chrome-shaped blocks, captions and the repeated headline are left out. When that yields
 * less than {@value #MIN_TEXT} chars while the page holds more text, the page (unless larger than
 * {@value #RETRY_LIMIT} chars) is read again with fewer rules (keeping blocks whose names sound like chrome, then ignoring class names, then keeping
 * every block), and the longest result wins.
 *
 * <p>When the page declares its article in JSON-LD ({@code articleBody}) and the extraction holds less
 * than half of that text, the declared text is used instead.
 *
 * <p>Bounds: the parser caps element nesting at {@value #MAX_DEPTH} levels, and every walk over the tree
 * is iterative, so hostile nesting cannot overflow the stack; time is near-linear in the page size.
 */
public final class HtmlExtractor {
  static final int MAX_DEPTH = 512;
  static final int MIN_TEXT = 500;
  static final int RETRY_LIMIT = 1 << 20;

  /** Reads {@code html}. Never fails on content; an empty or text-free page gives no paragraphs. */
  public Extraction extract(String html) {
    Objects.requireNonNull(html, "html");
    Document doc = parse(html);
    HtmlMetadata metadata = MetadataReader.read(doc);
    String declared = MetadataReader.declaredBody(doc);
    int pageText = doc.body() == null ? 0 : ElementStats.collapsedLength(doc.body().text());
    Extraction best = null;
    boolean[][] attempts = {{true, true, true}, {false, true, true}, {false, false, true}, {false, false, false}};
    for (int i = 0; i < attempts.length; i++) {
      Document page = i == 0 ? doc : parse(html); // pruning changed the tree: start again
      Extraction e = mainText(page, metadata, attempts[i][0], attempts[i][1], attempts[i][2]);
      if (best == null || e.text().length() > best.text().length()) {
        best = e;
      }
      // Another attempt only helps when the rules left out some of the page's text; it costs a parse, so
      // very large pages get one.
      if (best.text().length() >= MIN_TEXT || pageText <= best.text().length() || html.length() > RETRY_LIMIT) {
        break;
      }
    }
    return withDeclaredBody(best, declared);
  }

  /**
   * The page's own JSON-LD {@code articleBody} when the extracted text holds less than half of it: the
   * publisher's statement of the article outranks a scoring that went wrong (trafilatura keeps such a
   * baseline too). Otherwise the extraction, which keeps headings and paragraph breaks.
   */
  private static Extraction withDeclaredBody(Extraction extracted, String declared) {
    if (declared == null) {
      return extracted;
    }
    String body = declared.indexOf('<') >= 0 ? parse(declared).wholeText() : declared;
    body = org.jsoup.parser.Parser.unescapeEntities(body, false);
    List<String> paragraphs = new ArrayList<>();
    for (String line : body.split("\n")) {
      String p = ArticleTextWriter.normaliseSpaces(line);
      if (!p.isEmpty()) {
        paragraphs.add(p);
      }
    }
    int declaredLength = String.join(ParagraphWriter.SEPARATOR, paragraphs).length();
    if (declaredLength < MIN_TEXT || extracted.text().length() * 2 >= declaredLength) {
      return extracted;
    }
    return new Extraction(paragraphs, List.of(), extracted.metadata());
  }

  /** Metadata only, without looking for the main text. */
  public HtmlMetadata metadata(String html) {
    return MetadataReader.read(parse(html));
  }

  private static Document parse(String html) {
    Parser parser = Parser.htmlParser().setMaxDepth(MAX_DEPTH);
    return parser.parseInput(html, "");
  }

  private static Extraction mainText(
      Document doc, HtmlMetadata metadata, boolean stripUnlikely, boolean weightClasses, boolean clean) {
    Element body = doc.body();
    if (body == null) {
      return new Extraction(List.of(), List.of(), metadata);
    }
    PagePruner.prune(body, stripUnlikely);
    ElementStats stats = ElementStats.of(body);
    ContentScorer scorer = new ContentScorer(body, stats, weightClasses);
    List<Element> roots = scorer.select();
    ArticleTextWriter writer = new ArticleTextWriter(stats, scorer, clean, weightClasses, metadata.title());
    writer.write(roots);
    Element best = scorer.best();
    if (best != null) {
      Element scope = best.closest("article, main");
      writer.reportOutside(scope != null ? scope : best.parent() != null ? best.parent() : best);
    }
    List<String> paragraphs = writer.paragraphs();
    int length = String.join(ParagraphWriter.SEPARATOR, paragraphs).length();
    List<DroppedText> dropped = new ArrayList<>();
    for (DroppedText d : writer.dropped()) {
      dropped.add(d.at() <= length ? d : new DroppedText(d.kind(), d.text(), length));
    }
    return new Extraction(paragraphs, dropped, metadata);
  }
}
