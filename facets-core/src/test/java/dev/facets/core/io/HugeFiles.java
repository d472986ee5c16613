package dev.facets.core.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Inputs too big to commit, made on the fly: a generated stream of any size, and a portfolio file
 * of a million initiatives. Shared through the facets-core test-jar with the command's tests.
 */
public final class HugeFiles {
  /** 100 MB, the size of the hostile value every reader must refuse without holding it. */
  public static final long HUNDRED_MB = 100L * 1024 * 1024;

  private HugeFiles() {}

  /** A stream of {@code head}, then {@code size} bytes of {@code fill}, then {@code tail}; counts what is read. */
  public static final class GeneratedStream extends InputStream {
    private final byte[] head;
    private final byte fill;
    private final long size;
    private final byte[] tail;
    private long position;

    public GeneratedStream(String head, char fill, long size, String tail) {
      this.head = head.getBytes(StandardCharsets.UTF_8);
      this.fill = (byte) fill;
      this.size = size;
      this.tail = tail.getBytes(StandardCharsets.UTF_8);
    }

    /** How many bytes were read so far. */
    public long consumed() {
      return position;
    }

    private long length() {
      return head.length + size + tail.length;
    }

    private byte at(long index) {
      if (index < head.length) {
        return head[(int) index];
      }
      long inTail = index - head.length - size;
      return inTail < 0 ? fill : tail[(int) inTail];
    }

    @Override
    public int read() {
      return position < length() ? at(position++) & 0xFF : -1;
    }

    @Override
    public int read(byte[] buffer, int offset, int count) {
      if (position >= length()) {
        return -1;
      }
      int n = (int) Math.min(count, length() - position);
      for (int i = 0; i < n; i++) {
        buffer[offset + i] = at(position++);
      }
      return n;
    }
  }

  /**
   * Writes a portfolio of {@code count} initiatives, one a line, then {@code last} (an extra
   * initiative, or nothing).
   */
  public static Path manyInitiatives(Path folder, int count, String last) throws IOException {
    Path file = folder.resolve("million.json");
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("{\"name\":\"A million initiatives\",\"initiatives\":[\n");
      for (int i = 0; i < count; i++) {
        out.write(i == 0 ? "" : ",\n");
        out.write("{\"id\":\"i" + i + "\",\"budget\":" + (i % 4) + ",\"facets\":{\"" + FACETS[i % 4] + "\":1}}");
      }
      out.write(last + "]}\n");
    }
    return file;
  }

  private static final String[] FACETS = {"enhancement", "mission", "adaptive", "anticipatory"};
  public static final int MILLION = 1_000_000;

  /** Writes {@code content} to {@code file} as it streams, without holding it. */
  public static Path write(Path file, InputStream content) throws IOException {
    Files.copy(content, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    return file;
  }
}
