package dev.facets.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.facets.api.Portfolio;
import dev.facets.core.io.FacetsCsv;
import dev.facets.core.io.FacetsJson;
import dev.facets.core.io.FacetsXlsx;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled register as a workbook (made with openpyxl as a spreadsheet keeps it: a date cell for
 * asOf, budgets with thousands separators, shares formatted as percentages, a second sheet) reads
 * equal to the CSV and JSON files, and every command gives the same answers from it.
 */
class XlsxInputTest {
  @TempDir Path folder;

  private Path bundled(String name) {
    return BundledExamples.copy(folder, name);
  }

  @Test
  void theBundledWorkbookReadsEqualToTheCsvAndJsonRegisters() throws Exception {
    Portfolio xlsx = FacetsXlsx.readPortfolio(bundled("federal-portfolio.xlsx"));
    assertEquals(FacetsCsv.readPortfolio(bundled("federal-portfolio.csv")), xlsx);
    assertEquals(FacetsJson.readPortfolio(bundled("federal-portfolio.json")), xlsx);
    assertEquals(LocalDate.of(2026, 11, 1), xlsx.asOf().orElseThrow());
    assertEquals(12, xlsx.size());
  }

  @Test
  void scoresAndSimulationsOfTheWorkbookAreTheCsvsByteForByte() throws Exception {
    Path xlsx = bundled("federal-portfolio.xlsx");
    Path csv = bundled("federal-portfolio.csv");
    Path futures = bundled("futures.json");
    String[][] commands = {
        {"score", "%s", "--format", "json", "--target", "enhancement=0.4,mission=0.3,adaptive=0.2,anticipatory=0.1"},
        {"score", "%s", "--format", "text", "--group-by", "stage"},
        {"hedge", "%s", "--scenarios", futures.toString(), "--format", "json"},
        {"simulate", "%s", "--trials", "2000", "--seed", "7", "--format", "json"},
        {"validate", "%s", "--format", "json"}};
    for (String[] command : commands) {
      CommandRun fromXlsx = CommandRun.of(with(command, xlsx));
      CommandRun fromCsv = CommandRun.of(with(command, csv));
      assertEquals(0, fromXlsx.exitCode, fromXlsx::toString);
      assertEquals(fromCsv.out.replace(csv.toString(), "FILE"), fromXlsx.out.replace(xlsx.toString(), "FILE"),
          String.join(" ", command));
    }
  }

  @Test
  void aReportOfAWorkbookNamesItsChecksum() throws Exception {
    Path xlsx = bundled("federal-portfolio.xlsx");
    Path out = folder.resolve("report.html");
    CommandRun run = CommandRun.of("report", xlsx.toString(), "--out", out.toString());
    assertEquals(0, run.exitCode, run::toString);
    // Computed here from the file's bytes: the workbook is read from its path, then checksummed.
    String sha256 = java.util.HexFormat.of().formatHex(
        java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(xlsx)));
    assertTrue(Files.readString(out).contains("<li>Input portfolio: " + xlsx + ", SHA-256 " + sha256 + ".</li>"),
        run::toString);
  }

  @Test
  void aBadWorkbookListsEveryProblemAtItsCell() throws Exception {
    Path good = bundled("federal-portfolio.xlsx");
    // A renamed CSV file is named for what it is.
    Path renamed = Files.copy(bundled("federal-portfolio.csv"), folder.resolve("register.xlsx"));
    CommandRun run = CommandRun.of("validate", renamed.toString());
    assertEquals(1, run.exitCode, run::toString);
    assertTrue(run.err.contains(renamed + ": is not an xlsx workbook facets can read: it does not start like one"
        + " (a ZIP archive) but with '# name: ', which looks like text: a CSV file must end in .csv"), run.err);
    assertEquals(0, CommandRun.of("validate", good.toString()).exitCode);
  }

  @Test
  void sheetNamesTheSheetOfAWorkbookInEveryCommandThatReadsOne() throws Exception {
    Path xlsx = bundled("federal-portfolio.xlsx");
    Path csv = bundled("federal-portfolio.csv");
    String scored = CommandRun.of("score", csv.toString(), "--format", "json").out;
    assertEquals(scored, CommandRun.of("score", xlsx.toString(), "--sheet", "Register", "--format", "json").out);
    assertEquals(CommandRun.of("validate", csv.toString()).out.replace(csv.toString(), "F"),
        CommandRun.of("validate", xlsx.toString(), "--sheet", "Register").out.replace(xlsx.toString(), "F"));
    CommandRun compared = CommandRun.of("compare", xlsx.toString(), xlsx.toString(), "--sheet", "Register",
        "--format", "json");
    assertEquals(0, compared.exitCode, compared::toString);
    assertEquals("[]", compared.json().get("changed").toString());
    for (String command : new String[] {"hedge", "map", "select", "simulate", "report", "compare", "chart",
        "optimize", "validate", "score"}) {
      assertTrue(CommandRun.of(command, "--help").out.contains("--sheet=NAME"), command);
    }

    // A sheet the workbook does not have is bad input listing its sheets.
    CommandRun unknown = CommandRun.of("score", xlsx.toString(), "--sheet", "Register 2026");
    assertEquals(FacetsCommand.BAD_INPUT, unknown.exitCode, unknown::toString);
    assertTrue(unknown.err.contains(xlsx + ": the workbook has no sheet 'Register 2026' (its sheets: 'Register',"
        + " 'Notes')"), unknown.err);
    // The second sheet is notes, not a register: its problems are named at their cells.
    CommandRun notes = CommandRun.of("validate", xlsx.toString(), "--sheet", "Notes");
    assertEquals(FacetsCommand.BAD_INPUT, notes.exitCode, notes::toString);
    assertTrue(notes.err.contains("id is a required column"), notes.err);

    // A sheet of a file that has none, or of no file, is a usage error.
    CommandRun ofCsv = CommandRun.of("score", csv.toString(), "--sheet", "Register");
    assertEquals(FacetsCommand.USAGE, ofCsv.exitCode, ofCsv::toString);
    assertTrue(ofCsv.err.contains("--sheet") && ofCsv.err.contains("only an .xlsx workbook has sheets, and " + csv
        + " is not one"), ofCsv.err);
    CommandRun withoutPortfolio = CommandRun.of("optimize", "--scenarios", bundled("futures.json").toString(),
        "--objective", "maximin", "--sheet", "Register");
    assertEquals(FacetsCommand.USAGE, withoutPortfolio.exitCode, withoutPortfolio::toString);
    assertTrue(withoutPortfolio.err.contains("sheet needs a PORTFOLIO"), withoutPortfolio.err);
  }

  private static String[] with(String[] command, Path file) {
    String[] args = command.clone();
    for (int i = 0; i < args.length; i++) {
      args[i] = args[i].replace("%s", file.toString());
    }
    return args;
  }
}
