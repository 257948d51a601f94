// Fingerprints Lede's output on every article of the evaluation data, so an optimisation can be shown
// to change no byte of any document: run it with the jar built before the change and with the one built
// after, and compare (src/bench/output-check.sh does both). A single-file program: it needs only a
// lede.jar on the class path, and uses only the API every version has (Lede, InputInfo, DigestJson).
//
//   java -cp target/lede.jar src/bench/OutputDigests.java [DATA_DIR] > digests.txt
//
// Prints one line per article ("set id sha256-of-the-compact-document") and a last line with the hash of
// all of them. The data is read in place (../shared/data by default) and never copied.

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.lede.InputInfo;
import dev.lede.Lede;
import dev.lede.LedeException;
import dev.lede.json.DigestJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

public class OutputDigests {
  static final LocalDate REFERENCE = LocalDate.of(2024, 3, 18);
  static final Lede LEDE = Lede.create();
  static final JsonFactory JSON = JsonFactory.builder().build();
  static MessageDigest all;
  static PrintStream out;
  static int count;

  public static void main(String[] args) throws Exception {
    Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
    if (!Files.isDirectory(data)) {
      System.err.println("no evaluation data at " + data + "; nothing to fingerprint");
      System.exit(2);
    }
    all = MessageDigest.getInstance("SHA-256");
    out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    for (String set : List.of("dev/bbc.jsonl", "dev/xsum.jsonl", "dev/cnndm.jsonl", "dev/conll.jsonl")) {
      Path file = data.resolve(set);
      if (!Files.isRegularFile(file)) {
        continue;
      }
      try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        String line;
        while ((line = r.readLine()) != null) {
          if (line.isBlank()) {
            continue;
          }
          Map<String, String> item = fields(line);
          String id = item.getOrDefault("id", "item" + count);
          record(set, id, item.getOrDefault("text", "").getBytes(StandardCharsets.UTF_8), id + ".txt");
        }
      }
    }
    for (String dir : List.of("html/scrapinghub-dev/html", "html/readability-test-pages")) {
      Path root = data.resolve(dir);
      if (!Files.isDirectory(root)) {
        continue;
      }
      List<Path> pages = new ArrayList<>();
      try (Stream<Path> s = Files.walk(root)) {
        s.filter(p -> p.getFileName().toString().endsWith(".html.gz")
                || p.getFileName().toString().equals("source.html"))
            .sorted()
            .forEach(pages::add);
      }
      for (Path p : pages) {
        String id = root.relativize(p).toString();
        record(dir, id, Files.readAllBytes(p), id.endsWith(".gz") ? id.substring(0, id.length() - 3) : id);
      }
    }
    out.println("all " + count + " " + HexFormat.of().formatHex(all.digest()));
    out.flush();
  }

  static void record(String set, String id, byte[] input, String name) throws Exception {
    Map<String, Object> source = new LinkedHashMap<>();
    source.put("path", set + "/" + id);
    byte[] doc;
    try {
      doc = DigestJson.toBytes(source, LEDE.digest(input, InputInfo.named(name).withReferenceDate(REFERENCE)), false);
    } catch (LedeException e) {
      doc = DigestJson.errorToBytes(source, e.code().code(), e.getMessage(), false);
    }
    byte[] h = MessageDigest.getInstance("SHA-256").digest(doc);
    all.update(h);
    count++;
    out.println(set + " " + id + " " + HexFormat.of().formatHex(h));
  }

  static Map<String, String> fields(String line) throws IOException {
    Map<String, String> m = new LinkedHashMap<>();
    try (JsonParser p = JSON.createParser(line)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return m;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String f = p.currentName();
        if (p.nextToken() == JsonToken.VALUE_STRING) {
          m.put(f, p.getText());
        } else {
          p.skipChildren();
        }
      }
    }
    return m;
  }
}
