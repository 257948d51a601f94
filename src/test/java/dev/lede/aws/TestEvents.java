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

  static byte[] json(Object tree) {
    try {
      return MAPPER.writeValueAsBytes(tree);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** One SQS record as Lambda's event source mapping delivers it. */
  static ObjectNode sqsMessage(String messageId, String body) {
    ObjectNode m = MAPPER.createObjectNode();
    m.put("messageId", messageId);
    m.put("receiptHandle", "AQEB" + messageId);
    m.put("body", body);
    ObjectNode attributes = m.putObject("attributes");
    attributes.put("ApproximateReceiveCount", "1");
    attributes.put("SentTimestamp", "1768811400000");
    m.putObject("messageAttributes");
    m.put("md5OfBody", "EXAMPLE");
    m.put("eventSource", "aws:sqs");
    m.put("eventSourceARN", "arn:aws:sqs:us-east-1:123456789012:lede-articles");
    m.put("awsRegion", "us-east-1");
    return m;
  }

  static byte[] sqs(ObjectNode... messages) {
    ObjectNode root = MAPPER.createObjectNode();
    ArrayNode array = root.putArray("Records");
    for (ObjectNode m : messages) {
      array.add(m);
    }
    return json(root);
  }

  /** An SNS notification as SNS delivers it to a subscribed queue (raw delivery off). */
  static String snsEnvelope(byte[] message) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("Type", "Notification");
    n.put("MessageId", "0f7e2c6a-8d13-5b4e-9a21-7c3d5e9f1b03");
    n.put("TopicArn", "arn:aws:sns:us-east-1:123456789012:lede-uploads");
    n.put("Subject", "Amazon S3 Notification");
    n.put("Message", new String(message, StandardCharsets.UTF_8));
    n.put("Timestamp", "2026-01-19T08:30:00.512Z");
    n.put("SignatureVersion", "1");
    return new String(json(n), StandardCharsets.UTF_8);
  }

  /** An EventBridge S3 event; the key goes as it is (EventBridge does not URL-encode it). */
  static byte[] eventBridge(String detailType, ObjectRef ref) {
    ObjectNode e = MAPPER.createObjectNode();
    e.put("version", "0");
    e.put("id", "17793124-05d4-b198-2fde-7ededc63b103");
    e.put("detail-type", detailType);
    e.put("source", "aws.s3");
    e.put("account", "123456789012");
    e.put("time", "2026-01-19T08:30:00Z");
    e.put("region", "us-east-1");
    e.putArray("resources").add("arn:aws:s3:::" + ref.bucket());
    ObjectNode detail = e.putObject("detail");
    detail.put("version", "0");
    detail.putObject("bucket").put("name", ref.bucket());
    ObjectNode object = detail.putObject("object");
    object.put("key", ref.key());
    if (ref.size() != null) {
      object.put("size", ref.size());
    }
    if (ref.eTag() != null) {
      object.put("etag", ref.eTag());
    }
    if (ref.versionId() != null) {
      object.put("version-id", ref.versionId());
    }
    if (ref.sequencer() != null) {
      object.put("sequencer", ref.sequencer());
    }
    detail.put("reason", "PutObject");
    return json(e);
  }

  /** One task of an S3 Batch Operations invocation: the key URL-encoded for schema 1.0 only. */
  static ObjectNode batchTask(String version, String taskId, String bucket, String key, String versionId) {
    ObjectNode t = MAPPER.createObjectNode();
    t.put("taskId", taskId);
    t.put("s3Key", version.equals("1.0") ? encodeKey(key) : key);
    if (versionId == null) {
      t.putNull("s3VersionId");
    } else {
      t.put("s3VersionId", versionId);
    }
    if (version.equals("1.0")) {
      t.put("s3BucketArn", "arn:aws:s3:::" + bucket);
    } else {
      t.put("s3Bucket", bucket);
    }
    return t;
  }

  static byte[] batch(String version, ObjectNode... tasks) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("invocationSchemaVersion", version);
    root.put("invocationId", "YXNkbGZqYWRmaiBhc2RmdW9hZHNmZGpmaGFzbGtkaGZza2RmaAo");
    ObjectNode job = root.putObject("job");
    job.put("id", "f3cc4f60-61f6-4a2b-8a21-d07600c373ce");
    if (version.equals("2.0")) {
      job.putObject("userArguments").put("requestedBy", "test");
    }
    ArrayNode array = root.putArray("tasks");
    for (ObjectNode t : tasks) {
      array.add(t);
    }
    return json(root);
  }

  static byte[] created(ObjectRef... refs) {
    ObjectNode[] records = new ObjectNode[refs.length];
    for (int i = 0; i < refs.length; i++) {
      records[i] = record("ObjectCreated:Put", refs[i]);
    }
    return notification(records);
  }
}
