package dev.lede.aws;

import static dev.lede.aws.TemplateTest.list;
import static dev.lede.aws.TemplateTest.map;
import static dev.lede.aws.TemplateTest.render;
import static dev.lede.aws.TemplateTest.strings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The template's options, each switched on and off by evaluating its {@code Conditions} for given
 * parameter values ({@link TemplateConditions}): which resources exist, how they are wired, that the IAM
 * each option adds is scoped to that option's own resources, and that with every option off the stack
 * is the plain S3 → function wiring.
 */
class TemplateOptionsTest {
  /** The input bucket's name with InputBucketName at its default (empty: a generated name). */
  static final String INPUT = "lede-input-${AWS::AccountId}-${AWS::Region}";
  static final String INPUT_ARN = "arn:${AWS::Partition}:s3:::" + INPUT;
  static final Set<String> PLAIN_RESOURCES = Set.of("InputBucket", "InputBucketPolicy", "OutputBucket",
      "OutputBucketPolicy", "FailureQueue", "FailureQueuePolicy", "LedeLogGroup", "LedeFunction", "DirectInvokePermission");
  static final List<String> PLAIN_STATEMENTS = List.of("ReadArticles", "TellDeletedArticlesFromForbiddenOnes",
      "WriteDocuments", "TellMissingDocumentsFromForbiddenOnes", "SendFailedEvents");
  static final Set<String> SUFFIXES = Set.of(".htm", ".html", ".md", ".txt");
  /** What SAM generates from the function, and what may be referred to besides resources and parameters. */
  static final Set<String> GENERATED = Set.of("LedeFunctionAliaslive", "LedeFunctionRole", "LedeFunctionVersion");

  static Map<String, Object> raw;

  @BeforeAll
  static void read() throws IOException {
    raw = CloudFormationYaml.read(TemplateTest.TEMPLATE);
  }

  /** The stack for parameter name/value pairs (the rest at their defaults). */
  record Stack(Map<String, Object> template) {
    static Stack of(String... nameValues) {
      Map<String, String> p = new HashMap<>();
      for (int i = 0; i < nameValues.length; i += 2) {
        p.put(nameValues[i], nameValues[i + 1]);
      }
      return new Stack(TemplateConditions.evaluate(raw, p));
    }

    Map<String, Object> resources() {
      return map(template, "Resources");
    }

    Map<String, Object> properties(String resource) {
      return map(resources(), resource, "Properties");
    }

    Map<String, Object> function() {
      return properties("LedeFunction");
    }

    Map<String, Object> env() {
      return map(function(), "Environment", "Variables");
    }

    /** The function's inline statements by Sid. */
    Map<String, Map<String, Object>> statements() {
      Map<String, Map<String, Object>> out = new LinkedHashMap<>();
      for (Object policy : list(function().get("Policies"))) {
        for (Map<String, Object> s : TemplateTest.<Map<String, Object>>list(map(policy).get("Statement"))) {
          out.put((String) s.get("Sid"), s);
        }
      }
      return out;
    }

    Map<String, Object> notification() {
      return map(properties("InputBucket"), "NotificationConfiguration");
    }

    Set<String> outputs() {
      return map(template, "Outputs").keySet();
    }

    /** The statements of the policy attached to {@code resource} (bucket, queue or topic policy). */
    List<Map<String, Object>> policyOf(String policyResource) {
      return list(map(properties(policyResource), "PolicyDocument").get("Statement"));
    }
  }

  /** The suffixes of notification rules whose {@code targetField} is {@code target}, all under the prefix. */
  static Set<String> suffixes(List<Object> configurations, String targetField, String target) {
    Set<String> suffixes = new TreeSet<>();
    for (Object c : configurations) {
      Map<String, Object> m = map(c);
      assertEquals("s3:ObjectCreated:*", m.get("Event"));
      assertEquals(target, render(m.get(targetField)));
      List<Map<String, Object>> rules = list(map(m, "Filter", "S3Key").get("Rules"));
      assertEquals("${InputPrefix}", rules.stream().filter(r -> r.get("Name").equals("prefix"))
          .map(r -> render(r.get("Value"))).findFirst().orElseThrow());
      rules.stream().filter(r -> r.get("Name").equals("suffix")).forEach(r -> suffixes.add((String) r.get("Value")));
    }
    return suffixes;
  }

