package dev.facets.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code facets chart} and {@code facets report}: files, formats, missing inputs and exit codes. */
class ReportCommandTest {
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};

  @TempDir Path folder;
  private Path portfolio;
  private Path scenarios;
  private Path target;

  @BeforeEach
  void copyExamples() throws Exception {
    portfolio = copy("federal-portfolio.json");
    scenarios = copy("futures.json");
    target = copy("balanced-target.json");
  }

  private Path copy(String name) throws Exception {
    Path file = folder.resolve(name);
    try (InputStream in = ReportCommandTest.class.getResourceAsStream("/examples/" + name)) {
      Files.copy(in, file);
    }
    return file;
  }

  private List<String> files() throws Exception {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(file -> file.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void everyChartKindWritesSvgAndPng() throws Exception {
    for (String kind : List.of("diamond", "map", "gap", "scenarios", "histogram")) {
      for (String extension : List.of("svg", "png")) {
        Path out = folder.resolve(kind + "." + extension);
        CommandRun run = CommandRun.of("chart", kind, portfolio.toString(), "--scenarios", scenarios.toString(),
            "--target", target.toString(), "--trials", "500", "--out", out.toString());
        assertEquals(0, run.exitCode, run::toString);
        byte[] bytes = Files.readAllBytes(out);
        if (extension.equals("png")) {
          assertArrayEquals(PNG, Arrays.copyOf(bytes, 4), kind);
        } else {
          assertTrue(Files.readString(out).startsWith("<?xml") && Files.readString(out).contains("<svg"), kind);
        }
      }
    }
  }

  @Test
  void aChartWithoutItsInputIsAUsageErrorAndWritesNothing() throws Exception {
    List<String> before = files();
    CommandRun gap = CommandRun.of("chart", "gap", portfolio.toString(), "--out", folder.resolve("g.svg").toString());
    assertEquals(FacetsCommand.USAGE, gap.exitCode, gap::toString);
    assertTrue(gap.err.contains("the gap chart needs a target mix (--target FILE_OR_LIST)"), gap.err);
    CommandRun scenario = CommandRun.of("chart", "scenarios", portfolio.toString(), "--out", folder.resolve("s.png").toString());
    assertEquals(FacetsCommand.USAGE, scenario.exitCode, scenario::toString);
    assertTrue(scenario.err.contains("the scenarios chart needs a scenario set (--scenarios FILE)"), scenario.err);
    CommandRun kind = CommandRun.of("chart", "pie", portfolio.toString(), "--out", folder.resolve("p.svg").toString());
    assertEquals(FacetsCommand.USAGE, kind.exitCode);
    assertTrue(kind.err.contains("diamond, map, gap, scenarios, histogram"), kind.err);
    CommandRun format = CommandRun.of("chart", "diamond", portfolio.toString(), "--out", folder.resolve("d.gif").toString());
    assertEquals(FacetsCommand.USAGE, format.exitCode);
    assertTrue(format.err.contains("must end in .svg or .png"), format.err);
    assertEquals(FacetsCommand.USAGE, CommandRun.of("chart", "diamond", portfolio.toString()).exitCode, "--out is required");
    assertEquals(before, files());
  }

  @Test
  void theHtmlReportIsOneFile() throws Exception {
    Path out = folder.resolve("report.html");
    CommandRun run = CommandRun.of("report", portfolio.toString(), "--scenarios", scenarios.toString(),
        "--target", "enhancement=25,mission=25,adaptive=25,anticipatory=25", "--trials", "500", "--seed", "7", "--out", out.toString());
    assertEquals(0, run.exitCode, run::toString);
    String html = Files.readString(out);
    assertTrue(html.startsWith("<!DOCTYPE html>") && html.endsWith("</html>\n"));
    assertTrue(html.contains("500 trials, seed 7"), "the conventions record trials and seed");
    assertEquals(List.of("balanced-target.json", "federal-portfolio.json", "futures.json", "report.html"), files());
    CommandRun stdout = CommandRun.of("report", portfolio.toString(), "--trials", "200");
    assertEquals(0, stdout.exitCode, stdout::toString);
    assertTrue(stdout.out.startsWith("<!DOCTYPE html>"));
  }

  @Test
  void theMarkdownReportWritesItsChartsBesideIt() throws Exception {
    Path out = folder.resolve("study.md");
    CommandRun run = CommandRun.of("report", portfolio.toString(), "--scenarios", scenarios.toString(),
        "--target", target.toString(), "--trials", "300", "--format", "markdown", "--out", out.toString());
    assertEquals(0, run.exitCode, run::toString);
    String markdown = Files.readString(out);
    for (String kind : List.of("diamond", "map", "gap", "scenarios", "histogram")) {
      assertTrue(Files.readString(folder.resolve("study-" + kind + ".svg")).contains("<svg"), kind);
      assertTrue(markdown.contains("](study-" + kind + ".svg)"), kind);
    }
    CommandRun stdout = CommandRun.of("report", portfolio.toString(), "--trials", "200", "--format", "markdown");
    assertEquals(0, stdout.exitCode, stdout::toString);
    assertTrue(stdout.out.startsWith("# Innovation portfolio report") && stdout.out.contains("Charts are omitted"));
  }

  @Test
  void badInputIsOneLineAndLeavesNoReport() throws Exception {
    List<String> before = files();
    Path out = folder.resolve("r.html");
    CommandRun missing = CommandRun.of("report", folder.resolve("nope.json").toString(), "--out", out.toString());
    assertEquals(FacetsCommand.BAD_INPUT, missing.exitCode, missing::toString);
    assertEquals(1, missing.err.strip().lines().count(), missing.err);
    CommandRun trials = CommandRun.of("report", portfolio.toString(), "--trials", "1", "--out", out.toString());
    assertEquals(FacetsCommand.USAGE, trials.exitCode, trials::toString);
    assertTrue(trials.err.contains("Invalid value for option '--trials': trials must be >= 2, got 1"), trials.err);
    CommandRun overwrite = CommandRun.of("report", portfolio.toString(), "--trials", "200", "--out", portfolio.toString());
    assertEquals(FacetsCommand.BAD_INPUT, overwrite.exitCode, overwrite::toString);
    assertEquals(before, files());
    assertFalse(Files.readString(portfolio).contains("<html"));
  }

  private static String sha256(Path file) throws Exception {
    return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }

  @Test
  void aBudgetAddsTheSelectionAndTheFooterRecordsEveryInputFile() throws Exception {
    Path out = folder.resolve("report.html");
    CommandRun run = CommandRun.of("report", portfolio.toString(), "--scenarios", scenarios.toString(), "--target",
        target.toString(), "--budget", "5000000", "--trials", "300", "--seed", "9", "--out", out.toString());
    assertEquals(0, run.exitCode, run::toString);
    String html = Files.readString(out);
    assertTrue(html.contains("<h2>Selection under a budget limit</h2>") && html.contains("within a budget limit of 5,000,000 CAD"),
        html);
    assertFalse(html.contains("No budget limit was given"));
    // The checksums, computed here from the files' bytes (the temporary folder's path has no character
    // that HTML escapes); the date is today's in UTC, or yesterday's if midnight passed during the run.
    assertTrue(html.contains("<li>Input portfolio: " + portfolio + ", SHA-256 " + sha256(portfolio) + ".</li>"), html);
    assertTrue(html.contains("<li>Input scenarios: " + scenarios + ", SHA-256 " + sha256(scenarios) + ".</li>"), html);
    assertTrue(html.contains("<li>Input target: " + target + ", SHA-256 " + sha256(target) + ".</li>"), html);
    java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
    assertTrue(html.contains(" on " + today + ".") || html.contains(" on " + today.minusDays(1) + "."), html);
    assertTrue(html.contains("<li>Monte Carlo: seed 9, 300 trials.</li>"), html);
    CommandRun negative = CommandRun.of("report", portfolio.toString(), "--budget", "-1", "--trials", "200");
    assertEquals(FacetsCommand.USAGE, negative.exitCode, negative::toString);
    assertTrue(negative.err.contains("Invalid value for option '--budget': budgetLimit must be"), negative.err);
  }

  /**
   * Each input is read once: a named pipe, which gives its bytes to one reader only, makes a report
   * whose checksum is that of the bytes written into it (a second read, to checksum, would wait for a
   * writer forever).
   */
  @Test
  void eachInputIsReadOnceAndChecksummedFromTheBytesRead() throws Exception {
    Path pipe = folder.resolve("pipe.json");
    Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
    org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo is available");
    byte[] content = Files.readAllBytes(portfolio);
    Thread writer = new Thread(() -> {
      try (java.io.OutputStream out = Files.newOutputStream(pipe)) {
        out.write(content);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    writer.setDaemon(true);
    writer.start();
    Path out = folder.resolve("piped.html");
    CommandRun run = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
        () -> CommandRun.of("report", pipe.toString(), "--trials", "200", "--out", out.toString()));
    assertEquals(0, run.exitCode, run::toString);
    assertTrue(Files.readString(out).contains("<li>Input portfolio: " + pipe + ", SHA-256 " + sha256(portfolio) + ".</li>"));
  }

  /**
   * With {@code SOURCE_DATE_EPOCH}, the report's date is that day's, so two runs on different days
   * give the same bytes; a malformed value is a usage error. Forked: the environment is the process's.
   */
  @Test
  void sourceDateEpochFixesTheDate() throws Exception {
    byte[] first = null;
    for (String epoch : List.of("1764633600", "1764719999")) {
      Path out = folder.resolve("dated-" + epoch + ".html");
      ProcessBuilder builder = new ProcessBuilder(ForkedCommand.commandLine(List.of(), "report", portfolio.toString(),
          "--trials", "200", "--out", out.toString())).redirectErrorStream(true).redirectOutput(folder.resolve("log").toFile());
      builder.environment().put("SOURCE_DATE_EPOCH", epoch);
      assertEquals(0, builder.start().waitFor(), () -> readLog());
      byte[] bytes = Files.readAllBytes(out);
      // Both seconds fall on 2025-12-02 (UTC): 1764633600 is its first second, 1764719999 its last.
      assertTrue(new String(bytes, java.nio.charset.StandardCharsets.UTF_8).contains(" on 2025-12-02."));
      if (first != null) {
        assertArrayEquals(first, bytes);
      }
      first = bytes;
    }
    ProcessBuilder bad = new ProcessBuilder(ForkedCommand.commandLine(List.of(), "report", portfolio.toString(),
        "--trials", "200")).redirectErrorStream(true).redirectOutput(folder.resolve("log").toFile());
    bad.environment().put("SOURCE_DATE_EPOCH", "yesterday");
    assertEquals(FacetsCommand.USAGE, bad.start().waitFor());
    assertTrue(readLog().contains("SOURCE_DATE_EPOCH must be a whole number of seconds"), readLog());
  }

  private String readLog() {
    try {
      return Files.readString(folder.resolve("log"));
    } catch (java.io.IOException e) {
      return e.toString();
    }
  }
}
