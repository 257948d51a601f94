package dev.lede.aws;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads a CloudFormation / SAM template written in YAML, turning the short intrinsic tags into the
 * JSON form CloudFormation itself uses ({@code !Ref X} becomes {@code {Ref: X}}, {@code !GetAtt A.B}
 * becomes {@code {Fn::GetAtt: [A, B]}}, {@code !Sub s} becomes {@code {Fn::Sub: s}}, and so on).
 */
final class CloudFormationYaml {
  private static final List<String> FUNCTIONS =
      List.of("Base64", "Cidr", "FindInMap", "GetAZs", "If", "ImportValue", "Join", "Select", "Split",
          "Sub", "Transform", "And", "Equals", "Not", "Or", "ToJsonString", "Length");

  private CloudFormationYaml() {}

  @SuppressWarnings("unchecked")
  static Map<String, Object> read(Path template) throws IOException {
    LoaderOptions options = new LoaderOptions();
    Yaml yaml = new Yaml(new IntrinsicConstructor(options));
    try (Reader in = Files.newBufferedReader(template, StandardCharsets.UTF_8)) {
      return (Map<String, Object>) yaml.load(in);
    }
  }

  private static final class IntrinsicConstructor extends SafeConstructor {
    IntrinsicConstructor(LoaderOptions options) {
      super(options);
      yamlConstructors.put(new Tag("!Ref"), new Intrinsic("Ref"));
      yamlConstructors.put(new Tag("!Condition"), new Intrinsic("Condition"));
      yamlConstructors.put(new Tag("!GetAtt"), new Intrinsic("Fn::GetAtt"));
      for (String f : FUNCTIONS) {
        yamlConstructors.put(new Tag("!" + f), new Intrinsic("Fn::" + f));
      }
    }

    private final class Intrinsic extends AbstractConstruct {
      private final String name;

      Intrinsic(String name) {
        this.name = name;
      }

      @Override
      public Object construct(Node node) {
        Object value;
        if (node instanceof ScalarNode s) {
          value = constructScalar(s);
          if (name.equals("Fn::GetAtt")) {
            String v = (String) value;
            int dot = v.indexOf('.');
            value = List.of(v.substring(0, dot), v.substring(dot + 1));
          }
        } else if (node instanceof SequenceNode s) {
          value = constructSequence(s);
        } else {
          value = constructMapping((MappingNode) node);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(name, value);
        return m;
      }
    }
  }
}
