package dev.lede.cli.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.Digest;
import java.io.PrintStream;
import java.util.Map;

/**
 * One measure over an evaluation set of articles ({@code id}, {@code text} and labels per line).
 * Instances collect state across rows; make a new one per run.
 */
public interface ArticleMeasure {
  /** Whether this row carries the label this measure needs. */
  boolean applies(JsonNode row);

  /** Scores one article. {@code failures} receives a short line per miss when asked for, else null. */
  void add(JsonNode row, Digest digest, PrintStream failures);

  /** The figures, in a stable order; values are numbers or strings. */
  Map<String, Object> result();
}
