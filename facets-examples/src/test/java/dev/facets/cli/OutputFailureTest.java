package dev.facets.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Output that cannot be delivered is a failure: a write error on standard output or a file is exit
 * 1 with the system's reason, every file of a command is checked before the first byte and moved into
 * place only when all were written, and a target that is a folder or may not be written is refused.
 */
class OutputFailureTest {
  @TempDir Path folder;
  private Path portfolio;
  private String original;

  @BeforeEach
  void writeAPortfolio() throws IOException {
    portfolio = folder.resolve("p.json");
    original = "{\"name\":\"p\",\"initiatives\":[{\"id\":\"a\",\"budget\":1,\"facets\":{\"mission\":1},"
        + "\"position\":{\"uncertainty\":0.2,\"directedness\":0.5}},"
        + "{\"id\":\"b\",\"budget\":2,\"facets\":{\"adaptive\":1}}]}";
    Files.writeString(portfolio, original);
  }

  private List<String> files() {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(file -> file.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** A stream that fails every write as a full disk does. */
  private static final class FullDisk extends OutputStream {
    @Override
    public void write(int b) throws IOException {
      throw new IOException("No space left on device");
    }
  }

  private static CommandRun runTo(PrintWriter out, String... args) {
    StringWriter err = new StringWriter();
    int code = FacetsCommand.run(out, new PrintWriter(err), args);
    return CommandRun.completed(code, "", err.toString());
  }

  @Test
  void aFullStandardOutputIsAnErrorWithTheReasonForEveryCommand() throws IOException {
    for (String[] args : new String[][] {
        {"score", portfolio.toString()},
        {"validate", portfolio.toString()},
        {"report", portfolio.toString(), "--trials", "100"},
        {"report", portfolio.toString(), "--trials", "100", "--format", "markdown"},
        {"simulate", portfolio.toString(), "--trials", "100", "--seed", "1"},
        {"demo"}}) {
      CommandRun run = runTo(CheckedOutput.of(new FullDisk()), args);
      assertEquals(FacetsCommand.BAD_INPUT, run.exitCode, () -> String.join(" ", args) + ": " + run);
      assertEquals("facets " + args[0] + ": error: standard output cannot be written: No space left on device",
          run.err.strip(), () -> String.join(" ", args) + ": " + run);
    }
    // Any other PrintWriter that reports an error still fails the run.
    CommandRun plain = runTo(new PrintWriter(new FullDisk()), "score", portfolio.toString());
    assertEquals(FacetsCommand.BAD_INPUT, plain.exitCode, plain::toString);
    assertTrue(plain.err.contains("standard output cannot be written"), plain::toString);
  }

  @Test
  void devFullAndAClosedStandardOutputFailInARealProcess() throws Exception {
    File devFull = new File("/dev/full");
    Assumptions.assumeTrue(devFull.exists(), "/dev/full exists");
    ForkedCommand full = ForkedCommand.run(ForkedCommand.commandLine(List.of(), "score", portfolio.toString()),
        devFull, folder, 60);
    assertEquals(FacetsCommand.BAD_INPUT, full.exitCode, full::toString);
    assertEquals("facets score: error: standard output cannot be written: No space left on device", full.err.strip());

    List<String> closed = new java.util.ArrayList<>(List.of("sh", "-c", "exec \"$@\" >&-", "sh"));
    closed.addAll(ForkedCommand.commandLine(List.of(), "score", portfolio.toString()));
    ForkedCommand run = ForkedCommand.run(closed, null, folder, 60);
    assertEquals(FacetsCommand.BAD_INPUT, run.exitCode, run::toString);
    assertTrue(run.err.startsWith("facets score: error: standard output cannot be written: "), run::toString);
    assertEquals(1, run.err.strip().lines().count(), run::toString);
  }

  @Test
  void aTargetThatNamesAFolderIsRefusedAndNothingIsCreated() throws IOException {
    List<String> before = files();
    for (String out : new String[] {"newdir/", folder.resolve("newdir") + "/", "/", ""}) {
      CommandRun run = CommandRun.of("score", portfolio.toString(), "--out", out);
      assertEquals(FacetsCommand.USAGE, run.exitCode, () -> out + ": " + run);
      assertTrue(run.err.contains("--out"), run::toString);
      assertFalse(run.err.contains("internal error"), run::toString);
    }
    for (String[] args : new String[][] {
        {"report", portfolio.toString(), "--out", "x/"},
        {"chart", "diamond", portfolio.toString(), "--out", "x/"}}) {
      CommandRun run = CommandRun.of(args);
      assertEquals(FacetsCommand.USAGE, run.exitCode, run::toString);
    }
    assertFalse(Files.exists(Path.of("newdir")), "nothing created in the working folder");
    Path existing = Files.createDirectory(folder.resolve("existing.json"));
    CommandRun run = CommandRun.of("score", portfolio.toString(), "--out", existing.toString());
    assertEquals(FacetsCommand.BAD_INPUT, run.exitCode, run::toString);
    assertEquals("facets score: error: " + existing + ": cannot be written: is a folder; name a file in it",
        run.err.strip());
    assertEquals(before.size() + 1, files().size());
  }

  @Test
  void theErrorNamesTheTargetAndTheReasonNeverATemporaryFile() throws IOException {
    Path out = folder.resolve("missing").resolve("score.json");
    CommandRun run = CommandRun.of("score", portfolio.toString(), "--out", out.toString());
    assertEquals(FacetsCommand.BAD_INPUT, run.exitCode, run::toString);
    assertEquals("facets score: error: " + out + ": cannot be written: no such folder " + out.getParent(),
        run.err.strip());
    assertFalse(run.err.contains(".tmp"), run::toString);
  }

  @Test
  void aFileTheUserMayNotWriteIsNotReplaced() throws Exception {
    Path out = folder.resolve("score.json");
    Files.writeString(out, "kept");
    // Root may write any file, but not an immutable one; others lose the write permission.
    boolean root = "root".equals(System.getProperty("user.name"));
    if (root) {
      Process chattr = new ProcessBuilder("chattr", "+i", out.toString()).redirectErrorStream(true).start();
      Assumptions.assumeTrue(chattr.waitFor() == 0, "chattr +i works on this file system");
    } else {
      assertTrue(out.toFile().setWritable(false));
    }
    try {
      CommandRun run = CommandRun.of("score", portfolio.toString(), "--out", out.toString());
      assertEquals(FacetsCommand.BAD_INPUT, run.exitCode, run::toString);
      assertEquals("facets score: error: " + out + ": cannot be written: permission denied: the file may not be "
          + "written, so it is not replaced", run.err.strip());
      assertEquals("kept", Files.readString(out));
      assertEquals(List.of("p.json", "score.json"), files());
    } finally {
      if (root) {
        new ProcessBuilder("chattr", "-i", out.toString()).start().waitFor();
      }
    }
  }

  @Test
  void aRefusedMarkdownReportLeavesNoChartBehind() throws IOException {
    // The Markdown target is a link to the input: refused, so no chart may have been written first.
    Path link = Files.createSymbolicLink(folder.resolve("rep.md"), portfolio);
    List<String> before = files();
    CommandRun run = CommandRun.of("report", portfolio.toString(), "--trials", "100", "--format", "markdown",
        "--out", link.toString());
    assertEquals(FacetsCommand.BAD_INPUT, run.exitCode, run::toString);
    assertTrue(run.err.contains("must not overwrite the input file"), run::toString);
    assertEquals(before, files());
    assertEquals(original, Files.readString(portfolio));
  }

  @Test
  void aSideFileThatIsAnInputOrAFolderStopsTheWholeReport() throws IOException {
    Path out = folder.resolve("rep.md");
    Path asInput = Files.createSymbolicLink(folder.resolve("rep-map.svg"), portfolio);
    List<String> before = files();
    CommandRun run = CommandRun.of("report", portfolio.toString(), "--trials", "100", "--format", "markdown",
        "--out", out.toString());
    assertEquals(FacetsCommand.BAD_INPUT, run.exitCode, run::toString);
    assertTrue(run.err.contains(asInput + ": --out must not overwrite the input file"), run::toString);
    assertEquals(before, files());
    assertEquals(original, Files.readString(portfolio));

    Files.delete(asInput);
    Files.createDirectory(folder.resolve("rep-histogram.svg"));
    before = files();
    run = CommandRun.of("report", portfolio.toString(), "--trials", "100", "--format", "markdown",
        "--out", out.toString());
    assertEquals(FacetsCommand.BAD_INPUT, run.exitCode, run::toString);
    assertTrue(run.err.contains("rep-histogram.svg: cannot be written: is a folder"), run::toString);
    assertEquals(before, files());

    Files.delete(folder.resolve("rep-histogram.svg"));
    run = CommandRun.of("report", portfolio.toString(), "--trials", "100", "--format", "markdown",
        "--out", out.toString());
    assertEquals(FacetsCommand.OK, run.exitCode, run::toString);
    assertTrue(files().containsAll(List.of("rep.md", "rep-diamond.svg", "rep-map.svg", "rep-histogram.svg")),
        () -> files().toString());
    assertTrue(files().stream().noneMatch(name -> name.endsWith(".tmp")), () -> files().toString());
  }

  @Test
  void aFailedWriteOfOneFileWritesNoneAndNamesTheTarget() throws IOException {
    Path first = folder.resolve("a.txt");
    Path second = folder.resolve("b.txt");
    Files.writeString(first, "old a");
    // /dev/full as the second target: it is a device, written through, and the write fails.
    Assumptions.assumeTrue(Files.exists(Path.of("/dev/full")), "/dev/full exists");
    OutputFiles files = new OutputFiles(List.of()).add(first, "new a").add(second, "new b")
        .add(Path.of("/dev/full"), "anything");
    IllegalArgumentException error =
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, files::commit);
    assertEquals("/dev/full: cannot be written: No space left on device", error.getMessage());
    assertEquals("old a", Files.readString(first));
    assertFalse(Files.exists(second));
    assertEquals(List.of("a.txt", "p.json"), files());
  }

  @Test
  void theSideFilesOfMapAndPetAreWrittenAllOrNone() throws IOException {
    // The CSV target is a folder: refused, so the chart asked for beside it must not be written either.
    Files.createDirectory(folder.resolve("map.csv"));
    List<String> before = files();
    CommandRun run = CommandRun.of("map", portfolio.toString(), "--chart", folder.resolve("map.svg").toString(),
        "--csv", folder.resolve("map.csv").toString());
    assertEquals(FacetsCommand.BAD_INPUT, run.exitCode, run::toString);
    assertTrue(run.err.contains("map.csv: cannot be written: is a folder"), run::toString);
    assertEquals(before, files());

    Path answers = folder.resolve("answers.json");
    try (java.io.InputStream in = OutputFailureTest.class.getResourceAsStream("/examples/pet-answers.json")) {
      Files.copy(in, answers);
    }
    Files.createDirectory(folder.resolve("answers.csv"));
    before = files();
    run = CommandRun.of("pet", answers.toString(), "--report", folder.resolve("pet.html").toString(),
        "--csv", folder.resolve("results.csv").toString(), "--answers-csv", folder.resolve("answers.csv").toString());
    assertEquals(FacetsCommand.BAD_INPUT, run.exitCode, run::toString);
    assertTrue(run.err.contains("answers.csv: cannot be written: is a folder"), run::toString);
    assertEquals(before, files());
  }
}
