package dev.facets.benchmarks;

import dev.facets.core.io.PortfolioFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Streaming a register of 10^5 initiatives from an xlsx workbook ({@link PortfolioFiles#readInitiatives}:
 * the guard's inflating pass, then fastexcel-reader's row stream through the table reader), against
 * streaming the same register from its CSV file as the baseline: what keeping a register as a workbook
 * costs over exporting it.
 *
 * <p>Both files are written in {@code @Setup} (the workbook cell for cell from the CSV, texts as
 * shared strings, as spreadsheets write them) and deleted afterwards. The fork's heap is 256 MB: the
 * rows stream, the workbook's shared strings (about 5 MB of XML here) are held.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar XlsxReadBenchmark -prof gc}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx256m")
public class XlsxReadBenchmark {
  /** The file read. */
  public enum Format {
    /** The workbook. */
    XLSX,
    /** Baseline: the same register as CSV. */
    CSV
  }

  @Param({"100000"})
  public int size;

  @Param
  public Format format;

  private Path directory;
  private Path file;

  /** Writes the file once per trial. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    directory = Files.createTempDirectory("facets-xlsx-benchmark");
    if (format == Format.XLSX) {
      file = directory.resolve("register.xlsx");
      Registers.writeXlsx(file, size);
    } else {
      file = directory.resolve("register.csv");
      Registers.writeCsv(file, size);
    }
  }

  /** Deletes the file and its directory. */
  @TearDown(Level.Trial)
  public void tearDown() {
    Registers.delete(directory);
  }

  /** Streams every initiative of the file once; returns their count. */
  @Benchmark
  public long readFile(Blackhole blackhole) {
    long count = PortfolioFiles.readInitiatives(file, blackhole::consume);
    if (count != size) {
      throw new IllegalStateException("read " + count + " initiatives from " + file + ", wrote " + size);
    }
    return count;
  }
}
