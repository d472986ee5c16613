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
 * {@code facets compare}, {@code facets score --group-by} and {@code facets report --group-by} run in process: the contract's keys in
 * its order, and every number checked against values worked out by hand.
 */
class CompareCommandTest {
  private static final double TOLERANCE = 1e-12;
  private static final List<String> FACETS = ContractNames.FACETS;
  private static final List<String> BALANCE = ContractNames.BALANCE;

  @TempDir Path folder;

  private Path file(String name, String content) throws Exception {
    Path file = folder.resolve(name);
    Files.writeString(file, content);
    return file;
  }

  /** a: 4 enhancement, implement, [digital]; b: 1 mission, [digital, health]; c: 5 adaptive. */
  private Path old() throws Exception {
    return file("old.json", "{\"name\": \"Register\", \"asOf\": \"2025-11-01\", \"initiatives\": ["
        + "{\"id\": \"a\", \"budget\": 4, \"facets\": {\"enhancement\": 1}, \"stage\": \"implement\", \"tags\": [\"digital\"]},"
        + "{\"id\": \"b\", \"budget\": 1, \"facets\": {\"mission\": 1}, \"tags\": [\"digital\", \"health\"]},"
        + "{\"id\": \"c\", \"budget\": 5, \"facets\": {\"adaptive\": 1}}]}");
  }

  /** x added (2, anticipatory); a: budget 6 and stage evaluate; b removed; c unchanged. */
  private Path current() throws Exception {
    return file("new.csv", "id,name,budget,facets.anticipatory,facets.enhancement,facets.adaptive,stage\n"
        + "x,,2,1,,,\n"
        + "a,,6,,1,,evaluate\n"
        + "c,,5,,,1,\n");
  }

  private static List<String> keys(JsonNode node) {
    List<String> keys = new ArrayList<>();
    node.fieldNames().forEachRemaining(keys::add);
    return keys;
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(node -> texts.add(node.asText()));
    return texts;
  }

  @Test
  void theContractsKeysAndValuesByHand() throws Exception {
    CommandRun run = CommandRun.of("compare", old().toString(), current().toString());
    assertEquals(0, run.exitCode, run.toString());
    JsonNode json = run.json();
    assertEquals(List.of("old", "new", "shareChange", "balanceChange", "added", "removed", "changed", "weighting"),
        keys(json));
    assertEquals(List.of("portfolio", "asOf", "totalWeight", "facetShares", "initiatives", "balance"),
        keys(json.get("old")));
    assertEquals("2025-11-01", json.get("old").get("asOf").asText());
    // The CSV snapshot has no date: null, never a string.
    assertTrue(json.get("new").get("asOf").isNull());
    assertEquals(10, json.get("old").get("totalWeight").asDouble(), TOLERANCE);
    assertEquals(13, json.get("new").get("totalWeight").asDouble(), TOLERANCE);
    assertEquals(FACETS, keys(json.get("shareChange")));
    // New shares 6/13, 0, 5/13, 2/13 against 0.4, 0.1, 0.5, 0.
    double[] change = {6.0 / 13 - 0.4, -0.1, 5.0 / 13 - 0.5, 2.0 / 13};
    for (int f = 0; f < 4; f++) {
      assertEquals(change[f], json.get("shareChange").get(FACETS.get(f)).asDouble(), TOLERANCE, FACETS.get(f));
    }
    assertEquals(BALANCE, keys(json.get("balanceChange")));
    assertTrue(json.get("balanceChange").get("variety").isInt());
    assertEquals(0, json.get("balanceChange").get("variety").asInt());
    // hhi (36 + 25 + 4) / 169 against 0.16 + 0.01 + 0.25.
    assertEquals(65.0 / 169 - 0.42, json.get("balanceChange").get("hhi").asDouble(), TOLERANCE);
    assertEquals(List.of("x"), texts(json.get("added")));
    assertEquals(List.of("b"), texts(json.get("removed")));
    assertEquals(1, json.get("changed").size());
    assertEquals("a", json.get("changed").get(0).get("id").asText());
    // The CSV has no name column and no tags: a's name and tags changed too, from nothing / [digital].
    assertEquals(List.of("budget", "stage", "tags"), texts(json.get("changed").get(0).get("fields")));
    assertEquals("budget", json.get("weighting").asText());
  }

