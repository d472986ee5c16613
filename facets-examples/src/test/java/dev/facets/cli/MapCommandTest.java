package dev.facets.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code facets map}: the tool's project map of a portfolio. The portfolio: three enhancement
 * projects (efficiency driver; priorities low, high, medium), one mission project (leaders), one
 * enhancement-with-future project (opposite facets: mixed) and one explicit uniform mix (mixed by the
 * contract v1.1 rule). Facet counts 3, 1, 0, 0: lightness 90 - 55 (c - 0) / 3 = 35, 71.67 -> 72, 90, 90.
 */
class MapCommandTest {
  @TempDir Path folder;
  private Path portfolio;

  @BeforeEach
  void writePortfolio() throws Exception {
    portfolio = folder.resolve("projects.json");
    Files.writeString(portfolio, "{\"name\": \"Lab <projects> & co\", \"initiatives\": [\n"
        + project("e-low", "Tidy forms", "enhancement", "efficiency", "low") + ",\n"
        + project("e-high", "Faster <b>permits</b>", "enhancement", "efficiency", "high") + ",\n"
        + project("e-mid", "Shared desk", "enhancement", "efficiency", "medium") + ",\n"
        + project("m-1", "Net zero", "mission", "leaders", "high") + ",\n"
        + project("x-1", "Future forms", "enhancement", "future", "medium") + ",\n"
        + "{\"id\": \"u-1\", \"budget\": 1, \"priority\": \"low\","
        + " \"facets\": {\"enhancement\": 1, \"mission\": 1, \"adaptive\": 1, \"anticipatory\": 1}}\n"
        + "]}");
  }

  private static String project(String id, String name, String purpose, String driver, String priority) {
    return "{\"id\": \"" + id + "\", \"name\": \"" + name + "\", \"budget\": 1, \"purpose\": \"" + purpose
        + "\", \"driver\": \"" + driver + "\", \"priority\": \"" + priority + "\"}";
  }

  @Test
  void eachInitiativeInItsZoneHighPriorityFirst() {
    CommandRun run = CommandRun.of("map", portfolio.toString());
    assertEquals(0, run.exitCode, run::toString);
    JsonNode json = run.json();
    assertEquals(6, json.get("initiatives").asInt());
    JsonNode zones = json.get("zones");
    assertEquals(9, zones.size());
    JsonNode enhancement = zones.get(0);
    assertEquals("enhancement", enhancement.get("zone").asText());
    assertEquals(3, enhancement.get("count").asInt());
    assertEquals(35, enhancement.get("lightness").asInt());
    List<String> order = List.of(enhancement.get("projects").get(0).get("id").asText(),
        enhancement.get("projects").get(1).get("id").asText(), enhancement.get("projects").get(2).get("id").asText());
    assertEquals(List.of("e-high", "e-mid", "e-low"), order);
    assertEquals(7, enhancement.get("projects").get(0).get("bubbleSize").asInt());
    assertEquals(3, enhancement.get("projects").get(2).get("bubbleSize").asInt());
    assertEquals(72, zones.get(1).get("lightness").asInt());
    assertEquals(90, zones.get(2).get("lightness").asInt());
    JsonNode mixed = zones.get(8);
    assertEquals("mixed", mixed.get("zone").asText());
    assertTrue(mixed.get("lightness").isNull());
    assertEquals("x-1", mixed.get("projects").get(0).get("id").asText());
    assertEquals("u-1", mixed.get("projects").get(1).get("id").asText());
    assertTrue(mixed.get("projects").get(1).get("name").isNull());
  }

  @Test
  void textChartAndCsv() throws Exception {
    Path svg = folder.resolve("map.svg");
    Path png = folder.resolve("map.png");
    Path csv = folder.resolve("map.csv");
    CommandRun text = CommandRun.of("map", portfolio.toString(), "--format", "text", "--chart", svg.toString(),
        "--csv", csv.toString());
    assertEquals(0, text.exitCode, text::toString);
    assertTrue(text.out.startsWith("Project map of Lab <projects> & co: 6 initiatives"), text.out);
    assertTrue(text.out.contains("enhancement       3"), text.out);
    assertTrue(text.out.contains("  high   e-high  Faster <b>permits</b>"), text.out);
    String drawn = Files.readString(svg);
    // Names reach the SVG only escaped, as hover titles.
    assertTrue(drawn.contains("<title>Faster &lt;b&gt;permits&lt;/b&gt; (e-high), high priority</title>"), drawn);
    assertFalse(drawn.contains("<b>permits"), drawn);
    assertTrue(drawn.contains("Project map: Lab &lt;projects&gt; &amp; co"), drawn);
    List<String> rows = Files.readAllLines(csv);
    assertEquals("zone,id,name,priority,bubbleSize", rows.get(0));
    assertEquals("enhancement,e-high,Faster <b>permits</b>,high,7", rows.get(1));
    assertEquals("mixed,u-1,,low,3", rows.get(6));
    assertEquals(0, CommandRun.of("map", portfolio.toString(), "--chart", png.toString()).exitCode);
    byte[] image = Files.readAllBytes(png);
    assertEquals('P', image[1]);
  }

  @Test
  void badInputAndUsage() {
    CommandRun gif = CommandRun.of("map", portfolio.toString(), "--chart", folder.resolve("map.gif").toString());
    assertEquals(FacetsCommand.USAGE, gif.exitCode, gif::toString);
    assertTrue(gif.err.contains("Invalid value for option '--chart': " + folder.resolve("map.gif") + ": a chart file must end in .svg or .png"),
        gif::toString);
    CommandRun missing = CommandRun.of("map", folder.resolve("none.json").toString());
    assertEquals(FacetsCommand.BAD_INPUT, missing.exitCode);
    CommandRun overwrite = CommandRun.of("map", portfolio.toString(), "--csv", portfolio.toString());
    assertEquals(FacetsCommand.BAD_INPUT, overwrite.exitCode, overwrite::toString);
  }
}
