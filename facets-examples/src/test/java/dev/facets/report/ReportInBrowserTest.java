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
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
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
    Path chromium = HeadlessChromium.executable().orElse(null);
    assumeTrue(chromium != null, "Chromium is not installed (apt-get install chromium, or set CHROMIUM): "
        + "the browser test is skipped; .ci/run installs it");
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
    Path chromium = HeadlessChromium.executable().orElse(null);
    assumeTrue(chromium != null, "Chromium is not installed (apt-get install chromium, or set CHROMIUM): "
        + "the browser test is skipped; .ci/run installs it");
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
