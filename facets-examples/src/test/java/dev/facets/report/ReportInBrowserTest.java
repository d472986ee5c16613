package dev.facets.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.facets.cli.FacetsCommand;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * End to end: {@code facets report} on each bundled example writes a page that headless Chromium
 * renders with every chart laid out at a non-zero size and actually painted.
 *
 * <p>How: the report is opened as a file in Chromium driven over DevTools ({@link HeadlessChromium}).
 * The test asks the browser for each chart's bounding box and its number of drawn shapes, then takes
 * a screenshot of exactly that box and counts the pixels that are not white: a chart that is laid out
 * but not painted (or painted blank) fails. A full-page screenshot of each report is kept under
 * {@code target/report-screenshots/} for a person to look at. Skipped, with a message saying how to
 * install it, when Chromium is absent; {@code .ci/run} installs it, so CI always runs it.
 */
class ReportInBrowserTest {
  private static final int WIDTH = 1100;
  private static final String CHARTS = "JSON.stringify([...document.querySelectorAll('figure > svg')].map(svg => {"
      + " const r = svg.getBoundingClientRect();"
      + " return {id: svg.id, x: r.left + scrollX, y: r.top + scrollY, width: r.width, height: r.height,"
      + " shapes: svg.querySelectorAll('path, rect, ellipse, circle, line, polygon, polyline, text').length}; }))";

  @TempDir Path folder;

  static Stream<Arguments> examples() {
    return Stream.of(
        Arguments.of("federal-portfolio.json", true, 5),
        Arguments.of("regional-labs.json", true, 5),
        Arguments.of("federal-portfolio.csv", false, 3));
  }

  /** The Chromium to test with; when there is none, the test is skipped, saying how to install it. */
  static Path chromium() {
    Path chromium = HeadlessChromium.executable().orElse(null);
    assumeTrue(chromium != null, "Chromium is not installed (apt-get install chromium, or set CHROMIUM): "
        + "the browser test is skipped; .ci/run installs it");
    return chromium;
  }

  private Path bundled(String name) throws Exception {
    Path file = folder.resolve(name);
    try (InputStream in = ReportInBrowserTest.class.getResourceAsStream("/examples/" + name)) {
      Files.copy(in, file);
    }
    return file;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void everyChartIsLaidOutAndPainted(String example, boolean withScenariosAndTarget, int charts) throws Exception {
    Path chromium = chromium();
    Path page = folder.resolve("report.html");
    List<String> args = new ArrayList<>(List.of("report", bundled(example).toString(), "--trials", "5000", "--out", page.toString()));
    if (withScenariosAndTarget) {
      args.addAll(List.of("--scenarios", bundled("futures.json").toString(), "--target", bundled("balanced-target.json").toString()));
    }
    StringWriter err = new StringWriter();
    int code = FacetsCommand.run(new PrintWriter(new StringWriter()), new PrintWriter(err), args.toArray(String[]::new));
    assertEquals(0, code, err.toString());
    checkPage(chromium, page, charts, example.replace('.', '-'));
  }

  /**
   * The questionnaire's result views, for one respondent and for a team of three (the bundled answers
   * and two variants), each with its one diamond.
   */
  @ParameterizedTest(name = "pet {0}")
  @MethodSource("questionnaires")
  void theQuestionnaireViewsAreLaidOutAndPainted(String name, int respondents) throws Exception {
    Path chromium = chromium();
    Path answers = bundled("pet-answers.json");
    List<String> args = new ArrayList<>(respondents == 1 ? List.of("pet", answers.toString()) : List.of("pet", "team"));
    if (respondents > 1) {
      String json = Files.readString(answers);
      for (int i = 0; i < respondents; i++) {
        Path member = folder.resolve("member-" + i + ".json");
        Files.writeString(member, json.replace("Exploration lab", "Member <" + i + ">")
            .replace("\"milestones\": 1", "\"milestones\": " + (1 + i)).replace("\"futures\": 3", "\"futures\": " + (3 - i)));
        args.add(member.toString());
      }
    }
    Path page = folder.resolve(name + ".html");
    args.addAll(List.of("--report", page.toString()));
    StringWriter err = new StringWriter();
    int code = FacetsCommand.run(new PrintWriter(new StringWriter()), new PrintWriter(err), args.toArray(String[]::new));
    assertEquals(0, code, err.toString());
    checkPage(chromium, page, 1, name);
  }

  /**
   * A register as the issue found it: fifteen initiatives, eleven given by purpose and driver on five
   * shared points (four on the enhancement pole), four by position.
   */
  private Path register() throws Exception {
    String[][] sources = {{"enhancement", "efficiency"}, {"enhancement", "efficiency"}, {"enhancement", "efficiency"},
        {"enhancement", "efficiency"}, {"mission", "leaders"}, {"mission", "leaders"}, {"mission", "leaders"},
        {"anticipatory", "future"}, {"anticipatory", "future"}, {"all", "leaders"}, {"all", "future"}};
    StringBuilder json = new StringBuilder("{\"name\": \"Register\", \"currency\": \"EUR\", \"initiatives\": [");
    for (int i = 0; i < 15; i++) {
      json.append(i == 0 ? "" : ",").append("{\"id\": \"r-").append(i + 1).append("\", \"name\": \"Initiative ").append(i + 1)
          .append("\", \"budget\": ").append(100_000 * (i % 5 + 1)).append(", \"stage\": \"develop\", ");
      json.append(i < sources.length
          ? "\"purpose\": \"" + sources[i][0] + "\", \"driver\": \"" + sources[i][1] + "\"}"
          : "\"position\": {\"uncertainty\": " + (0.2 * (i - 12)) + ", \"directedness\": -0.5}}");
    }
    Path file = folder.resolve("register.json");
    Files.writeString(file, json.append("]}").toString());
    return file;
  }

  private static final String SECTIONS = "JSON.stringify(['initiatives', 'selection', 'glossary', 'provenance'].map(id => {"
      + " const e = document.getElementById(id); const r = e.getBoundingClientRect();"
      + " return {id: id, width: r.width, height: r.height, right: r.right, rows: e.querySelectorAll('tbody tr').length,"
      + " items: e.querySelectorAll('dt, li').length}; }))";
  private static final String BUBBLES = "JSON.stringify([...document.querySelectorAll('#chart-map g > title')].map(t => {"
      + " const e = t.parentNode.querySelector('ellipse'); return [t.textContent, e.getAttribute('cx') + ',' + e.getAttribute('cy')]; }))";
  private static final String LABELS = "JSON.stringify([...document.querySelectorAll('#chart-map text')].map(t => t.textContent))";

  /**
   * The new sections (the register, the selection, the glossary and the provenance footer) are laid
   * out and hold what they should, and the map draws a bubble for every initiative of a register
   * whose initiatives share points, each at its own place, labelled, with the size legend.
   */
  @Test
  void theNewSectionsAndTheSpreadMapAreLaidOut() throws Exception {
    Path chromium = chromium();
    Path page = folder.resolve("register.html");
    StringWriter err = new StringWriter();
    int code = FacetsCommand.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "report", register().toString(),
        "--target", bundled("balanced-target.json").toString(), "--budget", "1000000", "--trials", "2000", "--out", page.toString());
    assertEquals(0, code, err.toString());
    checkPage(chromium, page, 4, "register");
    try (HeadlessChromium browser = HeadlessChromium.open(chromium, page, WIDTH, 900)) {
      ObjectMapper json = new ObjectMapper();
      JsonNode sections = json.readTree(browser.evaluate(SECTIONS).asText());
      for (JsonNode section : sections) {
        assertTrue(section.get("height").asDouble() > 20 && section.get("right").asDouble() <= WIDTH, section.toString());
      }
      assertEquals(15 + 7, sections.get(0).get("rows").asInt(), "fifteen initiatives and seven stages: " + sections.get(0));
      assertTrue(sections.get(1).get("rows").asInt() >= 1, "funded initiatives: " + sections.get(1));
      assertTrue(sections.get(2).get("items").asInt() >= 12, "glossary terms: " + sections.get(2));
      assertEquals(4, sections.get(3).get("items").asInt(), "version and date, portfolio, target, seed: " + sections.get(3));
      Set<String> places = new HashSet<>();
      JsonNode bubbles = json.readTree(browser.evaluate(BUBBLES).asText());
      for (JsonNode bubble : bubbles) {
        places.add(bubble.get(1).asText());
      }
      assertEquals(15, bubbles.size(), bubbles.toString());
      assertEquals(15, places.size(), "every bubble at its own place: " + bubbles);
      List<String> labels = new ArrayList<>();
      json.readTree(browser.evaluate(LABELS).asText()).forEach(label -> labels.add(label.asText()));
      long labelled = labels.stream().filter(label -> label.matches("r-[0-9]+")).count();
      String note = labels.stream().filter(label -> label.contains("not labelled")).findFirst().orElse("0 bubbles");
      assertEquals(15, labelled + Long.parseLong(note.split(" ")[0]), labels.toString());
      assertTrue(labelled >= 12, "most bubbles are labelled: " + labels);
      assertTrue(labels.contains("Bubble area is proportional to budget (EUR):"), labels.toString());
    }
  }

