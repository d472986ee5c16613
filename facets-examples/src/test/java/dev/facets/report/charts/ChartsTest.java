package dev.facets.report.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.facets.api.AxisPosition;
import dev.facets.api.Driver;
import dev.facets.api.Facet;
import dev.facets.api.FacetMix;
import dev.facets.api.FacetValues;
import dev.facets.api.Initiative;
import dev.facets.api.Portfolio;
import dev.facets.api.Priority;
import dev.facets.api.Purpose;
import dev.facets.api.TargetMix;
import dev.facets.core.classify.ContractClassifier;
import dev.facets.core.classify.ProjectMapping;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The charts draw what they are given, as well-formed SVG and non-blank PNG of their stated size. */
class ChartsTest {
  private static final FacetMix SHARES = FacetMix.of(0.42, 0.28, 0.18, 0.12);

  private static Portfolio portfolio() {
    return new Portfolio.Builder().name("Test <portfolio>").currency("EUR")
        .addInitiatives(new Initiative.Builder().id("a&b").name("Fix <the> \"forms\"").budget(400)
            .facets(FacetMix.pure(Facet.ENHANCEMENT)).build())
        .addInitiatives(new Initiative.Builder().id("c").budget(100)
            .position(AxisPosition.of(0.5, -0.5)).build())
        .addInitiatives(new Initiative.Builder().id("d").name("Zero budget").budget(0)
            .facets(FacetMix.halves(Facet.MISSION, Facet.ANTICIPATORY)).build())
        .build();
  }

  private static List<Chart> charts() {
    return List.of(Charts.diamond("Diamond", SHARES),
        Charts.initiativeMap("Map", portfolio(), ContractClassifier.DEFAULT),
        Charts.targetGap("Gap", SHARES, TargetMix.of(0.25, 0.25, 0.25, 0.25)),
        Charts.questionnaireDiamond("Questionnaire", FacetValues.of(73, 39, 18, 3)),
        Charts.teamDiamond("Team", FacetValues.of(50, 30, 48.5, 25),
            List.of(FacetValues.of(73, 39, 18, 3), FacetValues.of(27, 21, 79, 47))),
        Charts.projectMap("Projects", ProjectMapping.mapByZone(projects(3, 1, 0, 20))));
  }

  /** Initiatives by purpose and driver: the given numbers in the enhancement, mission, adaptive and mixed zones. */
  private static List<Initiative> projects(int enhancement, int mission, int adaptive, int mixed) {
    List<Initiative> projects = new ArrayList<>();
    int[] counts = {enhancement, mission, adaptive, mixed};
    Purpose[] purposes = {Purpose.ENHANCEMENT, Purpose.MISSION, Purpose.ADAPTIVE, Purpose.ALL};
    Driver[] drivers = {Driver.EFFICIENCY, Driver.LEADERS, Driver.BOTTOM_UP, Driver.FUTURE};
    for (int zone = 0; zone < counts.length; zone++) {
      for (int i = 0; i < counts[zone]; i++) {
        projects.add(new Initiative.Builder().id(zone + "-" + i).name("Project <" + zone + "." + i + ">").budget(1)
            .purpose(purposes[zone]).driver(drivers[zone]).priority(Priority.values()[i % 3]).build());
      }
    }
    return projects;
  }

  @Test
  void theQuestionnaireDiamondShadesAsTheToolDoes() {
    // 73%: HSL(288°, 75%, 27%): C = (1 - |0.54 - 1|) * 0.75 = 0.405, X = C * 0.8 = 0.324,
    // m = 0.27 - C / 2 = 0.0675: (0.3915, 0.0675, 0.4725) * 255 = (100, 17, 120).
    String svg = Charts.questionnaireDiamond("Q", FacetValues.of(73, 39, 18, 3)).toSvgElement("q");
    assertTrue(svg.contains("rgb(100,17,120)"), svg);
    for (String label : new String[] {"73%", "39%", "18%", "3%"}) {
      assertTrue(svg.contains(">" + label + "<"), label);
    }
    // The team's diamond shades by the means (48.5 rounds to 49%) and adds an outline per member and the team's.
    String team = Charts.teamDiamond("T", FacetValues.of(50, 30, 48.5, 25),
        List.of(FacetValues.of(73, 39, 18, 3), FacetValues.of(27, 21, 79, 47))).toSvgElement("t");
    assertTrue(team.contains(">49%<"), team);
    assertTrue(team.split("<path").length >= svg.split("<path").length + 3, "two faint outlines and a bold one");
  }

