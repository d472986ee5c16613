package dev.facets.benchmarks;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.NumberInput;
import dev.facets.core.io.JsonLimits;
import dev.facets.core.io.PortfolioFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Reading a portfolio file of 10^6 initiatives, JSON or CSV, by streaming its initiatives
 * ({@link PortfolioFiles#readInitiatives}, which validates the whole file but holds no initiative),
 * against two baselines: walking the file's syntax with nothing kept ({@code WALK_TOKENS}, the least
 * any strict reader of the file must do, so the ratio is the price of validation, error reporting
 * and the initiatives built), and reading its bytes ({@code READ_BYTES}, the price of the disk).
 *
 * <p>The files are written in {@code @Setup} into a temporary directory by the library's own writers
 * and deleted afterwards. The fork runs with a 512 MB heap ({@code -Xmx512m}): the reader must
 * stream in bounded memory, so a heap that could not hold the initiatives (about 1 KB each as
 * objects) must still suffice. An {@link OutOfMemoryError} here is a failed target, not noise.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar PortfolioReadBenchmark -prof gc}
 * (the heap limit is applied by the fork itself; {@code -jvmArgs -Xmx512m} says the same).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx512m")
public class PortfolioReadBenchmark {
  /** The file formats. */
  public enum Format {
    JSON,
    CSV
  }

  /** How the file is read. */
  public enum Implementation {
    /** The library's streaming reader, validating every initiative. */
    STREAM_INITIATIVES,
    /**
     * Baseline: the file's syntax, nothing kept. JSON: every token through the library's parser
     * settings ({@link JsonLimits#factory()}: the same limits and duplicate-key detection), every
     * number parsed as a double, every string and key taken as text, as
     * {@code ScenarioReadBenchmark.WALK_TOKENS} does. CSV: the UTF-8 text split into the fields of
     * every record (quotes undone, line breaks of every kind), every field taken as text and every
     * cell of a number column parsed as a double by the exact parser the JSON settings use (Jackson's
     * fast double parser, the same value as {@link Double#parseDouble}), so that both baselines
     * parse numbers alike.
     */
    WALK_TOKENS,
    /** Baseline: the file's bytes through a 64 KB buffer, untouched. */
    READ_BYTES
  }

  @Param({"1000000"})
  public int size;

  @Param
  public Format format;

  @Param
  public Implementation implementation;

  private Path directory;
  private Path file;
  private byte[] buffer;

  /** Writes the file once per trial. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    directory = Files.createTempDirectory("facets-read-benchmark");
    file = directory.resolve("register." + format.name().toLowerCase(Locale.ROOT));
    if (format == Format.JSON) {
      Registers.writeJson(file, size);
    } else {
      Registers.writeCsv(file, size);
    }
    buffer = new byte[1 << 16];
    if (implementation == Implementation.WALK_TOKENS && walkTokens() != size) {
      throw new IllegalStateException("the token walk did not find " + size + " initiatives in " + file);
    }
  }

  /** Deletes the file and its directory. */
  @TearDown(Level.Trial)
  public void tearDown() {
    Registers.delete(directory);
  }

  /** Reads the whole file once; returns how many initiatives (or bytes, for the baseline) it held. */
  @Benchmark
  public long readFile(Blackhole blackhole) throws IOException {
    if (implementation == Implementation.READ_BYTES) {
      return readBytes();
    }
    if (implementation == Implementation.WALK_TOKENS) {
      return walkTokens();
    }
    long count = PortfolioFiles.readInitiatives(file, blackhole::consume);
    if (count != size) {
      throw new IllegalStateException("read " + count + " initiatives from " + file + ", wrote " + size);
    }
    return count;
  }

  private long readBytes() throws IOException {
    long total = 0;
    try (InputStream in = Files.newInputStream(file)) {
      for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
        total += read;
      }
    }
    return total;
  }

  /**
   * The syntax baseline; returns how many initiatives it saw (ids: JSON {@code id} keys, CSV rows
   * after the header), with the numbers' sum and the texts' length kept live through a blackhole-free
   * check that can never be true.
   */
  private long walkTokens() throws IOException {
    return format == Format.JSON ? walkJson() : walkCsv();
  }

  private long walkJson() throws IOException {
    double sum = 0;
    long textLength = 0;
    long ids = 0;
    try (InputStream in = Files.newInputStream(file); JsonParser parser = JsonLimits.factory().createParser(in)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token.isNumeric()) {
          sum += parser.getDoubleValue();
        } else if (token == JsonToken.VALUE_STRING) {
          textLength += parser.getText().length();
        } else if (token == JsonToken.FIELD_NAME) {
          String key = parser.getText();
          textLength += key.length();
          if (parser.getParsingContext().getParent().inArray() && key.equals("id")) {
            ids++;
          }
        }
      }
    }
    return keep(ids, sum, textLength);
  }

  /** The CSV walk: RFC 4180 fields of every record, metadata lines and the header included. */
  private long walkCsv() throws IOException {
    double sum = 0;
    long textLength = 0;
    long rows = -1;
    boolean[] numeric = null;
    try (Reader in = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
      char[] chars = new char[1 << 13];
      StringBuilder field = new StringBuilder();
      List<String> header = new ArrayList<>();
      int limit = 0;
      int position = 0;
      int column = 0;
      boolean quoted = false;
      boolean metadata = false;
      boolean atStart = true;
      while (true) {
        if (position == limit) {
          limit = in.read(chars);
          position = 0;
          if (limit < 0) {
            break;
          }
        }
        char c = chars[position++];
        if (quoted) {
          if (c == '"') {
            quoted = false;
          } else {
            field.append(c);
          }
          continue;
        }
        if (c == '"') {
          quoted = true;
          if (!atStart) {
            field.append('"');
          }
          atStart = false;
          continue;
        }
        if (c != ',' && c != '\n' && c != '\r') {
          if (atStart && c == '#' && column == 0) {
            metadata = true;
          }
          atStart = false;
          field.append(c);
          continue;
        }
        if (c == '\r' || (c == '\n' && column == 0 && atStart && field.length() == 0)) {
          // A CRLF's LF, or an empty line, ends no record.
          if (c == '\r') {
            c = '\n';
          } else {
            continue;
          }
        }
        String text = field.toString();
        textLength += text.length();
        if (!metadata) {
          if (numeric == null) {
            header.add(text);
          } else if (column < numeric.length && numeric[column] && !text.isEmpty()) {
            sum += NumberInput.parseDouble(text, true);
          }
        }
        field.setLength(0);
        atStart = true;
        column++;
        if (c == '\n') {
          if (!metadata) {
            if (numeric == null) {
              numeric = numberColumns(header);
            }
            rows++;
          }
          metadata = false;
          column = 0;
        }
      }
    }
    return keep(rows, sum, textLength);
  }

  private static boolean[] numberColumns(List<String> header) {
    boolean[] numeric = new boolean[header.size()];
    for (int i = 0; i < numeric.length; i++) {
      String name = header.get(i);
      numeric[i] = name.equals("budget") || name.equals("successProbability") || name.startsWith("position.")
          || name.startsWith("facets.") || name.startsWith("impact.");
    }
    return numeric;
  }

  /** The count, with the sum and length kept live: neither is ever NaN or negative. */
  private static long keep(long count, double sum, long textLength) {
    return Double.isNaN(sum) || textLength < 0 ? -1 : count;
  }
}
