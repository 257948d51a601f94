package dev.lede.text;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Objects;

/**
 * Opens the files shipped beside one package's classes (word lists, tables). The first file is found
 * through the class loader, and every later one by the URL beside it: for a class-path resource the
 * application class loader first searches each module it defines, so asking it again for each of some
 * forty word lists costs a cold start tens of milliseconds, where opening a URL in the same jar or
 * directory costs a fraction of one. Falls back to the class loader when that URL cannot be opened.
 * Thread-safe.
 */
public final class PackageResources {
  private final Class<?> anchor;
  /** A file of the package found through the class loader, once one has been. */
  private volatile URL found;

  /** The files beside {@code anchor}'s class. */
  public PackageResources(Class<?> anchor) {
    this.anchor = Objects.requireNonNull(anchor, "anchor");
  }

  /**
   * The file {@code name} (a plain file name, no path) of the package, or null when there is none.
   *
   * @throws IOException when the file is there but cannot be opened
   */
  public InputStream open(String name) throws IOException {
    if (name.indexOf('/') >= 0) {
      throw new IllegalArgumentException("a file name of the package, not a path: " + name);
    }
    URL beside = found;
    if (beside != null) {
      try {
        return new URL(beside, name).openStream();
      } catch (IOException e) {
        // no such file beside it, or a class loader whose URLs do not resolve: ask the loader
      }
    }
    URL url = anchor.getResource(name);
    if (url == null) {
      return null;
    }
    found = url;
    return url.openStream();
  }
}
