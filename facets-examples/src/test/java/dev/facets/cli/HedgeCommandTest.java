package dev.facets.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code facets hedge}: the contract's example reproduced, its options and its errors. */
class HedgeCommandTest {
  static final String CONTRACT_SCENARIOS = "{\"scenarios\": [\n"
      + "  {\"name\": \"steady state\", \"probability\": 0.5,\n"
      + "   \"payoff\": {\"enhancement\": 1.2, \"mission\": 1.0, \"adaptive\": 0.8, \"anticipatory\": 0.5}},\n"
      + "  {\"name\": \"technology shock\", \"probability\": 0.5,\n"
      + "   \"payoff\": {\"enhancement\": 0.4, \"mission\": 0.9, \"adaptive\": 1.3, \"anticipatory\": 1.6}}\n"
      + "]}";
  /**
   * Budgets 4, 3, 2, 1 on pure facets: the contract's allocation 0.4, 0.3, 0.2, 0.1. By count the
   * four initiatives weigh alike: 0.25 each.
   */
  static final String CONTRACT_PORTFOLIO = "{\"name\": \"Example ministry\", \"initiatives\": ["
      + "{\"id\": \"e\", \"budget\": 4, \"facets\": {\"enhancement\": 1}},"
      + "{\"id\": \"m\", \"budget\": 3, \"facets\": {\"mission\": 1}},"
      + "{\"id\": \"a\", \"budget\": 2, \"facets\": {\"adaptive\": 1}},"
      + "{\"id\": \"n\", \"budget\": 1, \"facets\": {\"anticipatory\": 1}}]}";
  private static final double EPS = 1e-12;

  @TempDir Path folder;
  private Path portfolio;
  private Path scenarios;

  @BeforeEach
  void files() throws Exception {
    portfolio = folder.resolve("portfolio.json");
    Files.writeString(portfolio, CONTRACT_PORTFOLIO);
    scenarios = folder.resolve("scenarios.json");
    Files.writeString(scenarios, CONTRACT_SCENARIOS);
  }

  @Test
  void reproducesTheContractExampleKeyByKey() {
    CommandRun run = CommandRun.of("hedge", portfolio.toString(), "--scenarios", scenarios.toString(), "--format", "json");
    assertEquals(0, run.exitCode, run::toString);
    JsonNode json = run.json();
    assertEquals(List.of("allocation", "scenarios", "expectedValue", "worstCase", "bestCase", "maxRegret",
        "expectedRegret", "cvar", "alpha", "hurwicz", "hurwiczOptimism", "laplace"), keys(json));
    assertEquals(List.of("enhancement", "mission", "adaptive", "anticipatory"), keys(json.get("allocation")));
    assertEquals(0.4, json.get("allocation").get("enhancement").asDouble(), EPS);
    assertEquals(0.1, json.get("allocation").get("anticipatory").asDouble(), EPS);
    JsonNode steady = json.get("scenarios").get(0);
    assertEquals(List.of("name", "probability", "value", "regret"), keys(steady));
    assertEquals("steady state", steady.get("name").asText());
    assertEquals(0.5, steady.get("probability").asDouble(), 0);
    assertEquals(0.99, steady.get("value").asDouble(), EPS);
    assertEquals(0.21, steady.get("regret").asDouble(), EPS);
    JsonNode shock = json.get("scenarios").get(1);
    assertEquals(0.85, shock.get("value").asDouble(), EPS);
    assertEquals(0.75, shock.get("regret").asDouble(), EPS);
    assertEquals(0.92, json.get("expectedValue").asDouble(), EPS);
    assertEquals(0.85, json.get("worstCase").asDouble(), EPS);
    assertEquals(0.99, json.get("bestCase").asDouble(), EPS);
    assertEquals(0.75, json.get("maxRegret").asDouble(), EPS);
    assertEquals(0.48, json.get("expectedRegret").asDouble(), EPS);
    assertEquals(0.85, json.get("cvar").asDouble(), EPS);
    assertEquals(0.2, json.get("alpha").asDouble(), 0);
    assertEquals(0.92, json.get("hurwicz").asDouble(), EPS);
    assertEquals(0.5, json.get("hurwiczOptimism").asDouble(), 0);
    assertEquals(0.92, json.get("laplace").asDouble(), EPS);
  }

  @Test
  void jsonIsTheDefaultFormat() {
    CommandRun run = CommandRun.of("hedge", portfolio.toString(), "--scenarios", scenarios.toString());
    assertEquals(0.92, run.json().get("expectedValue").asDouble(), EPS);
  }

