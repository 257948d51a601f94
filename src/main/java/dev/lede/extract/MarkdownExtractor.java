package dev.lede.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns a Markdown article into plain paragraphs and metadata. Immutable and thread-safe; one linear pass
 * over the lines, hand-written scanners, no regex.
 *
 * <p>Blocks: consecutive lines form one paragraph; headings ({@code #} or underlined), list items,
 * block quotes and table rows are paragraphs of their own; fenced code keeps its lines; rules and
 * link reference definitions vanish. Inline: emphasis, strong, strike-through and code markers are
 * removed, links keep their text, an image inside a sentence keeps its alt text, an image standing alone
 * is dropped as a caption, HTML tags are removed and entities decoded.
 *
 * <p>Metadata: YAML (or TOML) front matter gives the title ({@code title}), authors ({@code author},
 * {@code authors}), date ({@code date}, {@code published}), language and URL. Without a front-matter
 * title, the first {@code #} heading is the title. The heading that gives or repeats the title is kept
 * out of the text and reported as dropped.
 */
public final class MarkdownExtractor {
  /** Reads {@code markdown}. Never fails on content. */
  public Extraction extract(String markdown) {
    Objects.requireNonNull(markdown, "markdown");
    FrontMatter front = FrontMatter.of(markdown);
    String frontTitle = front.first("title");
    Blocks blocks = new Blocks(frontTitle == null ? null : MarkdownInline.plain(frontTitle));
    blocks.read(markdown.substring(front.bodyStart()));
    List<String> authors = new ArrayList<>();
    for (String a : front.all("authors", "author", "byline")) {
      BylineCleaner.clean(a).ifPresent(n -> {
        if (!authors.contains(n)) {
          authors.add(n);
        }
      });
    }
    Optional<PublishedTime> date = PublishedTime.parse(front.first("date", "published", "publishdate", "pubdate"));
    String url = front.first("canonical_url", "canonical", "url", "permalink");
    if (url != null && !url.toLowerCase(Locale.ROOT).startsWith("http")) {
      url = null;
    }
    HtmlMetadata meta =
        new HtmlMetadata(
            frontTitle != null ? MarkdownInline.plain(frontTitle) : blocks.title,
            authors,
            date.orElse(null),
            front.first("site", "site_name", "sitename", "publication"),
            MetadataReader.languageTag(front.first("lang", "language", "locale")),
            url);
    return new Extraction(blocks.out.paragraphs(), blocks.dropped, meta);
  }

  /** The block structure of the body, one line at a time. */
  private static final class Blocks {
    final ParagraphWriter out = new ParagraphWriter();
    final List<DroppedText> dropped = new ArrayList<>();
    String title;
    private final String frontTitle;
    private String fence;
    private String pendingLine;

    Blocks(String frontTitle) {
      this.frontTitle = frontTitle;
    }

    void read(String body) {
      int pos = 0;
      while (pos <= body.length()) {
        int end = body.indexOf('\n', pos);
        String line = body.substring(pos, end < 0 ? body.length() : end);
        String next = null;
        if (end >= 0) {
          int nextEnd = body.indexOf('\n', end + 1);
          next = body.substring(end + 1, nextEnd < 0 ? body.length() : nextEnd);
        }
        boolean consumedNext = line(line, next);
        if (end < 0) {
          break;
        }
        pos = end + 1;
        if (consumedNext) {
          int nextEnd = body.indexOf('\n', pos);
          if (nextEnd < 0) {
            break;
          }
          pos = nextEnd + 1;
        }
      }
      out.breakParagraph();
    }

    /** Handles one line; returns true when it also consumed {@code next} (a setext underline). */
    private boolean line(String raw, String next) {
      String t = raw.strip();
      if (fence != null) {
        if (t.startsWith(fence)) {
          fence = null;
        } else {
          out.text(raw);
          out.breakParagraph();
        }
        return false;
      }
      if (t.startsWith("```") || t.startsWith("~~~")) {
        out.breakParagraph();
        fence = t.substring(0, 3);
        return false;
      }
      if (t.isEmpty()) {
        out.breakParagraph();
        return false;
      }
      if (isRule(t) || isReferenceDefinition(t)) {
        out.breakParagraph();
        return false;
      }
      if (t.startsWith("#")) {
        int level = 0;
        while (level < t.length() && t.charAt(level) == '#') {
          level++;
        }
        if (level <= 6 && (level == t.length() || t.charAt(level) == ' ')) {
          heading(level, stripClosingHashes(t.substring(level)));
          return false;
        }
      }
      if (next != null && !t.isEmpty() && isUnderline(next.strip()) && !startsBlock(t)) {
        heading(next.strip().charAt(0) == '=' ? 1 : 2, t);
        return true;
      }
      if (t.startsWith(">")) {
        out.breakParagraph();
        while (t.startsWith(">")) {
          t = t.substring(1).strip();
        }
        inline(t);
        out.breakParagraph();
        return false;
      }
      String item = listItem(t);
      if (item != null) {
        out.breakParagraph();
        inline(item);
        return false;
      }
      if (t.startsWith("|") && t.endsWith("|")) {
        out.breakParagraph();
        if (!isTableDivider(t)) {
          String[] cells = t.substring(1, t.length() - 1).split("\\|", -1);
          for (String cell : cells) {
            inline(cell.strip());
            out.space();
          }
        }
        out.breakParagraph();
        return false;
      }
      inline(t);
      out.space();
      return false;
    }

    private void heading(int level, String text) {
      out.breakParagraph();
      String plain = MarkdownInline.plain(text);
      boolean isTitle = level == 1 && title == null && (frontTitle == null || frontTitle.equalsIgnoreCase(plain));
      if (isTitle || (frontTitle != null && frontTitle.equalsIgnoreCase(plain) && title == null)) {
        title = plain;
        if (!plain.isEmpty()) {
          dropped.add(new DroppedText(DroppedText.Kind.TITLE, plain, out.offset()));
        }
        return;
      }
      out.text(plain);
      out.breakParagraph();
    }

    private void inline(String text) {
      String image = MarkdownInline.standaloneImageAlt(text);
      if (image != null) {
        out.breakParagraph();
        if (!image.isEmpty()) {
          dropped.add(new DroppedText(DroppedText.Kind.CAPTION, image, out.offset()));
        }
        return;
      }
      out.text(MarkdownInline.plain(text));
    }

    private static boolean isRule(String t) {
      if (t.length() < 3) {
        return false;
      }
      char c = t.charAt(0);
      if (c != '-' && c != '*' && c != '_') {
        return false;
      }
      for (int i = 0; i < t.length(); i++) {
        if (t.charAt(i) != c && t.charAt(i) != ' ') {
          return false;
        }
      }
      return true;
    }

    private static boolean isUnderline(String t) {
      if (t.isEmpty() || (t.charAt(0) != '=' && t.charAt(0) != '-')) {
        return false;
      }
      for (int i = 0; i < t.length(); i++) {
        if (t.charAt(i) != t.charAt(0)) {
          return false;
        }
      }
      return true;
    }

    private static boolean startsBlock(String t) {
      return t.startsWith(">") || t.startsWith("|") || listItem(t) != null;
    }

    private static boolean isReferenceDefinition(String t) {
      if (!t.startsWith("[")) {
        return false;
      }
      int close = t.indexOf("]:");
      return close > 1 && t.indexOf(']') == close;
    }

    private static boolean isTableDivider(String t) {
      for (int i = 0; i < t.length(); i++) {
        if ("|-: ".indexOf(t.charAt(i)) < 0) {
          return false;
        }
      }
      return true;
    }

    /** The text of a list item line ({@code - x}, {@code * x}, {@code + x}, {@code 1. x}, {@code 1) x}). */
    private static String listItem(String t) {
      if (t.length() >= 2 && (t.charAt(0) == '-' || t.charAt(0) == '*' || t.charAt(0) == '+') && t.charAt(1) == ' ') {
        return t.substring(2).strip();
      }
      int i = 0;
      while (i < t.length() && i < 9 && Character.isDigit(t.charAt(i))) {
        i++;
      }
      if (i > 0 && i + 1 < t.length() && (t.charAt(i) == '.' || t.charAt(i) == ')') && t.charAt(i + 1) == ' ') {
        return t.substring(i + 2).strip();
      }
      return null;
    }

    private static String stripClosingHashes(String s) {
      String t = s.strip();
      int end = t.length();
      while (end > 0 && t.charAt(end - 1) == '#') {
        end--;
      }
      if (end < t.length() && (end == 0 || t.charAt(end - 1) == ' ')) {
        t = t.substring(0, end);
      }
      return t.strip();
    }
  }
}
