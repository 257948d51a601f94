package dev.lede.aws;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates a template's {@code Conditions} for given parameter values, as CloudFormation does before it
 * creates anything: resources and outputs whose condition is false are dropped, {@code Fn::If} becomes the
 * chosen branch, and {@code AWS::NoValue} removes the property or list item it stands for. Every other
 * intrinsic is left as it is (see {@link TemplateTest#render}). Parameters not given take their
 * {@code Default}.
 */
final class TemplateConditions {
  private static final Object NO_VALUE = new Object();

  private final Map<String, String> parameters = new HashMap<>();
  private final Map<String, Object> definitions;
  private final Map<String, Boolean> values = new HashMap<>();

  private TemplateConditions(Map<String, Object> template, Map<String, String> given) {
    Map<String, Object> declared = TemplateTest.map(template, "Parameters");
    for (Map.Entry<String, Object> p : declared.entrySet()) {
      Object fallback = TemplateTest.map(p.getValue()).get("Default");
      parameters.put(p.getKey(), fallback == null ? null : String.valueOf(fallback));
    }
    for (Map.Entry<String, String> g : given.entrySet()) {
      if (!declared.containsKey(g.getKey())) {
        throw new IllegalArgumentException("no such parameter: " + g.getKey());
      }
      List<?> allowed = (List<?>) TemplateTest.map(declared.get(g.getKey())).get("AllowedValues");
      if (allowed != null && allowed.stream().map(String::valueOf).noneMatch(g.getValue()::equals)) {
        throw new IllegalArgumentException(g.getKey() + " does not allow " + g.getValue());
      }
      parameters.put(g.getKey(), g.getValue());
    }
    Object conditions = template.get("Conditions");
    this.definitions = conditions == null ? Map.of() : TemplateTest.map(conditions);
  }

  /** The template as CloudFormation would see it with these parameter values. */
  static Map<String, Object> evaluate(Map<String, Object> template, Map<String, String> parameters) {
    TemplateConditions c = new TemplateConditions(template, parameters);
    @SuppressWarnings("unchecked")
    Map<String, Object> out = (Map<String, Object>) c.resolve(template);
    for (String section : List.of("Resources", "Outputs")) {
      if (out.get(section) instanceof Map<?, ?> entries) {
        Map<String, Object> kept = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : entries.entrySet()) {
          Map<String, Object> body = new LinkedHashMap<>(TemplateTest.map(e.getValue()));
          Object condition = body.remove("Condition");
          if (condition == null || c.condition((String) condition)) {
            kept.put((String) e.getKey(), body);
          }
        }
        out.put(section, kept);
      }
    }
    return out;
  }

  /** The value of one named condition. */
  boolean condition(String name) {
    Boolean known = values.get(name);
    if (known == null) {
      Object definition = definitions.get(name);
      if (definition == null) {
        throw new IllegalArgumentException("no such condition: " + name);
      }
      known = truth(definition);
      values.put(name, known);
    }
    return known;
  }

  private boolean truth(Object expression) {
    Map<String, Object> m = TemplateTest.map(expression);
    Map.Entry<String, Object> f = m.entrySet().iterator().next();
    List<Object> args = f.getValue() instanceof List<?> l ? new ArrayList<>(l) : List.of(f.getValue());
    return switch (f.getKey()) {
      case "Fn::Equals" -> scalar(args.get(0)).equals(scalar(args.get(1)));
      case "Fn::Not" -> !truth(args.get(0));
      case "Fn::And" -> args.stream().allMatch(this::truth);
      case "Fn::Or" -> args.stream().anyMatch(this::truth);
      case "Condition" -> condition((String) args.get(0));
      default -> throw new IllegalArgumentException("not a condition function: " + f.getKey());
    };
  }

  private String scalar(Object value) {
    if (value instanceof Map<?, ?> m && m.containsKey("Ref")) {
      String name = (String) m.get("Ref");
      if (!parameters.containsKey(name)) {
        throw new IllegalArgumentException("a condition refers to an unknown parameter: " + name);
      }
      return parameters.get(name);
    }
    return String.valueOf(value);
  }

  private Object resolve(Object node) {
    if (node instanceof Map<?, ?> m) {
      if (m.size() == 1 && m.containsKey("Fn::If")) {
        List<?> args = (List<?>) m.get("Fn::If");
        return resolve(condition((String) args.get(0)) ? args.get(1) : args.get(2));
      }
      if (m.size() == 1 && "AWS::NoValue".equals(m.get("Ref"))) {
        return NO_VALUE;
      }
      Map<String, Object> out = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        Object v = resolve(e.getValue());
        if (v != NO_VALUE) {
          out.put((String) e.getKey(), v);
        }
      }
      return out;
    }
    if (node instanceof List<?> l) {
      List<Object> out = new ArrayList<>();
      for (Object item : l) {
        Object v = resolve(item);
        if (v != NO_VALUE) {
          out.add(v);
        }
      }
      return out;
    }
    return node;
  }
}