  static List<String> resourcesOf(Map<String, Object> statement) {
    return strings(statement.get("Resource")).stream().map(TemplateTest::render).toList();
  }

  @Test
  void withEveryOptionOffTheStackIsThePlainS3Wiring() {
    Stack plain = Stack.of();
    Stack explicit = Stack.of("EventSource", "S3", "Notify", "None", "Backfill", "Disabled");

    assertEquals(plain, explicit, "the defaults are the options off");
    assertEquals(PLAIN_RESOURCES, plain.resources().keySet());
    assertEquals(PLAIN_STATEMENTS, List.copyOf(plain.statements().keySet()));
    assertEquals(Set.copyOf(LedeConfig.VARIABLES.subList(0, 6)), plain.env().keySet(), "no notification variables");
    assertEquals(Set.of("InputBucketName", "OutputBucketName", "FunctionName", "FunctionAliasArn", "FailureQueueUrl",
        "FailureQueueArn", "LogGroupName"), plain.outputs());
    assertEquals(Set.of("LambdaConfigurations"), plain.notification().keySet());
    assertEquals(SUFFIXES, suffixes(list(plain.notification().get("LambdaConfigurations")), "Function", "${LedeFunctionAliaslive}"));
    assertFalse(plain.properties("InputBucket").containsKey("InventoryConfigurations"));
    assertEquals("${DirectInvokePermission}", render(map(list(plain.properties("InputBucket").get("Tags")).get(0)).get("Value")),
        "the bucket waits for the permission S3 checks");
    assertEquals(List.of("DenyInsecureTransport"), plain.policyOf("OutputBucketPolicy").stream().map(s -> s.get("Sid")).toList());
    assertEquals(List.of("DenyInsecureTransport"), plain.policyOf("FailureQueuePolicy").stream().map(s -> s.get("Sid")).toList());
  }

  @ParameterizedTest
  @ValueSource(strings = {"S3", "SQS", "EventBridge"})
  void eachEventSourceIsTheOnlyRouteForUploads(String source) {
    Stack stack = Stack.of("EventSource", source);
    Map<String, String> route = Map.of("S3", "LambdaConfigurations", "SQS", "QueueConfigurations",
        "EventBridge", "EventBridgeConfiguration");

    assertEquals(Set.of(route.get(source)), stack.notification().keySet(), "one route, never two");
    assertEquals(source.equals("S3"), stack.resources().containsKey("DirectInvokePermission"));
    assertEquals(source.equals("SQS"), stack.resources().containsKey("ArticleQueueEventSource"));
    assertEquals(source.equals("EventBridge"), stack.resources().containsKey("ArticleCreatedRule"));
  }

