package dev.lede.aws;

import dev.lede.Lede;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The function's settings, read once at init from the environment variables {@link #VARIABLES} (which
 * {@code template.yaml} declares). Immutable.
 *
 * @param inputBucket the only bucket whose events are accepted
 * @param inputPrefix keys outside this prefix are refused (empty accepts every key)
 * @param outputBucket where documents are written; never the input bucket
 * @param outputPrefix summary documents go to {@code outputPrefix + key + ".json"}
 * @param errorPrefix error documents go to {@code errorPrefix + key + ".json"}
 * @param maxArticleBytes inputs larger than this get an error document and are never read whole
 */
public record LedeConfig(
    String inputBucket,
    String inputPrefix,
    String outputBucket,
    String outputPrefix,
    String errorPrefix,
    int maxArticleBytes) {

  public static final String INPUT_BUCKET = "INPUT_BUCKET";
  public static final String INPUT_PREFIX = "INPUT_PREFIX";
  public static final String OUTPUT_BUCKET = "OUTPUT_BUCKET";
  public static final String OUTPUT_PREFIX = "OUTPUT_PREFIX";
  public static final String ERROR_PREFIX = "ERROR_PREFIX";
  public static final String MAX_ARTICLE_BYTES = "MAX_ARTICLE_BYTES";
  /** Optional "summary ready" notifications; read by {@link NotifyConfig}. */
  public static final String NOTIFY_TOPIC_ARN = "NOTIFY_TOPIC_ARN";
  public static final String NOTIFY_EVENT_BUS = "NOTIFY_EVENT_BUS";

  /** Every environment variable of Lede's own that the function reads. */
  public static final List<String> VARIABLES =
      List.of(INPUT_BUCKET, INPUT_PREFIX, OUTPUT_BUCKET, OUTPUT_PREFIX, ERROR_PREFIX, MAX_ARTICLE_BYTES,
          NOTIFY_TOPIC_ARN, NOTIFY_EVENT_BUS);

  public static final String DEFAULT_OUTPUT_PREFIX = "summaries/";
  public static final String DEFAULT_ERROR_PREFIX = "errors/";
  /** A hard ceiling on MAX_ARTICLE_BYTES, so a typo cannot ask the function to buffer gigabytes. */
  static final int MAX_LIMIT = 256 * 1024 * 1024;

  public LedeConfig {
    Objects.requireNonNull(inputBucket, "inputBucket");
    Objects.requireNonNull(inputPrefix, "inputPrefix");
    Objects.requireNonNull(outputBucket, "outputBucket");
    Objects.requireNonNull(outputPrefix, "outputPrefix");
    Objects.requireNonNull(errorPrefix, "errorPrefix");
    if (inputBucket.isBlank() || outputBucket.isBlank()) {
      throw new IllegalArgumentException("input and output bucket names must not be empty");
    }
    if (inputBucket.equals(outputBucket)) {
      // Writing where the function is triggered invites recursive invocations; refuse at init.
      throw new IllegalArgumentException(
          "the output bucket must differ from the input bucket (both are '" + inputBucket + "')");
    }
    if (outputPrefix.isEmpty() || errorPrefix.isEmpty()
        || outputPrefix.startsWith(errorPrefix) || errorPrefix.startsWith(outputPrefix)) {
      // Nested or empty prefixes would let the summary of one key land on the error document of another.
      throw new IllegalArgumentException(
          "OUTPUT_PREFIX and ERROR_PREFIX must be non-empty and neither may start with the other: '"
              + outputPrefix + "', '" + errorPrefix + "'");
    }
    if (maxArticleBytes <= 0 || maxArticleBytes > MAX_LIMIT) {
      throw new IllegalArgumentException(
          "MAX_ARTICLE_BYTES must be between 1 and " + MAX_LIMIT + ": " + maxArticleBytes);
    }
  }

  /**
   * The configuration of the deployed function: INPUT_BUCKET and OUTPUT_BUCKET are required, the rest
   * have defaults (no input prefix, {@code summaries/}, {@code errors/}, 5 MiB).
   *
   * @throws IllegalArgumentException naming the variable that is missing or malformed
   */
  public static LedeConfig fromEnvironment(Map<String, String> env) {
    return new LedeConfig(
        required(env, INPUT_BUCKET),
        env.getOrDefault(INPUT_PREFIX, ""),
        required(env, OUTPUT_BUCKET),
        orDefault(env, OUTPUT_PREFIX, DEFAULT_OUTPUT_PREFIX),
        orDefault(env, ERROR_PREFIX, DEFAULT_ERROR_PREFIX),
        maxBytes(env));
  }

  /**
   * The configuration of {@code lede invoke}: the same variables, defaulting to the buckets and prefixes
   * of the shipped sample ({@code lede-input}, {@code articles/}, {@code lede-output}).
   */
  public static LedeConfig forLocalRun(Map<String, String> env) {
    return new LedeConfig(
        orDefault(env, INPUT_BUCKET, "lede-input"),
        env.getOrDefault(INPUT_PREFIX, "articles/"),
        orDefault(env, OUTPUT_BUCKET, "lede-output"),
        orDefault(env, OUTPUT_PREFIX, DEFAULT_OUTPUT_PREFIX),
        orDefault(env, ERROR_PREFIX, DEFAULT_ERROR_PREFIX),
        maxBytes(env));
  }

  /** The key of the summary document for an input key. */
  public String summaryKey(String inputKey) {
    return outputPrefix + inputKey + ".json";
  }

  /** The key of the error document for an input key. */
  public String errorKey(String inputKey) {
    return errorPrefix + inputKey + ".json";
  }

  private static String required(Map<String, String> env, String name) {
    String v = env.get(name);
    if (v == null || v.isBlank()) {
      throw new IllegalArgumentException("environment variable " + name + " is not set");
    }
    return v;
  }

  private static String orDefault(Map<String, String> env, String name, String fallback) {
    String v = env.get(name);
    return v == null || v.isEmpty() ? fallback : v;
  }

  private static int maxBytes(Map<String, String> env) {
    String v = env.get(MAX_ARTICLE_BYTES);
    if (v == null || v.isBlank()) {
      return Lede.DEFAULT_MAX_BYTES;
    }
    try {
      return Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(MAX_ARTICLE_BYTES + " must be a whole number of bytes: '" + v + "'");
    }
  }
}
