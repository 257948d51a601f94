package dev.lede.text;

/**
 * The text one scan reads, counting every character read so that a test can hold the splitter to linear
 * work. One per scan; not thread-safe.
 */
final class ScanText {
  private final String text;
  private long reads;

  ScanText(CharSequence text) {
    this.text = text.toString(); // one copy at most, and monomorphic reads
  }

  int length() {
    return text.length();
  }

  char at(int i) {
    reads++;
    return text.charAt(i);
  }

  String read(int from, int to) {
    reads += to - from;
    return text.substring(from, to);
  }

  long reads() {
    return reads;
  }
}
