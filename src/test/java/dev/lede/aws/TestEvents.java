package dev.lede.aws;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Builds S3 event notifications the way S3 sends them (keys URL-encoded with {@code +} for spaces and
 * {@code /} kept), for objects the tests really uploaded.
 */
final class TestEvents {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  /** Sequencers grow across the whole run, as S3's do for one key. */
  private static final AtomicLong SEQUENCE = new AtomicLong(0x0065A1B2C3D4E000L);

  private TestEvents() {}

  static String nextSequencer() {
    return String.format("%018X", SEQUENCE.addAndGet(0x10));
  }

  /** S3's notification encoding of a key. */
  static String encodeKey(String key) {
    return URLEncoder.encode(key, StandardCharsets.UTF_8).replace("%2F", "/");
  }

  static ObjectNode record(String eventName, ObjectRef ref) {
    ObjectNode r = MAPPER.createObjectNode();
    r.put("eventVersion", "2.1");
    r.put("eventSource", "aws:s3");
    r.put("awsRegion", "us-east-1");
    r.put("eventTime", "2026-01-19T08:30:00.000Z");
    r.put("eventName", eventName);
    r.putObject("userIdentity").put("principalId", "EXAMPLE");
    ObjectNode s3 = r.putObject("s3");
    s3.put("s3SchemaVersion", "1.0");
    s3.put("configurationId", "test");
    ObjectNode bucket = s3.putObject("bucket");
    bucket.put("name", ref.bucket());
    bucket.put("arn", "arn:aws:s3:::" + ref.bucket());
    ObjectNode object = s3.putObject("object");
    object.put("key", encodeKey(ref.key()));
    if (ref.size() != null) {
      object.put("size", ref.size());
    }
    if (ref.eTag() != null) {
      object.put("eTag", ref.eTag());
    }
    if (ref.versionId() != null) {
      object.put("versionId", ref.versionId());
    }
    if (ref.sequencer() != null) {
      object.put("sequencer", ref.sequencer());
    }
    return r;
  }

  static byte[] notification(ObjectNode... records) {
    ObjectNode root = MAPPER.createObjectNode();
    ArrayNode array = root.putArray("Records");
    for (ObjectNode r : records) {
      array.add(r);
    }
    try {
      return MAPPER.writeValueAsBytes(root);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] created(ObjectRef... refs) {
    ObjectNode[] records = new ObjectNode[refs.length];
    for (int i = 0; i < refs.length; i++) {
      records[i] = record("ObjectCreated:Put", refs[i]);
    }
    return notification(records);
  }
}
