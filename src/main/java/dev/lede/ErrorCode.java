package dev.lede;

/** Why an input could not be summarised. The JSON error document carries the lower-case name. */
public enum ErrorCode {
  /** The bytes are not text in any encoding Lede reads (images, archives, random bytes). */
  NOT_TEXT,
  /** The input is larger than the configured limit. */
  TOO_LARGE,
  /** The input is compressed and expands beyond the configured limit, or is corrupt. */
  BAD_COMPRESSION,
  /** The input could not be read (missing file, I/O failure). Set by adapters, never by the core. */
  UNREADABLE,
  /** An unexpected failure inside Lede; a bug. */
  INTERNAL;

  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
