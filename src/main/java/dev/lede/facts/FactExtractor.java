package dev.lede.facts;

import dev.lede.clean.CleanArticle;
import dev.lede.clean.Removal;
import dev.lede.clean.RemovalReason;
import dev.lede.text.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Extracts key facts from a cleaned article: entities, dates, numbers and quotations. Stateless and
 * thread-safe; word lists are loaded once. The text is tokenised once and the tokens shared by the date,
 * number and quote scanners; each is linear in the length of the text.
 */
public final class FactExtractor {
  /**
   * Facts are drawn from at most this many chars of the text, its start up to the last sentence that
   * ends within them: far more than any news article, while the token tables of a multi-megabyte
   * hostile text (a 5 MB line, "Mr. Mr. Mr. ...") would otherwise need more memory than the rest of the
   * pipeline together. Spans stay offsets into the whole text.
   */
  public static final int MAX_CHARS = 1 << 20;

  private final EntityRecognizer entities;
  private final ReferenceDateFinder references;
  private final DateExtractor dates;
  private final NumberExtractor numbers;
  private final QuoteExtractor quotes;

  public FactExtractor() {
    this.entities = new EntityRecognizer();
    this.dates = new DateExtractor();
    this.references = new ReferenceDateFinder(dates);
    this.numbers = new NumberExtractor();
    this.quotes = new QuoteExtractor();
    loadWordLists(CalendarWords.class, FunctionWords.class, NameTokenizer.class, QuantityWords.class,
        QuoteAttribution.class, ScanWords.class);
  }

  /**
   * Runs the static initialisers that read the word lists, now rather than in the middle of the first
   * article: construction is where a caller expects the cost (Lede builds this on a thread of its own,
   * beside the cleaner's start-up).
   */
  private static void loadWordLists(Class<?>... classes) {
    for (Class<?> c : classes) {
      try {
        Class.forName(c.getName(), true, c.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e); // cannot happen: the class literal has loaded it
      }
    }
  }

  /**
   * @param article the cleaned article (its removed captions and dateline may carry a reference date)
   * @param text the cleaned text, {@code article.text()}
   * @param sentences the sentences of {@code text}
   * @param supplied a reference date from the caller (page metadata with basis {@code published}, or the
   *     object time or {@code --date} with basis {@code supplied}), or null
   */
  public KeyFacts extract(CleanArticle article, String text, List<Span> sentences, ReferenceDate supplied) {
    if (text.length() > MAX_CHARS) {
      int end = 0;
      int kept = 0;
      while (kept < sentences.size() && sentences.get(kept).end() <= MAX_CHARS) {
        end = sentences.get(kept++).end();
      }
      if (end == 0) {
        end = Character.isLowSurrogate(text.charAt(MAX_CHARS)) ? MAX_CHARS - 1 : MAX_CHARS;
      }
      text = text.substring(0, end);
      sentences = sentences.subList(0, kept);
    }
    HeadedText headed = HeadedText.of(text, sentences, heading(article));
    Entities found = entities.recognize(headed);
    ReferenceDate reference = references.find(article, supplied);
    TextTokens tokens = TextTokens.of(text, headed.chars, headed.offset); // the chars made once
    List<DateFact> dateFacts = new ArrayList<>();
    List<Span> dateSpans = new ArrayList<>();
    for (DateExtractor.Found f : dates.scan(tokens, reference)) {
      dateFacts.add(f.fact());
      dateSpans.add(f.fact().span());
    }
    return new KeyFacts(
        found.people(),
        found.organizations(),
        found.places(),
        dateFacts,
        numbers.extract(tokens, dateSpans),
        quotes.extract(tokens, found));
  }

  /** The headline and the dateline (as printed, agency included), which name entities too. */
  private static List<String> heading(CleanArticle article) {
    List<String> lines = new ArrayList<>(2);
    if (article.title() != null) {
      lines.add(article.title());
    }
    for (Removal r : article.removed()) {
      if (r.reason() == RemovalReason.DATELINE) {
        lines.add(r.text());
        break;
      }
    }
    return lines;
  }
}
