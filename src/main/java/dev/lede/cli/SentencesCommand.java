package dev.lede.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.lede.Digest;
import dev.lede.InputInfo;
import dev.lede.Lede;
import dev.lede.LedeException;
import dev.lede.text.Span;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;

/** {@code sentences FILE}: the sentences of the cleaned text as a JSON array. */
final class SentencesCommand {
  private final InputStream in;
  private final PrintStream out;
  private final PrintStream err;

  SentencesCommand(InputStream in, PrintStream out, PrintStream err) {
    this.in = in;
    this.out = out;
    this.err = err;
  }

  int run(String[] args) {
    if (args.length != 1) {
      err.println("lede sentences: needs exactly one FILE (- for stdin)");
      err.print(Main.USAGE);
      return 2;
    }
    Lede lede = Lede.create();
    try {
      byte[] bytes = InputFiles.read(args[0], in, lede.maxBytes());
      Digest d = lede.digest(bytes, InputInfo.named(args[0]));
      String text = d.text();
      JsonGenerator g = new JsonFactory().createGenerator(out);
      g.useDefaultPrettyPrinter();
      g.writeStartArray();
      for (Span s : lede.sentenceSplitter().split(text)) {
        g.writeString(s.of(text).toString());
      }
      g.writeEndArray();
      g.flush();
      out.println();
      return 0;
    } catch (IOException e) {
      err.println("lede sentences: cannot read " + args[0] + ": " + e.getMessage());
      return 1;
    } catch (LedeException e) {
      err.println("lede sentences: " + e.code().code() + ": " + e.getMessage());
      return 1;
    }
  }
}
