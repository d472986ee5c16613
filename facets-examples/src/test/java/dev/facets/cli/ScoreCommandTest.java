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

/**
 * {@code facets score} run in process: the contract's keys and nesting, and every number checked to
 * 1e-9 against values worked out by hand.
 */
class ScoreCommandTest {
  private static final double TOLERANCE = 1e-9;
  private static final List<String> FACETS = ContractNames.FACETS;
  private static final List<String> ZONES = List.of("enhancement", "mission", "adaptive", "anticipatory",
      "sustaining", "optimising", "transformative", "disruptive", "mixed");
  private static final List<String> BALANCE = ContractNames.BALANCE;

  @TempDir Path folder;

  private Path file(String name, String content) throws Exception {
    Path file = folder.resolve(name);
    Files.writeString(file, content);
    return file;
  }

  /** Pure initiatives with budgets 4, 3, 2, 1: p = (0.4, 0.3, 0.2, 0.1), the contract's example. */
  private Path contractExample() throws Exception {
    return file("example.json", "{\"name\": \"Contract example\", \"currency\": \"EUR\", \"initiatives\": ["
        + "{\"id\": \"e\", \"budget\": 4, \"facets\": {\"enhancement\": 1}, \"stage\": \"implement\"},"
        + "{\"id\": \"m\", \"budget\": 3, \"facets\": {\"mission\": 1}, \"stage\": \"implement\"},"
        + "{\"id\": \"a\", \"budget\": 2, \"facets\": {\"adaptive\": 1}, \"stage\": \"develop\"},"
        + "{\"id\": \"n\", \"budget\": 1, \"facets\": {\"anticipatory\": 1}}]}");
  }