  @Test
  void groupsByTagInBothSnapshots() throws Exception {
    CommandRun run = CommandRun.of("compare", old().toString(), current().toString(), "--group-by", "tag",
        "--weight", "count");
    assertEquals(0, run.exitCode, run.toString());
    JsonNode groups = run.json().get("old").get("groups");
    assertEquals(3, groups.size());
    assertEquals(List.of("key", "initiatives", "totalWeight", "facetShares", "balance"), keys(groups.get(0)));
    assertEquals("digital", groups.get(0).get("key").asText());
    assertEquals(2, groups.get(0).get("initiatives").asInt());
    assertEquals(2, groups.get(0).get("totalWeight").asDouble(), TOLERANCE);
    assertEquals(0.5, groups.get(0).get("facetShares").get("mission").asDouble(), TOLERANCE);
    assertEquals(0.5, groups.get(0).get("balance").get("hhi").asDouble(), TOLERANCE);
    assertEquals("health", groups.get(1).get("key").asText());
    assertTrue(groups.get(2).get("key").isNull());
    JsonNode newGroups = run.json().get("new").get("groups");
    assertEquals(1, newGroups.size());
    assertTrue(newGroups.get(0).get("key").isNull());
    assertEquals(3, newGroups.get(0).get("initiatives").asInt());
  }

  @Test
  void groupChangesByTagByHand() throws Exception {
    CommandRun run = CommandRun.of("compare", old().toString(), current().toString(), "--group-by", "tag",
        "--weight", "count");
    assertEquals(0, run.exitCode, run.toString());
    assertEquals(List.of("old", "new", "shareChange", "balanceChange", "added", "removed", "changed", "groupChanges",
        "weighting"), keys(run.json()));
    JsonNode changes = run.json().get("groupChanges");
    // The new snapshot has one group (no tags: x, a, c); the old one's digital (a, b) and health (b) are gone.
    assertEquals(3, changes.size());
    JsonNode none = changes.get(0);
    assertEquals(List.of("key", "status", "initiativesChange", "totalWeightChange", "shareChange", "balanceChange"),
        keys(none));
    assertTrue(none.get("key").isNull());
    assertEquals("kept", none.get("status").asText());
    assertEquals(2, none.get("initiativesChange").asInt());
    assertEquals(2, none.get("totalWeightChange").asDouble(), TOLERANCE);
    // By count: {c adaptive} to {x anticipatory, a enhancement, c adaptive}, a third each.
    double[] shares = {1.0 / 3, 0, 1.0 / 3 - 1, 1.0 / 3};
    for (int f = 0; f < 4; f++) {
      assertEquals(shares[f], none.get("shareChange").get(FACETS.get(f)).asDouble(), TOLERANCE, FACETS.get(f));
    }
    assertEquals(BALANCE, keys(none.get("balanceChange")));
    assertEquals(2, none.get("balanceChange").get("variety").asInt());
    // hhi 3 / 9 against 1; evenness ln 3 / ln 4 against 0.
    assertEquals(1.0 / 3 - 1, none.get("balanceChange").get("hhi").asDouble(), TOLERANCE);
    assertEquals(Math.log(3) / Math.log(4), none.get("balanceChange").get("evenness").asDouble(), TOLERANCE);
    for (int g = 1; g < 3; g++) {
      JsonNode removed = changes.get(g);
      assertEquals(List.of("digital", "health").get(g - 1), removed.get("key").asText());
      assertEquals("removed", removed.get("status").asText());
      assertEquals(-(3 - g), removed.get("initiativesChange").asInt());
      assertEquals(-(3 - g), removed.get("totalWeightChange").asDouble(), TOLERANCE);
      assertTrue(removed.get("shareChange").isNull() && removed.get("balanceChange").isNull(), removed.toString());
    }
    assertFalse(CommandRun.of("compare", old().toString(), current().toString()).json().has("groupChanges"));
  }

