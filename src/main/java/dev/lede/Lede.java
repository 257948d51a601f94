package dev.lede;

import dev.lede.clean.ArticleCleaner;
import dev.lede.clean.CleanArticle;
import dev.lede.clean.Removal;
import dev.lede.clean.RemovalReason;
import dev.lede.extract.CharsetSniffer;
import dev.lede.extract.DroppedText;
import dev.lede.extract.Extraction;
import dev.lede.extract.FormatDetector;
import dev.lede.extract.HtmlExtractor;
import dev.lede.extract.HtmlMetadata;
import dev.lede.extract.InputFormat;
import dev.lede.extract.MarkdownExtractor;
import dev.lede.facts.FactExtractor;
import dev.lede.facts.KeyFacts;
import dev.lede.facts.ReferenceDate;
import dev.lede.summary.HighlightSelector;
import dev.lede.summary.LeadSelector;
import dev.lede.text.BinarySniffer;
import dev.lede.text.DecodedText;
import dev.lede.text.RuleSentenceSplitter;
import dev.lede.text.SentenceCache;
import dev.lede.text.SentenceSplitter;
import dev.lede.text.Span;
import dev.lede.text.TextDecoder;
import dev.lede.text.Words;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.zip.GZIPInputStream;

/**
 * The front door of the core: bytes or text in, a {@link Digest} out. Build one at start-up and share it;
 * it is immutable and thread-safe. No I/O, no AWS, no JSON.
 *
 * <p>HTML and Markdown input (told by {@link InputInfo#mediaType()}, the name's extension, or, for HTML,
 * the content itself; see {@link FormatDetector}) first has its main text and metadata extracted; the
 * text then goes through the same cleaning, summarising and fact extraction as plain text. For such
 * input the offsets in {@link Digest#removed()} refer to the extracted text (the cleaner's input);
 * captions, credits and the headline that extraction kept out of that text are reported with an empty
 * span at the place where they stood. The page's title wins over one the cleaner finds in the text, and
 * its published date is the reference date for relative dates (basis {@code published}), before the
 * caller's {@link InputInfo#referenceDate()}.
 */
public final class Lede {
  /** Default cap on input size, before and after decompression: 5 MiB. */
  public static final int DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

  private final int maxBytes;
  private final SentenceSplitter splitter;
  private final ArticleCleaner cleaner;
  private final LeadSelector leads;
  /** Built on a thread of its own: see {@link #Lede(int)}. */
  private final FutureTask<FactExtractor> facts;
  private final HighlightSelector highlights;
  private final HtmlExtractor html;
  private final MarkdownExtractor markdown;

  /**
   * The fact extractor's word lists, the gazetteer above all, are the largest part of a cold start; they
   * load on a second thread while this one builds the cleaner and a first article is decoded and
   * cleaned, which needs no facts. The first {@link #digest} waits for them if it gets there first.
   */
  private Lede(int maxBytes) {
    this.maxBytes = maxBytes;
    this.facts = new FutureTask<>(new Callable<>() { // no lambda: its bootstrap would cost this thread
      @Override
      public FactExtractor call() {
        return new FactExtractor();
      }
    });
    Thread loader = new Thread(facts, "lede-facts-loader");
    loader.setDaemon(true);
    loader.start();
    this.splitter = new RuleSentenceSplitter();
    this.cleaner = new ArticleCleaner(splitter);
    this.leads = new LeadSelector();
    this.highlights = new HighlightSelector();
    this.html = new HtmlExtractor();
    this.markdown = new MarkdownExtractor();
  }

  /** A Lede with the default input cap. */
  public static Lede create() {
    return new Lede(DEFAULT_MAX_BYTES);
  }

