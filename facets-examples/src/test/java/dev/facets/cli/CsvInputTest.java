package dev.facets.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.facets.api.Portfolio;
import dev.facets.core.io.FacetsCsv;
import dev.facets.core.io.FacetsJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every command that reads a portfolio accepts CSV as well as JSON, and reports a bad CSV file in one line. */
class CsvInputTest {
  @TempDir Path folder;

  private Path bundled(String name) {
    return BundledExamples.copy(folder, name);
  }

  @Test
  void theBundledCsvExampleReadsEqualToTheJsonOne() throws Exception {
    Portfolio csv = FacetsCsv.readPortfolio(bundled("federal-portfolio.csv"));
    Portfolio json = FacetsJson.readPortfolio(bundled("federal-portfolio.json"));
    assertEquals(json, csv);
    assertEquals(12, csv.size());
  }

  @Test
  void validateSummarisesACsvPortfolioAsItsJsonTwin() throws Exception {
    Path csv = bundled("federal-portfolio.csv");
    CommandRun run = CommandRun.of("validate", csv.toString());
    assertEquals(0, run.exitCode, run::toString);
    // 4.2 + 9.8 + 12.5 + 2.6 + 1.4 + 1.8 + 7.5 + 3.1 + 15.2 + 5.0 + 0.9 + 1.1 = 65.1 million.
    assertEquals(csv + ": valid portfolio file: portfolio 'Illustrative federal innovation portfolio (not official"
        + " data)', 12 initiatives, total budget 65,100,000 CAD", run.out.strip());

    JsonNode fromCsv = CommandRun.of("validate", csv.toString(), "--format", "json").json();
    JsonNode fromJson = CommandRun.of("validate", bundled("federal-portfolio.json").toString(), "--format", "json").json();
    assertEquals("portfolio", fromCsv.get("kind").asText());
    for (String field : new String[] {"kind", "portfolio", "initiatives", "totalBudget", "currency"}) {
      assertEquals(fromJson.get(field), fromCsv.get(field), field);
    }
  }

  @Test
  void theExtensionMayBeUpperCaseAndTheNameComesFromTheFile() throws Exception {
    Path file = folder.resolve("Ministry-Register.CSV");
    Files.writeString(file, "id,budget,facets.mission\r\na,1.5,1\r\nb,2,1");
    CommandRun run = CommandRun.of("validate", file.toString(), "--format", "json");
    assertEquals(0, run.exitCode, run::toString);
    assertEquals("Ministry-Register", run.json().get("portfolio").asText());
    assertEquals(3.5, run.json().get("totalBudget").asDouble());
  }

  static Stream<Arguments> badCsvFiles() {
    return Stream.of(
        Arguments.of("id,budget,facets.mission\na,1,1\nb,-5,1\n", ":3: budget must be finite and >= 0, got -5.0"),
        Arguments.of("id,budgte\na,1\n", ":1: budgte: 'budgte' is not a portfolio column, and too close to one"),
        Arguments.of("id,budget,stage,facets.mission\na,1,launch,1\n", ":2: stage must be one of identify,"),
        Arguments.of("id,name,budget,facets.mission\na,\"multi\nline\",1,1\na,x,1,1\n",
            ":4: id must be unique, but the row on line 2 has it too, got 'a'"),
        Arguments.of("id,budget\n", ":1: the file has a header but no initiatives"));
  }

  @ParameterizedTest
  @MethodSource("badCsvFiles")
  void validateRejectsBadCsvWithOneLineAndExitCodeOne(String content, String expected) throws Exception {
    Path bad = folder.resolve("bad.csv");
    Files.writeString(bad, content);
    CommandRun run = CommandRun.of("validate", bad.toString());
    assertEquals(FacetsCommand.BAD_INPUT, run.exitCode, run::toString);
    assertTrue(run.err.startsWith("facets validate: error: " + bad + expected), run.err);
    assertEquals(1, run.err.strip().lines().count(), "one line: " + run.err);
    assertFalse(run.err.contains("\tat "), "no stack trace");
    assertEquals("", run.out);
  }

  @Test
  void aPortfolioFileMustBeJsonOrCsv() throws Exception {
    Path text = folder.resolve("portfolio.txt");
    Files.writeString(text, "{\"name\":\"p\",\"initiatives\":[{\"id\":\"a\",\"budget\":1,\"facets\":{\"mission\":1}}]}");
    CommandRun run = CommandRun.of("validate", text.toString());
    assertEquals(FacetsCommand.BAD_INPUT, run.exitCode, run::toString);
    assertEquals("facets validate: error: " + text + ": a portfolio file must end in .json, .csv or .xlsx (any case), got .txt",
        run.err.strip());
  }

  @Test
  void aRegisterWithFourProblemsPrintsFourLinesAndOneWithTwentyFiveTwentyAndACount() throws Exception {
    Path four = folder.resolve("four.csv");
    Files.writeString(four, "id,budget,facets.mission,successProbability,stage\n"
        + "a,1,1,0.5,develop\nb,-5,1,0.5,develop\nc,1,1,45,develop\nd,1,1,0.5,launch\na,1,1,0.5,develop\n");
    CommandRun run = CommandRun.of("validate", four.toString());
    assertEquals(FacetsCommand.BAD_INPUT, run.exitCode, run::toString);
    assertEquals(4, run.err.strip().lines().count(), run::toString);
    assertTrue(run.err.lines().allMatch(line -> line.startsWith("facets validate: error: " + four + ":")), run.err);

    StringBuilder many = new StringBuilder("id,budget,facets.mission\n");
    for (int i = 0; i < 25; i++) {
      many.append("m-").append(i).append(",-1,1\n");
    }
    Path twentyFive = folder.resolve("many.csv");
    Files.writeString(twentyFive, many.toString());
    CommandRun score = CommandRun.of("score", twentyFive.toString());
    assertEquals(FacetsCommand.BAD_INPUT, score.exitCode, score::toString);
    assertEquals(21, score.err.strip().lines().count(), score::toString);
    assertTrue(score.err.strip().endsWith("and 5 more problems (the first 20 are listed)"), score.err);
  }
}
