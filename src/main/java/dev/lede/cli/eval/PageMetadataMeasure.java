package dev.lede.cli.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.Digest;
import dev.lede.extract.PublishedTime;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Page metadata against a page's {@code expected-metadata.json} (the mozilla/readability test pages):
 *
 * <ul>
 *   <li>{@code title}: exact match of {@link Digest#title()} after (Unicode) whitespace is collapsed, over pages
 *       that expect a non-empty title;
 *   <li>{@code byline}: exact match of the authors joined with ", " over pages that expect a byline; a
 *       leading "By"/"Par"/"Von" on either side is ignored, since Lede reports names, not the printed
 *       byline;
 *   <li>{@code published}: the calendar date of {@code published} against the date of the expected
 *       {@code publishedTime}, over pages that expect one.
 * </ul>
 *
 * Collects state; one instance per run.
 */
public final class PageMetadataMeasure {
  private final Tally title = new Tally();
  private final Tally byline = new Tally();
  private final Tally published = new Tally();
  private final Tally language = new Tally();

  private static final class Tally {
    int total;
    int hits;
  }

  public void add(String id, JsonNode expected, Digest d, PrintStream failures) {
    String wantTitle = squash(expected.path("title").asText(""));
    if (!wantTitle.isEmpty()) {
      check(title, "title", id, wantTitle, squash(d.title()), failures);
    }
    if (expected.hasNonNull("byline")) {
      String want = nameOnly(expected.get("byline").asText());
      String got = nameOnly(String.join(", ", d.meta().authors()));
      check(byline, "byline", id, want, got, failures);
    }
    if (expected.hasNonNull("publishedTime")) {
      String want = PublishedTime.parse(expected.get("publishedTime").asText())
          .map(t -> t.date().toString())
          .orElse(expected.get("publishedTime").asText());
      Optional<PublishedTime> got = PublishedTime.parse(d.meta().published());
      check(published, "published", id, want, got.map(t -> t.date().toString()).orElse(""), failures);
    }
    if (expected.hasNonNull("lang")) {
      String want = expected.get("lang").asText().toLowerCase(Locale.ROOT);
      String got = d.meta().language() == null ? "" : d.meta().language().toLowerCase(Locale.ROOT);
      check(language, "language", id, want, got, failures);
    }
  }

  private static void check(Tally t, String what, String id, String want, String got, PrintStream failures) {
    t.total++;
    if (want.equals(got)) {
      t.hits++;
    } else if (failures != null) {
      failures.println("[" + what + "] " + id);
      failures.println("   want: " + want);
      failures.println("   got:  " + got);
    }
  }

  public Map<String, Object> result() {
    Map<String, Object> m = new LinkedHashMap<>();
    put(m, "title", title);
    put(m, "byline", byline);
    put(m, "published", published);
    put(m, "language", language);
    return m;
  }

  private static void put(Map<String, Object> m, String name, Tally t) {
    m.put(name + ".exactMatch", t.total == 0 ? 0.0 : Math.round(10000.0 * t.hits / t.total) / 10000.0);
    m.put(name + ".hits", t.hits);
    m.put(name + ".total", t.total);
  }

  static String squash(String s) {
    return s == null ? "" : s.replaceAll("(?U)\\s+", " ").strip();
  }

  /** The byline without a leading "By", "Par" or "Von" and with collapsed whitespace. */
  static String nameOnly(String s) {
    String t = squash(s);
    String lower = t.toLowerCase(Locale.ROOT);
    for (String p : new String[] {"by: ", "by ", "par ", "von ", "por "}) {
      if (lower.startsWith(p)) {
        return t.substring(p.length()).strip();
      }
    }
    return t;
  }
}
