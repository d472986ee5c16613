package dev.facets.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code facets simulate}: the contract's JSON, thread invariance, text, and errors. */
class SimulateCommandTest {
  private static final String FUTURES = "{\"scenarios\": ["
      + "{\"name\": \"steady\", \"probability\": 0.6,"
      + " \"payoff\": {\"enhancement\": 1.2, \"mission\": 1.0, \"adaptive\": 0.8, \"anticipatory\": 0.5}},"
      + "{\"name\": \"shock\", \"probability\": 0.4,"
      + " \"payoff\": {\"enhancement\": 0.4, \"mission\": 0.9, \"adaptive\": 1.3, \"anticipatory\": 1.6}}]}";

  @TempDir Path folder;

  private Path file(String name, String content) throws Exception {
    Path file = folder.resolve(name);
    Files.writeString(file, content);
    return file;
  }

  private Path uncertainPortfolio() throws Exception {
    return file("p.json", "{\"name\": \"Lab\", \"initiatives\": ["
        + "{\"id\": \"a\", \"budget\": 1, \"facets\": {\"enhancement\": 1}, \"successProbability\": 0.8,"
        + " \"impact\": {\"low\": 1, \"mode\": 2, \"high\": 5}, \"tags\": [\"digital\"]},"
        + "{\"id\": \"b\", \"budget\": 1, \"position\": {\"uncertainty\": 0.8, \"directedness\": 0.1},"
        + " \"successProbability\": 0.3, \"impact\": {\"low\": 0, \"mode\": 1, \"high\": 9}, \"tags\": [\"digital\"]},"
        + "{\"id\": \"c\", \"budget\": 1, \"purpose\": \"mission\", \"driver\": \"leaders\", \"successProbability\": 0.5}]}");
  }

  @Test
  void certainPointEstimatesGiveTheExactTotalWithTheContractsKeys() throws Exception {
    Path portfolio = file("sure.json", "{\"name\": \"Sure\", \"initiatives\": ["
        + "{\"id\": \"a\", \"budget\": 1, \"facets\": {\"enhancement\": 1}, \"impact\": {\"low\": 2, \"mode\": 2, \"high\": 2}},"
        + "{\"id\": \"b\", \"budget\": 1, \"facets\": {\"mission\": 1}, \"impact\": {\"low\": 3, \"mode\": 3, \"high\": 3}}]}");
    CommandRun run = CommandRun.of("simulate", portfolio.toString(), "--trials", "1000", "--seed", "42", "--format", "json");
    assertEquals(0, run.exitCode, run::toString);
    JsonNode json = run.json();
    List<String> keys = new ArrayList<>();
    json.fieldNames().forEachRemaining(keys::add);
    assertEquals(List.of("trials", "seed", "mean", "standardDeviation", "standardError", "quantiles",
        "probabilityNoSuccess", "expectedSuccesses", "facetSuccessProbability"), keys.subList(0, 9));
    assertFalse(keys.contains("threads"), "the thread count would break byte-identical output");
    assertEquals(1000, json.get("trials").asInt());
    assertEquals(42, json.get("seed").asLong());
    assertEquals(5.0, json.get("mean").asDouble(), 0);
    assertEquals(0.0, json.get("standardDeviation").asDouble(), 0);
    assertEquals(0.0, json.get("standardError").asDouble(), 0);
    List<String> quantileKeys = new ArrayList<>();
    json.get("quantiles").fieldNames().forEachRemaining(quantileKeys::add);
    assertEquals(List.of("p05", "p25", "p50", "p75", "p95"), quantileKeys);
    for (JsonNode quantile : json.get("quantiles")) {
      assertEquals(5.0, quantile.asDouble(), 0);
    }
    assertEquals(0.0, json.get("probabilityNoSuccess").asDouble(), 0);
    assertEquals(2.0, json.get("expectedSuccesses").asDouble(), 0);
    JsonNode facets = json.get("facetSuccessProbability");
    assertEquals(1.0, facets.get("enhancement").asDouble(), 0);
    assertEquals(1.0, facets.get("mission").asDouble(), 0);
    assertTrue(facets.get("adaptive").isNull(), "no adaptive initiative: null, not 0");
    assertTrue(facets.get("anticipatory").isNull());
    assertEquals(5.0, json.get("cvar").asDouble(), 0);
    assertEquals(0.2, json.get("alpha").asDouble(), 0); // the default, as in hedge and optimize
    assertEquals(1000, json.get("histogram").get("counts").get(0).asLong());
    assertEquals(2.0, json.get("initiatives").get(0).get("meanContribution").asDouble(), 0);
  }