  @Test
  void aSnapshotAgainstItselfHasNoChanges() throws Exception {
    Path old = old();
    JsonNode json = CommandRun.of("compare", old.toString(), old.toString()).json();
    assertEquals(0, json.get("added").size());
    assertEquals(0, json.get("removed").size());
    assertEquals(0, json.get("changed").size());
    for (String facet : FACETS) {
      assertEquals(0.0, json.get("shareChange").get(facet).asDouble());
    }
  }

  @Test
  void textIsReadable() throws Exception {
    CommandRun run = CommandRun.of("compare", old().toString(), current().toString(), "--format", "text",
        "--group-by", "stage");
    assertEquals(0, run.exitCode, run.toString());
    // A CSV file is named after itself ("new"), so the names differ and both are shown.
    assertTrue(run.out.startsWith("Register (2025-11-01) -> new (undated), weighted by budget"), run.out);
    assertTrue(run.out.contains("  enhancement                     40.0%        46.2%   +6.2 points"), run.out);
    assertTrue(run.out.contains("Added: 1 (x)"), run.out);
    assertTrue(run.out.contains("Removed: 1 (b)"), run.out);
    assertTrue(run.out.contains("  a: budget, stage, tags"), run.out);
    assertTrue(run.out.contains("Groups by stage:"), run.out);
    // Stage none, by budget: {b 1 mission, c 5 adaptive} to {x 2 anticipatory, c 5 adaptive}: mission
    // -1/6, adaptive 5/7 - 5/6, anticipatory +2/7; evenness H(2/7, 5/7) / ln 4 - H(1/6, 5/6) / ln 4.
    assertTrue(run.out.contains("Changes by stage (new minus old; shares in points):"), run.out);
    assertTrue(run.out.contains("  (none)           kept               0             +1         0.0   -16.7    -11.9        +28.6   +0.1065"),
        run.out);
    assertTrue(run.out.contains("  evaluate         added             +1             +6  no share change (no shares on one side)"),
        run.out);
    assertTrue(run.out.contains("  implement        removed           -1             -4  no share change"), run.out);
    assertFalse(run.out.matches("(?s).*\\d[eE][+-]?\\d.*"), "no exponent in text: " + run.out);
  }

  @Test
  void theChartIsWrittenByItsExtension() throws Exception {
    Path svg = folder.resolve("diamond.svg");
    CommandRun run = CommandRun.of("compare", old().toString(), current().toString(), "--chart", svg.toString());
    assertEquals(0, run.exitCode, run.toString());
    String content = Files.readString(svg);
    assertTrue(content.contains("<svg") && content.contains("2025-11-01 (grey) to undated (orange)"), content);
    CommandRun bad = CommandRun.of("compare", old().toString(), current().toString(), "--chart",
        folder.resolve("diamond.pdf").toString());
    assertEquals(2, bad.exitCode, bad.toString());
    assertTrue(bad.err.contains("--chart"), bad.err);
    assertFalse(Files.exists(folder.resolve("diamond.pdf")));
  }

  @Test
  void aZeroWeightSnapshotIsBadInputNamingItsFile() throws Exception {
    Path empty = file("empty.json", "{\"name\": \"E\", \"initiatives\": [{\"id\": \"z\", \"budget\": 0, "
        + "\"facets\": {\"mission\": 1}}]}");
    CommandRun run = CommandRun.of("compare", old().toString(), empty.toString());
    assertEquals(1, run.exitCode, run.toString());
    assertTrue(run.err.contains("empty.json") && run.err.contains("totalWeight"), run.err);
  }

  @Test
  void aBlankGroupKeyIsAUsageError() throws Exception {
    CommandRun run = CommandRun.of("compare", old().toString(), old().toString(), "--group-by", " ");
    assertEquals(2, run.exitCode, run.toString());
    assertTrue(run.err.contains("group key"), run.err);
  }

