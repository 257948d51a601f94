package dev.lede;

import dev.lede.HostileInputs.Case;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Prints the hostile-input table of the README: each case through the core and the JSON mapping, its
 * outcome, and the wall-clock and CPU time of this thread (the CPU time is what to compare on a shared
 * machine). A measurement, not a test:
 * <pre>
 * ./mvnw -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) dev.lede.HostileInputTable
 * </pre>
 */
final class HostileInputTable {
  private HostileInputTable() {}

  public static void main(String[] args) {
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    Lede lede = Lede.create();
    HostileInputTest.documentOf(lede, HostileInputs.byId("gzip-article")); // warm up
    System.out.println("| case | input bytes | result | wall ms | CPU ms |");
    System.out.println("|---|---:|---|---:|---:|");
    for (Case c : HostileInputs.all()) {
      byte[] bytes = c.bytes();
      long wall = System.nanoTime();
      long cpu0 = cpu.getCurrentThreadCpuTime();
      byte[] doc = HostileInputTest.documentOf(lede, c);
      long cpuMs = (cpu.getCurrentThreadCpuTime() - cpu0) / 1_000_000;
      long wallMs = (System.nanoTime() - wall) / 1_000_000;
      String json = new String(doc, 0, Math.min(doc.length, 4096), java.nio.charset.StandardCharsets.UTF_8);
      int at = json.indexOf("\"code\":\"");
      String result = at >= 0 ? "error `" + json.substring(at + 8, json.indexOf('"', at + 8)) + "`" : "summary";
      System.out.printf("| %s | %,d | %s | %,d | %,d |%n", c.id(), bytes.length, result, wallMs, cpuMs);
    }
  }
}