  static Stream<Arguments> questionnaires() {
    return Stream.of(Arguments.of("pet-one", 1), Arguments.of("pet-team", 3));
  }

  private static void checkPage(Path chromium, Path page, int charts, String screenshot) throws Exception {
    try (HeadlessChromium browser = HeadlessChromium.open(chromium, page, WIDTH, 900)) {
      JsonNode figures = new com.fasterxml.jackson.databind.ObjectMapper().readTree(browser.evaluate(CHARTS).asText());
      assertEquals(charts, figures.size(), figures.toString());
      for (JsonNode figure : figures) {
        String id = figure.get("id").asText();
        double width = figure.get("width").asDouble();
        double height = figure.get("height").asDouble();
        assertTrue(width >= 300 && height >= 200, id + " is laid out too small: " + figure);
        assertTrue(figure.get("x").asDouble() >= 0 && figure.get("x").asDouble() + width <= WIDTH, id + " fits the page: " + figure);
        assertTrue(figure.get("shapes").asInt() > 10, id + " has shapes: " + figure);
        BufferedImage shot = ImageIO.read(new ByteArrayInputStream(browser.screenshot(
            figure.get("x").asDouble(), figure.get("y").asDouble(), width, height)));
        double inked = inkedFraction(shot);
        assertTrue(inked > 0.02, id + " is painted: " + inked + " of its pixels are not white");
      }
      JsonNode size = browser.evaluate("({width: document.documentElement.scrollWidth, height: document.documentElement.scrollHeight})");
      assertTrue(size.get("width").asInt() <= WIDTH, "no horizontal overflow: " + size);
      Path screenshots = Path.of("target", "report-screenshots");
      Files.createDirectories(screenshots);
      Files.write(screenshots.resolve(screenshot + ".png"), browser.screenshot(0, 0, WIDTH, size.get("height").asDouble()));
    }
  }

  private static double inkedFraction(BufferedImage image) {
    long inked = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y) & 0xffffff;
        if (rgb != 0xffffff) {
          inked++;
        }
      }
    }
    return inked / (double) (image.getWidth() * image.getHeight());
  }
}
