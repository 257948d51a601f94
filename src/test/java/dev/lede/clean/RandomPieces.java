package dev.lede.clean;

import java.util.Random;

/** Random test lines made of pieces a fast path must tell apart, for tests that hold it to a slower rule. */
final class RandomPieces {
  private RandomPieces() {}

  /** Up to 13 pieces, each followed by a space two times in three. */
  static String line(Random random, String[] pieces) {
    StringBuilder b = new StringBuilder();
    int n = random.nextInt(14);
    for (int k = 0; k < n; k++) {
      b.append(pieces[random.nextInt(pieces.length)]);
      if (random.nextInt(3) > 0) {
        b.append(' ');
      }
    }
    return b.toString();
  }
}
