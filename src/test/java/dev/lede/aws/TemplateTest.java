package dev.lede.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.lede.SharedData;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
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
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code template.yaml}, read with its CloudFormation tags: the function it deploys is this code, it
 * declares exactly the variables the code reads, and it grants, encrypts and blocks what it should. The
 * tests here read the stack as deployed with every option at its default (off: the direct S3 trigger);
 * {@link TemplateOptionsTest} switches each option on.
 */
class TemplateTest {
  static final Path TEMPLATE = Path.of("template.yaml");
  static final ObjectMapper MAPPER = new ObjectMapper();
  /** The file as written, conditions and all. */
  static Map<String, Object> raw;
  /** The stack CloudFormation creates from it with the default parameters. */
  static Map<String, Object> template;
  static Map<String, Object> resources;
  static Map<String, Object> function;

  @BeforeAll
  static void read() throws IOException {
    raw = CloudFormationYaml.read(TEMPLATE);
    template = TemplateConditions.evaluate(raw, Map.of());
    resources = map(template, "Resources");
    List<String> functions = resources.entrySet().stream()
        .filter(e -> "AWS::Serverless::Function".equals(map(e.getValue()).get("Type")))
        .map(Map.Entry::getKey).toList();
    assertEquals(List.of("LedeFunction"), functions, "one function");
    function = map(resources, "LedeFunction", "Properties");
  }

  @Test
  void theHandlerClassAndMethodExist() throws Exception {
    String[] handler = ((String) function.get("Handler")).split("::");
    Class<?> type = Class.forName(handler[0]);
    assertTrue(RequestStreamHandler.class.isAssignableFrom(type));
    assertTrue(Modifier.isPublic(type.getConstructor().getModifiers()), "the runtime needs a public no-arg constructor");
    type.getMethod(handler[1], InputStream.class, OutputStream.class, Context.class);
    assertEquals("java21", function.get("Runtime"));
    assertEquals(List.of("arm64"), function.get("Architectures"));
    assertEquals(".", function.get("CodeUri"), "SAM builds the Maven project at the root");
  }

  @Test
  void everyEnvironmentVariableTheCodeReadsIsDeclaredAndViceVersa() throws Exception {
    Set<String> read = variablesReadBySource(Path.of("src/main/java"));
    Set<String> own = read.stream().filter(v -> !v.startsWith("AWS_")).collect(Collectors.toCollection(TreeSet::new));
    // Variables an option switches off are declared all the same (their value is !If ..., NoValue).
    Set<String> declared = new TreeSet<>(map(raw, "Resources", "LedeFunction", "Properties", "Environment", "Variables").keySet());
    declared.remove("JAVA_TOOL_OPTIONS"); // read by the JVM, not by the code (options chosen from measurements)

    assertEquals(new TreeSet<>(LedeConfig.VARIABLES), own, "LedeConfig.VARIABLES lists what the code reads");
    assertEquals(own, declared, "template.yaml declares exactly what the code reads");
    assertTrue(read.containsAll(Set.of("AWS_REGION", "AWS_ENDPOINT_URL_S3", "AWS_ENDPOINT_URL")), read.toString());
  }

  @Test
  void policiesAreInlineStatementsScopedToTheTwoBucketsAndTheQueue() {
    String input = inputBucketName();
    List<Map<String, Object>> statements = statements();
    assertFalse(statements.isEmpty());
    for (Map<String, Object> s : statements) {
      assertEquals("Allow", s.get("Effect"));
      List<String> actions = strings(s.get("Action"));
      List<String> targets = strings(s.get("Resource")).stream().map(TemplateTest::render).toList();
      for (String a : actions) {
        assertFalse(a.contains("*"), "no wildcard actions: " + a);
      }
      for (String r : targets) {
        assertFalse(r.equals("*") || r.contains(":::*") || r.contains("s3:::${"), "no wildcard or open bucket: " + r);
        boolean inInput = r.startsWith("arn:${AWS::Partition}:s3:::" + input);
        boolean inOutput = r.startsWith("${OutputBucket.Arn}");
        boolean queue = r.equals("${FailureQueue.Arn}");
        assertTrue(inInput || inOutput || queue, "scoped to the two buckets or the queue: " + r);
        for (String a : actions) {
          if (a.startsWith("s3:") && !a.equals("s3:ListBucket")) {
            assertTrue(r.contains("/${"), "object actions only under a prefix: " + a + " on " + r);
          }
          if (a.equals("s3:PutObject")) {
            assertTrue(inOutput, "the function never writes where it is triggered: " + r);
          }
        }
      }
    }
    Set<String> granted = statements.stream().flatMap(s -> strings(s.get("Action")).stream()).collect(Collectors.toSet());
    assertEquals(Set.of("s3:GetObject", "s3:GetObjectVersion", "s3:ListBucket", "s3:PutObject", "s3:DeleteObject",
        "sqs:SendMessage"), granted);
    assertTrue(rendered(statementWith("s3:GetObjectVersion").get("Resource")).endsWith("/${InputPrefix}*"));
    assertEquals(List.of("${OutputBucket.Arn}/${OutputPrefix}*", "${OutputBucket.Arn}/${ErrorPrefix}*"),
        strings(statementWith("s3:PutObject").get("Resource")).stream().map(TemplateTest::render).toList());
  }

