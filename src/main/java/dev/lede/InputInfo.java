package dev.lede;

import java.time.LocalDate;

/**
 * What the caller knows about an input besides its bytes. Every field may be null.
 *
 * @param name a file name or object key; its extension hints at the format (.txt, .html, .md)
 * @param mediaType a declared content type such as {@code text/html; charset=utf-8}
 * @param referenceDate the date relative dates resolve against when the article states none (the S3
 *     object's last-modified day, or {@code --date})
 */
public record InputInfo(String name, String mediaType, LocalDate referenceDate) {
  public static final InputInfo NONE = new InputInfo(null, null, null);

  public static InputInfo named(String name) {
    return new InputInfo(name, null, null);
  }

  public InputInfo withReferenceDate(LocalDate date) {
    return new InputInfo(name, mediaType, date);
  }
}
