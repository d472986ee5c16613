package dev.facets.cli;

import static dev.facets.cli.HedgeCommandTest.keys;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code facets optimize PORTFOLIO} (contract v1.1): hand-solved answers from the contract's
 * portfolio and scenarios, the keys, the text, the infeasible answer and the usage errors.
 *
 * <p>The portfolio holds budgets 4, 3, 2, 1 on pure enhancement, mission, adaptive and anticipatory
 * initiatives: c = (0.4, 0.3, 0.2, 0.1), total 10. The scenarios pay steady (1.2, 1.0, 0.8, 0.5) and
 * shock (0.4, 0.9, 1.3, 1.6), 0.5 each; at c the values are 0.99 and 0.85, the regrets 0.21 and 0.75.
 */
class OptimizePortfolioCommandTest {
  private static final double EPS = 1e-9;
  private static final List<String> KEYS = List.of("objective", "status", "allocation", "objectiveValue",
      "current", "currentObjectiveValue", "turnover", "moves");

  @TempDir Path folder;
  private Path portfolio;
  private Path scenarios;

  @BeforeEach
  void files() throws Exception {
    portfolio = folder.resolve("portfolio.json");
    Files.writeString(portfolio, HedgeCommandTest.CONTRACT_PORTFOLIO);
    scenarios = folder.resolve("scenarios.json");
    Files.writeString(scenarios, HedgeCommandTest.CONTRACT_SCENARIOS);
  }

  private CommandRun optimize(Path file, String... options) {
    List<String> args = new ArrayList<>(List.of("optimize", file.toString(), "--scenarios", scenarios.toString()));
    args.addAll(List.of(options));
    return CommandRun.of(args.toArray(new String[0]));
  }

  private CommandRun optimize(String... options) {
    return optimize(portfolio, options);
  }

  @Test
  void aBindingTurnoverLimitGivesTheHandSolvedAnswerKeyByKey() {
    // Limit 0.2: a share of 0.1 moves. Shock (0.85) is the worse scenario; moving a unit of share
    // from i to j changes (V1, V2) by (P1j - P1i, P2j - P2i): enhancement to anticipatory (-0.7, 1.2),
    // to adaptive (-0.4, 0.9), to mission (-0.2, 0.5), mission to anticipatory (-0.5, 0.7)... With equal
    // weights on V1 and V2 the first two gain 0.25 per unit and every other move less, so the optimum
    // mixes those two until V1 = V2: x to anticipatory and 0.1 - x to adaptive give V1 = 0.95 - 0.3x and
    // V2 = 0.94 + 0.3x, equal at x = 1/60, worst case 0.945. Shares (0.3, 0.3, 0.2 + 1/12, 0.1 + 1/60).
    // Enhancement gives 0.1 * 10 = 1: first to its neighbour adaptive (10/12), then across to
    // anticipatory (10/60).
    CommandRun run = optimize("--objective", "maximin", "--turnover", "0.2", "--format", "json");
    assertEquals(0, run.exitCode, run::toString);
    assertEquals("", run.err);
    JsonNode json = run.json();
    assertEquals(KEYS, keys(json));
    assertEquals("maximin", json.get("objective").asText());
    assertEquals("optimal", json.get("status").asText());
    assertFacets(json.get("allocation"), 0.3, 0.3, 0.2 + 1.0 / 12, 0.1 + 1.0 / 60);
    assertEquals(0.945, json.get("objectiveValue").asDouble(), EPS);
    assertFacets(json.get("current"), 0.4, 0.3, 0.2, 0.1);
    assertEquals(0.85, json.get("currentObjectiveValue").asDouble(), EPS);
    assertEquals(0.2, json.get("turnover").asDouble(), EPS);
    JsonNode moves = json.get("moves");
    assertEquals(2, moves.size(), moves::toString);
    assertEquals(List.of("from", "to", "amount"), keys(moves.get(0)));
    assertMove(moves.get(0), "enhancement", "adaptive", 10.0 / 12);
    assertMove(moves.get(1), "enhancement", "anticipatory", 10.0 / 60);
  }

  @Test
  void aLimitThatDoesNotBindGivesTheUnconstrainedOptimum() {
    // The minimax-regret optimum is (0, 1/6, 5/6, 0) with maximum regret 11/30 (OptimizeCommandTest).
    // From c its turnover is 0.4 + 2/15 + 19/30 + 0.1 = 19/15 < 1.5, so the limit does not bind, and
    // 19/30 * 10 moves: adaptive receives from its neighbours enhancement (4) and anticipatory (1)
    // first, in facet order, then from mission across the diamond (3 - 10/6 = 4/3).
    for (String[] limit : List.of(new String[] {"--turnover", "1.5"}, new String[0])) {
      List<String> args = new ArrayList<>(List.of("--objective", "minimax-regret"));
      args.addAll(List.of(limit));
      JsonNode json = optimize(args.toArray(new String[0])).json();
      assertEquals(KEYS, keys(json));
      assertFacets(json.get("allocation"), 0, 1.0 / 6, 5.0 / 6, 0);
      assertEquals(11.0 / 30, json.get("objectiveValue").asDouble(), EPS);
      assertEquals(0.75, json.get("currentObjectiveValue").asDouble(), EPS);
      assertEquals(19.0 / 15, json.get("turnover").asDouble(), EPS);
      JsonNode moves = json.get("moves");
      assertEquals(3, moves.size(), moves::toString);
      assertMove(moves.get(0), "enhancement", "adaptive", 4);
      assertMove(moves.get(1), "anticipatory", "adaptive", 1);
      assertMove(moves.get(2), "mission", "adaptive", 4.0 / 3);
    }
  }

