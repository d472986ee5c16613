package dev.facets.cli;

import static dev.facets.cli.HedgeCommandTest.keys;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code facets select}: hand-solved three-candidate problems end to end, the contract's JSON, the
 * default objective, infeasible answers, and usage and input errors.
 *
 * <p>a (budget 2, enhancement), b (1, mission), c (1, adaptive); target (1/2, 1/4, 1/4, 0); one
 * scenario "growth" paying (1, 2, 0, 0), so the best facet pays 2 and a mix's regret is
 * {@code 2 - p_E - 2 p_M}. Every subset within a budget of 3, as (shares; distance; regret):
 * {a} (1,0,0,0; 1/2; 1), {b} (0,1,0,0; 3/4; 0), {c} (0,0,1,0; 3/4; 2), {a,b} (2/3,1/3,0,0; 1/4; 2/3),
 * {a,c} (2/3,0,1/3,0; 1/4; 4/3), {b,c} (0,1/2,1/2,0; 1/2; 1); {a,b,c} costs 4.
 *
 * <p>The valued copy gives a success probability 0.5 and impact (1, 2, 3): expected value
 * 0.5 * 2 = 1; b 1 and (2, 2, 2): 2; c 0.9 and (0, 1, 2): 0.9. With the growth scenario the
 * multipliers are a 1, b 2, c 0, so the values become 1, 4 and 0.
 */
class SelectCommandTest {
  private static final double EPS = 1e-12;
  private static final String TARGET = "enhancement=0.5,mission=0.25,adaptive=0.25";

  @TempDir Path folder;
  private Path portfolio;
  private Path valued;
  private Path scenarios;

  @BeforeEach
  void files() throws Exception {
    portfolio = folder.resolve("three.json");
    Files.writeString(portfolio, "{\"name\": \"three\", \"initiatives\": ["
        + "{\"id\": \"a\", \"budget\": 2, \"facets\": {\"enhancement\": 1}},"
        + "{\"id\": \"b\", \"budget\": 1, \"facets\": {\"mission\": 1}},"
        + "{\"id\": \"c\", \"budget\": 1, \"facets\": {\"adaptive\": 1}}]}");
    valued = folder.resolve("valued.json");
    Files.writeString(valued, "{\"name\": \"valued\", \"initiatives\": ["
        + "{\"id\": \"a\", \"budget\": 2, \"facets\": {\"enhancement\": 1}, \"successProbability\": 0.5,"
        + " \"impact\": {\"low\": 1, \"mode\": 2, \"high\": 3}},"
        + "{\"id\": \"b\", \"budget\": 1, \"facets\": {\"mission\": 1},"
        + " \"impact\": {\"low\": 2, \"mode\": 2, \"high\": 2}},"
        + "{\"id\": \"c\", \"budget\": 1, \"facets\": {\"adaptive\": 1}, \"successProbability\": 0.9,"
        + " \"impact\": {\"low\": 0, \"mode\": 1, \"high\": 2}}]}");
    scenarios = folder.resolve("growth.json");
    Files.writeString(scenarios, "{\"scenarios\": [{\"name\": \"growth\", "
        + "\"payoff\": {\"enhancement\": 1, \"mission\": 2, \"adaptive\": 0, \"anticipatory\": 0}}]}");
  }

  private CommandRun select(String... options) {
    return on(portfolio, options);
  }

  private CommandRun on(Path file, String... options) {
    List<String> args = new ArrayList<>(List.of("select", file.toString()));
    args.addAll(List.of(options));
    return CommandRun.of(args.toArray(new String[0]));
  }

  private CommandRun both(String... options) {
    List<String> args = new ArrayList<>(List.of("--target", TARGET, "--scenarios", scenarios.toString()));
    args.addAll(List.of(options));
    return select(args.toArray(new String[0]));
  }

