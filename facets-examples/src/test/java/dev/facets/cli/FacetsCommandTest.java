package dev.facets.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The command's contract: help, version, exit codes, one-line errors, validate and demo. */
class FacetsCommandTest {
  @TempDir Path folder;

  private Path file(String name, String content) throws Exception {
    Path file = folder.resolve(name);
    Files.writeString(file, content);
    return file;
  }

  @Test
  void helpAndVersion() {
    CommandRun help = CommandRun.of("--help");
    assertEquals(0, help.exitCode, help::toString);
    assertTrue(help.out.contains("validate") && help.out.contains("demo"), help.out);
    CommandRun version = CommandRun.of("--version");
    assertEquals(0, version.exitCode);
    assertTrue(version.out.startsWith("facets "), version.out);
  }

  @Test
  void usageErrorsExitWithTwo() {
    CommandRun unknown = CommandRun.of("validate", "--frobnicate", "x.json");
    assertEquals(FacetsCommand.USAGE, unknown.exitCode, unknown::toString);
    assertTrue(unknown.err.startsWith("facets: usage error: "), unknown.err);
    assertEquals(FacetsCommand.USAGE, CommandRun.of().exitCode);
    assertEquals(FacetsCommand.USAGE, CommandRun.of("no-such-command").exitCode);
  }

  @Test
  void aWrongNameIsAUsageErrorListingTheNamesWithoutJavaClassNames() {
    for (String[] args : new String[][] {
        {"classify", "--purpose", "everything", "--driver", "future"},
        {"classify", "--purpose", "mission", "--driver", "money"},
        {"pet", "answers.json", "--mode", "live"}}) {
      CommandRun run = CommandRun.of(args);
      assertEquals(FacetsCommand.USAGE, run.exitCode, run::toString);
      assertTrue(run.err.contains("must be one of"), run.err);
      assertFalse(run.err.contains("Exception") || run.err.contains("dev.facets"), run.err);
    }
  }

  @Test
  void demoPrintsTheFacetSharesOfTheBundledPortfolio() {
    CommandRun demo = CommandRun.of("demo", "--format", "json");
    assertEquals(0, demo.exitCode, demo::toString);
    JsonNode shares = demo.json().get("facetShares");
    double sum = 0;
    for (String facet : new String[] {"enhancement", "mission", "adaptive", "anticipatory"}) {
      double share = shares.get(facet).asDouble();
      assertTrue(share > 0 && share < 1, facet + " " + share);
      sum += share;
    }
    assertEquals(1, sum, 1e-12);
    // fed-05 alone: 1.4M of 65.1M, purpose enhancement + driver efficiency = pure enhancement.
    assertEquals(6.51e7, demo.json().get("totalWeight").asDouble());
    CommandRun text = CommandRun.of("demo");
    assertTrue(text.out.contains("Facet shares by budget"), text.out);
  }

  @Test
  void validateSummarisesAValidPortfolio() throws Exception {
    Path portfolio = file("p.json",
        "{\"name\":\"Ministry\",\"currency\":\"EUR\",\"initiatives\":[{\"id\":\"a\",\"budget\":1.5,\"facets\":{\"mission\":1}},"
            + "{\"id\":\"b\",\"budget\":2,\"position\":{\"uncertainty\":0.5,\"directedness\":0}}]}");
    CommandRun run = CommandRun.of("validate", portfolio.toString());
    assertEquals(0, run.exitCode, run::toString);
    assertEquals(portfolio + ": valid portfolio file: portfolio 'Ministry', 2 initiatives, total budget 3.50 EUR",
        run.out.strip());
    JsonNode json = CommandRun.of("validate", portfolio.toString(), "--format", "json").json();
    assertEquals(2, json.get("initiatives").asInt());
    assertEquals(3.5, json.get("totalBudget").asDouble());
  }

  @Test
  void validateWritesNullNotAStringForATotalBudgetBeyondTheLargestDouble() throws Exception {
    // Every budget is finite, so the file is valid; the total is not a double, and the contract
    // never lets a string such as "Infinity" or "NaN" stand in for a number.
    Path portfolio = file("huge.json", "{\"name\":\"Huge\",\"initiatives\":["
        + "{\"id\":\"a\",\"budget\":1e308,\"facets\":{\"mission\":1}},"
        + "{\"id\":\"b\",\"budget\":1e308,\"facets\":{\"mission\":1}},"
        + "{\"id\":\"c\",\"budget\":1e308,\"facets\":{\"mission\":1}}]}");
    CommandRun run = CommandRun.of("validate", portfolio.toString(), "--format", "json");
    assertEquals(0, run.exitCode, run::toString);
    assertTrue(run.json().get("totalBudget").isNull(), run::toString);
  }

