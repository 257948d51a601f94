// Build step (the pom's exec execution lambda-libraries-stored): rewrites a jar with every entry stored,
// not deflated, for the Lambda deployment package, where `sam build` deflates the whole jar as one zip
// entry. Deflate then finds the repetition across thousands of small classes (package names, constant
// pools, the same generated shapes) that per-class compression cannot, and the JVM reads the classes
// without inflating them. Entries are ordered so that alike classes sit within deflate's 32 KB window:
// by directory, then top-level classes before inner classes grouped by their inner name ("$Builder"),
// then by size. The manifest comes first, as jar readers expect.
//
//   java src/build/StoredJar.java IN.jar OUT.jar

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

public class StoredJar {
  record Entry(String name, long time, byte[] data) {
    boolean manifest() {
      return name.equals("META-INF/") || name.equals("META-INF/MANIFEST.MF");
    }

    String directory() {
      int slash = name.lastIndexOf('/', name.length() - 2);
      return slash < 0 ? "" : name.substring(0, slash + 1);
    }

    String inner() {
      String file = name.substring(directory().length());
      int dollar = file.indexOf('$');
      return dollar < 0 ? "" : file.substring(dollar);
    }
  }

  public static void main(String[] args) throws IOException {
    List<Entry> entries = new ArrayList<>();
    try (ZipFile in = new ZipFile(args[0])) {
      for (Enumeration<? extends ZipEntry> e = in.entries(); e.hasMoreElements(); ) {
        ZipEntry z = e.nextElement();
        try (InputStream s = in.getInputStream(z)) {
          entries.add(new Entry(z.getName(), z.getTime(), s.readAllBytes()));
        }
      }
    }
    entries.sort(Comparator.comparing((Entry e) -> !e.manifest())
        .thenComparing(e -> e.manifest() ? e.name() : "")
        .thenComparing(Entry::directory)
        .thenComparing(Entry::inner)
        .thenComparingInt(e -> e.data().length)
        .thenComparing(Entry::name));
    Path out = Path.of(args[1]);
    Files.createDirectories(out.toAbsolutePath().getParent());
    try (OutputStream file = Files.newOutputStream(out); ZipOutputStream zip = new ZipOutputStream(file)) {
      for (Entry e : entries) {
        ZipEntry z = new ZipEntry(e.name());
        CRC32 crc = new CRC32();
        crc.update(e.data());
        z.setMethod(ZipEntry.STORED);
        z.setSize(e.data().length);
        z.setCompressedSize(e.data().length);
        z.setCrc(crc.getValue());
        z.setTime(e.time());
        zip.putNextEntry(z);
        zip.write(e.data());
        zip.closeEntry();
      }
    }
  }
}
