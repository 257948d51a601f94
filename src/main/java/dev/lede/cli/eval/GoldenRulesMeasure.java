package dev.lede.cli.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.text.SentenceSplitter;
import dev.lede.text.Span;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Golden Rules of sentence boundaries: rows {@code {n, title, text, expected}}. A rule passes when
 * the splitter's sentences of {@code text}, each taken exactly as its span of the text, equal
 * {@code expected} in order. Spans are trimmed of whitespace, as the expectations are.
 *
 * <p>The pragmatic_segmenter file copies its examples from that project's README, which writes a line
 * break inside an example as the two characters {@code \n} and a quote as {@code \"}; its expectations
 * hold the real characters. So {@code text} is read with those escapes decoded ({@code \n}, {@code \t},
 * {@code \"}, {@code \'}, {@code \\}); text without a backslash is unchanged.
 *
 * <p>Instances collect state; make a new one per run.
 */
public final class GoldenRulesMeasure {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private int total;
  private int passed;

  /** Whether {@code row} is a Golden Rules row: a {@code text} and an array of {@code expected}. */
  public boolean applies(JsonNode row) {
    return row.hasNonNull("text") && row.path("expected").isArray();
  }

  /** Splits one rule's text and compares. {@code failures} gets want/got per failed rule, or is null. */
  public void add(JsonNode row, SentenceSplitter splitter, PrintStream failures) {
    total++;
    String text = decodeEscapes(row.get("text").asText());
    List<String> want = new ArrayList<>();
    row.get("expected").forEach(e -> want.add(e.asText()));
    List<String> got = new ArrayList<>();
    for (Span s : splitter.split(text)) {
      got.add(s.of(text).toString());
    }
    if (want.equals(got)) {
      passed++;
    } else if (failures != null) {
      failures.println("[golden] " + row.path("n").asText() + " " + row.path("title").asText());
      failures.println("   want: " + json(want));
      failures.println("   got:  " + json(got));
    }
  }

  public int total() {
    return total;
  }

  public int passed() {
    return passed;
  }

  public Map<String, Object> result() {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("goldenRules.passed", passed);
    r.put("goldenRules.total", total);
    r.put("goldenRules.rate", total == 0 ? 0.0 : (double) passed / total);
    return r;
  }

  /** Decodes the backslash escapes {@code \n \t \" \' \\}; other backslashes stay as they are. */
  static String decodeEscapes(String s) {
    if (s.indexOf('\\') < 0) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char d = s.charAt(i + 1);
        char decoded =
            switch (d) {
              case 'n' -> '\n';
              case 't' -> '\t';
              case '"', '\'', '\\' -> d;
              default -> 0;
            };
        if (decoded != 0) {
          sb.append(decoded);
          i++;
          continue;
        }
      }
      sb.append(c);
    }
    return sb.toString();
  }

  private static String json(List<String> strings) {
    try {
      return MAPPER.writeValueAsString(strings);
    } catch (JsonProcessingException e) {
      return strings.toString();
    }
  }
}