  @Test
  void theContractsJsonForTheLeastDistance() {
    // No impacts and a target: the distance objective. {a,b} and {a,c} tie at 1/4; a regret bound
    // of 1 leaves {a,b} (2/3). c then no longer fits: the budget is spent.
    CommandRun run = both("--budget", "3", "--max-regret", "1", "--format", "json");
    assertEquals(0, run.exitCode, run::toString);
    assertEquals("", run.err);
    JsonNode json = run.json();
    assertEquals(List.of("portfolio", "objective", "status", "budgetLimit", "minSpend", "best", "bestProven", "unspent",
        "diagnosis", "distanceMeasure", "timeLimitSeconds", "distanceTolerance", "regretTolerance", "nodesExplored",
        "frontAxis", "front"), keys(json));
    assertEquals("three", json.get("portfolio").asText());
    assertEquals("distance", json.get("objective").asText());
    assertEquals("optimal", json.get("status").asText());
    assertEquals(3.0, json.get("budgetLimit").asDouble(), 0);
    assertEquals(0.0, json.get("minSpend").asDouble(), 0);
    JsonNode best = json.get("best");
    assertEquals(List.of("ids", "cost", "value", "shares", "distance", "maxRegret"), keys(best));
    assertEquals("[\"a\",\"b\"]", best.get("ids").toString());
    assertEquals(3.0, best.get("cost").asDouble(), 0);
    assertTrue(best.get("value").isNull(), "no impacts, no value");
    assertEquals(2.0 / 3, best.get("shares").get("enhancement").asDouble(), EPS);
    assertEquals(1.0 / 3, best.get("shares").get("mission").asDouble(), EPS);
    assertEquals(0.25, best.get("distance").asDouble(), EPS);
    assertEquals(2.0 / 3, best.get("maxRegret").asDouble(), EPS);
    assertTrue(json.get("bestProven").asBoolean());
    assertEquals(0.0, json.get("unspent").asDouble(), 0);
    assertEquals("[\"no remaining initiative fits in the 0 left\"]", json.get("diagnosis").toString());
    assertEquals("totalVariation", json.get("distanceMeasure").asText());
    assertEquals(60.0, json.get("timeLimitSeconds").asDouble(), 0);
    assertTrue(json.get("frontAxis").isNull());
    assertEquals(1, json.get("front").size());
    assertEquals(best, json.get("front").get(0));
  }

  @Test
  void theLeastRegretByDefaultWithScenariosAlone() {
    // {b} alone has no regret; a and c fit in the 2 left but would only add regret.
    CommandRun run = select("--budget", "3", "--scenarios", scenarios.toString());
    assertEquals(0, run.exitCode, run::toString);
    JsonNode json = run.json();
    assertEquals("regret", json.get("objective").asText());
    assertEquals("[\"b\"]", json.get("best").get("ids").toString());
    assertEquals(0, json.get("best").get("maxRegret").asDouble(), EPS);
    assertTrue(json.get("best").get("distance").isNull());
    assertEquals(2.0, json.get("unspent").asDouble(), 0);
    assertEquals("[\"2 of the 2 unfunded initiatives that fit in the 2 left would not improve the regret\"]",
        json.get("diagnosis").toString());
  }

  @Test
  void theMostValueByDefaultWhenEveryInitiativeHasAnImpact() {
    // Values 1, 2, 0.9: {a,b} is worth 3 at cost 3.
    JsonNode json = on(valued, "--budget", "3").json();
    assertEquals("value", json.get("objective").asText());
    assertEquals("[\"a\",\"b\"]", json.get("best").get("ids").toString());
    assertEquals(3.0, json.get("best").get("value").asDouble(), EPS);
    // With the growth scenario the multipliers are 1, 2, 0: {a,b} is worth 1 + 4 = 5.
    JsonNode scenario = on(valued, "--budget", "3", "--scenarios", scenarios.toString()).json();
    assertEquals("[\"a\",\"b\"]", scenario.get("best").get("ids").toString());
    assertEquals(5.0, scenario.get("best").get("value").asDouble(), EPS);
    assertEquals(1.0 / 3, scenario.get("best").get("maxRegret").asDouble() - 1.0 / 3, EPS);
  }

