package dev.lede.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Arrays;

/**
 * The command line. Takes its streams in the constructor and returns an exit code: 0 ok, 1 some input
 * failed, 2 usage error. Only {@link #main} calls {@code System.exit}.
 */
public final class Main {
  static final String USAGE =
      String.join(
          "\n",
          "usage: lede <command> [options]",
          "",
          "commands:",
          "  summarise [--date YYYY-MM-DD] FILE...   print the summary document of each file",
          "                                           (- reads stdin; several files print JSON Lines)",
          "  sentences FILE                          print the sentences of the cleaned text as a JSON array",
          "  evaluate --data FILE.jsonl|DIR          run every applicable measure on an evaluation set",
          "           [--failures] [--dressed [--seed N]]  list misses; measure on pages dressed as scraped",
          "  invoke [--local-root DIR | --endpoint URL] EVENT.json...",
          "                                           run the Lambda handler on S3 events against DIR",
          "                                           (default local/, as DIR/<bucket>/<key>) or an S3 endpoint",
          "  --version                               print the version",
          "");

  private final InputStream in;
  private final PrintStream out;
  private final PrintStream err;

  public Main(InputStream in, PrintStream out, PrintStream err) {
    this.in = in;
    this.out = out;
    this.err = err;
  }

  public static void main(String[] args) {
    int code = new Main(System.in, System.out, System.err).run(args);
    System.out.flush();
    System.exit(code);
  }

  public int run(String[] args) {
    if (args.length == 0) {
      err.print(USAGE);
      return 2;
    }
    String[] rest = Arrays.copyOfRange(args, 1, args.length);
    switch (args[0]) {
      case "--version":
      case "version":
        out.println("lede " + version());
        return 0;
      case "--help":
      case "-h":
      case "help":
        out.print(USAGE);
        return 0;
      case "summarise":
      case "summarize":
        return new SummariseCommand(in, out, err).run(rest);
      case "sentences":
        return new SentencesCommand(in, out, err).run(rest);
      case "evaluate":
        return new EvaluateCommand(out, err).run(rest);
      case "invoke":
        return new InvokeCommand(out, err, System.getenv()).run(rest);
      default:
        err.println("lede: unknown command '" + args[0] + "'");
        err.print(USAGE);
        return 2;
    }
  }

  static String version() {
    String v = Main.class.getPackage().getImplementationVersion();
    return v == null ? "dev" : v;
  }
}