  @Test
  void theQueueOptionBuffersUploadsWithRedriveAndPartialBatchResponses() {
    Stack plain = Stack.of();
    Stack sqs = Stack.of("EventSource", "SQS");

    Set<String> added = new TreeSet<>(sqs.resources().keySet());
    added.removeAll(plain.resources().keySet());
    assertEquals(Set.of("ArticleQueue", "ArticleDeadLetterQueue", "ArticleQueuePolicy", "ArticleDeadLetterQueuePolicy",
        "ArticleQueueEventSource"), added);
    assertFalse(sqs.resources().containsKey("DirectInvokePermission"));
    assertEquals(SUFFIXES, suffixes(list(sqs.notification().get("QueueConfigurations")), "Queue", "${ArticleQueue.Arn}"));
    assertEquals("${ArticleQueuePolicy}", render(map(list(sqs.properties("InputBucket").get("Tags")).get(0)).get("Value")));

    Map<String, Object> mapping = sqs.properties("ArticleQueueEventSource");
    assertEquals("${ArticleQueue.Arn}", render(mapping.get("EventSourceArn")));
    assertEquals("${LedeFunctionAliaslive}", render(mapping.get("FunctionName")));
    assertEquals(List.of("ReportBatchItemFailures"), mapping.get("FunctionResponseTypes"));
    assertEquals("${QueueBatchSize}", render(mapping.get("BatchSize")));

    Map<String, Object> queue = sqs.properties("ArticleQueue");
    assertEquals(Boolean.TRUE, queue.get("SqsManagedSseEnabled"));
    assertEquals(Boolean.TRUE, sqs.properties("ArticleDeadLetterQueue").get("SqsManagedSseEnabled"));
    assertEquals("${ArticleDeadLetterQueue.Arn}", render(map(queue, "RedrivePolicy").get("deadLetterTargetArn")));
    assertEquals("${QueueMaxReceiveCount}", render(map(queue, "RedrivePolicy").get("maxReceiveCount")));
    assertTrue(((Number) queue.get("VisibilityTimeout")).intValue() >= 6 * ((Number) sqs.function().get("Timeout")).intValue(),
        "a message is not handed out again while its batch may still run");
    assertTrue(((Number) sqs.properties("ArticleDeadLetterQueue").get("MessageRetentionPeriod")).intValue()
        >= ((Number) queue.get("MessageRetentionPeriod")).intValue(), "the dead-letter queue keeps messages longer");
    assertTrue(TemplateTest.tlsOnly(sqs.resources(), "ArticleQueue"));
    assertTrue(TemplateTest.tlsOnly(sqs.resources(), "ArticleDeadLetterQueue"));

    List<Map<String, Object>> allows = sqs.policyOf("ArticleQueuePolicy").stream().filter(s -> "Allow".equals(s.get("Effect"))).toList();
    assertEquals(1, allows.size());
    assertEquals(Map.of("Service", "s3.amazonaws.com"), allows.get(0).get("Principal"));
    assertEquals("sqs:SendMessage", allows.get(0).get("Action"));
    assertEquals(INPUT_ARN, render(map(allows.get(0), "Condition", "ArnLike").get("aws:SourceArn")), "only the input bucket");
    assertEquals("${AWS::AccountId}", render(map(allows.get(0), "Condition", "StringEquals").get("aws:SourceAccount")));

    Map<String, Map<String, Object>> statements = sqs.statements();
    assertEquals(Set.of("ReadArticleQueue"), difference(statements.keySet(), plain.statements().keySet()));
    Map<String, Object> read = statements.get("ReadArticleQueue");
    assertEquals(Set.of("sqs:ReceiveMessage", "sqs:DeleteMessage", "sqs:ChangeMessageVisibility", "sqs:GetQueueAttributes"),
        Set.copyOf(strings(read.get("Action"))));
    assertEquals(List.of("${ArticleQueue.Arn}"), resourcesOf(read), "the queue it polls, nothing else");
    assertTrue(sqs.outputs().containsAll(Set.of("ArticleQueueUrl", "ArticleDeadLetterQueueUrl")));
  }

