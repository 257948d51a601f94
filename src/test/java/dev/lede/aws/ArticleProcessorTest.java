package dev.lede.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.lede.InputInfo;
import dev.lede.aws.ObjectStore.Found;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ArticleProcessorTest {
  static Found found(String contentType, Instant lastModified) {
    return new Found(new byte[0], contentType, lastModified, "abc", null);
  }

  @Test
  void theReferenceDateIsTheObjectsLastModifiedDayInUtc() {
    InputInfo info = ArticleProcessor.inputInfo(
        ObjectRef.of("in", "articles/a.html"), found("text/html", Instant.parse("2026-01-19T23:30:00Z")));
    assertEquals(LocalDate.of(2026, 1, 19), info.referenceDate());
    assertEquals("articles/a.html", info.name());
    assertEquals("text/html", info.mediaType());
  }

  @Test
  void genericBinaryContentTypesAreNoHint() {
    assertNull(ArticleProcessor.inputInfo(ObjectRef.of("in", "a.txt"), found("binary/octet-stream", null)).mediaType());
    assertNull(ArticleProcessor.inputInfo(ObjectRef.of("in", "a.txt"), found("application/octet-stream", null)).mediaType());
    assertNull(ArticleProcessor.inputInfo(ObjectRef.of("in", "a.txt"), found(null, null)).referenceDate());
  }

  @Test
  void theSourceBlockHoldsOnlyFactsOfTheVersion() {
    ObjectRef ref = new ObjectRef("in", "a.txt", "v1", "\"abc\"", 10L, "00AA");
    var source = ArticleProcessor.source(ref, found("text/plain", Instant.parse("2026-01-19T08:30:00Z")));
    assertEquals(
        java.util.List.of("bucket", "key", "versionId", "eTag", "size", "sequencer", "lastModified"),
        java.util.List.copyOf(source.keySet()));
    assertEquals("abc", source.get("eTag"));
    assertEquals("2026-01-19T08:30:00Z", source.get("lastModified"));
  }
}