  @Test
  void shareBoundsAndTheMinimumSpend() {
    // Budget 4: everything (3.9) has enhancement 1/2 > 0.4, so {b,c} (2.9); a would fit in the 2 left
    // but breaks the bound.
    JsonNode bounded = on(valued, "--budget", "4", "--max", "enhancement=0.4").json();
    assertEquals("[\"b\",\"c\"]", bounded.get("best").get("ids").toString());
    assertEquals(2.9, bounded.get("best").get("value").asDouble(), EPS);
    assertEquals(2.0, bounded.get("unspent").asDouble(), 0);
    assertEquals("[\"the max share of enhancement 0.4 stops 1 of the 1 unfunded initiative that fit in the 2 left\"]",
        bounded.get("diagnosis").toString());
    // A minimum spend of 4 forces all three (3.9), and binds.
    JsonNode spend = on(valued, "--budget", "4", "--min-spend", "4").json();
    assertEquals("[\"a\",\"b\",\"c\"]", spend.get("best").get("ids").toString());
    assertEquals(3.9, spend.get("best").get("value").asDouble(), EPS);
    assertEquals(4.0, spend.get("minSpend").asDouble(), 0);
    assertEquals("[\"the minimum spend 4 binds\",\"every initiative that may be funded is funded\"]",
        spend.get("diagnosis").toString());
  }

  @Test
  void linksAndForcedDecisions() {
    // b only if c, and a forced out: {c} (3/4) and {b,c} (1/2): {b,c}.
    JsonNode json = both("--budget", "3", "--requires", "b:c", "--force-out", "a").json();
    assertEquals("[\"b\",\"c\"]", json.get("best").get("ids").toString(), json::toString);
    // Not both a and b, c forced in, least regret: {a,c} (4/3), {b,c} (1) and {c} (2): {b,c}.
    JsonNode other = both("--budget", "3", "--objective", "regret", "--excludes", "a:b", "--force-in", "c").json();
    assertEquals("[\"b\",\"c\"]", other.get("best").get("ids").toString());
    assertEquals(1.0, other.get("best").get("maxRegret").asDouble(), EPS);
  }

  @Test
  void theValueFrontAgainstDistance() {
    // Target (0, 1/2, 1/2, 0): {a,b} is worth 3 at distance 2/3, {b,c} 2.9 at 0; nothing else is on
    // the front ({b} and {c} are worth less at 1/2, {a,c} less at 2/3, {a} less at 1).
    CommandRun run = on(valued, "--budget", "3", "--target", "mission=0.5,adaptive=0.5", "--front", "distance",
        "--resolution", "0.1");
    assertEquals(0, run.exitCode, run::toString);
    JsonNode json = run.json();
    assertEquals("distance", json.get("frontAxis").asText());
    JsonNode front = json.get("front");
    assertEquals(2, front.size(), json::toString);
    assertEquals("[\"b\",\"c\"]", front.get(0).get("ids").toString());
    assertEquals(0, front.get(0).get("distance").asDouble(), EPS);
    assertEquals(2.9, front.get(0).get("value").asDouble(), EPS);
    assertEquals("[\"a\",\"b\"]", front.get(1).get("ids").toString());
    assertEquals(2.0 / 3, front.get(1).get("distance").asDouble(), EPS);
    assertEquals(json.get("best"), front.get(1));
  }