  @Test
  void theEventBridgeOptionRoutesUploadsThroughARule() {
    Stack plain = Stack.of();
    Stack eb = Stack.of("EventSource", "EventBridge");

    assertEquals(Map.of("EventBridgeEnabled", true), map(eb.notification(), "EventBridgeConfiguration"));
    assertEquals(Set.of("ArticleCreatedRule", "ArticleCreatedRulePermission"),
        difference(eb.resources().keySet(), plain.resources().keySet()));
    Map<String, Object> pattern = map(eb.properties("ArticleCreatedRule"), "EventPattern");
    assertEquals(List.of("aws.s3"), pattern.get("source"));
    assertEquals(List.of("Object Created"), pattern.get("detail-type"));
    assertEquals(List.of(INPUT), strings(map(pattern, "detail", "bucket").get("name")));
    Set<String> keys = TemplateTest.<Map<String, Object>>list(map(pattern, "detail", "object").get("key")).stream()
        .map(k -> render(k.get("wildcard"))).collect(Collectors.toSet());
    assertEquals(SUFFIXES.stream().map(s -> "${InputPrefix}*" + s).collect(Collectors.toSet()), keys);
    Map<String, Object> target = map(list(eb.properties("ArticleCreatedRule").get("Targets")).get(0));
    assertEquals("${LedeFunctionAliaslive}", render(target.get("Arn")));
    assertEquals("${FailureQueue.Arn}", render(map(target, "DeadLetterConfig").get("Arn")));
    Map<String, Object> permission = eb.properties("ArticleCreatedRulePermission");
    assertEquals("events.amazonaws.com", permission.get("Principal"));
    assertEquals("${ArticleCreatedRule.Arn}", render(permission.get("SourceArn")), "only this rule may invoke");
    Map<String, Object> undeliverable = eb.policyOf("FailureQueuePolicy").stream()
        .filter(s -> "UndeliverableEvents".equals(s.get("Sid"))).findFirst().orElseThrow();
    assertEquals(Map.of("Service", "events.amazonaws.com"), undeliverable.get("Principal"));
    assertEquals("${ArticleCreatedRule.Arn}", render(map(undeliverable, "Condition", "ArnEquals").get("aws:SourceArn")));
    assertEquals(plain.statements().keySet(), eb.statements().keySet(), "the function needs nothing new");
  }

  @Test
  void theTopicOptionCreatesAnEncryptedTopicTheFunctionMayOnlyPublishTo() {
    Stack plain = Stack.of();
    Stack sns = Stack.of("Notify", "SNS");

    assertEquals(Set.of("SummaryTopic", "SummaryTopicPolicy"), difference(sns.resources().keySet(), plain.resources().keySet()));
    assertTrue(sns.properties("SummaryTopic").get("KmsMasterKeyId") instanceof String, "encrypted at rest");
    assertTrue(TemplateTest.tlsOnly(sns.resources(), "SummaryTopic"));
    assertEquals("${SummaryTopic}", render(sns.env().get(LedeConfig.NOTIFY_TOPIC_ARN)));
    assertFalse(sns.env().containsKey(LedeConfig.NOTIFY_EVENT_BUS));
    assertEquals(Set.of("AnnounceSummariesOnTheTopic"), difference(sns.statements().keySet(), plain.statements().keySet()));
    Map<String, Object> publish = sns.statements().get("AnnounceSummariesOnTheTopic");
    assertEquals(List.of("sns:Publish"), strings(publish.get("Action")));
    assertEquals(List.of("${SummaryTopic}"), resourcesOf(publish));
    assertTrue(sns.outputs().contains("SummaryTopicArn"));
  }

  @Test
  void theBusOptionLetsTheFunctionPutOnlyItsOwnEventsOnThatBus() {
    Stack plain = Stack.of();
    Stack bus = Stack.of("Notify", "EventBridge", "NotifyEventBusName", "newsroom");

    assertEquals(plain.resources().keySet(), bus.resources().keySet(), "an existing bus; nothing is created");
    assertEquals("${NotifyEventBusName}", render(bus.env().get(LedeConfig.NOTIFY_EVENT_BUS)));
    assertFalse(bus.env().containsKey(LedeConfig.NOTIFY_TOPIC_ARN));
    assertEquals(Set.of("AnnounceSummariesOnTheBus"), difference(bus.statements().keySet(), plain.statements().keySet()));
    Map<String, Object> put = bus.statements().get("AnnounceSummariesOnTheBus");
    assertEquals(List.of("events:PutEvents"), strings(put.get("Action")));
    assertEquals(List.of("arn:${AWS::Partition}:events:${AWS::Region}:${AWS::AccountId}:event-bus/${NotifyEventBusName}"),
        resourcesOf(put));
    assertEquals(EventBridgeSummaryPublisher.SOURCE, map(put, "Condition", "StringEquals").get("events:source"),
        "only events with Lede's own source");
  }

