package dev.lede;

import java.time.LocalDate;

/**
 * What the caller knows about an input besides its bytes. Every field may be null.
 *
 * @param name a file name or object key; its extension hints at the format (.txt, .html, .md)
 * @param mediaType a declared content type such as {@code text/html; charset=utf-8}
 * @param referenceDate the date relative dates resolve against when the article states none (the S3
 *     object's last-modified day, or {@code --date})
 * @param title the article's headline when the caller already knows it, as when the text is the body of
 *     an article cleaned before; it is then not looked for in the text
 * @param dateline the article's dateline ("BEIJING") when the caller already knows it, likewise
 */
public record InputInfo(
    String name, String mediaType, LocalDate referenceDate, String title, String dateline) {
  public static final InputInfo NONE = new InputInfo(null, null, null);

  public InputInfo(String name, String mediaType, LocalDate referenceDate) {
    this(name, mediaType, referenceDate, null, null);
  }

  public static InputInfo named(String name) {
    return new InputInfo(name, null, null);
  }

  public InputInfo withReferenceDate(LocalDate date) {
    return new InputInfo(name, mediaType, date, title, dateline);
  }

  /** This with the headline and dateline of an article already cleaned (each may be null). */
  public InputInfo withKnown(String title, String dateline) {
    return new InputInfo(name, mediaType, referenceDate, title, dateline);
  }
}