  /**
   * Least privilege, action by action (issue 6): reading articles only under the input prefix; writing
   * and deleting documents only under the two output prefixes; reading (HEAD) only the function's own
   * documents; listing only under those prefixes; sending only to the failure queue. Nothing else, no
   * wildcard but the trailing one of a prefix, and no Deny-less NotAction or NotResource.
   */
  @Test
  void everyActionIsGrantedOnExactlyTheResourcesItNeeds() {
    String in = "arn:${AWS::Partition}:s3:::" + inputBucketName();
    Map<String, Set<String>> byAction = new java.util.TreeMap<>();
    for (Map<String, Object> s : statements()) {
      assertFalse(s.containsKey("NotAction") || s.containsKey("NotResource") || s.containsKey("NotPrincipal"), s.toString());
      for (String a : strings(s.get("Action"))) {
        for (String r : strings(s.get("Resource"))) {
          String target = render(r);
          assertFalse(target.replaceAll("\\$\\{[^}]*}", "").replaceFirst("\\*$", "").contains("*"),
              "the only wildcard is the one ending a prefix: " + target);
          byAction.computeIfAbsent(a, k -> new TreeSet<>()).add(target);
        }
      }
    }
    Set<String> outputPrefixes = Set.of("${OutputBucket.Arn}/${OutputPrefix}*", "${OutputBucket.Arn}/${ErrorPrefix}*");
    Set<String> documentsAndArticles = new TreeSet<>(outputPrefixes);
    documentsAndArticles.add(in + "/${InputPrefix}*");
    assertEquals(Map.of(
        "s3:GetObject", documentsAndArticles,
        "s3:GetObjectVersion", Set.of(in + "/${InputPrefix}*"),
        "s3:PutObject", outputPrefixes,
        "s3:DeleteObject", outputPrefixes,
        "s3:ListBucket", Set.of(in, "${OutputBucket.Arn}"),
        "sqs:SendMessage", Set.of("${FailureQueue.Arn}")), byAction);
    for (Map<String, Object> s : statements()) {
      if (strings(s.get("Action")).contains("s3:ListBucket")) {
        String prefixes = render(map(s, "Condition", "StringLike").get("s3:prefix"));
        assertTrue(prefixes.contains("${InputPrefix}*") || prefixes.contains("${OutputPrefix}*"),
            "listing only under the function's prefixes: " + prefixes);
      }
    }
  }

  @Test
  void inputAndOutputBucketsDifferAndOnlyTheInputTriggers() {
    Map<String, Object> env = map(function, "Environment", "Variables");
    assertEquals(inputBucketName(), render(env.get("INPUT_BUCKET")));
    assertEquals("${OutputBucket}", render(env.get("OUTPUT_BUCKET")));
    assertNotEquals(render(map(resources, "InputBucket", "Properties").get("BucketName")),
        render(map(resources, "OutputBucket", "Properties").get("BucketName")));
    assertFalse(function.containsKey("Events"), "triggers are on the bucket, switched by EventSource");
    assertFalse(map(resources, "OutputBucket", "Properties").containsKey("NotificationConfiguration"));
    assertEquals(Set.of("LambdaConfigurations"),
        map(resources, "InputBucket", "Properties", "NotificationConfiguration").keySet());
    Map<String, Object> permission = map(resources, "DirectInvokePermission", "Properties");
    assertEquals("s3.amazonaws.com", permission.get("Principal"));
    assertEquals("${LedeFunctionAliaslive}", render(permission.get("FunctionName")));
    assertEquals("arn:${AWS::Partition}:s3:::" + inputBucketName(), render(permission.get("SourceArn")));
    assertEquals("${AWS::AccountId}", render(permission.get("SourceAccount")));
  }