  @Test
  void validateRecognisesScenarioAndTargetFiles() throws Exception {
    Path target = file("t.json", "{\"enhancement\": 0.25, \"mission\": 0.75}");
    CommandRun run = CommandRun.of("validate", target.toString(), "--format", "json");
    assertEquals(0, run.exitCode, run::toString);
    assertEquals(0.75, run.json().get("target").get("mission").asDouble());
    Path scenarios = file("s.json", "{\"scenarios\":[{\"name\":\"a\",\"payoff\":{\"enhancement\":1,\"mission\":1,\"adaptive\":1,\"anticipatory\":1}}]}");
    assertEquals("scenarios", CommandRun.of("validate", scenarios.toString(), "--format", "json").json().get("kind").asText());
  }

  static Stream<Arguments> badFiles() {
    String payoff = "\"payoff\":{\"enhancement\":1,\"mission\":1,\"adaptive\":1,\"anticipatory\":1}";
    return Stream.of(
        Arguments.of("{\"name\":\"p\",\"initiatives\":[{\"id\":\"a\",\"budgte\":1}]}", "initiatives[0].budgte"),
        Arguments.of("{\"name\":\"p\",\"initiatives\":[{\"id\":\"a\",\"budget\":-1,\"facets\":{\"mission\":1}}]}",
            "initiatives[0].budget must be finite and >= 0, got -1.0"),
        Arguments.of("{\"name\":\"p\",\"initiatives\":[{\"id\":\"a\",\"budget\":1}]}", "initiatives[0].facets"),
        Arguments.of("{\"name\":\"p\",\"initiatives\":[]}", "initiatives must have at least one"),
        Arguments.of("{\"scenarios\":[{\"name\":\"a\",\"probability\":0.3," + payoff + "}]}", "sum to 1"),
        Arguments.of("{\"name\":\"p\",\"initiatives\":[{\"id\":\"a\"", "truncated"),
        Arguments.of("not json at all", "not valid JSON"));
  }

  @ParameterizedTest
  @MethodSource("badFiles")
  void validateRejectsBadFilesWithOneLineAndExitCodeOne(String content, String expected) throws Exception {
    Path bad = file("bad.json", content);
    CommandRun run = CommandRun.of("validate", bad.toString());
    assertEquals(FacetsCommand.BAD_INPUT, run.exitCode, run::toString);
    assertTrue(run.err.startsWith("facets validate: error: " + bad + ":"), run.err);
    assertTrue(run.err.contains(expected), run.err);
    assertEquals(1, run.err.strip().lines().count(), "one line: " + run.err);
    assertFalse(run.err.contains("\tat "), "no stack trace");
    assertEquals("", run.out);
  }

  @Test
  void missingFilesAreBadInput() {
    CommandRun run = CommandRun.of("validate", folder.resolve("none.json").toString());
    assertEquals(FacetsCommand.BAD_INPUT, run.exitCode, run::toString);
    assertTrue(run.err.contains("no such file"), run.err);
  }

  @Test
  void outWritesAtomicallyAndNeverOverwritesAnInput() throws Exception {
    Path portfolio = file("p.json", "{\"name\":\"p\",\"initiatives\":[{\"id\":\"a\",\"budget\":1,\"facets\":{\"mission\":1}}]}");
    Path out = folder.resolve("summary.json");
    CommandRun run = CommandRun.of("validate", portfolio.toString(), "--format", "json", "--out", out.toString());
    assertEquals(0, run.exitCode, run::toString);
    assertTrue(Files.readString(out).contains("\"initiatives\""));

    String before = Files.readString(portfolio);
    CommandRun clobber = CommandRun.of("validate", portfolio.toString(), "--out", portfolio.toString());
    assertEquals(FacetsCommand.BAD_INPUT, clobber.exitCode, clobber::toString);
    assertTrue(clobber.err.contains("must not overwrite the input file"), clobber.err);
    assertEquals(before, Files.readString(portfolio));

    Path bad = file("bad.json", "{");
    Path never = folder.resolve("never.json");
    assertEquals(FacetsCommand.BAD_INPUT, CommandRun.of("validate", bad.toString(), "--out", never.toString()).exitCode);
    assertFalse(Files.exists(never));
    try (Stream<Path> left = Files.list(folder)) {
      assertTrue(left.noneMatch(path -> path.getFileName().toString().endsWith(".tmp")), "no temporary file left");
    }
  }

  @Test
  void anUnknownCommandIsAUsageErrorEvenWithHelp() {
    CommandRun help = CommandRun.of("nosuch", "--help");
    assertEquals(FacetsCommand.USAGE, help.exitCode, help::toString);
    assertTrue(help.err.startsWith("facets: usage error: unknown command 'nosuch'; the commands: validate, demo, "),
        help::toString);
    assertEquals("", help.out, "no main help that would look like success");
    CommandRun typo = CommandRun.of("scor", "p.json");
    assertEquals(FacetsCommand.USAGE, typo.exitCode, typo::toString);
    assertTrue(typo.err.startsWith("facets: usage error: unknown command 'scor' (did you mean 'score'?); the commands: "), typo::toString);
    assertTrue(CommandRun.of("Simulate", "--help").err.contains("(did you mean 'simulate'?)"));
    assertEquals(FacetsCommand.OK, CommandRun.of("score", "--help").exitCode);
    assertEquals(FacetsCommand.OK, CommandRun.of("--version").exitCode);
  }

}