  @Test
  void scoreGroupsByStageWithTheUnstagedAsNull() throws Exception {
    CommandRun run = CommandRun.of("score", old().toString(), "--group-by", "stage");
    assertEquals(0, run.exitCode, run.toString());
    JsonNode json = run.json();
    List<String> keys = keys(json);
    assertEquals("groups", keys.get(keys.size() - 1));
    JsonNode groups = json.get("groups");
    assertEquals(2, groups.size());
    assertEquals("implement", groups.get(0).get("key").asText());
    assertEquals(4, groups.get(0).get("totalWeight").asDouble(), TOLERANCE);
    assertEquals(1, groups.get(0).get("facetShares").get("enhancement").asDouble(), TOLERANCE);
    assertEquals(1, groups.get(0).get("balance").get("variety").asInt());
    assertTrue(groups.get(1).get("key").isNull());
    assertEquals(2, groups.get(1).get("initiatives").asInt());
    // b (1, mission) and c (5, adaptive): shares 1/6 and 5/6.
    assertEquals(1.0 / 6, groups.get(1).get("facetShares").get("mission").asDouble(), TOLERANCE);
    assertEquals(1.0 / 36 + 25.0 / 36, groups.get(1).get("balance").get("hhi").asDouble(), TOLERANCE);
    // Without --group-by the output has no groups.
    assertFalse(CommandRun.of("score", old().toString()).json().has("groups"));
  }

  @Test
  void aGroupOfZeroWeightHasNullSharesAndBalance() throws Exception {
    Path register = file("zero.json", "{\"name\": \"Z\", \"initiatives\": ["
        + "{\"id\": \"a\", \"budget\": 3, \"facets\": {\"mission\": 1}, \"priority\": \"high\"},"
        + "{\"id\": \"b\", \"budget\": 0, \"facets\": {\"mission\": 1}, \"priority\": \"low\"}]}");
    CommandRun run = CommandRun.of("score", register.toString(), "--group-by", "priority");
    assertEquals(0, run.exitCode, run.toString());
    JsonNode low = run.json().get("groups").get(1);
    assertEquals("low", low.get("key").asText());
    assertEquals(1, low.get("initiatives").asInt());
    assertEquals(0, low.get("totalWeight").asDouble());
    assertTrue(low.get("facetShares").isNull());
    assertTrue(low.get("balance").isNull());
    CommandRun text = CommandRun.of("score", register.toString(), "--group-by", "priority", "--format", "text");
    assertTrue(text.out.contains("no shares (zero weight)"), text.out);
  }

  @Test
  void scoreGroupsByAnAttributeWithTheMissingAsNull() throws Exception {
    JsonNode groups = CommandRun.of("score", old().toString(), "--group-by", "unit").json().get("groups");
    assertEquals(1, groups.size());
    assertTrue(groups.get(0).get("key").isNull());
    assertEquals(3, groups.get(0).get("initiatives").asInt());
    // A CSV register's extra column is an attribute: Health (2 + 3, mission and adaptive), then none.
    Path csv = file("units.csv", "id,budget,facets.mission,facets.adaptive,unit\n"
        + "p,2,1,,Health\nq,5,,1,\nr,3,,1,Health\n");
    JsonNode byUnit = CommandRun.of("score", csv.toString(), "--group-by", "unit").json().get("groups");
    assertEquals(2, byUnit.size());
    assertEquals("Health", byUnit.get(0).get("key").asText());
    assertEquals(5, byUnit.get(0).get("totalWeight").asDouble(), TOLERANCE);
    assertEquals(0.4, byUnit.get(0).get("facetShares").get("mission").asDouble(), TOLERANCE);
    assertTrue(byUnit.get(1).get("key").isNull());
    assertEquals(5, byUnit.get(1).get("totalWeight").asDouble(), TOLERANCE);
  }

  @Test
  void reportGroupByWritesTheGroupsChartBesideTheMarkdown() throws Exception {
    Path markdown = folder.resolve("r.md");
    CommandRun run = CommandRun.of("report", old().toString(), "--group-by", "tag", "--trials", "100",
        "--format", "markdown", "--out", markdown.toString());
    assertEquals(0, run.exitCode, run.toString());
    assertTrue(Files.readString(markdown).contains("## Facet shares by tag"));
    assertTrue(Files.readString(folder.resolve("r-groups.svg")).contains("digital"));
    assertTrue(Files.exists(folder.resolve("r-diamond.svg")));
  }
}