  @Test
  void theBackfillOptionCreatesTheBatchOperationsRoleAndTheInventory() {
    Stack plain = Stack.of();
    Stack backfill = Stack.of("Backfill", "Enabled");

    assertEquals(Set.of("BackfillRole"), difference(backfill.resources().keySet(), plain.resources().keySet()));
    assertEquals(plain.statements(), backfill.statements(), "the function itself gets nothing new");
    Map<String, Object> role = backfill.properties("BackfillRole");
    Map<String, Object> trust = map(list(map(role, "AssumeRolePolicyDocument").get("Statement")).get(0));
    assertEquals(Map.of("Service", "batchoperations.s3.amazonaws.com"), trust.get("Principal"));
    assertEquals("${AWS::AccountId}", render(map(trust, "Condition", "StringEquals").get("aws:SourceAccount")));
    Map<String, List<String>> grants = new LinkedHashMap<>();
    for (Object policy : list(role.get("Policies"))) {
      for (Map<String, Object> s : TemplateTest.<Map<String, Object>>list(map(policy, "PolicyDocument").get("Statement"))) {
        assertEquals("Allow", s.get("Effect"));
        for (String a : strings(s.get("Action"))) {
          grants.computeIfAbsent(a, k -> new ArrayList<>()).addAll(resourcesOf(s));
        }
      }
    }
    assertEquals(Map.of(
        "lambda:InvokeFunction", List.of("${LedeFunctionAliaslive}"),
        "s3:GetObject", List.of("${OutputBucket.Arn}/backfill/*"),
        "s3:GetObjectVersion", List.of("${OutputBucket.Arn}/backfill/*"),
        "s3:PutObject", List.of("${OutputBucket.Arn}/backfill/reports/*")), grants);

    Map<String, Object> inventory = map(list(backfill.properties("InputBucket").get("InventoryConfigurations")).get(0));
    assertEquals("${InputPrefix}", render(inventory.get("Prefix")));
    assertEquals("Current", inventory.get("IncludedObjectVersions"));
    assertEquals("${OutputBucket.Arn}", render(map(inventory, "Destination").get("BucketArn")));
    assertEquals("backfill/inventory", map(inventory, "Destination").get("Prefix"));
    assertEquals("CSV", map(inventory, "Destination").get("Format"));
    Map<String, Object> delivery = backfill.policyOf("OutputBucketPolicy").stream()
        .filter(s -> "Allow".equals(s.get("Effect"))).findFirst().orElseThrow();
    assertEquals(Map.of("Service", "s3.amazonaws.com"), delivery.get("Principal"));
    assertEquals(List.of("${OutputBucket.Arn}/backfill/inventory/*"), resourcesOf(delivery));
    assertEquals(INPUT_ARN, render(map(delivery, "Condition", "ArnLike").get("aws:SourceArn")));
    assertTrue(backfill.outputs().contains("BackfillRoleArn"));
    String documents = render(map(backfill.statements().get("WriteDocuments")).get("Resource"));
    assertFalse(documents.contains("backfill"), "the function cannot touch manifests or reports: " + documents);
  }

  static Stream<Arguments> everyCombination() {
    List<Arguments> all = new ArrayList<>();
    for (String source : List.of("S3", "SQS", "EventBridge")) {
      for (String notify : List.of("None", "SNS", "EventBridge")) {
        for (String backfill : List.of("Disabled", "Enabled")) {
          all.add(Arguments.of(source, notify, backfill));
        }
      }
    }
    return all.stream();
  }

