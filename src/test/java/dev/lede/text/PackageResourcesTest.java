package dev.lede.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** {@link PackageResources} opens the same files the class loader would, first and later ones alike. */
class PackageResourcesTest {

  @Test
  void everyFileReadsAsTheClassLoaderReadsIt() throws IOException {
    PackageResources files = new PackageResources(BoundaryWords.class);
    for (String name : new String[] {"abbreviations.txt", "sentence-words.txt", "abbreviations.txt"}) {
      try (InputStream ours = files.open(name);
          InputStream loaders = BoundaryWords.class.getResourceAsStream(name)) {
        assertArrayEquals(loaders.readAllBytes(), ours.readAllBytes(), name);
      }
    }
  }

  @Test
  void aMissingFileIsNullBeforeAndAfterOneWasFound() throws IOException {
    PackageResources files = new PackageResources(BoundaryWords.class);
    assertNull(files.open("no-such-list.txt"));
    files.open("abbreviations.txt").close();
    assertNull(files.open("no-such-list.txt"));
  }

  @Test
  void takesFileNamesNotPaths() {
    PackageResources files = new PackageResources(BoundaryWords.class);
    assertThrows(IllegalArgumentException.class, () -> files.open("../clean/function-words.txt"));
    assertThrows(IllegalArgumentException.class, () -> files.open("/dev/lede/text/abbreviations.txt"));
  }
}
