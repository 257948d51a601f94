package dev.lede.cli;

import dev.lede.Digest;
import dev.lede.ErrorCode;
import dev.lede.InputInfo;
import dev.lede.Lede;
import dev.lede.LedeException;
import dev.lede.json.DigestJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.NoSuchFileException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code summarise [--date YYYY-MM-DD] FILE...}: one JSON document per input, in input order. */
final class SummariseCommand {
  private final InputStream in;
  private final PrintStream out;
  private final PrintStream err;

  SummariseCommand(InputStream in, PrintStream out, PrintStream err) {
    this.in = in;
    this.out = out;
    this.err = err;
  }

  int run(String[] args) {
    LocalDate date = null;
    List<String> files = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--date")) {
        if (i + 1 >= args.length) {
          return usage("--date needs a value");
        }
        try {
          date = LocalDate.parse(args[++i]);
        } catch (DateTimeParseException e) {
          return usage("--date must be YYYY-MM-DD, not '" + args[i] + "'");
        }
      } else if (a.startsWith("--date=")) {
        try {
          date = LocalDate.parse(a.substring(7));
        } catch (DateTimeParseException e) {
          return usage("--date must be YYYY-MM-DD, not '" + a.substring(7) + "'");
        }
      } else if (a.startsWith("-") && !a.equals("-")) {
        return usage("unknown option " + a);
      } else {
        files.add(a);
      }
    }
    if (files.isEmpty()) {
      return usage("summarise needs at least one FILE (- for stdin)");
    }
    Lede lede = Lede.create();
    boolean pretty = files.size() == 1;
    int status = 0;
    for (String f : files) {
      Map<String, Object> source = new LinkedHashMap<>();
      source.put("path", f);
      byte[] doc;
      try {
        byte[] bytes = InputFiles.read(f, in, lede.maxBytes());
        Digest d = lede.digest(bytes, new InputInfo(f.equals("-") ? null : f, null, date));
        doc = DigestJson.toBytes(source, d, pretty);
      } catch (InputFiles.TooLargeException e) {
        doc = error(source, ErrorCode.TOO_LARGE,
            "input is " + e.size + " bytes; the limit is " + lede.maxBytes(), pretty);
        status = 1;
      } catch (NoSuchFileException e) {
        doc = error(source, ErrorCode.UNREADABLE, "no such file: " + f, pretty);
        status = 1;
      } catch (IOException e) {
        doc = error(source, ErrorCode.UNREADABLE, "cannot read " + f + ": " + e.getMessage(), pretty);
        status = 1;
      } catch (LedeException e) {
        doc = error(source, e.code(), e.getMessage(), pretty);
        status = 1;
      } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
        doc = error(source, ErrorCode.INTERNAL,
            "internal error (" + e.getClass().getSimpleName() + ")", pretty);
        status = 1;
      }
      out.write(doc, 0, doc.length);
      out.println();
    }
    out.flush();
    return status;
  }

  private static byte[] error(Map<String, Object> source, ErrorCode code, String message, boolean pretty) {
    return DigestJson.errorToBytes(source, code.code(), message, pretty);
  }

  private int usage(String message) {
    err.println("lede summarise: " + message);
    err.print(Main.USAGE);
    return 2;
  }
}