  @Test
  void theSameSeedGivesByteIdenticalJsonForAnyThreadCount() throws Exception {
    Path portfolio = uncertainPortfolio();
    Path scenarios = file("s.json", FUTURES);
    CommandRun one = simulateWithScenarios(portfolio, scenarios, "7", "1");
    CommandRun two = simulateWithScenarios(portfolio, scenarios, "7", "2");
    CommandRun seven = simulateWithScenarios(portfolio, scenarios, "7", "7");
    assertEquals(0, one.exitCode, one::toString);
    assertEquals(one.out, two.out);
    assertEquals(one.out, seven.out);
    CommandRun otherSeed = simulateWithScenarios(portfolio, scenarios, "8", "2");
    assertEquals(0, otherSeed.exitCode, otherSeed::toString);
    assertFalse(one.out.equals(otherSeed.out), "another seed, another sample");
  }

  private static CommandRun simulateWithScenarios(Path portfolio, Path scenarios, String seed, String threads) {
    return CommandRun.of("simulate", portfolio.toString(), "--scenarios", scenarios.toString(), "--trials", "30000",
        "--seed", seed, "--threads", threads, "--format", "json", "--correlate", "tag", "--rho", "0.4",
        "--alpha", "0.1");
  }

  @Test
  void theSimulatedMeanAgreesWithTheEstimates() throws Exception {
    // a: 0.8 * (1 + 2 + 5) / 3 = 2.1333; b (mostly anticipatory): 0.3 * (0 + 1 + 9) / 3 = 1; c: 0.5 * 1.
    // Expected total 3.6333; 5 standard errors of 40 000 trials are well under 0.1.
    CommandRun run = CommandRun.of("simulate", uncertainPortfolio().toString(), "--trials", "40000", "--seed", "3");
    assertEquals(0, run.exitCode, run::toString);
    JsonNode json = run.json();
    double mean = json.get("mean").asDouble();
    double standardError = json.get("standardError").asDouble();
    assertEquals(8 * 0.8 / 3 + 1 + 0.5, mean, 5 * standardError);
    // P(no success) = 0.2 * 0.7 * 0.5 = 0.07.
    assertEquals(0.07, json.get("probabilityNoSuccess").asDouble(), 5 * Math.sqrt(0.07 * 0.93 / 40000));
    assertEquals(0.8, json.get("facetSuccessProbability").get("enhancement").asDouble(), 5 * Math.sqrt(0.16 / 40000));
    assertTrue(json.get("facetSuccessProbability").get("adaptive").isNull());
  }

  @Test
  void textFormatIsASummaryForAPerson() throws Exception {
    CommandRun run = CommandRun.of("simulate", uncertainPortfolio().toString(), "--trials", "2000", "--seed", "1",
        "--format", "text", "--bins", "5");
    assertEquals(0, run.exitCode, run::toString);
    assertTrue(run.out.startsWith("Lab: 2000 trials, seed 1, no scenarios, independent successes"), run.out);
    assertTrue(run.out.contains("Quantiles     p05 "), run.out);
    assertTrue(run.out.contains("adaptive      undefined (no initiative)"), run.out);
    assertEquals(5, run.out.lines().filter(line -> line.contains(" .. ")).count(), run.out);
  }

  @Test
  void theInitiativesInTextOnlyWhenAskedForAndAlwaysInJson() throws Exception {
    String portfolio = uncertainPortfolio().toString();
    CommandRun summary = CommandRun.of("simulate", portfolio, "--trials", "200", "--seed", "1", "--format", "text");
    CommandRun each = CommandRun.of("simulate", portfolio, "--trials", "200", "--seed", "1", "--format", "text",
        "--per-initiative");
    assertEquals(0, summary.exitCode, summary::toString);
    assertFalse(summary.out.contains("success rate"), summary.out);
    assertTrue(summary.out.endsWith("3 initiatives; --per-initiative lists them" + System.lineSeparator()), summary.out);
    assertTrue(each.out.startsWith(summary.out.substring(0, summary.out.lastIndexOf("3 initiatives"))), each.out);
    assertEquals(4, each.out.lines().dropWhile(line -> !line.startsWith("Initiative")).count(), each.out);
    assertEquals(CommandRun.of("simulate", portfolio, "--trials", "200", "--seed", "1").out,
        CommandRun.of("simulate", portfolio, "--trials", "200", "--seed", "1", "--per-initiative").out);
  }

