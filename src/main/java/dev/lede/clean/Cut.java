package dev.lede.clean;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A range {@code [start, end)} of a paragraph's text to remove, and why. */
record Cut(int start, int end, RemovalReason reason) {
  /** By start, the longer first; a class, not a lambda chain, whose bootstrap would cost a cold start. */
  private static final Comparator<Cut> ORDER = new Comparator<>() {
    @Override
    public int compare(Cut a, Cut b) {
      int byStart = Integer.compare(a.start, b.start);
      return byStart != 0 ? byStart : Integer.compare(b.end, a.end);
    }
  };

  /** The cuts sorted by start, each dropped that overlaps one kept before it. */
  static List<Cut> disjoint(List<Cut> cuts) {
    if (cuts.isEmpty()) {
      return List.of(); // most paragraphs, asked by every stage: no copies, no comparator
    }
    List<Cut> sorted = new ArrayList<>(cuts);
    sorted.sort(ORDER);
    List<Cut> out = new ArrayList<>(sorted.size());
    int last = -1;
    for (Cut c : sorted) {
      if (c.end() > c.start() && c.start() >= last) {
        out.add(c);
        last = c.end();
      }
    }
    return out;
  }
}
