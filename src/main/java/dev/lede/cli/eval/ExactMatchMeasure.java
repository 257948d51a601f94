package dev.lede.cli.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.Digest;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** Exact match of one digest field against one label, after whitespace is collapsed. */
public final class ExactMatchMeasure implements ArticleMeasure {
  private final String label;
  private final String prefix;
  private final Function<Digest, String> field;
  private int total;
  private int hits;

  public ExactMatchMeasure(String label, String prefix, Function<Digest, String> field) {
    this.label = label;
    this.prefix = prefix;
    this.field = field;
  }

  public static ExactMatchMeasure lead() {
    return new ExactMatchMeasure("lead", "lead", Digest::summary);
  }

  public static ExactMatchMeasure title() {
    return new ExactMatchMeasure("title", "title", Digest::title);
  }

  @Override
  public boolean applies(JsonNode row) {
    return row.hasNonNull(label);
  }

  @Override
  public void add(JsonNode row, Digest digest, PrintStream failures) {
    total++;
    String want = squash(row.get(label).asText());
    String got = squash(field.apply(digest));
    if (want.equals(got)) {
      hits++;
    } else if (failures != null) {
      failures.println("[" + prefix + "] " + row.path("id").asText());
      failures.println("   want: " + want);
      failures.println("   got:  " + got);
    }
  }

  @Override
  public Map<String, Object> result() {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put(prefix + ".exactMatch", total == 0 ? 0.0 : (double) hits / total);
    r.put(prefix + ".hits", hits);
    r.put(prefix + ".total", total);
    return r;
  }

  static String squash(String s) {
    return s == null ? "" : s.strip().replaceAll("\\s+", " ");
  }
}
