package dev.lede.text;

import java.util.List;

/** The rule splitter, counting how many texts it was asked to split: how tests see what a cache saves. */
public final class CountingSplitter implements SentenceSplitter {
  private static final SentenceSplitter RULES = new RuleSentenceSplitter();
  private int calls;

  public int calls() {
    return calls;
  }

  @Override
  public List<Span> split(CharSequence text) {
    calls++;
    return RULES.split(text);
  }

  @Override
  public boolean splitsLinesAlone() {
    return RULES.splitsLinesAlone();
  }
}
