package dev.lede.clean;

import java.util.Locale;

/** Why a piece of the input is not in the cleaned text. The JSON carries the lower-case name. */
public enum RemovalReason {
  /** A repeat of text kept earlier: a whole copy of the article, a paragraph or a sentence. */
  DUPLICATE,
  /** The headline, reported as {@code title} rather than kept in the body. */
  TITLE,
  /** A photo caption or a sub-heading glued to the text. */
  CAPTION,
  /** A photo or agency credit such as "[Photo/Xinhua]" or "(AP Photo)". */
  CREDIT,
  /** The place/agency prefix of the lead, such as "BEIJING -- " or "(CNN) --". */
  DATELINE,
  /** Page furniture: share widgets, related headlines, editor lines, print/size buttons. */
  CHROME;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
