package dev.lede.cli.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.Digest;
import dev.lede.facts.Entity;
import dev.lede.facts.KeyFacts;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Precision, recall and F1 of people, organisations and places against rows labelled
 * {@code entities: {people, organizations, places}}, each a list of the unique names of one document.
 * A document's predicted names of a type are the distinct surface strings of all its mentions (the
 * entity's name and aliases, a leading lower-case "the " dropped, as the CoNLL convention leaves it out
 * of "the Party" but keeps it in "The Hague"), compared
 * exactly after whitespace is collapsed. Micro-F1 pools the three types.
 */
public final class EntityMeasure implements ArticleMeasure {
  private static final String[] TYPES = {"people", "organizations", "places"};
  private final int[] tp = new int[3];
  private final int[] fp = new int[3];
  private final int[] fn = new int[3];
  private int documents;

  @Override
  public boolean applies(JsonNode row) {
    return row.path("entities").isObject();
  }

  @Override
  public void add(JsonNode row, Digest digest, PrintStream failures) {
    add(row, digest.keyFacts(), digest.text(), failures);
  }

  /** Scores one document's key facts; usable without a whole digest. */
  public void add(JsonNode row, KeyFacts facts, PrintStream failures) {
    add(row, facts, null, failures);
  }

  /**
   * Scores one document's key facts. {@code text} is the cleaned text the spans point into, or null;
   * with it, a name Lede respelled (a place seen only in capitals, "BEIJING", is named "Beijing" with
   * the alias "BEIJING") does not count as a surface string of the document.
   */
  public void add(JsonNode row, KeyFacts facts, String text, PrintStream failures) {
    documents++;
    List<List<Entity>> predicted = List.of(facts.people(), facts.organizations(), facts.places());
    StringBuilder misses = new StringBuilder();
    for (int t = 0; t < 3; t++) {
      Set<String> gold = new LinkedHashSet<>();
      for (JsonNode n : row.path("entities").path(TYPES[t])) {
        gold.add(ExactMatchMeasure.squash(n.asText()));
      }
      Set<String> got = new LinkedHashSet<>();
      for (Entity e : predicted.get(t)) {
        if (printed(e, text)) {
          got.add(surface(e.name()));
        }
        for (String a : e.aliases()) {
          got.add(surface(a));
        }
      }
      for (String s : got) {
        if (gold.contains(s)) {
          tp[t]++;
        } else {
          fp[t]++;
          misses.append("   +").append(TYPES[t]).append(": ").append(s).append('\n');
        }
      }
      for (String s : gold) {
        if (!got.contains(s)) {
          fn[t]++;
          misses.append("   -").append(TYPES[t]).append(": ").append(s).append('\n');
        }
      }
    }
    if (failures != null && misses.length() > 0) {
      failures.println("[entities] " + row.path("id").asText());
      failures.print(misses);
    }
  }

  private static boolean printed(Entity e, String text) {
    if (text == null) {
      return true;
    }
    for (dev.lede.text.Span sp : e.spans()) {
      if (sp.end() <= text.length() && text.regionMatches(sp.start(), e.name(), 0, e.name().length())
          && sp.length() == e.name().length()) {
        return true;
      }
    }
    return e.aliases().stream().noneMatch(a -> a.equalsIgnoreCase(e.name()));
  }

  private static String surface(String s) {
    String t = ExactMatchMeasure.squash(s);
    return t.startsWith("the ") ? t.substring(4) : t;
  }

  @Override
  public Map<String, Object> result() {
    Map<String, Object> r = new LinkedHashMap<>();
    int atp = 0;
    int afp = 0;
    int afn = 0;
    for (int t = 0; t < 3; t++) {
      put(r, "entities." + TYPES[t], tp[t], fp[t], fn[t]);
      atp += tp[t];
      afp += fp[t];
      afn += fn[t];
    }
    put(r, "entities.micro", atp, afp, afn);
    r.put("entities.documents", documents);
    return r;
  }

  /** Micro-averaged F1 over the three types. */
  public double microF1() {
    int atp = tp[0] + tp[1] + tp[2];
    int afp = fp[0] + fp[1] + fp[2];
    int afn = fn[0] + fn[1] + fn[2];
    return f1(atp, afp, afn);
  }

  private static void put(Map<String, Object> r, String prefix, int tp, int fp, int fn) {
    double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    double rec = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    r.put(prefix + ".precision", round(p));
    r.put(prefix + ".recall", round(rec));
    r.put(prefix + ".f1", round(f1(tp, fp, fn)));
  }

  private static double f1(int tp, int fp, int fn) {
    return tp == 0 ? 0 : 2.0 * tp / (2.0 * tp + fp + fn);
  }

  private static double round(double x) {
    return Math.round(x * 10000) / 10000.0;
  }
}