  @Test
  void countWeightingMovesInitiativesNotBudget() {
    // By count c = (1/4, 1/4, 1/4, 1/4) and the total weight is 4: the optimum (0, 1/6, 5/6, 0) is a
    // turnover of 1/4 + 1/12 + 7/12 + 1/4 = 7/6, so the moves add up to 7/12 * 4 = 7/3.
    JsonNode json = optimize("--objective", "minimax-regret", "--weight", "count").json();
    assertFacets(json.get("current"), 0.25, 0.25, 0.25, 0.25);
    assertEquals(7.0 / 6, json.get("turnover").asDouble(), EPS);
    double moved = 0;
    for (JsonNode move : json.get("moves")) {
      assertEquals("adaptive", move.get("to").asText());
      moved += move.get("amount").asDouble();
    }
    assertEquals(7.0 / 3, moved, EPS);
  }

  @Test
  void aZeroLimitKeepsThePortfolioAsItIs() {
    JsonNode json = optimize("--objective", "expected", "--turnover", "0").json();
    assertFacets(json.get("allocation"), 0.4, 0.3, 0.2, 0.1);
    assertEquals(json.get("currentObjectiveValue").asDouble(), json.get("objectiveValue").asDouble(), EPS);
    assertEquals(0, json.get("turnover").asDouble(), EPS);
    assertEquals(0, json.get("moves").size());
  }

  @Test
  void textSaysTheSameReadably() {
    CommandRun run = optimize("--objective", "maximin", "--turnover", "0.2", "--format", "text");
    assertEquals(0, run.exitCode, run::toString);
    String text = run.out;
    assertTrue(text.startsWith("Example ministry: total weight 10 by budget"), text);
    assertTrue(text.contains("status: optimal"), text);
    assertTrue(text.contains("turnover limit           0.2"), text);
    assertTrue(text.contains("  enhancement     40.00 %   30.00 %  -10.00 %"), text);
    assertTrue(text.contains("  adaptive        20.00 %   28.33 %   +8.33 %"), text);
    assertTrue(text.contains("objective value          0.945"), text);
    assertTrue(text.contains("current objective value  0.85"), text);
    assertTrue(text.contains("turnover                 0.2"), text);
    assertTrue(text.contains("moves (budget):"), text);
    assertTrue(text.contains("  0.83 from enhancement to adaptive"), text);
    assertTrue(text.contains("  0.17 from enhancement to anticipatory"), text);
    // No float noise and no exponents: every number has at most six significant digits.
    assertFalse(Pattern.compile("\\d\\.\\d{7,}|\\dE-?\\d").matcher(text).find(), text);
    CommandRun unchanged = optimize("--objective", "expected", "--turnover", "0", "--format", "text");
    assertTrue(unchanged.out.contains("moves: none, the current shares are optimal"), unchanged.out);
  }

  @Test
  void aLimitTooSmallToReachTheBoundsIsAnInfeasibleAnswer() {
    // anticipatory >= 0.5 from 0.1: clamping moves 0.4 and the shares then sum to 1.4, another 0.4 to
    // move: at least 0.8 > 0.2.
    CommandRun run = optimize("--objective", "maximin", "--turnover", "0.2", "--min", "anticipatory=0.5");
    assertEquals(0, run.exitCode, run::toString);
    JsonNode json = run.json();
    assertEquals(KEYS, keys(json));
    assertEquals("infeasible", json.get("status").asText());
    for (String key : List.of("allocation", "objectiveValue", "turnover", "moves")) {
      assertTrue(json.get(key).isNull(), key);
    }
    assertFacets(json.get("current"), 0.4, 0.3, 0.2, 0.1);
    assertEquals(0.85, json.get("currentObjectiveValue").asDouble(), EPS);
    String diagnosis = "turnover limit 0.2 < 0.8, the least turnover that reaches the bounds from the current allocation";
    assertEquals("facets optimize: infeasible: " + diagnosis, run.err.strip());
    CommandRun text = optimize("--objective", "maximin", "--turnover", "0.2", "--min", "anticipatory=0.5", "--format", "text");
    assertEquals(0, text.exitCode, text::toString);
    assertTrue(text.out.contains("status: infeasible (" + diagnosis + ")"), text.out);
    assertTrue(text.out.contains("current objective value  0.85"), text.out);
    assertEquals("", text.err);
  }