  @Test
  void theValueFrontAgainstRegret() {
    // With the growth scenario the values are 1, 4, 0 (a, b, c) and the regrets as in the table
    // above: {a,b} is worth the most, 5, at regret 2/3; under the next bound, 0.5, only {b} (4,
    // regret 0) is left. The front is {b} then {a,b}.
    CommandRun run = on(valued, "--budget", "3", "--scenarios", scenarios.toString(), "--front", "regret",
        "--resolution", "0.5");
    JsonNode front = run.json().get("front");
    assertEquals(2, front.size(), run::toString);
    assertEquals("[\"b\"]", front.get(0).get("ids").toString());
    assertEquals(4.0, front.get(0).get("value").asDouble(), EPS);
    assertEquals(0.0, front.get(0).get("maxRegret").asDouble(), EPS);
    assertEquals("[\"a\",\"b\"]", front.get(1).get("ids").toString());
    assertEquals(5.0, front.get(1).get("value").asDouble(), EPS);
    assertEquals("regret", run.json().get("frontAxis").asText());
  }

  @Test
  void aTimeLimitThatHasPassedIsAnAnswerToo() {
    CommandRun run = on(valued, "--budget", "3", "--time-limit", "PT0.000000001S");
    assertEquals(0, run.exitCode, run::toString);
    JsonNode json = run.json();
    assertEquals("timeLimitReached", json.get("status").asText());
    assertTrue(json.get("best").isNull());
    assertFalse(json.get("bestProven").asBoolean());
    assertEquals("[\"the time limit of 0.000000001 seconds was reached before any selection meeting every constraint "
        + "was found\"]", json.get("diagnosis").toString());
    assertTrue(run.err.startsWith("facets select: time limit reached: the time limit of 0.000000001 seconds"), run::toString);
  }

  @Test
  void infeasibleIsAnAnswerWithExitZero() {
    CommandRun run = both("--budget", "2", "--force-in", "a,b");
    assertEquals(0, run.exitCode, run::toString);
    JsonNode json = run.json();
    assertEquals("infeasible", json.get("status").asText());
    assertEquals("the forced-in initiatives cost 3, more than the budget limit 2", json.get("diagnosis").get(0).asText());
    assertTrue(json.get("best").isNull());
    assertTrue(json.get("unspent").isNull());
    assertFalse(json.get("bestProven").asBoolean());
    assertEquals(0, json.get("front").size());
    assertTrue(run.err.startsWith("facets select: infeasible: the forced-in initiatives"), run::toString);
  }

  @Test
  void anInfeasibleBoundIsNamed() {
    // Every funded mix sums to 1, so three maxima of 0.1 over facets that are all anticipatory-free
    // cannot hold together; dropping any one of them leaves a feasible problem.
    JsonNode json = on(valued, "--budget", "4", "--max", "enhancement=0.1,mission=0.1,adaptive=0.1").json();
    assertEquals("infeasible", json.get("status").asText());
    assertEquals("[\"no selection meets every constraint together\","
        + "\"the max share of enhancement 0.1 cannot be met with the other constraints (without it a selection exists)\","
        + "\"the max share of mission 0.1 cannot be met with the other constraints (without it a selection exists)\","
        + "\"the max share of adaptive 0.1 cannot be met with the other constraints (without it a selection exists)\"]",
        json.get("diagnosis").toString());
  }

  @Test
  void textFormat() {
    CommandRun run = both("--budget", "3", "--max-regret", "1", "--format", "text");
    assertEquals(0, run.exitCode, run::toString);
    String nl = System.lineSeparator();
    assertEquals("three: funding under a budget limit of 3" + nl
        + "objective: distance" + nl
        + "status: optimal" + nl
        + "best: a, b" + nl
        + "  cost                   3" + nl
        + "  unspent                0" + nl
        + "  distance               0.25" + nl
        + "  max regret             0.666667" + nl
        + "  shares:" + nl
        + "  enhancement    66.67 %" + nl
        + "  mission        33.33 %" + nl
        + "  adaptive        0.00 %" + nl
        + "  anticipatory    0.00 %" + nl
        + "why:" + nl
        + "  no remaining initiative fits in the 0 left" + nl, run.out);
  }

