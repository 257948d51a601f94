package dev.lede.aws;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.ArticleMeta;
import dev.lede.Digest;
import dev.lede.Stats;
import dev.lede.clean.DedupStats;
import dev.lede.facts.Entity;
import dev.lede.facts.EntityType;
import dev.lede.facts.KeyFacts;
import dev.lede.json.SchemaAssert;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;

/**
 * "Summary ready" notices: the handler against S3Mock for S3, and SNS / EventBridge clients built as the
 * function builds them, pointed at a {@link CapturingEndpoint}, so each test reads the request the real
 * SDK sent (action, topic or bus, message, attributes, signature scope).
 */
class NotificationTest extends S3Fixture {
  static final String TOPIC = "arn:aws:sns:eu-west-1:123456789012:lede-summaries";
  static final String BUS = "lede-news";
  private CapturingEndpoint endpoint;

  @AfterEach
  void stopEndpoint() {
    if (endpoint != null) {
      endpoint.close();
    }
  }

  /** A publisher built by {@link NotifyClients} from the given variables, sending to the endpoint. */
  SummaryPublisher publisher(Map<String, String> variables, Function<CapturingEndpoint.Request, CapturingEndpoint.Reply> answer) {
    endpoint = CapturingEndpoint.start(answer);
    Map<String, String> env = new HashMap<>(variables);
    env.put(S3Clients.AWS_ENDPOINT_URL, endpoint.uri().toString());
    env.put(S3Clients.AWS_REGION, "us-east-1");
    return NotifyClients.publisher(env, NotifyConfig.fromEnvironment(env),
        StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "secret")));
  }

  S3EventHandler handler(SummaryPublisher publisher) {
    return new S3EventHandler(new S3ObjectStore(s3()), config(5 * 1024 * 1024), publisher,
        new JsonLog(new PrintStream(logs, true, StandardCharsets.UTF_8), java.time.Clock.systemUTC()));
  }

  static CapturingEndpoint.Reply published(CapturingEndpoint.Request r) {
    return "AWSEvents.PutEvents".equals(r.header("X-Amz-Target"))
        ? CapturingEndpoint.eventsPut("e-1")
        : CapturingEndpoint.snsPublished("m-1");
  }

  /** The SNS message attributes of a Publish request, as name → [data type, string value]. */
  static Map<String, List<String>> attributes(Map<String, String> form) {
    Map<String, List<String>> out = new HashMap<>();
    for (int i = 1; form.containsKey("MessageAttributes.entry." + i + ".Name"); i++) {
      String prefix = "MessageAttributes.entry." + i + ".";
      out.put(form.get(prefix + "Name"),
          List.of(form.get(prefix + "Value.DataType"), form.get(prefix + "Value.StringValue")));
    }
    return out;
  }

  static List<String> names(JsonNode entities) {
    List<String> names = new ArrayList<>();
    for (JsonNode e : entities) {
      if (names.size() < SummaryNotice.TOP_ENTITIES) {
        names.add(e.path("name").asText());
      }
    }
    return names;
  }

  @Test
  void aWrittenSummaryIsAnnouncedOnTheTopicWithWhatTheDocumentSays() throws IOException {
    ObjectRef ref = upload("articles/seed-article.txt", Files.readAllBytes(SEED));
    S3EventHandler handler = handler(publisher(Map.of(LedeConfig.NOTIFY_TOPIC_ARN, TOPIC), NotificationTest::published));

    JsonNode report = invoke(handler, TestEvents.created(ref));

    assertEquals("summarised", status(report, 0));
    assertEquals(1, endpoint.requests.size());
    CapturingEndpoint.Request publish = endpoint.requests.get(0);
    assertEquals("POST", publish.method());
    assertTrue(publish.header("Content-Type").startsWith("application/x-www-form-urlencoded"), publish.header("Content-Type"));
    assertTrue(publish.header("Authorization").contains("/eu-west-1/sns/aws4_request"),
        "signed for the topic's region: " + publish.header("Authorization"));
    Map<String, String> form = publish.form();
    assertEquals("Publish", form.get("Action"));
    assertEquals("2010-03-31", form.get("Version"));
    assertEquals(TOPIC, form.get("TopicArn"));
    assertNull(form.get("MessageGroupId"), "a standard topic takes no message group");

    JsonNode doc = MAPPER.readTree(document("summaries/articles/seed-article.txt.json").asByteArray());
    JsonNode message = MAPPER.readTree(form.get("Message"));
    assertEquals(doc.path("summary"), message.path("summary"));
    assertEquals(doc.path("title"), message.path("title"));
    assertEquals(doc.path("language"), message.path("language"));
    assertEquals(doc.path("dateline"), message.path("dateline"));
    assertEquals("text", message.path("format").asText());
    assertEquals("s3://" + output + "/summaries/articles/seed-article.txt.json", message.path("output").path("uri").asText());
    assertEquals("summaries/articles/seed-article.txt.json", message.path("output").path("key").asText());
    assertEquals(ref.versionId(), message.path("source").path("versionId").asText());
    assertEquals(ref.sequencer(), message.path("source").path("sequencer").asText());
    Map<String, List<String>> attributes = attributes(form);
    assertEquals(List.of("String", "text"), attributes.get("format"));
    for (String kind : List.of("people", "organizations", "places")) {
      List<String> top = names(doc.path("keyFacts").path(kind));
      assertEquals(top, MAPPER.convertValue(message.path(kind), List.class), kind);
      if (top.isEmpty()) {
        assertFalse(attributes.containsKey(kind), "no empty attribute: " + kind);
      } else {
        assertEquals("String.Array", attributes.get(kind).get(0));
        assertEquals(top, MAPPER.readValue(attributes.get(kind).get(1), List.class));
      }
    }
  }

  /** A digest with entities, so the attribute encoding is checked whatever the core extracts today. */
  static Digest digestWithEntities() {
    List<Entity> people = new ArrayList<>();
    for (String n : List.of("Wang Huning", "Ana María \"Anita\" López", "Zhang Wei", "Li Na", "Kim Min-jun", "Sixth Person")) {
      people.add(new Entity(n, EntityType.PERSON, 1, List.of(), List.of()));
    }
    KeyFacts facts = new KeyFacts(people,
        List.of(new Entity("Communist Party of China", EntityType.ORGANIZATION, 3, List.of(), List.of("CPC"))),
        List.of(new Entity("Beijing", EntityType.PLACE, 2, List.of(), List.of()),
            new Entity("São Paulo", EntityType.PLACE, 1, List.of(), List.of())),
        List.of(), List.of(), List.of());
    return new Digest("Harbour council approves budget", "BEIJING",
        "The harbour council on Tuesday approved a budget of 12 million.", List.of(), facts, "text",
        List.of(), new DedupStats(1, 0, 10, 10), new Stats(10, 1),
        new ArticleMeta(List.of(), null, null, "en-GB", null), "html", "UTF-8");
  }

  @Test
  void entitiesTravelAsStringArrayAttributesThatFilterPoliciesMatch() throws IOException {
    LedeConfig config = new LedeConfig("in", "", "out", "summaries/", "errors/", 1000);
    ObjectRef source = new ObjectRef("in", "a.html", "v1", "e1", 10L, "00AB");
    SummaryNotice notice = SummaryNotice.of(config, source, "summaries/a.html.json", digestWithEntities());

    publisher(Map.of(LedeConfig.NOTIFY_TOPIC_ARN, TOPIC), NotificationTest::published).publish(notice);

    Map<String, List<String>> attributes = attributes(endpoint.requests.get(0).form());
    assertEquals(List.of("String", "html"), attributes.get("format"));
    assertEquals(List.of("String", "en-GB"), attributes.get("language"));
    assertEquals(List.of("String", "BEIJING"), attributes.get("dateline"));
    assertEquals("String.Array", attributes.get("people").get(0));
    assertEquals(List.of("Wang Huning", "Ana María \"Anita\" López", "Zhang Wei", "Li Na", "Kim Min-jun"),
        MAPPER.readValue(attributes.get("people").get(1), List.class), "the top five, JSON-escaped");
    assertEquals(List.of("Communist Party of China"), MAPPER.readValue(attributes.get("organizations").get(1), List.class));
    assertEquals(List.of("Beijing", "São Paulo"), MAPPER.readValue(attributes.get("places").get(1), List.class));
    assertEquals(6, attributes.size());
  }

  @Test
  void aWrittenSummaryIsPutOnTheBusAsArticleSummarised() throws IOException {
    ObjectRef ref = upload("articles/seed-article.txt", Files.readAllBytes(SEED));
    S3EventHandler handler = handler(publisher(Map.of(LedeConfig.NOTIFY_EVENT_BUS, BUS), NotificationTest::published));

    invoke(handler, TestEvents.created(ref));

    assertEquals(1, endpoint.requests.size());
    CapturingEndpoint.Request put = endpoint.requests.get(0);
    assertEquals("AWSEvents.PutEvents", put.header("X-Amz-Target"));
    assertTrue(put.header("Content-Type").startsWith("application/x-amz-json-1.1"));
    assertTrue(put.header("Authorization").contains("/us-east-1/events/aws4_request"), put.header("Authorization"));
    JsonNode entries = MAPPER.readTree(put.body()).path("Entries");
    assertEquals(1, entries.size());
    JsonNode entry = entries.get(0);
    assertEquals(BUS, entry.path("EventBusName").asText());
    assertEquals("dev.lede", entry.path("Source").asText());
    assertEquals("Article Summarised", entry.path("DetailType").asText());
    JsonNode detail = MAPPER.readTree(entry.path("Detail").asText());
    JsonNode doc = MAPPER.readTree(document("summaries/articles/seed-article.txt.json").asByteArray());
    assertEquals(doc.path("summary"), detail.path("summary"));
    assertEquals("s3://" + output + "/summaries/articles/seed-article.txt.json", detail.path("output").path("uri").asText());
    assertEquals(SummaryNotice.SCHEMA_VERSION, detail.path("schemaVersion").asText());
  }

  @Test
  void bothTargetsAreToldWhenBothAreConfigured() throws IOException {
    ObjectRef ref = upload("articles/seed-article.txt", Files.readAllBytes(SEED));
    S3EventHandler handler = handler(publisher(
        Map.of(LedeConfig.NOTIFY_TOPIC_ARN, TOPIC, LedeConfig.NOTIFY_EVENT_BUS, BUS), NotificationTest::published));

    invoke(handler, TestEvents.created(ref));

    assertEquals(2, endpoint.requests.size());
    assertEquals("Publish", endpoint.requests.get(0).form().get("Action"));
    assertEquals("AWSEvents.PutEvents", endpoint.requests.get(1).header("X-Amz-Target"));
  }

  @Test
  void aFailedPublishLeavesTheSummaryMarkedAndTheRetryPublishesAgain() throws IOException {
    ObjectRef ref = upload("articles/retry.txt", article("The notice fails the first time."));
    AtomicBoolean down = new AtomicBoolean(true);
    S3EventHandler handler = handler(publisher(Map.of(LedeConfig.NOTIFY_TOPIC_ARN, TOPIC),
        r -> down.get() ? CapturingEndpoint.snsError(500, "InternalError", "try again") : published(r)));
    byte[] event = TestEvents.created(ref);
    String key = "summaries/articles/retry.txt.json";

    NotificationFailedException failure = assertThrows(NotificationFailedException.class, () -> invoke(handler, event));

    assertTrue(Failures.retryable(failure), "a 500 from SNS is retried");
    assertTrue(endpoint.requests.size() >= 2, "the SDK retried first: " + endpoint.requests.size());
    ResponseBytes<GetObjectResponse> marked = document(key);
    assertEquals(ArticleProcessor.NOTIFICATION_PENDING, marked.response().metadata().get(ArticleProcessor.META_NOTIFICATION));
    assertEquals(ref.sequencer(), marked.response().metadata().get(ArticleProcessor.META_SEQUENCER));
    SchemaAssert.assertValid(marked.asByteArray());

    down.set(false);
    int before = endpoint.requests.size();
    JsonNode retried = invoke(handler, event);

    assertEquals("summarised", status(retried, 0), "the mark makes the retry summarise and publish again");
    assertEquals(before + 1, endpoint.requests.size());
    ResponseBytes<GetObjectResponse> done = document(key);
    assertArrayEquals(marked.asByteArray(), done.asByteArray(), "the same document");
    assertNull(done.response().metadata().get(ArticleProcessor.META_NOTIFICATION));

    JsonNode again = invoke(handler, event);
    assertEquals("duplicate", status(again, 0));
    assertEquals(before + 1, endpoint.requests.size(), "a duplicate publishes nothing");
  }

  @Test
  void aPublishRefusedForGoodIsNotRetryable() throws IOException {
    ObjectRef ref = upload("articles/denied.txt", article("Nobody may hear of it."));
    S3EventHandler handler = handler(publisher(Map.of(LedeConfig.NOTIFY_TOPIC_ARN, TOPIC),
        r -> CapturingEndpoint.snsError(403, "AuthorizationError", "not authorized to publish")));

    NotificationFailedException failure =
        assertThrows(NotificationFailedException.class, () -> invoke(handler, TestEvents.created(ref)));

    assertFalse(Failures.retryable(failure));
    assertEquals(1, endpoint.requests.size(), "the SDK does not retry a 403");
    assertTrue(exists(output, "summaries/articles/denied.txt.json"), "the summary stays");
    assertTrue(logs.toString(StandardCharsets.UTF_8).contains("\"retryable\":false"), logs.toString());
  }

  @Test
  void anEntryEventBridgeRefusesIsAFailureRetryableWhenThrottled() {
    LedeConfig config = new LedeConfig("in", "", "out", "summaries/", "errors/", 1000);
    SummaryNotice notice = SummaryNotice.of(config, ObjectRef.of("in", "a.txt"), "summaries/a.txt.json", digestWithEntities());
    AtomicBoolean throttled = new AtomicBoolean(true);
    SummaryPublisher events = publisher(Map.of(LedeConfig.NOTIFY_EVENT_BUS, BUS),
        r -> throttled.get()
            ? CapturingEndpoint.eventRefused("ThrottlingException", "Rate exceeded")
            : CapturingEndpoint.eventRefused("MalformedDetail", "Detail is malformed"));

    NotificationFailedException slow = assertThrows(NotificationFailedException.class, () -> events.publish(notice));
    throttled.set(false);
    NotificationFailedException bad = assertThrows(NotificationFailedException.class, () -> events.publish(notice));

    assertTrue(slow.retryable(), slow.getMessage());
    assertTrue(slow.getMessage().contains("ThrottlingException"), slow.getMessage());
    assertFalse(bad.retryable(), bad.getMessage());
  }

  @Test
  void duplicatesAndErrorDocumentsAnnounceNothing() throws IOException {
    ObjectRef ref = upload("articles/once.txt", article("Announced once."));
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0, 0, 0, 1, 0, 8, 2};
    ObjectRef binary = upload("articles/photo.txt", png);
    S3EventHandler handler = handler(publisher(Map.of(LedeConfig.NOTIFY_TOPIC_ARN, TOPIC), NotificationTest::published));

    invoke(handler, TestEvents.created(ref));
    JsonNode again = invoke(handler, TestEvents.created(ref));
    JsonNode error = invoke(handler, TestEvents.created(binary));

    assertEquals("duplicate", status(again, 0));
    assertEquals("error_document", status(error, 0));
    assertEquals(1, endpoint.requests.size(), "only the summary written was announced");
  }

  @Test
  void aFifoTopicGetsTheKeyAsGroupAndADeduplicationIdPerVersion() {
    String fifo = "arn:aws:sns:eu-west-1:123456789012:lede-summaries.fifo";
    LedeConfig config = new LedeConfig("in", "", "out", "summaries/", "errors/", 1000);
    SummaryNotice v1 = SummaryNotice.of(config, new ObjectRef("in", "a.txt", "v1", "e1", 1L, "01"), "summaries/a.txt.json", digestWithEntities());
    SummaryNotice v2 = SummaryNotice.of(config, new ObjectRef("in", "a.txt", "v2", "e2", 1L, "02"), "summaries/a.txt.json", digestWithEntities());
    SummaryPublisher sns = publisher(Map.of(LedeConfig.NOTIFY_TOPIC_ARN, fifo), NotificationTest::published);

    sns.publish(v1);
    sns.publish(v1);
    sns.publish(v2);

    List<Map<String, String>> forms = endpoint.requests.stream().map(CapturingEndpoint.Request::form).toList();
    assertEquals("summaries/a.txt.json", forms.get(0).get("MessageGroupId"));
    assertTrue(forms.get(0).get("MessageDeduplicationId").matches("[0-9a-f]{64}"));
    assertEquals(forms.get(0).get("MessageDeduplicationId"), forms.get(1).get("MessageDeduplicationId"), "a retried notice is dropped");
    assertFalse(forms.get(0).get("MessageDeduplicationId").equals(forms.get(2).get("MessageDeduplicationId")));
  }

  @Test
  void withoutConfigurationNothingIsBuiltAndBadSettingsAreRefused() {
    assertNull(NotifyClients.forLambda(Map.of()));
    assertNull(NotifyClients.forLambda(Map.of(LedeConfig.NOTIFY_TOPIC_ARN, "", LedeConfig.NOTIFY_EVENT_BUS, " ")),
        "the template sets empty values when an option is off");
    assertFalse(NotifyConfig.fromEnvironment(Map.of()).enabled());
    assertThrows(IllegalArgumentException.class,
        () -> NotifyConfig.fromEnvironment(Map.of(LedeConfig.NOTIFY_TOPIC_ARN, "lede-summaries")));
    assertEquals("eu-west-1", NotifyClients.regionOf(TOPIC, Map.of()).id());
    assertEquals("ap-south-1", NotifyClients.regionOf(BUS, Map.of(S3Clients.AWS_REGION, "ap-south-1")).id());
  }

  @Test
  void noticesAreCompactAndBounded() throws IOException {
    LedeConfig config = new LedeConfig("in", "", "out", "summaries/", "errors/", 1000);
    Digest d = digestWithEntities();
    Digest longOne = new Digest("T".repeat(5000), null, "S".repeat(50_000), List.of(), d.keyFacts(), "x",
        List.of(), d.deduplication(), d.stats(), ArticleMeta.NONE, "text", "UTF-8");

    SummaryNotice n = SummaryNotice.of(config, ObjectRef.of("in", "a.txt"), "summaries/a.txt.json", longOne);
    JsonNode json = MAPPER.readTree(n.toJson());

    assertEquals(SummaryNotice.MAX_TITLE_CHARS, json.path("title").asText().length());
    assertEquals(SummaryNotice.MAX_SUMMARY_CHARS, json.path("summary").asText().length());
    assertTrue(json.path("language").isNull());
    assertTrue(n.toJson().length < 4096, "compact: " + n.toJson().length);
  }
}
