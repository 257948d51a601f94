package dev.lede.text;

/**
 * The text one scan reads, counting every character read so that a test can hold the splitter to linear
 * work. One per scan; not thread-safe. The chars are copied once into an array: reads by index then skip
 * the checks {@code String.charAt} makes on every call (its coder, and a bounds check that is not
 * hoisted out of the scanner's loops for UTF-16 text).
 */
final class ScanText {
  private final char[] chars;
  private long reads;

  ScanText(CharSequence text) {
    this.chars = text.toString().toCharArray();
  }

  int length() {
    return chars.length;
  }

  char at(int i) {
    reads++;
    return chars[i];
  }

  String read(int from, int to) {
    reads += to - from;
    return new String(chars, from, to - from);
  }

  /**
   * The chars, for a loop that reads a run of them with no call per char; it must then {@link #count}
   * what it read.
   */
  char[] chars() {
    return chars;
  }

  /** Counts {@code k} chars read straight from {@link #chars}. */
  void count(int k) {
    reads += k;
  }

  long reads() {
    return reads;
  }
}
