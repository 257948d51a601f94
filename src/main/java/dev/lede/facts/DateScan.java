package dev.lede.facts;

import dev.lede.facts.DateExtractor.Found;
import dev.lede.facts.DateExtractor.Kind;
import dev.lede.text.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * One pass of the date scanner over one text: the tokens, the reference day (or null) and the dates found
 * so far, with what the written and the relative forms share. Used by one thread, once.
 */
final class DateScan {
  final TextTokens t;
  final ReferenceDate ref;
  final List<Found> out = new ArrayList<>();

  DateScan(TextTokens t, ReferenceDate ref) {
    this.t = t;
    this.ref = ref;
  }

  /** The clause holding token {@code i} speaks of the future. */
  boolean future(int i) {
    return Tense.isFuture(t, i);
  }

  /** The reference's basis for a resolved value, {@code none} otherwise. */
  String basis(boolean resolved) {
    return resolved ? ref.basis() : DateExtractor.UNRESOLVED;
  }

  /** Records a date over tokens {@code [first, end)}; returns {@code end}. */
  int add(int first, int end, Kind kind, String value, String basis) {
    Span span = new Span(t.start(first), t.end(end - 1));
    out.add(new Found(first, end, kind, new DateFact(span.of(t.text).toString(), value, basis, span)));
    return end;
  }

  /** Token {@code i} opens a sentence, a paragraph or a quotation. */
  boolean sentenceStart(int i) {
    return i == 0 || t.isBoundary(i - 1) || t.lineBreakBefore(i) || t.isMark(i - 1, '"')
        || t.isMark(i - 1, '\u201C') || t.isMark(i - 1, '\u2018') || t.isMark(i - 1, '\'');
  }
}
