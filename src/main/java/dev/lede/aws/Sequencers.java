package dev.lede.aws;

import java.util.Locale;

/**
 * Orders S3 event sequencers. A sequencer is a hexadecimal string; for one key, the greater value is the
 * later event. Values differ in length, so (as the S3 documentation prescribes) the shorter one is padded
 * on the left with zeros before a lexicographic comparison.
 */
public final class Sequencers {
  private Sequencers() {}

  /** Negative when {@code a} is older than {@code b}, zero when equal, positive when newer. */
  public static int compare(String a, String b) {
    String x = a.strip().toUpperCase(Locale.ROOT);
    String y = b.strip().toUpperCase(Locale.ROOT);
    int width = Math.max(x.length(), y.length());
    return pad(x, width).compareTo(pad(y, width));
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
  }
}
