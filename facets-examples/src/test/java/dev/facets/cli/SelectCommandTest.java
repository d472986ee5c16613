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
 * {@code facets select}: the hand-solved three-candidate problem of the core tests end to end, the
 * infeasible answer, and usage errors.
 *
 * <p>a (budget 2, enhancement), b (1, mission), c (1, adaptive); target (1/2, 1/4, 1/4, 0); one
 * scenario paying (1, 2, 0, 0). Under a budget of 3 the front is {a,b} (distance 1/4, regret 2/3)
 * and {b} (3/4, 0); see {@code SelectorTest} in facets-core for the table of every subset.
 */
class SelectCommandTest {
  private static final double EPS = 1e-12;

  @TempDir Path folder;
  private Path portfolio;
  private Path scenarios;

  @BeforeEach
  void files() throws Exception {
    portfolio = folder.resolve("three.json");
    Files.writeString(portfolio, "{\"name\": \"three\", \"initiatives\": ["
        + "{\"id\": \"a\", \"budget\": 2, \"facets\": {\"enhancement\": 1}},"
        + "{\"id\": \"b\", \"budget\": 1, \"facets\": {\"mission\": 1}},"
        + "{\"id\": \"c\", \"budget\": 1, \"facets\": {\"adaptive\": 1}}]}");
    scenarios = folder.resolve("growth.json");
    Files.writeString(scenarios, "{\"scenarios\": [{\"name\": \"growth\", "
        + "\"payoff\": {\"enhancement\": 1, \"mission\": 2, \"adaptive\": 0, \"anticipatory\": 0}}]}");
  }

  private CommandRun select(String... options) {
    List<String> args = new ArrayList<>(List.of("select", portfolio.toString()));
    args.addAll(List.of(options));
    return CommandRun.of(args.toArray(new String[0]));
  }

  private CommandRun both(String... options) {
    List<String> args = new ArrayList<>(List.of("--target", "enhancement=0.5,mission=0.25,adaptive=0.25",
        "--scenarios", scenarios.toString()));
    args.addAll(List.of(options));
    return select(args.toArray(new String[0]));
  }

  @Test
  void theHandSolvedFront() {
    CommandRun run = both("--budget", "3", "--format", "json");
    assertEquals(0, run.exitCode, run::toString);
    assertEquals("", run.err);
    JsonNode json = run.json();
    assertEquals(List.of("portfolio", "status", "diagnosis", "budgetLimit", "distanceMeasure", "timeLimitSeconds",
        "distanceTolerance", "regretTolerance", "nodesExplored", "bestDistance", "bestDistanceProven", "bestRegret",
        "bestRegretProven", "front"), keys(json));
    assertEquals("three", json.get("portfolio").asText());
    assertEquals("optimal", json.get("status").asText());
    assertEquals(0, json.get("diagnosis").size());
    assertEquals(3.0, json.get("budgetLimit").asDouble(), 0);
    assertEquals("totalVariation", json.get("distanceMeasure").asText());
    assertEquals(60.0, json.get("timeLimitSeconds").asDouble(), 0);
    JsonNode front = json.get("front");
    assertEquals(2, front.size());
    JsonNode first = front.get(0);
    assertEquals(List.of("ids", "cost", "budget", "shares", "distance", "maxRegret"), keys(first));
    assertEquals("[\"a\",\"b\"]", first.get("ids").toString());
    assertEquals(3.0, first.get("cost").asDouble(), 0);
    assertEquals(2.0 / 3, first.get("shares").get("enhancement").asDouble(), EPS);
    assertEquals(0.25, first.get("distance").asDouble(), EPS);
    assertEquals(2.0 / 3, first.get("maxRegret").asDouble(), EPS);
    assertEquals("[\"b\"]", front.get(1).get("ids").toString());
    assertEquals(0.75, front.get(1).get("distance").asDouble(), EPS);
    assertEquals(0, front.get(1).get("maxRegret").asDouble(), EPS);
    assertEquals(first, json.get("bestDistance"));
    assertEquals(front.get(1), json.get("bestRegret"));
    assertTrue(json.get("bestDistanceProven").asBoolean() && json.get("bestRegretProven").asBoolean());
  }

  @Test
  void oneObjectiveLeavesTheOtherNull() {
    // Target alone, Euclidean: {a,b} and {a,c} tie at sqrt((1/6)^2 + (1/12)^2 + (1/4)^2) = sqrt(14)/12.
    CommandRun run = select("--budget", "3", "--target", "enhancement=0.5,mission=0.25,adaptive=0.25",
        "--distance", "euclidean");
    assertEquals(0, run.exitCode, run::toString);
    JsonNode json = run.json();
    assertEquals("euclidean", json.get("distanceMeasure").asText());
    assertEquals(Math.sqrt(14) / 12, json.get("bestDistance").get("distance").asDouble(), EPS);
    assertTrue(json.get("bestDistance").get("maxRegret").isNull());
    assertTrue(json.get("bestRegret").isNull());
    assertFalse(json.get("bestRegretProven").asBoolean());
  }

