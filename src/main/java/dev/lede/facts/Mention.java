package dev.lede.facts;

/**
 * One candidate name in the text: a run of tokens, what it was taken for and how sure that is. Mutable
 * while one recognition runs; never shared between calls.
 */
final class Mention {
  /** No evidence beyond capitals. */
  static final int UNSURE = 0;
  /** A default reading ("two unknown capitalised words are most often a person"). */
  static final int GUESS = 1;
  /** A cue in the context: a title, a given name, a role noun, a team in sports copy. */
  static final int CUE = 2;
  /** The word lists or the shape of the name itself ("... Party", "Mount ...", a dateline). */
  static final int SURE = 3;

  /** Token range {@code [first, last)}. */
  final int first;
  final int last;
  /** Char range of the name in the text; an alias like "the Party" may start earlier. */
  int start;
  final int end;
  final String key;
  /** The {@link NameKeys} id of {@link #key}, or -1 when the mention was not made by {@link MentionFinder}. */
  int keyId = -1;
  final String surface;
  final boolean headline;
  EntityType type;
  int strength;
  /** A title ("President") or role noun ("striker") stands just before. */
  boolean personCue;
  /** The mention this one is another name for, or null. */
  Mention target;

  Mention(int first, int last, int start, int end, String key, String surface, boolean headline) {
    this.first = first;
    this.last = last;
    this.start = start;
    this.end = end;
    this.key = key;
    this.surface = surface;
    this.headline = headline;
  }

  int tokens() {
    return last - first;
  }

  void set(EntityType type, int strength) {
    this.type = type;
    this.strength = strength;
  }

  /** The mention that stands for the entity this one names. */
  Mention root() {
    Mention m = this;
    int guard = 0;
    while (m.target != null && guard++ < 8) {
      m = m.target;
    }
    return m;
  }

  @Override
  public String toString() {
    return surface + "/" + type + strength;
  }
}