  @Test
  void theS3TriggerCoversEveryFormatUnderThePrefix() {
    assertEquals(Set.of(".htm", ".html", ".md", ".txt"), TemplateOptionsTest.suffixes(
        list(map(resources, "InputBucket", "Properties", "NotificationConfiguration").get("LambdaConfigurations")),
        "Function", "${LedeFunctionAliaslive}"));
  }

  @Test
  void failedEventsGoToAnEncryptedQueueAfterBoundedRetries() {
    Map<String, Object> invoke = map(function, "EventInvokeConfig");
    assertEquals("${MaximumRetryAttempts}", render(invoke.get("MaximumRetryAttempts")));
    assertEquals("${MaximumEventAgeInSeconds}", render(invoke.get("MaximumEventAgeInSeconds")));
    Map<String, Object> onFailure = map(invoke, "DestinationConfig", "OnFailure");
    assertEquals("SQS", onFailure.get("Type"));
    assertEquals("${FailureQueue.Arn}", render(onFailure.get("Destination")));
    assertEquals(Boolean.TRUE, map(resources, "FailureQueue", "Properties").get("SqsManagedSseEnabled"));
    assertEquals(2, ((Number) map(template, "Parameters", "MaximumRetryAttempts").get("MaxValue")).intValue());
    assertTrue(tlsOnly("FailureQueue"), "the queue refuses plain HTTP");
  }

  @Test
  void everyBucketIsEncryptedPrivateAndTlsOnly() {
    List<String> buckets = resources.entrySet().stream()
        .filter(e -> "AWS::S3::Bucket".equals(map(e.getValue()).get("Type"))).map(Map.Entry::getKey).toList();
    assertEquals(List.of("InputBucket", "OutputBucket"), buckets);
    for (String b : buckets) {
      Map<String, Object> p = map(resources, b, "Properties");
      Map<String, Object> sse = map(list(map(p, "BucketEncryption").get("ServerSideEncryptionConfiguration")).get(0),
          "ServerSideEncryptionByDefault");
      assertTrue(Set.of("AES256", "aws:kms", "aws:kms:dsse").contains(sse.get("SSEAlgorithm")), b);
      Map<String, Object> block = map(p, "PublicAccessBlockConfiguration");
      for (String k : List.of("BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls", "RestrictPublicBuckets")) {
        assertEquals(Boolean.TRUE, block.get(k), b + " " + k);
      }
      assertTrue(tlsOnly(b), b + " has a bucket policy denying plain HTTP to the bucket and its objects");
    }
    assertEquals("Enabled", map(resources, "InputBucket", "Properties", "VersioningConfiguration").get("Status"));
  }

  @Test
  void theFunctionIsSnapStartedGuardedAgainstLoopsAndLogsJson() {
    assertEquals("PublishedVersions", map(function, "SnapStart").get("ApplyOn"));
    assertTrue(function.get("AutoPublishAlias") instanceof String);
    assertEquals("Terminate", function.get("RecursiveLoop"));
    assertEquals("JSON", map(function, "LoggingConfig").get("LogFormat"));
    assertFalse(function.containsKey("ReservedConcurrentExecutions"), "-1 (the default) reserves nothing");
    Map<String, Object> reserved = TemplateConditions.evaluate(raw, Map.of("ReservedConcurrency", "5"));
    assertEquals("${ReservedConcurrency}",
        render(map(reserved, "Resources", "LedeFunction", "Properties").get("ReservedConcurrentExecutions")));
    assertTrue(function.get("MemorySize") instanceof Integer);
    assertTrue(function.get("Timeout") instanceof Integer);
  }

  @Test
  void parametersAndOutputsCoverWhatAUserNeeds() {
    assertTrue(map(template, "Parameters").keySet().containsAll(List.of("InputBucketName", "OutputBucketName",
        "InputPrefix", "OutputPrefix", "ErrorPrefix", "MaxArticleBytes", "ReservedConcurrency")));
    Map<String, Object> outputs = map(template, "Outputs");
    assertEquals("${InputBucket}", render(map(outputs, "InputBucketName").get("Value")));
    assertEquals("${OutputBucket}", render(map(outputs, "OutputBucketName").get("Value")));
    assertEquals("${LedeFunction}", render(map(outputs, "FunctionName").get("Value")));
    assertEquals("${FailureQueue}", render(map(outputs, "FailureQueueUrl").get("Value")));
  }