  @ParameterizedTest
  @MethodSource("everyCombination")
  void everyCombinationRefersOnlyToWhatExistsAndGrantsOnlyOnItsOwnResources(String source, String notify, String backfill) {
    Stack stack = Stack.of("EventSource", source, "Notify", notify, "Backfill", backfill);
    Set<String> known = new TreeSet<>(stack.resources().keySet());
    known.addAll(map(raw, "Parameters").keySet());
    known.addAll(GENERATED);

    Set<String> referenced = new TreeSet<>();
    references(stack.resources(), referenced);
    references(map(stack.template(), "Outputs"), referenced);
    referenced.removeIf(r -> r.startsWith("AWS::"));
    assertTrue(known.containsAll(referenced), "references to resources that do not exist with these options: "
        + difference(referenced, known));

    Set<String> allowedTargets = new TreeSet<>(Set.of("${FailureQueue.Arn}", "${ArticleQueue.Arn}", "${SummaryTopic}",
        "arn:${AWS::Partition}:events:${AWS::Region}:${AWS::AccountId}:event-bus/${NotifyEventBusName}",
        "${OutputBucket.Arn}", "${OutputBucket.Arn}/${OutputPrefix}*", "${OutputBucket.Arn}/${ErrorPrefix}*",
        INPUT_ARN, INPUT_ARN + "/${InputPrefix}*"));
    for (Map<String, Object> s : stack.statements().values()) {
      assertEquals("Allow", s.get("Effect"));
      for (String a : strings(s.get("Action"))) {
        assertFalse(a.contains("*"), "no wildcard actions: " + a);
      }
      for (String r : resourcesOf(s)) {
        assertTrue(allowedTargets.contains(r), s.get("Sid") + " grants on " + r);
        for (String a : strings(s.get("Action"))) {
          if (a.equals("s3:PutObject")) {
            assertTrue(r.startsWith("${OutputBucket.Arn}/"), "the function never writes where it is triggered");
          }
        }
      }
    }
    for (Map.Entry<String, Object> r : stack.resources().entrySet()) {
      String type = String.valueOf(map(r.getValue()).get("Type"));
      if (Set.of("AWS::S3::Bucket", "AWS::SQS::Queue", "AWS::SNS::Topic").contains(type)) {
        assertTrue(TemplateTest.tlsOnly(stack.resources(), r.getKey()), r.getKey() + " refuses plain HTTP");
        Map<String, Object> p = map(r.getValue(), "Properties");
        assertTrue(p.containsKey("BucketEncryption") || Boolean.TRUE.equals(p.get("SqsManagedSseEnabled"))
            || p.containsKey("KmsMasterKeyId"), r.getKey() + " is encrypted at rest");
      }
    }
  }

  /** Every resource or parameter named by Ref, GetAtt or a ${...} in Sub. */
  static void references(Object node, Set<String> out) {
    if (node instanceof Map<?, ?> m) {
      if (m.size() == 1 && m.get("Ref") instanceof String ref) {
        out.add(ref);
        return;
      }
      if (m.size() == 1 && m.get("Fn::GetAtt") instanceof List<?> att) {
        out.add((String) att.get(0));
        return;
      }
      if (m.size() == 1 && m.containsKey("Fn::Sub")) {
        Object arg = m.get("Fn::Sub");
        String text = arg instanceof String s ? s : (String) ((List<?>) arg).get(0);
        Set<?> local = arg instanceof List<?> l ? ((Map<?, ?>) l.get(1)).keySet() : Set.of();
        Matcher v = Pattern.compile("\\$\\{([A-Za-z0-9:]+)(?:\\.[A-Za-z0-9.]+)?}").matcher(text);
        while (v.find()) {
          if (!local.contains(v.group(1))) {
            out.add(v.group(1));
          }
        }
        if (arg instanceof List<?> l) {
          references(l.get(1), out);
        }
        return;
      }
      m.values().forEach(v -> references(v, out));
    } else if (node instanceof List<?> l) {
      l.forEach(v -> references(v, out));
    }
  }

  static Set<String> difference(Set<String> a, Set<String> b) {
    Set<String> d = new TreeSet<>(a);
    d.removeAll(b);
    return d;
  }
}
