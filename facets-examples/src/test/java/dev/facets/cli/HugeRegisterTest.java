package dev.facets.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The streaming promise of the formats page: {@code validate} and {@code score} of a register of
 * 10^7 initiatives, CSV and JSON, in a JVM of its own with a 256 MB heap. The register is generated
 * on the fly into a named pipe, so no gigabyte file touches the disk; the expected totals are summed
 * here, independently, by a plain loop. Tagged {@code slow}: it still runs in {@code mvn verify}
 * (about a minute per format on a quiet machine).
 */
@Tag("slow")
class HugeRegisterTest {
  private static final int ROWS = 10_000_000;
  @TempDir Path folder;

  private static double budget(int row) {
    return row % 1000 + 0.5;
  }

  private static String row(int row, boolean csv) {
    int adaptive = row % 3;
    return csv ? "i" + row + "," + budget(row) + ",1," + adaptive + "\n"
        : (row == 0 ? "" : ",\n") + "{\"id\":\"i" + row + "\",\"budget\":" + budget(row)
            + ",\"facets\":{\"mission\":1,\"adaptive\":" + adaptive + "}}";
  }

  /** A named pipe that a thread fills with the register once the command opens it. */
  private Thread pipe(Path fifo, boolean csv, AtomicReference<Throwable> failure) throws Exception {
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is available");
    Thread writer = new Thread(() -> {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(fifo), 1 << 16)) {
        out.write((csv ? "# name: huge\nid,budget,facets.mission,facets.adaptive\n"
            : "{\"name\":\"huge\",\"initiatives\":[\n").getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < ROWS; i++) {
          out.write(row(i, csv).getBytes(StandardCharsets.UTF_8));
        }
        if (!csv) {
          out.write("]}\n".getBytes(StandardCharsets.UTF_8));
        }
      } catch (IOException | RuntimeException e) {
        failure.set(e);
      }
    });
    writer.setDaemon(true);
    writer.start();
    return writer;
  }

  private JsonNode runOnPipe(String extension, String... command) throws Exception {
    boolean csv = extension.equals("csv");
    Path fifo = folder.resolve("register-" + command[0] + "." + extension);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread writer = pipe(fifo, csv, failure);
    String[] args = new String[command.length + 1];
    args[0] = command[0];
    args[1] = fifo.toString();
    System.arraycopy(command, 1, args, 2, command.length - 1);
    Path stdout = folder.resolve("out-" + command[0] + "-" + extension + ".json");
    ForkedCommand run = ForkedCommand.run(ForkedCommand.commandLine(List.of("-Xmx256m"), args), stdout.toFile(),
        folder, 900);
    writer.join(10_000);
    assertNull(failure.get(), () -> "writing the register: " + failure.get());
    assertEquals(FacetsCommand.OK, run.exitCode, run::toString);
    return JsonTrees.mapper().readTree(Files.readString(stdout));
  }

  @ParameterizedTest
  @ValueSource(strings = {"csv", "json"})
  void validateAndScoreTenMillionRowsIn256Megabytes(String extension) throws Exception {
    double total = 0;
    double mission = 0;
    double adaptive = 0;
    for (int i = 0; i < ROWS; i++) {
      double b = budget(i);
      total += b;
      mission += b / (1 + i % 3);
      adaptive += b * (i % 3) / (1 + i % 3);
    }
    JsonNode validate = runOnPipe(extension, "validate", "--kind", "portfolio", "--format", "json");
    assertEquals(ROWS, validate.get("initiatives").asLong());
    assertEquals("huge", validate.get("portfolio").asText());
    assertEquals(5e9, validate.get("totalBudget").asDouble(), "10^4 cycles of 0.5 + 1.5 + ... + 999.5");
    assertEquals(total, validate.get("totalBudget").asDouble());

    JsonNode score = runOnPipe(extension, "score", "--format", "json");
    assertEquals(ROWS, score.get("initiatives").asLong());
    assertEquals(total, score.get("totalWeight").asDouble(), total * 1e-12);
    assertEquals(mission / total, score.get("facetShares").get("mission").asDouble(), 1e-9);
    assertEquals(adaptive / total, score.get("facetShares").get("adaptive").asDouble(), 1e-9);
    assertEquals(0, score.get("facetShares").get("enhancement").asDouble());
  }

  @Test
  void aRegisterTooLongToHoldIsRefusedAtTheLimitNotByRunningOutOfMemory() throws Exception {
    // hedge holds the whole portfolio: in 64 MB the reader stops at its limit, with the -Xmx hint.
    Path fifo = folder.resolve("held.csv");
    AtomicReference<Throwable> failure = new AtomicReference<>();
    pipe(fifo, true, failure);
    Path scenarios = Files.writeString(folder.resolve("s.json"),
        "{\"scenarios\":[{\"name\":\"a\",\"payoff\":{\"enhancement\":1,\"mission\":2,\"adaptive\":0,\"anticipatory\":1}}]}");
    ForkedCommand run = ForkedCommand.run(ForkedCommand.commandLine(List.of("-Xmx64m"), "hedge", fifo.toString(),
        "--scenarios", scenarios.toString()), folder.resolve("hedge-out.txt").toFile(), folder, 600);
    assertEquals(FacetsCommand.BAD_INPUT, run.exitCode, run::toString);
    assertEquals(1, run.err.strip().lines().count(), run::toString);
    assertTrue(run.err.startsWith("facets hedge: error: " + fifo + ": more than "), run::toString);
    assertTrue(run.err.contains(" initiatives: a file is read whole") && run.err.contains("-Xmx"), run::toString);
  }
}
