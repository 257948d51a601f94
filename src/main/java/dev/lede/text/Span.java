package dev.lede.text;

/**
 * A half-open range {@code [start, end)} of char offsets into a piece of text. Immutable.
 */
public record Span(int start, int end) implements Comparable<Span> {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  public int length() {
    return end - start;
  }

  public boolean isEmpty() {
    return start == end;
  }

  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  public Span shift(int delta) {
    return new Span(start + delta, end + delta);
  }

  public CharSequence of(CharSequence text) {
    return text.subSequence(start, end);
  }

  @Override
  public int compareTo(Span o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
  }
}