  /**
   * Validates against the SAM translator's schema in {@code ../shared/data/sam} when present. The
   * schema names a custom JSON type, {@code intrinsic} (an intrinsic function object), which the SAM
   * validator registers itself; here it is read as {@code object}. Some of its references omit the
   * slash after {@code #}; the SAM validator's resolver accepts those, so they are normalised here.
   */
  @Test
  void validatesAgainstTheSamSchema(@TempDir Path tmp) throws IOException {
    Path schemaDir = SharedData.require("sam/sam_schema");
    Path defs = Files.createDirectories(tmp.resolve("definitions"));
    try (Stream<Path> files = Files.list(schemaDir.resolve("definitions"))) {
      for (Path f : files.toList()) {
        MAPPER.writeValue(defs.resolve(f.getFileName().toString()).toFile(), normalise(MAPPER.readTree(f.toFile())));
      }
    }
    Path schemaFile = defs.resolve("schema_new.json");
    MAPPER.writeValue(schemaFile.toFile(), normalise(MAPPER.readTree(schemaDir.resolve("schema_new.json").toFile())));
    JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schemaFile.toUri());

    Set<ValidationMessage> errors = schema.validate(MAPPER.valueToTree(raw));

    if (!errors.isEmpty()) {
      fail("template.yaml does not validate against the SAM schema: " + errors);
    }
  }

  // ---- helpers ----

  private static JsonNode normalise(JsonNode node) {
    if (node instanceof ObjectNode o) {
      JsonNode type = o.get("type");
      if (type != null && type.isTextual() && type.asText().equals("intrinsic")) {
        o.put("type", "object");
      } else if (type instanceof ArrayNode a) {
        ArrayNode fixed = MAPPER.createArrayNode();
        for (JsonNode t : a) {
          String v = t.asText().equals("intrinsic") ? "object" : t.asText();
          if (!fixed.toString().contains("\"" + v + "\"")) {
            fixed.add(v);
          }
        }
        o.set("type", fixed);
      }
      JsonNode ref = o.get("$ref");
      if (ref != null && ref.isTextual() && ref.asText().contains("#definitions")) {
        o.set("$ref", TextNode.valueOf(ref.asText().replace("#definitions", "#/definitions")));
      }
      for (Iterator<JsonNode> it = o.elements(); it.hasNext(); ) {
        normalise(it.next());
      }
    } else if (node instanceof ArrayNode a) {
      a.forEach(TemplateTest::normalise);
    }
    return node;
  }

  /** The environment variables the code reads: every {@code env.get(X)}, {@code env.getOrDefault(X,...)}
   * and helper call {@code f(env, X)}, with X a literal or a constant of LedeConfig, S3Clients or NotifyClients. */
  static Set<String> variablesReadBySource(Path root) throws Exception {
    Pattern read = Pattern.compile("\\benv\\s*\\.\\s*(?:get|getOrDefault)\\(\\s*(\"[^\"]*\"|[A-Z][A-Z0-9_]*)"
        + "|\\(\\s*env\\s*,\\s*(\"[^\"]*\"|[A-Z][A-Z0-9_]*)");
    Pattern single = Pattern.compile("System\\s*\\.\\s*getenv\\(\\s*[^)\\s]");
    Set<String> names = new TreeSet<>();
    List<String> problems = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String src = Files.readString(f);
        if (single.matcher(src).find()) {
          problems.add(f + " reads one variable with System.getenv(name); pass the environment map instead");
        }
        Matcher m = read.matcher(src);
        while (m.find()) {
          String token = m.group(1) != null ? m.group(1) : m.group(2);
          names.add(token.startsWith("\"") ? token.substring(1, token.length() - 1) : constant(token));
        }
      }
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));
    return names;
  }

  private static String constant(String name) throws Exception {
    for (Class<?> c : List.of(LedeConfig.class, S3Clients.class, NotifyClients.class)) {
      try {
        Field f = c.getField(name);
        return (String) f.get(null);
      } catch (NoSuchFieldException e) {
        // next
      }
    }
    throw new AssertionError("an environment variable is read through an unknown constant: " + name);
  }

  private String inputBucketName() {
    return render(map(resources, "InputBucket", "Properties").get("BucketName"));
  }

  private static List<Map<String, Object>> statements() {
    List<Object> policies = list(function.get("Policies"));
    List<Map<String, Object>> out = new ArrayList<>();
    for (Object p : policies) {
      assertTrue(p instanceof Map, "inline statements only, no SAM policy templates or managed policies: " + p);
      out.addAll(list(map(p).get("Statement")));
    }
    return out;
  }

  private static Map<String, Object> statementWith(String action) {
    return statements().stream().filter(s -> strings(s.get("Action")).contains(action)).findFirst().orElseThrow();
  }

  private static boolean tlsOnly(String resource) {
    return tlsOnly(resources, resource);
  }

  /**
   * Whether a bucket, queue or topic policy among {@code resources} denies every request to
   * {@code resource} (for a bucket: its objects too) that does not use TLS.
   */
  static boolean tlsOnly(Map<String, Object> resources, String resource) {
    String type = String.valueOf(map(resources.get(resource)).get("Type"));
    for (Object r : resources.values()) {
      Map<String, Object> p = map(r, "Properties");
      Object target = p.containsKey("Bucket") ? p.get("Bucket") : p.containsKey("Queues") ? p.get("Queues") : p.get("Topics");
      if (target == null || !render(target).contains("${" + resource + "}") || !p.containsKey("PolicyDocument")) {
        continue;
      }
      for (Map<String, Object> s : TemplateTest.<Map<String, Object>>list(map(p, "PolicyDocument").get("Statement"))) {
        if (!(s.get("Condition") instanceof Map<?, ?> condition) || !(condition.get("Bool") instanceof Map<?, ?> bool)) {
          continue;
        }
        String res = render(s.get("Resource"));
        boolean coversObjects = !type.equals("AWS::S3::Bucket") || res.contains("/*");
        if ("Deny".equals(s.get("Effect")) && "false".equals(String.valueOf(bool.get("aws:SecureTransport")))
            && "*".equals(s.get("Principal")) && coversObjects) {
          return true;
        }
      }
    }
    return false;
  }

  private static String rendered(Object o) {
    return render(o);
  }

  /** An intrinsic tree as text: {@code ${Name}} for Ref, {@code ${A.B}} for GetAtt, both branches of If. */
  static String render(Object v) {
    if (v instanceof Map<?, ?> m && m.size() == 1) {
      Map.Entry<?, ?> e = m.entrySet().iterator().next();
      Object arg = e.getValue();
      switch ((String) e.getKey()) {
        case "Ref":
          return "${" + arg + "}";
        case "Fn::GetAtt": {
          List<?> l = (List<?>) arg;
          return "${" + l.get(0) + "." + l.get(1) + "}";
        }
        case "Fn::Sub": {
          if (arg instanceof String s) {
            return s;
          }
          List<?> l = (List<?>) arg;
          String s = (String) l.get(0);
          for (Map.Entry<?, ?> var : ((Map<?, ?>) l.get(1)).entrySet()) {
            s = s.replace("${" + var.getKey() + "}", render(var.getValue()));
          }
          return s;
        }
        case "Fn::If": {
          List<?> l = (List<?>) arg;
          return "{" + render(l.get(1)) + "|" + render(l.get(2)) + "}";
        }
        default:
          return e.getKey() + "(" + render(arg) + ")";
      }
    }
    if (v instanceof List<?> l) {
      return l.stream().map(TemplateTest::render).collect(Collectors.joining(",", "[", "]"));
    }
    return String.valueOf(v);
  }

  static List<String> strings(Object o) {
    if (o instanceof List<?> l) {
      return l.stream().map(x -> x instanceof String s ? s : render(x)).toList();
    }
    return List.of(o instanceof String s ? s : render(o));
  }

  @SuppressWarnings("unchecked")
  static <T> List<T> list(Object o) {
    return o instanceof List ? (List<T>) o : List.of((T) o);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object root, String... path) {
    Object o = root;
    for (String p : path) {
      assertTrue(o instanceof Map, "expected a mapping at " + p);
      o = ((Map<String, Object>) o).get(p);
    }
    assertTrue(o instanceof Map, "expected a mapping at " + String.join(".", path) + ": " + o);
    return (Map<String, Object>) o;
  }
}