  @Test
  void portfolioOptionsWithoutAPortfolioAreUsageErrors() {
    CommandRun turnover = CommandRun.of("optimize", "--scenarios", scenarios.toString(), "--objective", "maximin",
        "--turnover", "0.2");
    assertEquals(FacetsCommand.USAGE, turnover.exitCode, turnover::toString);
    assertTrue(turnover.err.contains("Invalid value for option '--turnover': turnover needs a PORTFOLIO"), turnover.err);
    assertEquals("", turnover.out);
    CommandRun weight = CommandRun.of("optimize", "--scenarios", scenarios.toString(), "--objective", "maximin",
        "--weight", "count");
    assertEquals(FacetsCommand.USAGE, weight.exitCode, weight::toString);
    assertTrue(weight.err.contains("Invalid value for option '--weight': weight needs a PORTFOLIO"), weight.err);
  }

  @Test
  void aTurnoverOutsideZeroToTwoIsAUsageErrorNamingOptionAndValue() {
    for (String value : List.of("2.5", "-0.1", "NaN")) {
      CommandRun run = optimize("--objective", "maximin", "--turnover", value);
      assertEquals(FacetsCommand.USAGE, run.exitCode, run::toString);
      assertTrue(run.err.contains("Invalid value for option '--turnover': turnover must be in [0.0, 2.0], got " + value), run.err);
      assertEquals("", run.out);
    }
    CommandRun notANumber = optimize("--objective", "maximin", "--turnover", "some");
    assertEquals(FacetsCommand.USAGE, notANumber.exitCode, notANumber::toString);
    assertTrue(notANumber.err.contains("--turnover"), notANumber.err);
  }

  @Test
  void aBadPortfolioFileIsBadInputNamingTheFileAndThePlace() throws Exception {
    Path typo = folder.resolve("typo.json");
    Files.writeString(typo, "{\"name\": \"x\", \"initiatives\": [{\"id\": \"a\", \"budgte\": 1}]}");
    CommandRun run = optimize(typo, "--objective", "maximin");
    assertEquals(FacetsCommand.BAD_INPUT, run.exitCode, run::toString);
    assertTrue(run.err.contains(typo.toString()) && run.err.contains("initiatives[0].budgte"), run.err);
    assertEquals("", run.out);
    CommandRun missing = optimize(folder.resolve("nowhere.json"), "--objective", "maximin");
    assertEquals(FacetsCommand.BAD_INPUT, missing.exitCode, missing::toString);
    assertTrue(missing.err.contains("nowhere.json") && missing.err.contains("no such file"), missing.err);
    Path unfunded = folder.resolve("unfunded.json");
    Files.writeString(unfunded, "{\"name\": \"x\", \"initiatives\": [{\"id\": \"a\", \"budget\": 0, \"facets\": {\"mission\": 1}}]}");
    CommandRun zero = optimize(unfunded, "--objective", "maximin");
    assertEquals(FacetsCommand.BAD_INPUT, zero.exitCode, zero::toString);
    assertTrue(zero.err.contains(unfunded.toString()), zero.err);
  }

  @Test
  void withoutAPortfolioTheOutputIsVersionOnes() {
    CommandRun json = CommandRun.of("optimize", "--scenarios", scenarios.toString(), "--objective", "minimax-regret");
    assertEquals(List.of("objective", "status", "allocation", "objectiveValue"), keys(json.json()));
    CommandRun text = CommandRun.of("optimize", "--scenarios", scenarios.toString(), "--objective", "minimax-regret",
        "--format", "text");
    assertTrue(text.out.startsWith("objective: minimax-regret" + System.lineSeparator() + "status: optimal"), text.out);
    assertFalse(text.out.contains("current") || text.out.contains("turnover") || text.out.contains("moves"), text.out);
  }

  private static void assertFacets(JsonNode node, double enhancement, double mission, double adaptive, double anticipatory) {
    assertEquals(List.of("enhancement", "mission", "adaptive", "anticipatory"), keys(node));
    assertEquals(enhancement, node.get("enhancement").asDouble(), EPS, node::toString);
    assertEquals(mission, node.get("mission").asDouble(), EPS, node::toString);
    assertEquals(adaptive, node.get("adaptive").asDouble(), EPS, node::toString);
    assertEquals(anticipatory, node.get("anticipatory").asDouble(), EPS, node::toString);
  }

  private static void assertMove(JsonNode move, String from, String to, double amount) {
    assertEquals(from, move.get("from").asText(), move::toString);
    assertEquals(to, move.get("to").asText(), move::toString);
    assertEquals(amount, move.get("amount").asDouble(), EPS, move::toString);
  }
}