  @Test
  void theProjectMapShadesFacetZonesByCountAndTitlesEveryBubble() throws Exception {
    // Facet counts 3, 1, 0, 0: lightness 35 for enhancement, 90 for adaptive and anticipatory.
    // HSL(288°, 75%, 35%): C = 0.525, X = 0.42, m = 0.0875: (129, 22, 156);
    // HSL(288°, 75%, 90%): C = 0.15, X = 0.12, m = 0.825: (241, 210, 249).
    String svg = Charts.projectMap("Projects", ProjectMapping.mapByZone(projects(3, 1, 0, 20))).toSvgElement("p");
    assertTrue(svg.contains("rgb(129,22,156)"), svg);
    assertTrue(svg.contains("rgb(241,210,249)"), svg);
    assertTrue(svg.contains("<title>Project &lt;0.0&gt; (0-0), high priority</title>"), svg);
    assertFalse(svg.contains("<0.0>"));
    List<String> titles = new ArrayList<>();
    NodeList nodes = parse(svg).getElementsByTagName("title");
    for (int i = 0; i < nodes.getLength(); i++) {
      titles.add(nodes.item(i).getTextContent());
    }
    // The chart's title, four bubbles, and the twenty mixed projects as one bubble with their count.
    assertEquals(6, titles.size(), titles.toString());
    assertTrue(titles.contains("20 projects"), titles.toString());
  }

