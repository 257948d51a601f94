package dev.lede.cli.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.Digest;
import dev.lede.InputInfo;
import dev.lede.Lede;
import dev.lede.text.SentenceSplitter;
import dev.lede.text.Span;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

/**
 * Measures Lede on dev articles dressed as scraped pages by {@link PageDresser}. Each article is
 * summarised as it is; its cleaned text is then dressed and summarised again. On the dressed page,
 * strictly:
 *
 * <ul>
 *   <li><b>lead</b>: the summary equals the undressed article's lead (the {@code lead} label when the set
 *       has one, else the undressed summary);
 *   <li><b>title</b>: the title equals the headline put on the page (null when none was);
 *   <li><b>text</b>: every sentence of the undressed cleaned text is a sentence of the dressed cleaned
 *       text exactly once;
 *   <li><b>chrome</b>: no piece the dresser added (furniture, caption, credit, dateline, site name) is
 *       left in the text (more often than the undressed text already had it);
 *   <li>and, besides, <b>copies</b> (the repeat count), <b>dateline</b> (the dateline's name) and
 *       <b>idempotent</b> (summarising the dressed page's cleaned article again, its text with its title
 *       and dateline known, removes nothing and keeps the text; not part of allRight), and
 *       <b>idempotentBody</b> (the same for the text alone, where the cleaner looks for a headline and a
 *       dateline again: a stricter test, which a body whose first line reads as a headline fails).
 * </ul>
 */
public final class DressedPageEvaluation {
  public static final long DEFAULT_SEED = 20210118L;

  private DressedPageEvaluation() {}

  /** Runs the measure over {@code rows} (dev set lines); misses go to {@code failures} when not null. */
  public static Map<String, Object> evaluate(List<JsonNode> rows, long seed, PrintStream failures) {
    Lede lede = Lede.create();
    SentenceSplitter splitter = lede.sentenceSplitter();
    PageDresser dresser = new PageDresser(seed);
    List<String> ids = new ArrayList<>();
    List<String> bodies = new ArrayList<>();
    List<String> titles = new ArrayList<>();
    List<String> pool = new ArrayList<>();
    for (JsonNode row : rows) {
      if (!row.hasNonNull("text")) {
        continue;
      }
      String text = row.get("text").asText();
      String title = row.hasNonNull("title") ? row.get("title").asText().strip() : null;
      boolean titled = title != null && text.strip().startsWith(title);
      String body = titled ? text.strip().substring(title.length()) : text;
      ids.add(row.path("id").asText("row" + ids.size()));
      bodies.add(body);
      titles.add(title);
      // headlines for other pages' related lists, made from the cleaned text (not from native furniture)
      String h = title != null ? title
          : PageDresser.headlineFrom(lede.digest(body, InputInfo.NONE).text(), new Random(seed + ids.size()));
      if (h != null) {
        pool.add(h);
      }
    }
    int pages = 0;
    int leadOk = 0;
    int leadTotal = 0;
    int titleOk = 0;
    int textOk = 0;
    int chromeOk = 0;
    int copiesOk = 0;
    int datelineOk = 0;
    int datelineTotal = 0;
    int allOk = 0;
    int idempotent = 0;
    int idempotentBody = 0;
    int k = 0;
    for (JsonNode row : rows) {
      if (!row.hasNonNull("text")) {
        continue;
      }
      String id = ids.get(k);
      String body = bodies.get(k);
      String ownTitle = titles.get(k);
      k++;
      Digest plain = lede.digest(body, InputInfo.NONE);
      // the cleaned article is dressed, so that every fault on the page is one the dresser put there
      PageDresser.Page page = dresser.dress(id, plain.text(), plain.text(), ownTitle, pool);
      Digest dressed = lede.digest(page.text(), InputInfo.NONE);
      pages++;
      List<String> misses = new ArrayList<>();

      String wantLead = row.hasNonNull("lead") ? row.get("lead").asText() : plain.summary();
      if (wantLead != null) {
        leadTotal++;
        if (squash(wantLead).equals(squash(dressed.summary()))) {
          leadOk++;
        } else {
          misses.add("lead\n     want: " + squash(wantLead) + "\n     got:  " + squash(dressed.summary()));
        }
      }
      if (Objects.equals(squashOrNull(page.title()), squashOrNull(dressed.title()))) {
        titleOk++;
      } else {
        misses.add("title\n     want: " + page.title() + "\n     got:  " + dressed.title());
      }
      List<String> textMisses = textMisses(splitter, plain.text(), dressed.text());
      if (textMisses.isEmpty()) {
        textOk++;
      } else {
        misses.add("text\n     " + String.join("\n     ", textMisses));
      }
      List<String> left = leftovers(page.injected(), plain.text(), dressed.text());
      if (left.isEmpty()) {
        chromeOk++;
      } else {
        misses.add("chrome left: " + left);
      }
      if (dressed.deduplication().copies() == page.copies()) {
        copiesOk++;
      } else {
        misses.add("copies want " + page.copies() + " got " + dressed.deduplication().copies());
      }
      if (page.dateline() != null) {
        datelineTotal++;
        if (page.dateline().equals(dressed.dateline())) {
          datelineOk++;
        } else {
          misses.add("dateline want " + page.dateline() + " got " + dressed.dateline());
        }
      }
      Digest again = lede.digest(dressed.text(), InputInfo.NONE.withKnown(dressed.title(), dressed.dateline()));
      Digest alone = lede.digest(dressed.text(), InputInfo.NONE);
      if (alone.removed().isEmpty() && alone.text().equals(dressed.text())) {
        idempotentBody++;
      }
      if (again.removed().isEmpty() && again.text().equals(dressed.text())) {
        idempotent++;
      } else if (failures != null) {
        failures.println("[dressed] " + id + " cleaning again removes " + again.removed());
      }
      if (misses.isEmpty()) {
        allOk++;
      } else if (failures != null) {
        failures.println("[dressed] " + id);
        for (String m : misses) {
          failures.println("   " + m);
        }
      }
    }
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("dressed.seed", seed);
    f.put("dressed.pages", pages);
    f.put("dressed.lead", ratio(leadOk, leadTotal));
    f.put("dressed.title", ratio(titleOk, pages));
    f.put("dressed.text", ratio(textOk, pages));
    f.put("dressed.chrome", ratio(chromeOk, pages));
    f.put("dressed.copies", ratio(copiesOk, pages));
    f.put("dressed.dateline", ratio(datelineOk, datelineTotal));
    f.put("dressed.allRight", ratio(allOk, pages));
    f.put("dressed.idempotent", ratio(idempotent, pages));
    f.put("dressed.idempotentBody", ratio(idempotentBody, pages));
    return f;
  }

