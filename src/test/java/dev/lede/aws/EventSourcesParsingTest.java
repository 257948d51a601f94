package dev.lede.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.amazonaws.services.lambda.runtime.events.S3BatchEvent;
import com.amazonaws.services.lambda.runtime.events.S3BatchEventV2;
import com.amazonaws.services.lambda.runtime.events.S3BatchResponse;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample events of every source beyond the direct trigger, loaded with the Lambda runtime's own
 * serialisation (aws-lambda-java-tests' {@link EventLoader}, into {@link SQSEvent},
 * {@link ScheduledEvent} (the EventBridge envelope), {@link S3BatchEvent} and {@link S3BatchEventV2}),
 * must read the same through the handler's own parsing; and the responses the handler writes must load
 * as the library's {@link SQSBatchResponse} and {@link S3BatchResponse}.
 */
class EventSourcesParsingTest {
  static final ObjectMapper MAPPER = new ObjectMapper();

  static Object tree(String file) throws IOException {
    return EventJson.read(Files.readAllBytes(Path.of("events", file)));
  }

  @Test
  void everySampleEventHasTheShapeItsNameSays() throws IOException {
    Map<String, EventShape> expected = Map.of(
        "sqs-s3.json", EventShape.SQS, "sqs-sns-s3.json", EventShape.SQS, "sqs-test-event.json", EventShape.SQS,
        "eventbridge-object-created.json", EventShape.EVENTBRIDGE,
        "batch-v1.json", EventShape.BATCH_OPERATIONS, "batch-v2.json", EventShape.BATCH_OPERATIONS,
        "s3-put.json", EventShape.S3_NOTIFICATION, "s3-test-event.json", EventShape.S3_NOTIFICATION);
    for (Map.Entry<String, EventShape> e : expected.entrySet()) {
      assertEquals(e.getValue(), EventShape.of(tree(e.getKey())), e.getKey());
    }
    assertEquals(EventShape.UNKNOWN, EventShape.of(EventJson.read("{\"Records\":[{\"EventSource\":\"aws:sns\"}]}".getBytes(StandardCharsets.UTF_8))));
    assertEquals(EventShape.UNKNOWN, EventShape.of(EventJson.read("[1,2]".getBytes(StandardCharsets.UTF_8))));
  }

  @Test
  void sqsMessagesReadAsTheRuntimeReadsThem() throws IOException {
    for (String file : List.of("sqs-s3.json", "sqs-sns-s3.json", "sqs-test-event.json")) {
      SQSEvent runtime = EventLoader.loadSQSEvent("events/" + file);
      List<Object> ours = EventJson.array(EventJson.object(tree(file)).get("Records"));
      assertEquals(runtime.getRecords().size(), ours.size(), file);
      for (int i = 0; i < ours.size(); i++) {
        SQSEvent.SQSMessage m = runtime.getRecords().get(i);
        assertEquals("aws:sqs", m.getEventSource());
        assertEquals(m.getMessageId(), EventJson.text(ours.get(i), "messageId"));
        assertEquals(m.getBody(), EventJson.text(ours.get(i), "body"));
      }
    }
  }

  @Test
  void anSqsBodyHoldingAnS3NotificationReadsAsTheRuntimeReadsTheNotification(@TempDir Path tmp) throws IOException {
    SQSEvent runtime = EventLoader.loadSQSEvent("events/sqs-s3.json");
    for (SQSEvent.SQSMessage m : runtime.getRecords()) {
      Path body = Files.writeString(tmp.resolve(m.getMessageId() + ".json"), m.getBody());
      S3EventNotificationRecord expected = EventLoader.loadS3Event(body.toString()).getRecords().get(0);

      S3Notification.Record ours = SqsBatchHandler.notificationIn(m.getBody()).records().get(0);

      assertEquals(expected.getS3().getBucket().getName(), ours.object().bucket());
      assertEquals(expected.getS3().getObject().getUrlDecodedKey(), ours.object().key());
      assertEquals(expected.getS3().getObject().geteTag(), ours.object().eTag());
      assertEquals(expected.getS3().getObject().getSequencer(), ours.object().sequencer());
      assertEquals(expected.getEventName(), ours.eventName());
    }
  }

  @Test
  void anSnsEnvelopeInAnSqsBodyIsUnwrapped(@TempDir Path tmp) throws IOException {
    String body = EventLoader.loadSQSEvent("events/sqs-sns-s3.json").getRecords().get(0).getBody();
    JsonNode envelope = MAPPER.readTree(body);
    assertEquals("Notification", envelope.path("Type").asText());

    S3Notification n = SqsBatchHandler.notificationIn(body);

    Path message = Files.writeString(tmp.resolve("message.json"), envelope.path("Message").asText());
    S3Event inner = EventLoader.loadS3Event(message.toString());
    assertEquals(1, n.records().size());
    assertEquals(inner.getRecords().get(0).getS3().getObject().getUrlDecodedKey(), n.records().get(0).object().key());
    assertEquals(inner.getRecords().get(0).getS3().getObject().getSequencer(), n.records().get(0).object().sequencer());
    assertTrue(SqsBatchHandler.notificationIn(
        EventLoader.loadSQSEvent("events/sqs-test-event.json").getRecords().get(0).getBody()).testEvent());
  }

  @Test
  void bodiesThatAreNoS3EventAreRefusedWithoutQuotingThem() {
    for (String bad : List.of("SECRET not json", "{\"SECRET\":1}", "[\"SECRET\"]",
        "{\"Type\":\"Notification\",\"Message\":\"{\\\"Type\\\":\\\"Notification\\\",\\\"Message\\\":\\\"{}\\\"}\"}")) {
      BadEventException e = assertThrows(BadEventException.class, () -> SqsBatchHandler.notificationIn(bad), bad);
      assertTrue(!e.getMessage().contains("SECRET"), e.getMessage());
    }
    assertThrows(BadEventException.class, () -> SqsBatchHandler.notificationIn(null));
  }

