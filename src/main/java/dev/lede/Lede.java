package dev.lede;

import dev.lede.clean.ArticleCleaner;
import dev.lede.clean.CleanArticle;
import dev.lede.facts.FactExtractor;
import dev.lede.facts.KeyFacts;
import dev.lede.facts.ReferenceDate;
import dev.lede.summary.HighlightSelector;
import dev.lede.summary.LeadSelector;
import dev.lede.text.BinarySniffer;
import dev.lede.text.DecodedText;
import dev.lede.text.RuleSentenceSplitter;
import dev.lede.text.SentenceSplitter;
import dev.lede.text.Span;
import dev.lede.text.TextDecoder;
import dev.lede.text.Words;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.zip.GZIPInputStream;

/**
 * The front door of the core: bytes or text in, a {@link Digest} out. Build one at start-up and share it;
 * it is immutable and thread-safe. No I/O, no AWS, no JSON.
 */
public final class Lede {
  /** Default cap on input size, before and after decompression: 5 MiB. */
  public static final int DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

  private final int maxBytes;
  private final SentenceSplitter splitter;
  private final ArticleCleaner cleaner;
  private final LeadSelector leads;
  private final FactExtractor facts;
  private final HighlightSelector highlights;

  private Lede(int maxBytes) {
    this.maxBytes = maxBytes;
    this.splitter = new RuleSentenceSplitter();
    this.cleaner = new ArticleCleaner(splitter);
    this.leads = new LeadSelector();
    this.facts = new FactExtractor();
    this.highlights = new HighlightSelector();
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
    DecodedText decoded = TextDecoder.decode(bytes);
    if (BinarySniffer.looksBinary(bytes, decoded)) {
      BinarySniffer.Magic magic = BinarySniffer.magic(bytes);
      String what = magic == BinarySniffer.Magic.NONE || magic == BinarySniffer.Magic.OTHER_BINARY
          ? "binary data"
          : magic.name() + " data";
      throw new LedeException(ErrorCode.NOT_TEXT, "input is " + what + ", not text");
    }
    return digest(decoded, info);
  }

  /** Summarises text the caller already holds. Never fails on content. */
  public Digest digest(String text, InputInfo info) {
    Objects.requireNonNull(text, "text");
    return digest(TextDecoder.normalise(text), info == null ? InputInfo.NONE : info);
  }

  private Digest digest(DecodedText decoded, InputInfo info) {
    CleanArticle article = cleaner.clean(decoded);
    String text = article.text();
    List<Span> sentences = splitter.split(text);
    int lead = leads.select(article, text, sentences);
    ReferenceDate supplied =
        info.referenceDate() == null ? null : ReferenceDate.supplied(info.referenceDate());
    KeyFacts keyFacts = facts.extract(article, text, sentences, supplied);
    List<String> highlightTexts = new ArrayList<>();
    for (int i : highlights.select(text, sentences, lead, keyFacts)) {
      highlightTexts.add(sentences.get(i).of(text).toString());
    }
    String summary = lead < 0 ? null : sentences.get(lead).of(text).toString();
    return new Digest(
        article.title(),
        article.dateline(),
        summary,
        highlightTexts,
        keyFacts,
        text,
        article.removed(),
        article.dedup(),
        new Stats(Words.count(text), sentences.size()),
        ArticleMeta.NONE,
        "text",
        decoded.charset());
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
