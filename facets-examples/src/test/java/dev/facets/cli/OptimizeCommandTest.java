package dev.facets.cli;

import static dev.facets.cli.HedgeCommandTest.keys;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code facets optimize}: hand-solved answers, the infeasible answer, and usage errors. */
class OptimizeCommandTest {
  private static final double EPS = 1e-9;

  @TempDir Path folder;
  private Path scenarios;

  @BeforeEach
  void files() throws Exception {
    scenarios = folder.resolve("scenarios.json");
    Files.writeString(scenarios, HedgeCommandTest.CONTRACT_SCENARIOS);
  }

  private CommandRun optimize(String... options) {
    List<String> args = new java.util.ArrayList<>(List.of("optimize", "--scenarios", scenarios.toString()));
    args.addAll(List.of(options));
    return CommandRun.of(args.toArray(new String[0]));
  }

  @Test
  void minimaxRegretOfTheContractScenarios() {
    // Best payoffs 1.2 and 1.6. Two scenarios leave at most two facets in an optimal vertex; of the six
    // pairs, mission (share m) with adaptive is best: R1 = 1.2 - (0.8 + 0.2m) = 0.4 - 0.2m and
    // R2 = 1.6 - (1.3 - 0.4m) = 0.3 + 0.4m are equal at m = 1/6, maximum regret 11/30.
    // (Enhancement with adaptive gives 0.369, mission with anticipatory 0.408, adaptive alone 0.4.)
    CommandRun run = optimize("--objective", "minimax-regret", "--format", "json");
    assertEquals(0, run.exitCode, run::toString);
    JsonNode json = run.json();
    assertEquals(List.of("objective", "status", "allocation", "objectiveValue"), keys(json));
    assertEquals("minimax-regret", json.get("objective").asText());
    assertEquals("optimal", json.get("status").asText());
    assertEquals(0, json.get("allocation").get("enhancement").asDouble(), EPS);
    assertEquals(1.0 / 6, json.get("allocation").get("mission").asDouble(), EPS);
    assertEquals(5.0 / 6, json.get("allocation").get("adaptive").asDouble(), EPS);
    assertEquals(0, json.get("allocation").get("anticipatory").asDouble(), EPS);
    assertEquals(11.0 / 30, json.get("objectiveValue").asDouble(), EPS);
    assertEquals("", run.err);
  }

  @Test
  void expectedValueWithBounds() {
    // Mean payoffs (0.8, 0.95, 1.05, 1.05); adaptive and anticipatory tie at the top. With
    // anticipatory <= 0.3 and adaptive <= 0.5 the rest goes to mission: 0.5 * 1.05 + 0.3 * 1.05 + 0.2 * 0.95.
    CommandRun run = optimize("--objective", "expected", "--max", "adaptive=0.5,anticipatory=0.3");
    JsonNode json = run.json();
    assertEquals(0.2, json.get("allocation").get("mission").asDouble(), EPS);
    assertEquals(0.8 * 1.05 + 0.2 * 0.95, json.get("objectiveValue").asDouble(), EPS);
  }

  @Test
  void cvarAtTheDefaultLevelIsTheWorstScenarioHere() {
    // Two equally likely scenarios and alpha 0.2: the tail lies inside the worse one, so CVaR is the
    // worst case and its optimum the maximin optimum. Minimum share 0.1 each keeps it honest.
    CommandRun cvar = optimize("--objective", "cvar", "--min", "enhancement=0.1,mission=0.1,adaptive=0.1,anticipatory=0.1");
    CommandRun maximin = optimize("--objective", "maximin", "--min", "enhancement=0.1,mission=0.1,adaptive=0.1,anticipatory=0.1");
    assertEquals(maximin.json().get("objectiveValue").asDouble(), cvar.json().get("objectiveValue").asDouble(), EPS);
    assertEquals("cvar", cvar.json().get("objective").asText());
    assertTrue(cvar.json().get("allocation").get("enhancement").asDouble() >= 0.1 - EPS);
  }

  @Test
  void anInfeasibleModelIsAnAnswerWithExitZero() {
    CommandRun run = optimize("--objective", "maximin", "--min", "enhancement=0.6,mission=0.6");
    assertEquals(0, run.exitCode, run::toString);
    JsonNode json = run.json();
    assertEquals("infeasible", json.get("status").asText());
    assertTrue(json.get("allocation").isNull());
    assertTrue(json.get("objectiveValue").isNull());
    assertEquals(List.of("objective", "status", "allocation", "objectiveValue"), keys(json));
    assertEquals("facets optimize: infeasible: minimum shares add up to 1.2 > 1", run.err.strip());
    CommandRun text = optimize("--objective", "maximin", "--max", "enhancement=0.1,mission=0.1,adaptive=0.1,anticipatory=0.1",
        "--format", "text");
    assertEquals(0, text.exitCode, text::toString);
    assertTrue(text.out.contains("status: infeasible (maximum shares add up to 0.4 < 1)"), text.out);
  }

  @Test
  void badOptionsAreUsageErrors() {
    CommandRun objective = optimize("--objective", "CVar");
    assertEquals(FacetsCommand.USAGE, objective.exitCode, objective::toString);
    assertTrue(objective.err.startsWith("facets: usage error: Invalid value for option '--objective': objective must be "
        + "one of maximin, minimax-regret, expected, cvar, got 'CVar'"), objective.err);
    CommandRun share = optimize("--objective", "maximin", "--min", "mission=1.5");
    assertEquals(FacetsCommand.USAGE, share.exitCode, share::toString);
    assertTrue(share.err.startsWith("facets: usage error: Invalid value for option '--min': min.mission must be in "
        + "[0.0, 1.0], got 1.5"), share.err);
    CommandRun facet = optimize("--objective", "maximin", "--max", "vision=0.5");
    assertEquals(FacetsCommand.USAGE, facet.exitCode, facet::toString);
    assertTrue(facet.err.startsWith("facets: usage error: Invalid value for option '--max': facet must be one of "
        + "enhancement, mission, adaptive, anticipatory, got 'vision'"), facet.err);
    assertEquals(FacetsCommand.USAGE, optimize("--objective", "maximin", "--max", "mission").exitCode);
    assertEquals(FacetsCommand.USAGE, optimize("--objective", "maximin", "--max", "mission=0.2,mission=0.3").exitCode);
    assertEquals(FacetsCommand.USAGE, optimize("--objective", "cvar", "--alpha", "1.01").exitCode);
    assertEquals(FacetsCommand.USAGE, CommandRun.of("optimize", "--objective", "maximin").exitCode);
  }

  @Test
  void helpListsTheNewCommands() {
    CommandRun help = CommandRun.of("--help");
    assertTrue(help.out.contains("hedge") && help.out.contains("optimize"), help.out);
  }
}