  @Test
  void outOfRangeOptionsAreUsageErrorsNamingTheOption() throws Exception {
    String portfolio = uncertainPortfolio().toString();
    assertUsage("Invalid value for option '--trials': trials must be >= 2, got 1", "simulate", portfolio, "--trials", "1", "--seed", "1");
    assertUsage("Invalid value for option '--threads': threads must be >= 1, got 0", "simulate", portfolio, "--trials", "10", "--seed", "1", "--threads", "0");
    assertUsage("Invalid value for option '--alpha': alpha must be in (0.0, 1.0), got 1.5", "simulate", portfolio, "--trials", "10", "--seed", "1",
        "--alpha", "1.5");
    assertUsage("Invalid value for option '--rho': rho must be 0 when there is no grouping, got 0.5", "simulate", portfolio, "--trials", "10",
        "--seed", "1", "--rho", "0.5");
    assertUsage("Invalid value for option '--rho': rho must be in [0, 1), got 1.0", "simulate", portfolio, "--trials", "10", "--seed", "1",
        "--correlate", "facet", "--rho", "1");
  }

  @Test
  void trialsSeedAndAlphaDefaultAsInTheReportAndInHedge() throws Exception {
    JsonNode json = CommandRun.of("simulate", uncertainPortfolio().toString()).json();
    assertEquals(dev.facets.report.ReportRequest.DEFAULT_TRIALS, json.get("trials").asInt());
    assertEquals(dev.facets.report.ReportRequest.DEFAULT_SEED, json.get("seed").asLong());
    assertEquals(dev.facets.core.hedge.RobustnessEvaluator.DEFAULT_ALPHA, json.get("alpha").asDouble(), 0);
  }

  @Test
  void aBadScenarioFileIsBadInput() throws Exception {
    Path scenarios = file("bad.json", "{\"scenarios\": []}");
    CommandRun run = CommandRun.of("simulate", uncertainPortfolio().toString(), "--scenarios", scenarios.toString(),
        "--trials", "10", "--seed", "1");
    assertEquals(FacetsCommand.BAD_INPUT, run.exitCode, run::toString);
    assertTrue(run.err.startsWith("facets simulate: error: " + scenarios), run.err);
    assertEquals(1, run.err.strip().lines().count(), run.err);
    assertEquals("", run.out);
  }

  @Test
  void impactsTooLargeToSimulateAreBadInputNamingThePortfolioFile() throws Exception {
    // Each number is finite and valid on its own; the engine refuses totals beyond 1e145. The one
    // line must still name the file, like every other bad-input error.
    Path portfolio = file("huge.json", "{\"name\": \"Huge\", \"initiatives\": [{\"id\": \"a\", \"budget\": 1,"
        + " \"facets\": {\"mission\": 1}, \"impact\": {\"low\": 1e200, \"mode\": 1e200, \"high\": 1e200}}]}");
    CommandRun run = CommandRun.of("simulate", portfolio.toString(), "--trials", "10", "--seed", "1");
    assertEquals(FacetsCommand.BAD_INPUT, run.exitCode, run::toString);
    assertTrue(run.err.startsWith("facets simulate: error: " + portfolio + ": "), run.err);
    assertTrue(run.err.contains("1.0E200"), run.err);
    assertEquals(1, run.err.strip().lines().count(), run.err);
  }

  @Test
  void outWritesTheJsonToAFile() throws Exception {
    Path out = folder.resolve("result.json");
    CommandRun run = CommandRun.of("simulate", uncertainPortfolio().toString(), "--trials", "100", "--seed", "1",
        "--out", out.toString());
    assertEquals(0, run.exitCode, run::toString);
    assertEquals("", run.out);
    assertTrue(Files.readString(out).contains("\"facetSuccessProbability\""));
  }

  @Test
  void theBundledPortfolioSimulatesTheSameFromJsonAndCsv() throws Exception {
    Path json = bundled("federal-portfolio.json");
    Path csv = bundled("federal-portfolio.csv");
    Path futures = bundled("futures.json");
    CommandRun fromJson = CommandRun.of("simulate", json.toString(), "--scenarios", futures.toString(),
        "--trials", "5000", "--seed", "11");
    CommandRun fromCsv = CommandRun.of("simulate", csv.toString(), "--scenarios", futures.toString(),
        "--trials", "5000", "--seed", "11");
    assertEquals(0, fromJson.exitCode, fromJson::toString);
    assertEquals(fromJson.out, fromCsv.out);
    assertEquals(4, fromJson.json().get("scenarios").asInt());
  }

  private Path bundled(String name) throws Exception {
    Path file = folder.resolve(name);
    try (java.io.InputStream in = SimulateCommandTest.class.getResourceAsStream("/examples/" + name)) {
      Files.copy(in, file);
    }
    return file;
  }

  @Test
  void helpListsTheSubcommand() {
    assertTrue(CommandRun.of("--help").out.contains("simulate"));
  }

  private static void assertUsage(String message, String... args) {
    CommandRun run = CommandRun.of(args);
    assertEquals(FacetsCommand.USAGE, run.exitCode, run::toString);
    assertTrue(run.err.startsWith("facets: usage error: " + message), run.err);
  }
}