  @Test
  void textFormatOfAFront() {
    CommandRun run = on(valued, "--budget", "3", "--target", "mission=0.5,adaptive=0.5", "--front", "distance",
        "--resolution", "0.1", "--format", "text");
    String nl = System.lineSeparator();
    assertTrue(run.out.endsWith("front of value against distance (2 points):" + nl
        + "      distance          value           cost  ids" + nl
        + "             0            2.9              2  b, c" + nl
        + "      0.666667              3              3  a, b" + nl), run::toString);
  }

  @Test
  void outWritesTheJsonToAFile() throws Exception {
    Path out = folder.resolve("selection.json");
    CommandRun run = both("--budget", "3", "--out", out.toString());
    assertEquals(0, run.exitCode, run::toString);
    assertEquals("", run.out);
    assertTrue(Files.readString(out).contains("\"best\""));
  }

  @Test
  void timeLimits() {
    assertEquals(Duration.ofMillis(500), OptionValues.duration("500ms"));
    assertEquals(Duration.ofSeconds(10), OptionValues.duration("10s"));
    assertEquals(Duration.ofMillis(1500), OptionValues.duration("1.5s"));
    assertEquals(Duration.ofMinutes(2), OptionValues.duration("2m"));
    assertEquals(Duration.ofHours(1), OptionValues.duration("1h"));
    assertEquals(Duration.ofSeconds(10), OptionValues.duration("PT10S"));
    assertEquals(2.5, both("--budget", "3", "--time-limit", "2500ms").json().get("timeLimitSeconds").asDouble(), 0);
  }

  private void assertUsageError(String expected, CommandRun run) {
    assertEquals(2, run.exitCode, run::toString);
    assertTrue(run.err.startsWith("facets: usage error: " + expected), run::toString);
  }

  @Test
  void usageErrors() {
    assertUsageError("Invalid value for option '--time-limit': time-limit must be a duration such as 500ms, 10s, 2m, 1h or PT10S, got 'soon'",
        both("--budget", "3", "--time-limit", "soon"));
    assertUsageError("Invalid value for option '--time-limit': timeLimit must be > 0, got PT0S", both("--budget", "3", "--time-limit", "0s"));
    assertUsageError("Invalid value for option '--budget': budgetLimit must be finite and >= 0, got -1.0", both("--budget", "-1"));
    assertUsageError("Invalid value for option '--requires': prerequisites[0].required must be the id of an initiative of portfolio 'three', got 'z'",
        both("--budget", "3", "--requires", "a:z"));
    assertUsageError("Invalid value for option '--requires': required must differ from dependent (an initiative cannot require itself), got 'a'",
        both("--budget", "3", "--requires", "a:a"));
    assertUsageError("Invalid value for option '--excludes': link must be two ids joined by ':', got 'a'", both("--budget", "3", "--excludes", "a"));
    assertUsageError("Invalid value for option '--force-in': forcedIn must be the id of an initiative of portfolio 'three', got 'q'",
        both("--budget", "3", "--force-in", "q"));
    assertUsageError("Invalid value for option '--distance': distance must be one of totalVariation, euclidean, got 'cosine'",
        both("--budget", "3", "--distance", "cosine"));
    assertUsageError("Invalid value for option '--distance': distance must be totalVariation with an objective", both("--budget", "3",
        "--distance", "euclidean"));
    assertUsageError("Invalid value for option '--objective': nothing to optimise: initiatives[0] (id 'a') has no impact, so the value objective "
        + "cannot be the default; give every initiative an impact, or --target (least distance), or --scenarios "
        + "(least regret)", select("--budget", "3"));
    assertUsageError("Invalid value for option '--objective': objective must be one of value, distance, regret, got 'cost'",
        both("--budget", "3", "--objective", "cost"));
    assertUsageError("Invalid value for option '--min-spend': minSpend must be finite and >= 0, got -1.0", both("--budget", "3", "--min-spend", "-1"));
    assertUsageError("Invalid value for option '--max': maxShares.enhancement must be", both("--budget", "3", "--max", "enhancement=2"));
    assertUsageError("Invalid value for option '--min': shares must be facet=share, got 'enhancement'", both("--budget", "3", "--min", "enhancement"));
    assertUsageError("Invalid value for option '--max-distance': maxDistance must be", both("--budget", "3", "--max-distance", "-0.5"));
    assertUsageError("Invalid value for option '--target': target must be given with maxDistance", on(valued, "--budget", "3", "--max-distance", "0.5"));
    assertUsageError("Invalid value for option '--scenarios': scenarios must be given with maxRegret", on(valued, "--budget", "3", "--max-regret", "0.5"));
    assertUsageError("Invalid value for option '--front': objective must be one of value, distance, regret, got 'cost'",
        on(valued, "--budget", "3", "--front", "cost"));
    assertUsageError("Invalid value for option '--front': front must go with the value objective, not distance",
        both("--budget", "3", "--front", "distance"));
    assertUsageError("Invalid value for option '--resolution': frontResolution must be", on(valued, "--budget", "3", "--target", TARGET,
        "--front", "distance", "--resolution", "0"));
    assertUsageError("Invalid value for option '--resolution': resolution is the step of the value front and must be given with --front",
        on(valued, "--budget", "3", "--target", TARGET, "--resolution", "0.05"));
    assertUsageError("Invalid value for option '--resolution': resolution is the step of the value front and must be given with --front",
        on(valued, "--budget", "3", "--resolution", "0.01"));
    assertUsageError("Missing required option: '--budget=B'", select("--target", "enhancement=1"));
  }

