package dev.lede.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.services.eventbridge.EventBridgeClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * The event-source scenarios against LocalStack in Docker (S3, SQS, SNS, EventBridge), plus what only real
 * services show: S3 delivering its notifications to a real queue, and notices arriving through a real
 * topic and a real bus. Skipped, saying why, where no Docker engine is reachable; the same scenarios run
 * against S3Mock ({@link S3MockEventSourcesTest}) and a capturing endpoint ({@link NotificationTest}).
 */
@EnabledIf(
    value = "dev.lede.aws.LocalStackServer#dockerAvailable",
    disabledReason =
        "skipped: no Docker engine is reachable, so LocalStack cannot start; the same scenarios run against "
            + "S3Mock (S3MockEventSourcesTest) and a capturing endpoint (NotificationTest) here")
class LocalStackEventSourcesTest extends EventSourceScenarios {
  private static SqsClient sqs;

  @BeforeAll
  static void queues() {
    sqs = SqsClient.builder().endpointOverride(LocalStackServer.endpoint()).region(LocalStackServer.region())
        .credentialsProvider(LocalStackServer.credentials()).httpClient(S3Clients.httpClient()).build();
  }

  @AfterAll
  static void close() {
    if (sqs != null) {
      sqs.close();
    }
  }

  @Override
  S3Client s3() {
    return LocalStackServer.s3();
  }

  @Override
  S3Client s3With(SdkHttpClient http) {
    return LocalStackServer.s3With(http);
  }

  private Map<String, String> env() {
    return Map.of(S3Clients.AWS_REGION, LocalStackServer.region().id(),
        S3Clients.AWS_ENDPOINT_URL, LocalStackServer.endpoint().toString());
  }

  private String queue(String name) {
    return sqs.createQueue(b -> b.queueName(name)).queueUrl();
  }

  private String arnOf(String queueUrl) {
    return sqs.getQueueAttributes(b -> b.queueUrl(queueUrl).attributeNames(QueueAttributeName.QUEUE_ARN))
        .attributes().get(QueueAttributeName.QUEUE_ARN);
  }

  /** Receives until {@code count} messages arrived or about 30 seconds passed. */
  private List<Message> receive(String queueUrl, int count) {
    List<Message> got = new ArrayList<>();
    for (int i = 0; i < 6 && got.size() < count; i++) {
      got.addAll(sqs.receiveMessage(b -> b.queueUrl(queueUrl).maxNumberOfMessages(10).waitTimeSeconds(5)
          .messageAttributeNames("All")).messages());
    }
    return got;
  }

  private S3EventHandler handler(SummaryPublisher publisher) {
    return new S3EventHandler(new S3ObjectStore(s3()), config(5 * 1024 * 1024), publisher,
        new JsonLog(new PrintStream(logs, true, StandardCharsets.UTF_8), Clock.systemUTC()));
  }

  @Test
  void s3DeliversToARealQueueAndTheBatchIsSummarised() throws IOException {
    String queueUrl = queue(input + "-articles");
    String queueArn = arnOf(queueUrl);
    s3().putBucketNotificationConfiguration(b -> b.bucket(input).notificationConfiguration(n -> n.queueConfigurations(
        q -> q.queueArn(queueArn).eventsWithStrings("s3:ObjectCreated:*")
            .filter(f -> f.key(k -> k.filterRules(r -> r.name("prefix").value("articles/")))))));
    upload("articles/queued story.txt", article("Through a real queue."));

    List<Message> messages = receive(queueUrl, 1);
    ObjectNode[] records = messages.stream()
        .map(m -> TestEvents.sqsMessage(m.messageId(), m.body())).toArray(ObjectNode[]::new);
    JsonNode response = invoke(handler(), TestEvents.sqs(records));

    assertEquals(List.of(), failedMessageIds(response), response.toString());
    assertTrue(exists(output, "summaries/articles/queued story.txt.json"), "summarised from S3's own message: " + messages);
  }

  @Test
  void snsNoticesArriveWithAttributesThatFilterPoliciesMatch() throws IOException {
    try (SnsClient sns = SnsClient.builder().endpointOverride(LocalStackServer.endpoint())
        .region(LocalStackServer.region()).credentialsProvider(LocalStackServer.credentials()).build()) {
      String topic = sns.createTopic(b -> b.name(input + "-summaries")).topicArn();
      String all = queue(input + "-all");
      String htmlOnly = queue(input + "-html");
      sns.subscribe(b -> b.topicArn(topic).protocol("sqs").endpoint(arnOf(all)));
      sns.subscribe(b -> b.topicArn(topic).protocol("sqs").endpoint(arnOf(htmlOnly))
          .attributes(Map.of("FilterPolicy", "{\"format\":[\"html\"]}")));
      SummaryPublisher publisher = NotifyClients.publisher(env(), new NotifyConfig(topic, null), LocalStackServer.credentials());
      ObjectRef ref = upload("articles/seed-article.txt", Files.readAllBytes(SEED));

      invoke(handler(publisher), TestEvents.created(ref));

      List<Message> got = receive(all, 1);
      assertEquals(1, got.size());
      JsonNode envelope = MAPPER.readTree(got.get(0).body());
      JsonNode message = MAPPER.readTree(envelope.path("Message").asText());
      assertEquals("s3://" + output + "/summaries/articles/seed-article.txt.json", message.path("output").path("uri").asText());
      assertEquals("String", envelope.path("MessageAttributes").path("format").path("Type").asText());
      assertEquals("text", envelope.path("MessageAttributes").path("format").path("Value").asText());
      assertEquals(List.of(), sqs.receiveMessage(b -> b.queueUrl(htmlOnly).waitTimeSeconds(2)).messages(),
          "a plain-text article does not match the html filter policy");
    }
  }

  @Test
  void eventBridgeNoticesReachARuleOnTheBus() throws IOException {
    try (EventBridgeClient events = EventBridgeClient.builder().endpointOverride(LocalStackServer.endpoint())
        .region(LocalStackServer.region()).credentialsProvider(LocalStackServer.credentials()).build()) {
      String target = queue(input + "-notices");
      String rule = input + "-summaries";
      events.putRule(b -> b.name(rule).eventPattern(
          "{\"source\":[\"dev.lede\"],\"detail-type\":[\"Article Summarised\"]}"));
      events.putTargets(b -> b.rule(rule).targets(t -> t.id("queue").arn(arnOf(target))));
      SummaryPublisher publisher = NotifyClients.publisher(env(), new NotifyConfig(null, "default"), LocalStackServer.credentials());
      ObjectRef ref = upload("articles/seed-article.txt", Files.readAllBytes(SEED));

      invoke(handler(publisher), TestEvents.created(ref));

      List<Message> got = receive(target, 1);
      assertEquals(1, got.size());
      JsonNode event = MAPPER.readTree(got.get(0).body());
      assertEquals("Article Summarised", event.path("detail-type").asText());
      assertEquals("dev.lede", event.path("source").asText());
      assertEquals("summaries/articles/seed-article.txt.json", event.path("detail").path("output").path("key").asText());
    }
  }
}
