package dev.lede.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

  @Test
  void twoDescriptionsNameTheSameVersionOnlyWhenTheirIdsAgreeAndTheirETagsDoNotDisagree() {
    assertTrue(ArticleProcessor.sameVersion("v1", "abc", "v1", "ABC"), "eTags compare without case");
    assertTrue(ArticleProcessor.sameVersion("v1", null, "v1", "abc"), "a versionId alone suffices");
    assertFalse(ArticleProcessor.sameVersion("v1", "abc", "v2", "abc"), "same content, another version");
    assertFalse(ArticleProcessor.sameVersion("v1", "abc", "v1", "def"));
    assertTrue(ArticleProcessor.sameVersion(null, "abc", null, "abc"), "unversioned: the eTag decides");
    assertFalse(ArticleProcessor.sameVersion(null, "abc", null, null), "unknown is never the same");
    assertFalse(ArticleProcessor.sameVersion(null, "abc", "v1", "abc"));
  }
}