  /** Sentences of the undressed text that are not exactly once among the dressed text's sentences. */
  static List<String> textMisses(SentenceSplitter splitter, String plain, String dressed) {
    Map<String, Integer> counts = new HashMap<>();
    for (Span s : splitter.split(dressed)) {
      counts.merge(squash(s.of(dressed).toString()), 1, Integer::sum);
    }
    List<String> out = new ArrayList<>();
    Map<String, Integer> wanted = new HashMap<>();
    for (Span s : splitter.split(plain)) {
      wanted.merge(squash(s.of(plain).toString()), 1, Integer::sum);
    }
    for (Map.Entry<String, Integer> e : wanted.entrySet()) {
      int got = counts.getOrDefault(e.getKey(), 0);
      if (got != e.getValue()) {
        out.add((got == 0 ? "missing: " : "x" + got + ": ") + clip(e.getKey()));
      }
    }
    return out;
  }

  /** Injected pieces found in the dressed text more often than in the undressed one. */
  static List<String> leftovers(List<String> injected, String plain, String dressed) {
    List<String> out = new ArrayList<>();
    for (String piece : injected) {
      String p = piece.strip();
      if (p.length() < 4) {
        continue;
      }
      if (count(dressed, p) > count(plain, p)) {
        out.add(p);
      }
    }
    return out;
  }

  private static int count(String text, String piece) {
    int n = 0;
    int from = 0;
    while ((from = text.indexOf(piece, from)) >= 0) {
      n++;
      from += piece.length();
    }
    return n;
  }

  private static String clip(String s) {
    return s.length() > 160 ? s.substring(0, 160) + "..." : s;
  }

  private static double ratio(int ok, int total) {
    return total == 0 ? 1.0 : (double) ok / total;
  }

  static String squash(String s) {
    return s == null ? "" : s.strip().replaceAll("\\s+", " ");
  }

  private static String squashOrNull(String s) {
    return s == null ? null : squash(s);
  }
}