  @Test
  void optionsChangeTheConventionsAndAreRecorded() {
    // count weighting: 0.25 each; V = (3.5 / 4, 4.2 / 4) = (0.875, 1.05). alpha 1: CVaR is the mean,
    // 0.9625; H 1: Hurwicz is the best case.
    JsonNode json = CommandRun.of("hedge", portfolio.toString(), "--scenarios", scenarios.toString(),
        "--weight", "count", "--alpha", "1", "--hurwicz", "1", "--format", "json").json();
    assertEquals(0.25, json.get("allocation").get("mission").asDouble(), EPS);
    assertEquals(0.9625, json.get("cvar").asDouble(), EPS);
    assertEquals(1.0, json.get("alpha").asDouble(), 0);
    assertEquals(1.05, json.get("hurwicz").asDouble(), EPS);
    assertEquals(1.0, json.get("hurwiczOptimism").asDouble(), 0);
  }

  @Test
  void textFormatIsATable() {
    CommandRun run = CommandRun.of("hedge", portfolio.toString(), "--scenarios", scenarios.toString(), "--format", "text");
    assertEquals(0, run.exitCode, run::toString);
    assertTrue(run.out.contains("Example ministry: facet shares by budget"), run.out);
    assertTrue(run.out.contains("technology shock"), run.out);
    assertTrue(run.out.matches("(?s).*expected value\\s+0\\.92\\R.*"), run.out);
    assertTrue(run.out.matches("(?s).*CVaR \\(alpha 0\\.2\\)\\s+0\\.85\\R.*"), run.out);
  }

  @Test
  void badOptionValuesAreUsageErrorsNamingTheOption() {
    CommandRun alpha = CommandRun.of("hedge", portfolio.toString(), "--scenarios", scenarios.toString(), "--alpha", "0");
    assertEquals(FacetsCommand.USAGE, alpha.exitCode, alpha::toString);
    assertTrue(alpha.err.contains("alpha must be in (0, 1], got 0.0"), alpha.err);
    CommandRun hurwicz = CommandRun.of("hedge", portfolio.toString(), "--scenarios", scenarios.toString(), "--hurwicz", "1.5");
    assertEquals(FacetsCommand.USAGE, hurwicz.exitCode, hurwicz::toString);
    CommandRun weight = CommandRun.of("hedge", portfolio.toString(), "--scenarios", scenarios.toString(), "--weight", "votes");
    assertEquals(FacetsCommand.USAGE, weight.exitCode, weight::toString);
    assertTrue(weight.err.contains("--weight"), weight.err);
    assertEquals(FacetsCommand.USAGE, CommandRun.of("hedge", portfolio.toString()).exitCode); // --scenarios missing
    assertEquals(FacetsCommand.USAGE,
        CommandRun.of("hedge", portfolio.toString(), "--scenarios", scenarios.toString(), "--alpha", "x").exitCode);
  }

  @Test
  void badFilesAreBadInputOnOneLine() throws Exception {
    Path bad = folder.resolve("bad-scenarios.json");
    Files.writeString(bad, "{\"scenarios\": [{\"name\": \"a\", \"probability\": 0.3, "
        + "\"payoff\": {\"enhancement\": 1, \"mission\": 1, \"adaptive\": 1, \"anticipatory\": 1}}]}");
    CommandRun run = CommandRun.of("hedge", portfolio.toString(), "--scenarios", bad.toString());
    assertEquals(FacetsCommand.BAD_INPUT, run.exitCode, run::toString);
    assertTrue(run.err.startsWith("facets hedge: error: " + bad + ":"), run.err);
    assertEquals(1, run.err.strip().lines().count(), run.err);
    assertEquals("", run.out);
    // a portfolio without budget has no budget shares
    Path unfunded = folder.resolve("unfunded.json");
    Files.writeString(unfunded, "{\"name\": \"p\", \"initiatives\": [{\"id\": \"a\", \"budget\": 0, \"facets\": {\"mission\": 1}}]}");
    CommandRun zero = CommandRun.of("hedge", unfunded.toString(), "--scenarios", scenarios.toString());
    assertEquals(FacetsCommand.BAD_INPUT, zero.exitCode, zero::toString);
    assertTrue(zero.err.startsWith("facets hedge: error: " + unfunded + ": totalWeight must be finite and > 0"), zero.err);
  }

  static List<String> keys(JsonNode node) {
    List<String> keys = new ArrayList<>();
    node.fieldNames().forEachRemaining(keys::add);
    return keys;
  }
}
