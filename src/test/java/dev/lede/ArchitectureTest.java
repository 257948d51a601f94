package dev.lede;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps dependencies pointing inward: reads the constant pool of every compiled class of the core and
 * checks what it refers to. The core (root, text, clean, summary, facts, extract) may not refer to AWS,
 * Jackson, the JSON mapping, the adapters, or file and network I/O.
 */
class ArchitectureTest {
  private static final List<String> FORBIDDEN_IN_CORE =
      List.of(
          "com/fasterxml/",
          "software/amazon/",
          "com/amazonaws/",
          "dev/lede/json/",
          "dev/lede/aws/",
          "dev/lede/cli/",
          "java/nio/file/",
          "java/io/File",
          "java/net/Socket",
          "java/net/http/",
          "java/net/URLConnection",
          "java/lang/ProcessBuilder");

  /** Which inner packages each core package may use, beyond java.* (and jsoup for extract). */
  private static final Map<String, List<String>> ALLOWED_INNER =
      Map.of(
          "dev/lede/text/", List.of("dev/lede/text/"),
          "dev/lede/clean/", List.of("dev/lede/text/", "dev/lede/clean/"),
          "dev/lede/facts/", List.of("dev/lede/text/", "dev/lede/clean/", "dev/lede/facts/"),
          "dev/lede/summary/",
              List.of("dev/lede/text/", "dev/lede/clean/", "dev/lede/facts/", "dev/lede/summary/"));

  @Test
  void coreRefersToNoAdapterNoJacksonNoAwsAndNoIo() throws Exception {
    List<String> violations = new ArrayList<>();
    for (Path cls : coreClasses()) {
      String name = classesRoot().relativize(cls).toString();
      for (String ref : referencedNames(cls)) {
        for (String bad : FORBIDDEN_IN_CORE) {
          if (ref.contains(bad)) {
            violations.add(name + " -> " + ref);
          }
        }
      }
    }
    assertTrue(violations.isEmpty(), "core classes with outward references:\n" + String.join("\n", violations));
  }

  @Test
  void innerPackagesDependOnlyOnThoseBelowThem() throws Exception {
    List<String> violations = new ArrayList<>();
    for (Path cls : coreClasses()) {
      String name = classesRoot().relativize(cls).toString().replace('\\', '/');
      for (Map.Entry<String, List<String>> rule : ALLOWED_INNER.entrySet()) {
        if (!name.startsWith(rule.getKey())) {
          continue;
        }
        for (String ref : referencedNames(cls)) {
          int at = ref.indexOf("dev/lede/");
          if (at < 0) {
            continue;
          }
          String target = ref.substring(at);
          boolean ok = rule.getValue().stream().anyMatch(target::startsWith);
          if (!ok) {
            violations.add(name + " -> " + target);
          }
        }
      }
    }
    assertTrue(violations.isEmpty(), "inner packages reaching outward:\n" + String.join("\n", violations));
  }

  private static Path classesRoot() throws URISyntaxException {
    return Path.of(Lede.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  private static List<Path> coreClasses() throws IOException, URISyntaxException {
    Path root = classesRoot().resolve("dev/lede");
    List<Path> out = new ArrayList<>();
    try (Stream<Path> s = Files.walk(root)) {
      s.filter(p -> p.toString().endsWith(".class"))
          .filter(
              p -> {
                String rel = root.relativize(p).toString().replace('\\', '/');
                return !rel.contains("/") // root package
                    || rel.startsWith("text/")
                    || rel.startsWith("clean/")
                    || rel.startsWith("summary/")
                    || rel.startsWith("facts/")
                    || rel.startsWith("extract/");
              })
          .forEach(out::add);
    }
    assertTrue(out.size() > 10, "found the compiled core classes");
    return out;
  }

  /** Every UTF-8 constant of a class file: class names, descriptors and signatures among them. */
  static TreeSet<String> referencedNames(Path classFile) throws IOException {
    TreeSet<String> names = new TreeSet<>();
    try (InputStream raw = Files.newInputStream(classFile);
        DataInputStream in = new DataInputStream(raw)) {
      in.readInt(); // magic
      in.readUnsignedShort();
      in.readUnsignedShort();
      int count = in.readUnsignedShort();
      for (int i = 1; i < count; i++) {
        int tag = in.readUnsignedByte();
        switch (tag) {
          case 1 -> names.add(in.readUTF());
          case 3, 4 -> in.readInt();
          case 5, 6 -> {
            in.readLong();
            i++;
          }
          case 7, 8, 16, 19, 20 -> in.readUnsignedShort();
          case 9, 10, 11, 12, 17, 18 -> in.readInt();
          case 15 -> {
            in.readUnsignedByte();
            in.readUnsignedShort();
          }
          default -> throw new IOException("unknown constant tag " + tag + " in " + classFile);
        }
      }
    }
    return names;
  }
}
