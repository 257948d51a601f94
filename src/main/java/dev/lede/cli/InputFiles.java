package dev.lede.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads CLI inputs with a size cap, so a huge file is refused before it is read whole. */
final class InputFiles {
  private InputFiles() {}

  /** Thrown when an input is larger than the cap; carries the size seen so far. */
  static final class TooLargeException extends IOException {
    private static final long serialVersionUID = 1L;
    final long size;

    TooLargeException(long size) {
      super("input is larger than the limit");
      this.size = size;
    }
  }

  /** Reads {@code name} ({@code -} for {@code stdin}), refusing more than {@code maxBytes}. */
  static byte[] read(String name, InputStream stdin, int maxBytes) throws IOException {
    if (name.equals("-")) {
      return readCapped(stdin, maxBytes);
    }
    Path p = Path.of(name);
    long size = Files.size(p);
    if (size > maxBytes) {
      throw new TooLargeException(size);
    }
    try (InputStream s = Files.newInputStream(p)) {
      return readCapped(s, maxBytes);
    }
  }

  private static byte[] readCapped(InputStream s, int maxBytes) throws IOException {
    byte[] b = s.readNBytes(maxBytes + 1);
    if (b.length > maxBytes) {
      throw new TooLargeException(b.length);
    }
    return b;
  }
}