  @Test
  void theEventBridgeEventReadsAsTheRuntimeReadsIt() throws IOException {
    ScheduledEvent runtime = EventLoader.loadScheduledEvent("events/eventbridge-object-created.json");

    S3Notification.Record ours = EventBridgeEvents.record(tree("eventbridge-object-created.json"));

    assertEquals("Object Created", runtime.getDetailType());
    assertEquals("aws.s3", runtime.getSource());
    Map<?, ?> detail = runtime.getDetail();
    assertEquals(((Map<?, ?>) detail.get("bucket")).get("name"), ours.object().bucket());
    Map<?, ?> object = (Map<?, ?>) detail.get("object");
    assertEquals(object.get("key"), ours.object().key());
    assertEquals(object.get("etag"), ours.object().eTag());
    assertEquals(object.get("sequencer"), ours.object().sequencer());
    assertEquals(((Number) object.get("size")).longValue(), ours.object().size());
    assertNull(ours.object().versionId());
    assertEquals("ObjectCreated:PutObject", ours.eventName());
    assertTrue(ours.isObjectCreated());
  }

  @Test
  void batchTasksReadAsTheRuntimeReadsThem() throws IOException {
    S3BatchEvent v1 = EventLoader.loadEvent("events/batch-v1.json", S3BatchEvent.class);
    S3BatchEvent.Task t1 = v1.getTasks().get(0);
    ObjectRef ours1 = BatchOperationsHandler.taskObject(EventJson.array(EventJson.object(tree("batch-v1.json")).get("tasks")).get(0), "1.0");
    assertEquals("1.0", v1.getInvocationSchemaVersion());
    assertEquals(t1.getS3BucketArn(), "arn:aws:s3:::" + ours1.bucket());
    assertEquals(URLDecoder.decode(t1.getS3Key(), StandardCharsets.UTF_8), ours1.key(), "schema 1.0 keys are URL-encoded");
    assertEquals("articles/city desk/Nørreby tram plan.txt", ours1.key());

    S3BatchEventV2 v2 = EventLoader.loadS3BatchEventV2("events/batch-v2.json");
    S3BatchEventV2.Task t2 = v2.getTasks().get(0);
    ObjectRef ours2 = BatchOperationsHandler.taskObject(EventJson.array(EventJson.object(tree("batch-v2.json")).get("tasks")).get(0), "2.0");
    assertEquals(t2.getS3Bucket(), ours2.bucket());
    assertEquals(t2.getS3Key(), ours2.key());
    assertEquals("backfill-2026-01", v2.getJob().getUserArguments().get("requestedBy"));
  }

  @Test
  void malformedBatchTasksAreRefused() {
    for (String task : List.of("{\"taskId\":\"t\",\"s3Key\":\"k\"}", "{\"taskId\":\"t\",\"s3Key\":\"k\",\"s3BucketArn\":\"b\"}",
        "{\"taskId\":\"t\",\"s3BucketArn\":\"arn:aws:s3:::b\"}", "{\"taskId\":\"t\",\"s3Key\":\"bad%zz\",\"s3BucketArn\":\"arn:aws:s3:::b\"}")) {
      assertThrows(BadEventException.class,
          () -> BatchOperationsHandler.taskObject(EventJson.read(task.getBytes(StandardCharsets.UTF_8)), "1.0"), task);
    }
    assertThrows(BadEventException.class,
        () -> BatchOperationsHandler.taskObject(EventJson.read("{\"taskId\":\"t\",\"s3Key\":\"k\"}".getBytes(StandardCharsets.UTF_8)), "2.0"));
  }

  @Test
  void responsesLoadAsTheLibrarysResponseTypes(@TempDir Path tmp) throws IOException {
    Path sqs = Files.write(tmp.resolve("sqs-response.json"), SqsBatchHandler.response(List.of("m-1", "m-2")));
    SQSBatchResponse sqsResponse = EventLoader.loadEvent(sqs.toString(), SQSBatchResponse.class);
    assertEquals(List.of("m-1", "m-2"),
        sqsResponse.getBatchItemFailures().stream().map(SQSBatchResponse.BatchItemFailure::getItemIdentifier).toList());

    Path batch = Files.write(tmp.resolve("batch-response.json"), BatchOperationsHandler.response("2.0", "inv-1", List.of(
        new BatchOperationsHandler.Result("t-1", "Succeeded", "summarised"),
        new BatchOperationsHandler.Result("t-2", "TemporaryFailure", "SdkServiceException: SlowDown"),
        new BatchOperationsHandler.Result("t-3", "PermanentFailure", "gone"))));
    S3BatchResponse batchResponse = EventLoader.loadEvent(batch.toString(), S3BatchResponse.class);
    assertEquals("2.0", batchResponse.getInvocationSchemaVersion());
    assertEquals("inv-1", batchResponse.getInvocationId());
    assertEquals(S3BatchResponse.ResultCode.PermanentFailure, batchResponse.getTreatMissingKeysAs());
    assertEquals(List.of(S3BatchResponse.ResultCode.Succeeded, S3BatchResponse.ResultCode.TemporaryFailure,
            S3BatchResponse.ResultCode.PermanentFailure),
        batchResponse.getResults().stream().map(S3BatchResponse.Result::getResultCode).toList());
  }
}