  @Test
  void theValueObjectiveWithoutImpactsIsBadInput() {
    CommandRun run = both("--budget", "3", "--objective", "value");
    assertEquals(1, run.exitCode, run::toString);
    assertEquals("facets select: error: " + portfolio + ": initiatives[0] (id 'a') has no impact, and --objective value "
        + "needs every initiative's impact" + System.lineSeparator(), run.err);
  }

  private Path unitImpacts(boolean withoutB) throws Exception {
    String unit = ", \"impact\": {\"low\": 1, \"mode\": 1, \"high\": 1}";
    Path file = folder.resolve(withoutB ? "unit-but-b.json" : "unit.json");
    Files.writeString(file, "{\"name\": \"unit\", \"initiatives\": ["
        + "{\"id\": \"a\", \"budget\": 2, \"facets\": {\"enhancement\": 1}" + unit + "},"
        + "{\"id\": \"b\", \"budget\": 1, \"facets\": {\"mission\": 1}" + (withoutB ? "" : unit) + "},"
        + "{\"id\": \"c\", \"budget\": 1, \"facets\": {\"adaptive\": 1}" + unit + "}]}");
    return file;
  }

  @Test
  void impactsGivenAsOneOneOneAreImpacts() throws Exception {
    // Every initiative is valued at exactly 1 (probability 1, impact 1/1/1): the value objective is
    // the default even with a target. Within 3 at most two fit ({a,b}, {a,c}, {b,c} tie), worth 2.
    JsonNode json = on(unitImpacts(false), "--budget", "3", "--target", TARGET).json();
    assertEquals("value", json.get("objective").asText());
    assertEquals(2.0, json.get("best").get("value").asDouble(), EPS);
    assertEquals(2, json.get("best").get("ids").size());
    assertEquals("optimal", json.get("status").asText());
  }

  @Test
  void anAbsentImpactBesideUnitOnesIsNamed() throws Exception {
    // a and c have (1, 1, 1), b has none: b, not a, is the one without an impact.
    Path file = unitImpacts(true);
    CommandRun run = on(file, "--budget", "3", "--objective", "value");
    assertEquals(1, run.exitCode, run::toString);
    assertEquals("facets select: error: " + file + ": initiatives[1] (id 'b') has no impact, and --objective value "
        + "needs every initiative's impact" + System.lineSeparator(), run.err);
    // Without --objective and with a target, the default is then the distance.
    assertEquals("distance", on(file, "--budget", "3", "--target", TARGET).json().get("objective").asText());
  }
}