  private static Document parse(String svg) throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
  }

  @Test
  void theFacetShadeIsTheToolsHsl() {
    // HSL(288°, 75%, 58%) for 42%: C = (1 - |2 * 0.58 - 1|) * 0.75 = 0.63; H' = 4.8, so
    // X = C * (1 - |4.8 mod 2 - 1|) = 0.504 and (r, g, b) = (X, 0, C) + m with m = 0.58 - C / 2 = 0.265:
    // (0.769, 0.265, 0.895) * 255 = (196, 68, 228).
    assertEquals(new Color(196, 68, 228), Style.facetShade(0.42));
    // 0% is lightness 100: white; 100% is lightness 0: black.
    assertEquals(Color.WHITE, Style.facetShade(0));
    assertEquals(Color.BLACK, Style.facetShade(1));
  }

  @Test
  void theDiamondShadesAndLabelsEveryFacet() throws Exception {
    String svg = Charts.diamond("Diamond", SHARES).toSvgElement("d");
    assertTrue(svg.contains("rgb(196,68,228)"), "enhancement's 42% shade");
    for (String label : new String[] {"42%", "28%", "18%", "12%", "Enhancement", "Mission", "Adaptive", "Anticipatory",
        "CERTAINTY", "DIRECTED", "UNCERTAINTY", "UNDIRECTED"}) {
      assertTrue(svg.contains(">" + label + "<"), label);
    }
  }

  @Test
  void svgIsWellFormedWithItsSizeAndPrefixedIds() throws Exception {
    for (Chart chart : charts()) {
      Element root = parse(chart.toSvgElement("chart-x")).getDocumentElement();
      assertEquals("svg", root.getTagName());
      assertEquals("chart-x", root.getAttribute("id"));
      assertEquals(chart.width(), Double.parseDouble(root.getAttribute("width")), chart.title());
      assertEquals(chart.height(), Double.parseDouble(root.getAttribute("height")), chart.title());
      NodeList all = root.getElementsByTagName("*");
      for (int i = 0; i < all.getLength(); i++) {
        String id = ((Element) all.item(i)).getAttribute("id");
        assertTrue(id.isEmpty() || id.startsWith("chart-x-"), chart.title() + ": id " + id);
      }
      assertTrue(all.getLength() > 10, chart.title() + " draws something");
      assertTrue(chart.toSvg().startsWith("<?xml"), "a standalone document");
      parse(chart.toSvg());
    }
  }

  @Test
  void pngHasTwiceTheSizeAndIsNotBlank() throws Exception {
    for (Chart chart : charts()) {
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(chart.toPng()));
      assertEquals(2 * chart.width(), image.getWidth());
      assertEquals(2 * chart.height(), image.getHeight());
      int inked = 0;
      for (int y = 0; y < image.getHeight(); y += 4) {
        for (int x = 0; x < image.getWidth(); x += 4) {
          if ((image.getRGB(x, y) & 0xffffff) != 0xffffff) {
            inked++;
          }
        }
      }
      assertTrue(inked > 500, chart.title() + ": " + inked + " sampled pixels inked");
    }
  }

  @Test
  void theMapTitlesEveryBubbleWithItsEscapedName() throws Exception {
    String svg = Charts.initiativeMap("Map", portfolio(), ContractClassifier.DEFAULT).toSvgElement("m");
    assertTrue(svg.contains("<title>Fix &lt;the&gt; &quot;forms&quot; (a&amp;b): budget 400 EUR, zone enhancement</title>"), svg);
    assertTrue(svg.contains("<title>c (c): budget 100 EUR, zone disruptive</title>"));
    assertTrue(svg.contains("<title>Zero budget (d): budget 0 EUR, zone transformative</title>"));
    assertFalse(svg.contains("<the>"));
    List<String> titles = new ArrayList<>();
    NodeList nodes = parse(svg).getElementsByTagName("title");
    for (int i = 0; i < nodes.getLength(); i++) {
      titles.add(nodes.item(i).getTextContent());
    }
    // The chart's own title, then one per initiative.
    assertEquals(4, titles.size(), titles.toString());
  }

  @Test
  void anInitiativeWithoutAPositionSitsAtTheCentroidOfItsMix() {
    assertEquals(AxisPosition.of(-1, 0), InitiativeMapChart.centroid(FacetMix.pure(Facet.ENHANCEMENT)));
    assertEquals(AxisPosition.of(0, 1), InitiativeMapChart.centroid(FacetMix.pure(Facet.MISSION)));
    assertEquals(AxisPosition.of(0.5, 0.5), InitiativeMapChart.centroid(FacetMix.halves(Facet.MISSION, Facet.ANTICIPATORY)));
    // Opposite facets cancel: 0.4 enhancement and 0.4 anticipatory, 0.2 adaptive: (0.4 - 0.4, 0 - 0.2).
    AxisPosition mixed = InitiativeMapChart.centroid(FacetMix.of(0.4, 0, 0.2, 0.4));
    assertEquals(0, mixed.uncertainty(), 1e-15);
    assertEquals(-0.2, mixed.directedness(), 1e-15);
  }

  @Test
  void formatsFollowTheExtension() {
    assertEquals(ChartFormat.SVG, ChartFormat.of(Path.of("a/b.SVG")));
    assertEquals(ChartFormat.PNG, ChartFormat.of(Path.of("b.png")));
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> ChartFormat.of(Path.of("b.gif")));
    assertTrue(error.getMessage().contains("b.gif"), error.getMessage());
    assertTrue(Charts.diamond("D", SHARES).encode(ChartFormat.SVG).length > 0);
  }

  @Test
  void unsafeIdsAreRejected() {
    Chart chart = Charts.diamond("D", SHARES);
    for (String id : new String[] {"", "1x", "a b", "a'b", "a\"b", "x>"}) {
      assertThrows(IllegalArgumentException.class, () -> chart.toSvgElement(id), id);
    }
  }

  /** Seven initiatives on the enhancement pole (purpose enhancement, driver efficiency), budgets 1 to 7. */
  private static Portfolio onePole(List<Integer> order) {
    Portfolio.Builder builder = new Portfolio.Builder().name("Pole").currency("EUR");
    for (int i : order) {
      builder.addInitiatives(new Initiative.Builder().id("p-" + i).budget(i).purpose(Purpose.ENHANCEMENT)
          .driver(Driver.EFFICIENCY).build());
    }
    return builder.build();
  }

  /** The centre of each titled bubble of a map's SVG, by its hover title. */
  private static java.util.Map<String, String> centres(String svg) throws Exception {
    java.util.Map<String, String> centres = new java.util.TreeMap<>();
    NodeList titles = parse(svg).getElementsByTagName("title");
    for (int i = 0; i < titles.getLength(); i++) {
      org.w3c.dom.Node next = titles.item(i).getNextSibling();
      if (next instanceof Element ellipse && ellipse.getTagName().equals("ellipse")) {
        centres.put(titles.item(i).getTextContent(), ellipse.getAttribute("cx") + "," + ellipse.getAttribute("cy"));
      }
    }
    return centres;
  }

  @Test
  void initiativesOnOnePointAreSpreadLabelledAndDrawnAlikeInAnyOrder() throws Exception {
    String svg = Charts.initiativeMap("Map", onePole(List.of(1, 2, 3, 4, 5, 6, 7)), ContractClassifier.DEFAULT).toSvgElement("m");
    java.util.Map<String, String> centres = centres(svg);
    assertEquals(7, centres.size(), centres.toString());
    assertEquals(7, new java.util.HashSet<>(centres.values()).size(), "seven distinct places: " + centres);
    for (int i = 1; i <= 7; i++) {
      assertTrue(svg.contains(">p-" + i + "<"), "labelled p-" + i);
    }
    assertTrue(svg.contains(">Bubble area is proportional to budget (EUR):<"), svg);
    // The legend's round budgets: 7, then 7 / 4 = 1.75 and 7 / 16 = 0.4375 to two significant digits.
    assertTrue(svg.contains(">7<") && svg.contains(">1.7<") && svg.contains(">0.43<"), svg);
    String reversed = Charts.initiativeMap("Map", onePole(List.of(7, 6, 5, 4, 3, 2, 1)), ContractClassifier.DEFAULT).toSvgElement("m");
    assertEquals(centres, centres(reversed), "the file's order does not move a bubble");
  }

  @Test
  void legendBudgetsAreRoundedDownToTwoSignificantDigits() {
    assertEquals(15_000_000, InitiativeMapChart.round(15_200_000), 1e-6);
    assertEquals(3_800_000, InitiativeMapChart.round(15_200_000 / 4.0), 1e-6);
    assertEquals(950_000, InitiativeMapChart.round(15_200_000 / 16.0), 1e-6);
    assertEquals(99, InitiativeMapChart.round(99.9), 1e-9);
    assertEquals(0, InitiativeMapChart.round(0), 0);
  }

  @Test
  void theProjectMapNumbersItsBubblesWithAKeyAndASizeLegend() throws Exception {
    String svg = Charts.projectMap("Projects", ProjectMapping.mapByZone(projects(3, 1, 0, 0))).toSvgElement("p");
    assertTrue(svg.contains(">Bubble size: priority<") && svg.contains(">Key<"), svg);
    for (String priority : List.of("high", "medium", "low")) {
      assertTrue(svg.contains(">" + priority + "<"), priority);
    }
    // Zone order: enhancement's three (high priority first), then mission's one.
    assertTrue(svg.contains(">1  0-0  Project &lt;0.0&gt;<"), svg);
    assertTrue(svg.contains(">4  1-0  Project &lt;1.0&gt;<"), svg);
    // Seventy projects in the mixed zone are one bubble with their count: none of them numbered, so the
    // key's five in the other zones all fit.
    String crowded = Charts.projectMap("Projects", ProjectMapping.mapByZone(projects(3, 1, 1, 70))).toSvgElement("c");
    assertTrue(crowded.contains(">5  2-0  Project &lt;2.0&gt;<") && !crowded.contains("more: facets map --csv"), crowded);
    String many = Charts.projectMap("Projects", ProjectMapping.mapByZone(projects(16, 16, 16, 0))).toSvgElement("n");
    assertTrue(many.contains("more: facets map --csv lists them all"), "48 numbered projects do not all fit the key");
  }
}
