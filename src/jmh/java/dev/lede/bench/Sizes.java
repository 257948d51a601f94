package dev.lede.bench;

/** The article sizes the benchmarks take as a parameter: "5KB", "50KB", "1MB", "5MB" (decimal units). */
final class Sizes {
  private Sizes() {}

  static int bytes(String size) {
    String s = size.trim().toUpperCase(java.util.Locale.ROOT);
    if (s.endsWith("KB")) {
      return Integer.parseInt(s.substring(0, s.length() - 2)) * 1_000;
    }
    if (s.endsWith("MB")) {
      return Integer.parseInt(s.substring(0, s.length() - 2)) * 1_000_000;
    }
    return Integer.parseInt(s);
  }

  /** The same article for the same size in every run and every benchmark. */
  static long seed(String size) {
    return 5L * 1_000_003 + bytes(size);
  }
}
