package dev.lede.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects text into paragraphs: whitespace collapses to single spaces, a block boundary ends the
 * current paragraph, empty paragraphs vanish, and so do paragraphs made of two or more links and
 * little else. Knows the offset each paragraph will have once they are
 * joined with blank lines. Not thread-safe.
 */
final class ParagraphWriter {
  static final String SEPARATOR = "\n\n";
  private final List<String> paragraphs = new ArrayList<>();
  private final StringBuilder current = new StringBuilder();
  private boolean pendingSpace;
  private int joinedLength;
  private int linkDepth;
  private int linkChars;
  private int links;

  void text(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00A0' || Character.isSpaceChar(c)) {
        pendingSpace = current.length() > 0;
      } else {
        if (pendingSpace) {
          current.append(' ');
          pendingSpace = false;
        }
        current.append(c);
        if (linkDepth > 0) {
          linkChars++;
        }
      }
    }
  }

  /** Text written until {@link #endLink()} is link text. */
  void startLink() {
    linkDepth++;
    links++;
  }

  void endLink() {
    linkDepth = Math.max(0, linkDepth - 1);
  }

  /** Separates what follows from what came before with a space (table cells). */
  void space() {
    pendingSpace = current.length() > 0;
  }

  /** Ends the current paragraph, if it holds anything. */
  void breakParagraph() {
    pendingSpace = false;
    int linked = linkChars;
    int linkCount = links;
    linkChars = 0;
    links = 0;
    if (current.length() == 0) {
      return;
    }
    String p = current.toString();
    current.setLength(0);
    if (linkCount >= 2 && linked >= 0.8 * nonSpace(p)) {
      return; // a line of links (tags, "more on this", a menu left in the body): not prose
    }
    if (!paragraphs.isEmpty()) {
      joinedLength += SEPARATOR.length();
    }
    paragraphs.add(p);
    joinedLength += p.length();
  }

  private static int nonSpace(String p) {
    int n = 0;
    for (int i = 0; i < p.length(); i++) {
      if (p.charAt(i) != ' ') {
        n++;
      }
    }
    return n;
  }

  /** The offset in the joined text where the next paragraph will start (or the current one started). */
  int offset() {
    if (current.length() > 0) {
      return joinedLength + (paragraphs.isEmpty() ? 0 : SEPARATOR.length()) + current.length();
    }
    return joinedLength + (paragraphs.isEmpty() ? 0 : SEPARATOR.length());
  }

  int paragraphCount() {
    return paragraphs.size();
  }

  int length() {
    return joinedLength;
  }

  List<String> paragraphs() {
    breakParagraph();
    return List.copyOf(paragraphs);
  }
}
