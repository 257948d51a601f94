package dev.lede.aws;

import java.util.Locale;
import java.util.Objects;

/**
 * What happened to one object. Every outcome is final: the event needs no retry.
 *
 * @param status what was done
 * @param object the object the event named
 * @param outputKey the document written or found in the output bucket, or null (gone, ignored)
 * @param detail a short reason for logs; never article text
 */
public record Outcome(Status status, ObjectRef object, String outputKey, String detail) {
  public Outcome {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(object, "object");
  }

  public enum Status {
    /** A summary document was written. */
    SUMMARISED,
    /** An error document was written (too large, not text, internal error). */
    ERROR_DOCUMENT,
    /** A document for this very event already exists; nothing was written. */
    DUPLICATE,
    /** A document for a newer event on the same key exists; nothing was written. */
    STALE,
    /** The object was deleted or overwritten before it could be read; nothing was written. */
    GONE,
    /** Not an ObjectCreated event; nothing was read or written. */
    IGNORED;

    /** The lower-case name used in logs and responses. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
