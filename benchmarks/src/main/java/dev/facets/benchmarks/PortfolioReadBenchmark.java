package dev.facets.benchmarks;

import dev.facets.core.io.PortfolioFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * against reading the file's bytes and doing nothing with them as the baseline.
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
}
