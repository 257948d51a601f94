package dev.lede.aws;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * {@link ObjectStore} over a local directory laid out as {@code root/<bucket>/<key>}: the stand-in for
 * S3 that {@code lede invoke} runs the real handler against. eTags are the MD5 of the content (as S3's
 * are for single-part uploads), last-modified is the file time, and user metadata lives in a hidden
 * sidecar file beside the object. Writes go to a temporary file that is then moved into place, so a
 * reader never sees half a document. Keys that would leave the bucket directory are refused.
 * Conditional writes are checked under one lock, which is enough for one process.
 */
public final class DirectoryObjectStore implements ObjectStore {
  private static final String META_SUFFIX = ".meta.properties";
  private final Path root;

  public DirectoryObjectStore(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  public Path root() {
    return root;
  }

  /** The file that holds {@code bucket/key}. */
  public Path file(String bucket, String key) {
    if (bucket.isEmpty() || bucket.contains("/") || bucket.startsWith(".")) {
      throw new IllegalArgumentException("not a usable bucket name: " + bucket);
    }
    Path bucketDir = root.resolve(bucket);
    Path file = bucketDir.resolve(key).normalize();
    if (key.isEmpty() || key.endsWith("/") || !file.startsWith(bucketDir) || file.equals(bucketDir)) {
      throw new IllegalArgumentException("key does not name a file inside the bucket directory");
    }
    return file;
  }

  @Override
  public ReadResult read(ObjectRef ref, int maxBytes) {
    Path file = file(ref.bucket(), ref.key());
    try {
      long size = Files.size(file);
      if (size > maxBytes) {
        return new TooLarge(size);
      }
      byte[] bytes;
      try (InputStream in = Files.newInputStream(file)) {
        bytes = in.readNBytes(maxBytes + 1);
      }
      if (bytes.length > maxBytes) {
        return new TooLarge(-1);
      }
      String eTag = md5(bytes);
      if (ref.eTag() != null && !ref.eTag().equalsIgnoreCase(eTag)) {
        return new Gone("PreconditionFailed: the file changed since the event (eTag differs)");
      }
      Instant modified = Files.getLastModifiedTime(file).toInstant().truncatedTo(ChronoUnit.SECONDS);
      return new Found(bytes, null, modified, eTag, null);
    } catch (NoSuchFileException e) {
      return new Gone("NoSuchKey: the file does not exist");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public synchronized Optional<Existing> head(String bucket, String key) {
    Path file = file(bucket, key);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(new Existing(md5(Files.readAllBytes(file)), readMetadata(file)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Files have no versions: the file itself, whatever version {@code ref} names. */
  @Override
  public synchronized Optional<ObjectRef> describe(ObjectRef ref) {
    Path file = file(ref.bucket(), ref.key());
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      byte[] bytes = Files.readAllBytes(file);
      return Optional.of(
          new ObjectRef(ref.bucket(), ref.key(), null, md5(bytes), (long) bytes.length, ref.sequencer()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public synchronized WriteResult write(
      String bucket,
      String key,
      byte[] body,
      String contentType,
      Map<String, String> metadata,
      WriteCondition condition) {
    Path file = file(bucket, key);
    try {
      boolean exists = Files.isRegularFile(file);
      if (condition instanceof IfAbsent && exists) {
        return WriteResult.CONFLICT;
      }
      if (condition instanceof IfMatch m
          && (!exists || !m.eTag().equalsIgnoreCase(md5(Files.readAllBytes(file))))) {
        return WriteResult.CONFLICT;
      }
      Files.createDirectories(file.getParent());
      replace(file, body);
      Properties p = new Properties();
      p.putAll(new TreeMap<>(metadata));
      if (contentType != null) {
        p.setProperty("Content-Type", contentType);
      }
      ByteArrayOutputStream meta = new ByteArrayOutputStream();
      p.store(meta, null);
      replace(metaFile(file), meta.toByteArray());
      return WriteResult.WRITTEN;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public synchronized boolean deleteIfMatch(String bucket, String key, String eTag) {
    Path file = file(bucket, key);
    try {
      if (!Files.isRegularFile(file) || !eTag.equalsIgnoreCase(md5(Files.readAllBytes(file)))) {
        return false;
      }
      Files.delete(file);
      Files.deleteIfExists(metaFile(file));
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void replace(Path file, byte[] body) throws IOException {
    Path tmp = Files.createTempFile(file.getParent(), ".lede-", ".tmp");
    try {
      Files.write(tmp, body);
      move(tmp, file);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static Map<String, String> readMetadata(Path file) throws IOException {
    Path meta = metaFile(file);
    Map<String, String> out = new TreeMap<>();
    if (Files.isRegularFile(meta)) {
      Properties p = new Properties();
      try (InputStream in = Files.newInputStream(meta)) {
        p.load(in);
      }
      for (String name : p.stringPropertyNames()) {
        if (!name.equals("Content-Type")) {
          out.put(name, p.getProperty(name));
        }
      }
    }
    return out;
  }

  private static Path metaFile(Path file) {
    return file.resolveSibling("." + file.getFileName() + META_SUFFIX);
  }

  static String md5(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK lacks MD5", e);
    }
  }
}