  private static List<String> keys(JsonNode node) {
    List<String> keys = new ArrayList<>();
    node.fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  private static void assertNumber(double expected, JsonNode node, String key) {
    JsonNode value = node.get(key);
    assertTrue(value != null && value.isNumber(), key + " is " + value);
    assertEquals(expected, value.asDouble(), TOLERANCE, key);
  }

  private static void assertFacets(JsonNode node, double... expected) {
    assertEquals(FACETS, keys(node));
    for (int f = 0; f < FACETS.size(); f++) {
      assertNumber(expected[f], node, FACETS.get(f));
    }
  }

  @Test
  void theContractExampleWithAUniformTarget() throws Exception {
    CommandRun run = CommandRun.of("score", contractExample().toString(), "--target",
        "enhancement=0.25,mission=0.25,adaptive=0.25,anticipatory=0.25", "--format", "json");
    assertEquals(0, run.exitCode, run::toString);
    assertEquals("", run.err);
    JsonNode json = run.json();
    // The contract's keys in its order; stageShares and conventions are additions.
    assertEquals(List.of("portfolio", "initiatives", "weighting", "totalWeight", "facetShares", "zoneShares",
        "stageShares", "balance", "lean", "targetGap", "conventions"), keys(json));
    assertEquals("Contract example", json.get("portfolio").asText());
    assertTrue(json.get("initiatives").isIntegralNumber());
    assertEquals(4, json.get("initiatives").asInt());
    assertEquals("budget", json.get("weighting").asText());
    assertNumber(10, json, "totalWeight");
    assertFacets(json.get("facetShares"), 0.4, 0.3, 0.2, 0.1);

    // Each initiative is pure, so its zone is its facet.
    JsonNode zones = json.get("zoneShares");
    assertEquals(ZONES, keys(zones));
    double[] zoneShares = {0.4, 0.3, 0.2, 0.1, 0, 0, 0, 0, 0};
    for (int z = 0; z < ZONES.size(); z++) {
      assertNumber(zoneShares[z], zones, ZONES.get(z));
    }
    JsonNode stages = json.get("stageShares");
    assertEquals(List.of("identify", "generate", "develop", "implement", "evaluate", "diffuse", "unspecified"),
        keys(stages));
    assertNumber(0.7, stages, "implement");
    assertNumber(0.2, stages, "develop");
    assertNumber(0.1, stages, "unspecified");
    assertNumber(0, stages, "identify");

    JsonNode balance = json.get("balance");
    assertEquals(BALANCE, keys(balance));
    assertTrue(balance.get("variety").isIntegralNumber());
    assertEquals(4, balance.get("variety").asInt());
    // H = -(0.4 ln 0.4 + 0.3 ln 0.3 + 0.2 ln 0.2 + 0.1 ln 0.1) = 1.279854; J = H / ln 4 = 0.923220
    assertNumber(1.2798542258, balance, "shannonEntropy");
    assertNumber(0.9232196723, balance, "evenness");
    // hhi = 0.16 + 0.09 + 0.04 + 0.01 = 0.3; (0.3 - 0.25) / 0.75 = 1/15; 1 - 0.3; 1 / 0.3; e^H = 3.596115
    assertNumber(0.3, balance, "hhi");
    assertNumber(1.0 / 15, balance, "normalizedHhi");
    assertNumber(0.7, balance, "giniSimpson");
    assertNumber(10.0 / 3, balance, "effectiveFacets");
    assertNumber(3.5961154666, balance, "shannonEffectiveFacets");
    // Ordered pairs: 2 (sqrt2/2 (0.12 + 0.08 + 0.03 + 0.02) + 1 (0.04 + 0.06)) = 0.25 sqrt2 + 0.2
    assertNumber(0.25 * Math.sqrt(2) + 0.2, balance, "raoStirling");

    // Lean: uncertainty 0.1 - 0.4; directedness 0.3 - 0.2.
    JsonNode lean = json.get("lean");
    assertEquals(List.of("uncertainty", "directedness"), keys(lean));
    assertNumber(-0.3, lean, "uncertainty");
    assertNumber(0.1, lean, "directedness");

    JsonNode gap = json.get("targetGap");
    assertEquals(List.of("totalVariation", "hellinger", "euclidean", "klDivergence", "perFacet", "transfer",
        "target", "perFacetBudget", "rebalancing"), keys(gap));
    // TV = (0.15 + 0.05 + 0.05 + 0.15) / 2; Hellinger = sqrt(1 - (sqrt.4 + sqrt.3 + sqrt.2 + sqrt.1) / 2);
    // Euclidean = sqrt(2 * 0.0225 + 2 * 0.0025); KL = ln 4 - H.
    assertNumber(0.2, gap, "totalVariation");
    assertNumber(Math.sqrt(1 - (Math.sqrt(0.4) + Math.sqrt(0.3) + Math.sqrt(0.2) + Math.sqrt(0.1)) / 2), gap, "hellinger");
    assertNumber(Math.sqrt(0.05), gap, "euclidean");
    assertNumber(Math.log(4) - 1.2798542258336674, gap, "klDivergence");
    assertFacets(gap.get("perFacet"), -0.15, -0.05, 0.05, 0.15);
    assertNumber(2, gap, "transfer");
    assertFacets(gap.get("perFacetBudget"), -1.5, -0.5, 0.5, 1.5);
    // Neighbours first: enhancement -> adaptive 0.5, mission -> anticipatory 0.5, then enhancement ->
    // anticipatory 1.
    JsonNode plan = gap.get("rebalancing");
    assertEquals(3, plan.size());
    assertMove(plan.get(0), "enhancement", "adaptive", 0.5);
    assertMove(plan.get(1), "mission", "anticipatory", 0.5);
    assertMove(plan.get(2), "enhancement", "anticipatory", 1);

    JsonNode conventions = json.get("conventions");
    assertEquals("e", conventions.get("logBase").asText());
    assertEquals(4, conventions.get("facetCount").asInt());
    assertEquals("diamond", conventions.get("disparity").asText());
  }

  private static void assertMove(JsonNode move, String from, String to, double amount) {
    assertEquals(List.of("from", "to", "amount"), keys(move));
    assertEquals(from, move.get("from").asText());
    assertEquals(to, move.get("to").asText());
    assertNumber(amount, move, "amount");
  }

  @Test
  void countWeightingOverMixedSources() throws Exception {
    // a: zero budget, halves on opposite facets (mixed); b: purpose all (uniform, mixed); c: the
    // origin (uniform, mixed). By count p = (1/3, 1/6, 1/6, 1/3), all in the mixed zone.
    Path portfolio = file("mixed.json", "{\"name\": \"Mixed bag\", \"initiatives\": ["
        + "{\"id\": \"a\", \"budget\": 0, \"facets\": {\"enhancement\": 1, \"anticipatory\": 1}},"
        + "{\"id\": \"b\", \"budget\": 5, \"purpose\": \"all\", \"driver\": \"leaders\", \"stage\": \"identify\"},"
        + "{\"id\": \"c\", \"budget\": 2, \"position\": {\"uncertainty\": 0, \"directedness\": 0}}]}");
    CommandRun run = CommandRun.of("score", portfolio.toString(), "--weight", "count", "--format", "json");
    assertEquals(0, run.exitCode, run::toString);
    JsonNode json = run.json();
    assertFalse(json.has("targetGap"), "no target, no gap");
    assertEquals("count", json.get("weighting").asText());
    assertNumber(3, json, "totalWeight");
    assertFacets(json.get("facetShares"), 1.0 / 3, 1.0 / 6, 1.0 / 6, 1.0 / 3);
    assertNumber(1, json.get("zoneShares"), "mixed");
    assertNumber(1.0 / 3, json.get("stageShares"), "identify");
    assertNumber(2.0 / 3, json.get("stageShares"), "unspecified");
    JsonNode balance = json.get("balance");
    // H = (2/3) ln 3 + (1/3) ln 6 = 1.329661; hhi = 5/18; 1/hhi = 3.6
    assertNumber(2.0 / 3 * Math.log(3) + Math.log(6) / 3, balance, "shannonEntropy");
    assertNumber(5.0 / 18, balance, "hhi");
    assertNumber(3.6, balance, "effectiveFacets");
    // Neighbour pairs 4 x 1/18, opposite pairs 1/9 + 1/36: 2 (2/9 sqrt2/2 + 5/36) = 2 sqrt2/9 + 5/18
    assertNumber(2 * Math.sqrt(2) / 9 + 5.0 / 18, balance, "raoStirling");
    assertNumber(0, json.get("lean"), "uncertainty");
    assertNumber(0, json.get("lean"), "directedness");

    // By budget (the default) a drops out and both others are uniform.
    JsonNode byBudget = CommandRun.of("score", portfolio.toString()).json();
    assertEquals("budget", byBudget.get("weighting").asText());
    assertNumber(7, byBudget, "totalWeight");
    assertNumber(Math.log(4), byBudget.get("balance"), "shannonEntropy");
    assertNumber(1, byBudget.get("balance"), "evenness");
  }

  @Test
  void aTargetWeightOfTenToTheMinus320GivesTheFiniteKlInJsonTextAndTheReport() throws Exception {
    // p = (1/4, 1/4, 1/4, 1/4), t = (1e-320 / 3, 1/3, 1/3, 1/3): KL = 1/4 (ln 1/4 - ln t_e) + 3/4 ln 3/4,
    // with ln t_e = ln(1e-320 / 3) = -320 ln 10 - ln 3 (t_e is subnormal, so within its few bits).
    Path portfolio = file("even.json", "{\"name\": \"Even\", \"initiatives\": ["
        + "{\"id\": \"e\", \"budget\": 1, \"facets\": {\"enhancement\": 1}},"
        + "{\"id\": \"m\", \"budget\": 1, \"facets\": {\"mission\": 1}},"
        + "{\"id\": \"a\", \"budget\": 1, \"facets\": {\"adaptive\": 1}},"
        + "{\"id\": \"n\", \"budget\": 1, \"facets\": {\"anticipatory\": 1}}]}");
    // Shares: the three others are 1/3 each (their sum 1 within 1e-6), so t_other = 1/3, t_e = 1e-320.
    String target = "enhancement=1e-320,mission=0.3333333333333333,adaptive=0.3333333333333333,"
        + "anticipatory=0.3333333333333334";
    double expected = 0.25 * (Math.log(0.25) + 320 * Math.log(10)) + 0.75 * Math.log(0.75);
    CommandRun run = CommandRun.of("score", portfolio.toString(), "--target", target);
    assertEquals(0, run.exitCode, run::toString);
    double kl = run.json().get("targetGap").get("klDivergence").asDouble();
    assertEquals(expected, kl, 1e-3, run.out);
    assertTrue(kl > 100 && kl < 1000, "about 10^2");
    CommandRun text = CommandRun.of("score", portfolio.toString(), "--target", target, "--format", "text");
    assertTrue(text.out.contains(String.format(java.util.Locale.ROOT, "KL %.4f", kl)), text.out);
    CommandRun html = CommandRun.of("report", portfolio.toString(), "--target", target, "--trials", "100");
    assertEquals(0, html.exitCode, html::toString);
    assertFalse(html.out.contains("Infinity"), "no Infinity in the report");
  }

  @Test
  void anUndefinedKlIsNullAndPriorityWeighsSevenAndThree() throws Exception {
    // Priority weighting: m (high) 7, d (low) 3: p = (0, 0.7, 0.15, 0.15). The target, from a file,
    // is all enhancement: t = 0 where p > 0, so KL is null.
    Path portfolio = file("priorities.json", "{\"name\": \"Priorities\", \"initiatives\": ["
        + "{\"id\": \"m\", \"budget\": 1, \"facets\": {\"mission\": 1}, \"priority\": \"high\"},"
        + "{\"id\": \"d\", \"budget\": 100, \"facets\": {\"adaptive\": 1, \"anticipatory\": 1}, \"priority\": \"low\"}]}");
    Path target = file("target.json", "{\"enhancement\": 1}");
    CommandRun run = CommandRun.of("score", portfolio.toString(), "--weight", "priority", "--target",
        target.toString(), "--format", "json");
    assertEquals(0, run.exitCode, run::toString);
    JsonNode json = run.json();
    assertNumber(10, json, "totalWeight");
    assertFacets(json.get("facetShares"), 0, 0.7, 0.15, 0.15);
    assertNumber(0.7, json.get("zoneShares"), "mission");
    assertNumber(0.3, json.get("zoneShares"), "disruptive");
    assertEquals(3, json.get("balance").get("variety").asInt());
    // H = -(0.7 ln 0.7 + 0.3 ln 0.15) = 0.818808
    assertNumber(0.818808456222877, json.get("balance"), "shannonEntropy");
    JsonNode gap = json.get("targetGap");
    assertTrue(gap.get("klDivergence").isNull(), gap::toString);
    // Everything must move to enhancement: TV 1, transfer 10, Euclidean sqrt(1 + 0.49 + 2 * 0.0225).
    assertNumber(1, gap, "totalVariation");
    assertNumber(1, gap, "hellinger");
    assertNumber(Math.sqrt(1.535), gap, "euclidean");
    assertNumber(10, gap, "transfer");
    assertFacets(gap.get("perFacet"), 1, -0.7, -0.15, -0.15);
  }

  @Test
  void theScoreAgreesWithTheDemoOnTheBundledPortfolio() throws Exception {
    // The demo sums the shares its own way; the score engine must land on the same numbers.
    Path bundled = folder.resolve("federal.json");
    try (var in = ScoreCommandTest.class.getResourceAsStream("/examples/federal-portfolio.json")) {
      Files.copy(in, bundled);
    }
    JsonNode demo = CommandRun.of("demo", "--format", "json").json();
    JsonNode score = CommandRun.of("score", bundled.toString()).json();
    assertNumber(demo.get("totalWeight").asDouble(), score, "totalWeight");
    for (String facet : FACETS) {
      assertNumber(demo.get("facetShares").get(facet).asDouble(), score.get("facetShares"), facet);
    }
  }

  @Test
  void aCsvPortfolioScoresAsItsJsonTwin() throws Exception {
    Path csv = folder.resolve("federal.csv");
    Path json = folder.resolve("federal.json");
    try (var in = ScoreCommandTest.class.getResourceAsStream("/examples/federal-portfolio.csv")) {
      Files.copy(in, csv);
    }
    try (var in = ScoreCommandTest.class.getResourceAsStream("/examples/federal-portfolio.json")) {
      Files.copy(in, json);
    }
    CommandRun fromCsv = CommandRun.of("score", csv.toString(), "--weight", "PRIORITY", "--target", "mission=1");
    assertEquals(0, fromCsv.exitCode, fromCsv::toString);
    assertEquals(CommandRun.of("score", json.toString(), "--weight", "priority", "--target", "mission=1").json(),
        fromCsv.json());
    assertEquals("priority", fromCsv.json().get("weighting").asText());
  }

  @Test
  void textFormatIsForPeople() throws Exception {
    CommandRun run = CommandRun.of("score", contractExample().toString(), "--target", "mission=1", "--format", "text");
    assertEquals(0, run.exitCode, run::toString);
    assertTrue(run.out.startsWith("Contract example: 4 initiatives, total weight 10 by budget"), run.out);
    assertTrue(run.out.contains("  enhancement    40.0 %  ################"), run.out);
    assertTrue(run.out.contains("Balance: variety 4, entropy 1.2799 (evenness 0.9232), HHI 0.3000"), run.out);
    assertTrue(run.out.contains("Lean: uncertainty -0.3000, directedness +0.1000"), run.out);
    assertTrue(run.out.contains("KL undefined (the target is 0 on a facet the portfolio holds)"), run.out);
    assertTrue(run.out.contains("least transfer 7" + System.lineSeparator()), run.out);
  }

  @Test
  void zeroTotalWeightIsBadInputNamingTheFileAndField() throws Exception {
    Path unfunded = file("unfunded.json", "{\"name\": \"Unfunded\", \"initiatives\": ["
        + "{\"id\": \"a\", \"budget\": 0, \"facets\": {\"mission\": 1}}]}");
    CommandRun run = CommandRun.of("score", unfunded.toString());
    assertEquals(FacetsCommand.BAD_INPUT, run.exitCode, run::toString);
    assertEquals("facets score: error: " + unfunded + ": totalWeight must be finite and > 0 to define facet shares"
        + " (portfolio 'Unfunded', weighting 'budget'), got 0.0", run.err.strip());
    assertEquals("", run.out);
    // By count the same file scores.
    assertEquals(0, CommandRun.of("score", unfunded.toString(), "--weight", "count").exitCode);
  }

  /** A list in percent reads as the same target as its shares; some weights in percent and others not is a usage error. */
  @Test
  void aTargetListInPercent() throws Exception {
    Path portfolio = contractExample();
    CommandRun percent = CommandRun.of("score", portfolio.toString(), "--target",
        "enhancement=40%,mission=30%,anticipatory=20%,adaptive=10%");
    assertEquals(0, percent.exitCode, percent::toString);
    CommandRun shares = CommandRun.of("score", portfolio.toString(), "--target",
        "enhancement=0.4,mission=0.3,adaptive=0.1,anticipatory=0.2");
    assertEquals(shares.json(), percent.json());
    assertFacets(percent.json().get("targetGap").get("target"), 0.4, 0.3, 0.1, 0.2);
    // Readable weights that are no target are bad input, as in a target file (contract v1.1).
    CommandRun mixed = CommandRun.of("score", portfolio.toString(), "--target", "enhancement=40%,mission=0.6");
    assertEquals(FacetsCommand.BAD_INPUT, mixed.exitCode, mixed::toString);
    assertTrue(mixed.err.startsWith("facets score: error: target must give every "
        + "weight in percent (enhancement=40%) or none (enhancement=0.4, or 40 out of 100), not some of each, got "
        + "'enhancement=40%,mission=0.6'"), mixed.err);
    CommandRun short70 = CommandRun.of("score", portfolio.toString(), "--target", "enhancement=40%,mission=30%");
    assertEquals(FacetsCommand.BAD_INPUT, short70.exitCode, short70::toString);
    assertTrue(short70.err.startsWith("facets score: error: target must sum to "
        + "100%; a facet left out counts as 0%, so give every facet its percentage, got percentages summing to 70.0%"),
        short70.err);
  }

  @Test
  void badTargetNamesAndWeightingsAreUsageErrorsAndTargetsThatSumWrongBadInput() throws Exception {
    Path portfolio = contractExample();
    // Weights that are numbers but no target: bad input, list or file alike (contract v1.1).
    CommandRun zeros = CommandRun.of("score", portfolio.toString(), "--target", "enhancement=0,mission=0");
    assertEquals(FacetsCommand.BAD_INPUT, zeros.exitCode, zeros::toString);
    assertTrue(zeros.err.startsWith("facets score: error: facets must have a "
        + "weight > 0, got {enhancement=0.0, mission=0.0, adaptive=0.0, anticipatory=0.0}"), zeros.err);
    assertEquals(1, zeros.err.strip().lines().count(), zeros.err);
    // A name that is no facet: the option's own syntax, a usage error.
    CommandRun facet = CommandRun.of("score", portfolio.toString(), "--target", "enhancement=0.5,vision=0.5");
    assertEquals(FacetsCommand.USAGE, facet.exitCode, facet::toString);
    assertTrue(facet.err.startsWith("facets: usage error: Invalid value for option '--target': facet must be one of "
        + "enhancement, mission, adaptive, anticipatory, got 'vision'"), facet.err);

    Path zeroFile = file("zero-target.json", "{\"enhancement\": 0}");
    CommandRun zeroTarget = CommandRun.of("score", portfolio.toString(), "--target", zeroFile.toString());
    assertEquals(FacetsCommand.BAD_INPUT, zeroTarget.exitCode, zeroTarget::toString);
    assertTrue(zeroTarget.err.contains(zeroFile.toString()), zeroTarget.err);

    CommandRun weight = CommandRun.of("score", portfolio.toString(), "--weight", "votes");
    assertEquals(FacetsCommand.USAGE, weight.exitCode, weight::toString);
    assertTrue(weight.err.startsWith("facets: usage error: Invalid value for option '--weight': weight must be one of "
        + "budget, count, priority, got 'votes'"), weight.err);
  }

  @Test
  void scoreIsListedInHelp() {
    assertTrue(CommandRun.of("--help").out.contains("score"));
    CommandRun help = CommandRun.of("score", "--help");
    assertEquals(0, help.exitCode);
    assertTrue(help.out.contains("--weight") && help.out.contains("--target"), help.out);
  }
}
