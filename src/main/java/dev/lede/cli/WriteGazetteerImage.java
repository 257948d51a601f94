package dev.lede.cli;

import dev.lede.facts.GazetteerImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A build step, not a command: writes the gazetteer image ({@link GazetteerImage}) to the file named by
 * the first argument, from the word lists in the directory named by the second (their sources: the
 * lists themselves are not copied into the classes). Maven runs it in the {@code process-classes} phase
 * (exec-maven-plugin), so the image in {@code target/classes} always matches the lists.
 */
public final class WriteGazetteerImage {
  private WriteGazetteerImage() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: WriteGazetteerImage OUTPUT_FILE LISTS_DIRECTORY");
    }
    Path out = Path.of(args[0]).toAbsolutePath();
    Files.createDirectories(out.getParent());
    Path lists = Path.of(args[1]);
    Files.write(out, GazetteerImage.ofLists(name -> open(lists.resolve(name))));
  }

  private static InputStream open(Path file) {
    try {
      return Files.newInputStream(file);
    } catch (NoSuchFileException e) {
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read word list " + file, e);
    }
  }
}
