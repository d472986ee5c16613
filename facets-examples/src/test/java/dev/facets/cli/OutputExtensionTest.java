package dev.facets.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --out}'s extension and the format: an extension of another format than the one asked for,
 * or of no format of the command, is a usage error naming the option, the extension and the
 * formats; without {@code --format} the extension chooses among the command's formats.
 */
class OutputExtensionTest {
  @TempDir Path folder;
  private Path portfolio;

  @BeforeEach
  void writeAPortfolio() throws IOException {
    portfolio = folder.resolve("p.json");
    Files.writeString(portfolio,
        "{\"name\":\"p\",\"initiatives\":[{\"id\":\"a\",\"budget\":1,\"facets\":{\"mission\":1}}]}");
  }

  private List<String> files() throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(file -> file.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void aReportToAPdfIsAUsageErrorNamingTheOptionTheExtensionAndTheFormats() throws IOException {
    Path out = folder.resolve("report.pdf");
    CommandRun run = CommandRun.of("report", portfolio.toString(), "--trials", "100", "--out", out.toString());
    assertEquals(FacetsCommand.USAGE, run.exitCode, run::toString);
    assertEquals("facets: usage error: Invalid value for option '--out': the extension .pdf of '" + out + "' is not one of a format this command "
        + "writes; the formats and their extensions: --format html: .html or .htm; --format markdown: .md or "
        + ".markdown", run.err.lines().findFirst().orElseThrow());
    assertEquals(List.of("p.json"), files());
  }

  @Test
  void anExtensionOfAnotherFormatThanTheOneAskedForIsAUsageError() throws IOException {
    CommandRun run = CommandRun.of("score", portfolio.toString(), "--format", "text", "--out",
        folder.resolve("s.json").toString());
    assertEquals(FacetsCommand.USAGE, run.exitCode, run::toString);
    assertTrue(run.err.contains("Invalid value for option '--out': the extension .json of '" + folder.resolve("s.json") + "' does not match "
        + "--format text; the formats and their extensions: --format json: .json; --format text: .txt or .text"),
        run::toString);
    CommandRun report = CommandRun.of("report", portfolio.toString(), "--format", "markdown", "--trials", "100",
        "--out", folder.resolve("r.html").toString());
    assertEquals(FacetsCommand.USAGE, report.exitCode, report::toString);
    assertTrue(report.err.contains("does not match --format markdown"), report::toString);
    assertEquals(List.of("p.json"), files());
  }

  @Test
  void withoutFormatTheExtensionChoosesAndItsCaseDoesNotMatter() throws IOException {
    Path json = folder.resolve("v.JSON");
    CommandRun validate = CommandRun.of("validate", portfolio.toString(), "--out", json.toString());
    assertEquals(FacetsCommand.OK, validate.exitCode, validate::toString);
    assertTrue(Files.readString(json).startsWith("{"), "validate's default is text, .json asks for JSON");
    Path text = folder.resolve("s.txt");
    assertEquals(FacetsCommand.OK, CommandRun.of("score", portfolio.toString(), "--out", text.toString()).exitCode);
    assertTrue(Files.readString(text).startsWith("p: 1 initiatives"), "score's default is JSON, .txt asks for text");
    Path markdown = folder.resolve("r.md");
    CommandRun report = CommandRun.of("report", portfolio.toString(), "--trials", "100", "--out", markdown.toString());
    assertEquals(FacetsCommand.OK, report.exitCode, report::toString);
    assertFalse(Files.readString(markdown).contains("<html"), "Markdown, not the default HTML");
    assertTrue(Files.exists(folder.resolve("r-diamond.svg")), "the charts beside the Markdown");
  }

  @Test
  void aNameWithoutAnExtensionTakesTheFormatAsAskedOrByDefault() throws IOException {
    Path out = folder.resolve("summary");
    assertEquals(FacetsCommand.OK, CommandRun.of("score", portfolio.toString(), "--out", out.toString()).exitCode);
    assertTrue(Files.readString(out).startsWith("{"));
    assertEquals(FacetsCommand.OK,
        CommandRun.of("score", portfolio.toString(), "--format", "text", "--out", out.toString()).exitCode);
    assertTrue(Files.readString(out).startsWith("p: "));
  }
}