  @Test
  void linksAndForcedDecisions() {
    // b only if c, and a forced out: {c} (3/4, 2) and {b,c} (1/2, 1); {b,c} beats {c}.
    CommandRun run = both("--budget", "3", "--requires", "b:c", "--force-out", "a");
    JsonNode front = run.json().get("front");
    assertEquals(1, front.size(), run::toString);
    assertEquals("[\"b\",\"c\"]", front.get(0).get("ids").toString());
    // Not both a and b, c forced in: {a,c} (1/4, 4/3) and {b,c} (1/2, 1).
    JsonNode other = both("--budget", "3", "--excludes", "a:b", "--force-in", "c").json().get("front");
    assertEquals("[\"a\",\"c\"]", other.get(0).get("ids").toString());
    assertEquals("[\"b\",\"c\"]", other.get(1).get("ids").toString());
  }

  @Test
  void infeasibleIsAnAnswerWithExitZero() {
    CommandRun run = both("--budget", "2", "--force-in", "a,b");
    assertEquals(0, run.exitCode, run::toString);
    JsonNode json = run.json();
    assertEquals("infeasible", json.get("status").asText());
    assertEquals("the forced-in initiatives with their prerequisites ['a', 'b'] cost 3.0, more than the budget limit 2.0",
        json.get("diagnosis").get(0).asText());
    assertEquals(0, json.get("front").size());
    assertTrue(json.get("bestDistance").isNull());
    assertTrue(run.err.startsWith("facets select: infeasible: the forced-in initiatives"), run::toString);
  }

  @Test
  void textFormat() {
    CommandRun run = both("--budget", "3", "--format", "text");
    assertEquals(0, run.exitCode, run::toString);
    String nl = System.lineSeparator();
    assertEquals("three: funding under a budget limit of 3" + nl
        + "status: optimal" + nl
        + "nearest the target (totalVariation 0.25): a, b (cost 3)" + nl
        + "least maximum regret (0): b (cost 1)" + nl
        + nl
        + "front of 2 selections:" + nl
        + "      distance   max regret           cost  ids" + nl
        + "          0.25     0.666667              3  a, b" + nl
        + "          0.75            0              1  b" + nl, run.out);
  }

  @Test
  void outWritesTheJsonToAFile() throws Exception {
    Path out = folder.resolve("selection.json");
    CommandRun run = both("--budget", "3", "--out", out.toString());
    assertEquals(0, run.exitCode, run::toString);
    assertEquals("", run.out);
    assertTrue(Files.readString(out).contains("\"front\""));
  }

  @Test
  void timeLimits() {
    assertEquals(Duration.ofMillis(500), SelectCommand.duration("500ms"));
    assertEquals(Duration.ofSeconds(10), SelectCommand.duration("10s"));
    assertEquals(Duration.ofMillis(1500), SelectCommand.duration("1.5s"));
    assertEquals(Duration.ofMinutes(2), SelectCommand.duration("2m"));
    assertEquals(Duration.ofHours(1), SelectCommand.duration("1h"));
    assertEquals(Duration.ofSeconds(10), SelectCommand.duration("PT10S"));
    assertEquals(2.5, both("--budget", "3", "--time-limit", "2500ms").json().get("timeLimitSeconds").asDouble(), 0);
  }

  private void assertUsageError(String expected, CommandRun run) {
    assertEquals(2, run.exitCode, run::toString);
    assertTrue(run.err.startsWith("facets: usage error: " + expected), run::toString);
  }

  @Test
  void usageErrors() {
    assertUsageError("--time-limit: time-limit must be a duration such as 500ms, 10s, 2m, 1h or PT10S, got 'soon'",
        both("--budget", "3", "--time-limit", "soon"));
    assertUsageError("--time-limit: timeLimit must be > 0, got PT0S", both("--budget", "3", "--time-limit", "0s"));
    assertUsageError("--budget: budgetLimit must be finite and >= 0, got -1.0", both("--budget", "-1"));
    assertUsageError("--requires: prerequisites[0].required must be the id of an initiative of portfolio 'three', got 'z'",
        both("--budget", "3", "--requires", "a:z"));
    assertUsageError("--requires: required must differ from dependent (an initiative cannot require itself), got 'a'",
        both("--budget", "3", "--requires", "a:a"));
    assertUsageError("--excludes: link must be two ids joined by ':', got 'a'", both("--budget", "3", "--excludes", "a"));
    assertUsageError("--force-in: forcedIn must be the id of an initiative of portfolio 'three', got 'q'",
        both("--budget", "3", "--force-in", "q"));
    assertUsageError("--distance: distance must be one of totalVariation, euclidean, got 'cosine'",
        both("--budget", "3", "--distance", "cosine"));
    assertUsageError("--target/--scenarios: target must be given, or scenarios: a selection needs at least one objective",
        select("--budget", "3"));
    assertUsageError("Missing required option: '--budget=B'", select("--target", "enhancement=1"));
  }
}