  /** A Lede that refuses inputs (and decompressed inputs) larger than {@code maxBytes}. */
  public static Lede withMaxBytes(int maxBytes) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
    }
    return new Lede(maxBytes);
  }

  public int maxBytes() {
    return maxBytes;
  }

  public SentenceSplitter sentenceSplitter() {
    return splitter;
  }

  /**
   * Summarises raw article bytes.
   *
   * @throws LedeException when the input is too large, compressed beyond the cap, or not text
   */
  public Digest digest(byte[] bytes, InputInfo info) throws LedeException {
    Objects.requireNonNull(bytes, "bytes");
    info = info == null ? InputInfo.NONE : info;
    if (bytes.length > maxBytes) {
      throw new LedeException(
          ErrorCode.TOO_LARGE, "input is " + bytes.length + " bytes; the limit is " + maxBytes);
    }
    if (BinarySniffer.magic(bytes) == BinarySniffer.Magic.GZIP) {
      bytes = gunzip(bytes);
    }
    InputFormat format =
        FormatDetector.detect(info.name(), info.mediaType(), FormatDetector.asciiHead(bytes));
    DecodedText decoded =
        format == InputFormat.HTML
            ? TextDecoder.decode(bytes, CharsetSniffer.sniff(bytes))
            : TextDecoder.decode(bytes);
    boolean binary =
        format == InputFormat.HTML
            ? BinarySniffer.looksBinaryMarkup(bytes, decoded)
            : BinarySniffer.looksBinary(bytes, decoded);
    if (binary) {
      BinarySniffer.Magic magic = BinarySniffer.magic(bytes);
      String what = magic == BinarySniffer.Magic.NONE || magic == BinarySniffer.Magic.OTHER_BINARY
          ? "binary data"
          : magic.name() + " data";
      throw new LedeException(ErrorCode.NOT_TEXT, "input is " + what + ", not text");
    }
    return digest(decoded, format, info);
  }

  /** Summarises text the caller already holds. Never fails on content. */
  public Digest digest(String text, InputInfo info) {
    Objects.requireNonNull(text, "text");
    info = info == null ? InputInfo.NONE : info;
    InputFormat format = FormatDetector.detect(info.name(), info.mediaType(), text);
    return digest(TextDecoder.normalise(text), format, info);
  }

  private Digest digest(DecodedText decoded, InputFormat format, InputInfo info) {
    ReferenceDate supplied =
        info.referenceDate() == null ? null : ReferenceDate.supplied(info.referenceDate());
    SentenceCache sentences = new SentenceCache(splitter);
    if (format == InputFormat.TEXT) {
      CleanArticle article = cleaner.clean(decoded, info.title(), info.dateline(), null, sentences);
      return summarise(
          article, sentences, article.title(), List.of(), supplied, ArticleMeta.NONE, "text", decoded.charset());
    }
    Extraction page =
        format == InputFormat.HTML ? html.extract(decoded.text()) : markdown.extract(decoded.text());
    HtmlMetadata m = page.metadata();
    CleanArticle article =
        cleaner.clean(TextDecoder.normalise(page.text()), info.title(), info.dateline(), m.title(), sentences);
    ReferenceDate reference =
        m.published() == null ? supplied : new ReferenceDate(m.published().date(), "published");
    ArticleMeta meta =
        new ArticleMeta(
            m.authors(), m.published() == null ? null : m.published().iso(), m.siteName(), m.language(), m.url());
    List<Removal> dropped = new ArrayList<>();
    for (DroppedText d : page.dropped()) {
      dropped.add(new Removal(reasonFor(d.kind()), d.text(), new Span(d.at(), d.at())));
    }
    String title = info.title() != null ? info.title() : m.title() != null ? m.title() : article.title();
    return summarise(article, sentences, title, dropped, reference, meta, format.label(), decoded.charset());
  }

  private static RemovalReason reasonFor(DroppedText.Kind kind) {
    switch (kind) {
      case TITLE:
        return RemovalReason.TITLE;
      case CREDIT:
        return RemovalReason.CREDIT;
      default:
        return RemovalReason.CAPTION;
    }
  }

  private Digest summarise(
      CleanArticle article,
      SentenceCache split,
      String title,
      List<Removal> extracted,
      ReferenceDate reference,
      ArticleMeta meta,
      String format,
      String charset) {
    String text = article.text();
    List<Span> sentences = split.splitJoined(article.paragraphs()); // the cleaner split each already
    int lead = leads.select(article, text, sentences);
    KeyFacts keyFacts = facts().extract(article, text, sentences, reference);
    List<String> highlightTexts = new ArrayList<>();
    for (int i : highlights.select(text, sentences, lead, keyFacts)) {
      highlightTexts.add(sentences.get(i).of(text).toString());
    }
    String summary = lead < 0 ? null : sentences.get(lead).of(text).toString();
    List<Removal> removed = article.removed();
    if (!extracted.isEmpty()) {
      removed = new ArrayList<>(extracted);
      removed.addAll(article.removed());
      removed.sort(Comparator.comparing(Removal::span)); // stable: extraction's first at equal offsets
    }
    return new Digest(
        title,
        article.dateline(),
        summary,
        highlightTexts,
        keyFacts,
        text,
        removed,
        article.dedup(),
        new Stats(Words.count(text), sentences.size()),
        meta,
        format,
        charset);
  }

  /** The fact extractor, once its loader has built it; its failure, as it was thrown. */
  private FactExtractor facts() {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return facts.get();
        } catch (InterruptedException e) {
          interrupted = true; // the loader finishes regardless; wait for it and keep the interrupt
        } catch (ExecutionException e) {
          Throwable cause = e.getCause();
          if (cause instanceof RuntimeException r) {
            throw r;
          }
          if (cause instanceof Error err) {
            throw err;
          }
          throw new IllegalStateException(cause);
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private byte[] gunzip(byte[] gz) throws LedeException {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
      byte[] buf = new byte[Math.min(maxBytes + 1, Math.max(8192, gz.length * 4))];
      int len = 0;
      while (true) {
        if (len == buf.length) {
          if (buf.length > maxBytes) {
            throw new LedeException(
                ErrorCode.TOO_LARGE,
                "gzip input expands beyond the limit of " + maxBytes + " bytes");
          }
          buf = java.util.Arrays.copyOf(buf, (int) Math.min((long) maxBytes + 1, buf.length * 2L));
        }
        int r = in.read(buf, len, buf.length - len);
        if (r < 0) {
          break;
        }
        len += r;
      }
      return java.util.Arrays.copyOf(buf, len);
    } catch (IOException e) {
      throw new LedeException(ErrorCode.BAD_COMPRESSION, "gzip input is corrupt: " + e.getMessage());
    }
  }
}
