package dev.facets.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Names holding control characters (ESC, NUL, NEL), a lone surrogate and U+FFFE, through every
 * output that shows them: every SVG parses as XML 1.0, and no output but JSON (which escapes them
 * itself) holds a control character other than tab and line breaks.
 */
class HostileTextTest {
  private static final String HOSTILE = "Evil\\u001b[2J\\u0000name\\u0085\\ud800\\ufffe <b>&";
  @TempDir Path folder;
  private Path portfolio;

  @BeforeEach
  void writeAPortfolio() throws Exception {
    portfolio = folder.resolve("p.json");
    Files.writeString(portfolio, "{\"name\":\"" + HOSTILE + "\",\"initiatives\":["
        + "{\"id\":\"a" + HOSTILE + "\",\"name\":\"" + HOSTILE + "\",\"budget\":1,\"facets\":{\"mission\":1},"
        + "\"position\":{\"uncertainty\":0.3,\"directedness\":0.6},\"successProbability\":0.5,"
        + "\"impact\":{\"low\":1,\"mode\":2,\"high\":4},\"tags\":[\"" + HOSTILE + "\"]},"
        + "{\"id\":\"b\",\"name\":\"B\",\"budget\":2,\"facets\":{\"adaptive\":1},\"successProbability\":0.9}]}");
  }

  private static void assertPrintable(String text, String what) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean lineOrTab = c == '\n' || c == '\r' || c == '\t';
      boolean bad = !lineOrTab && (Character.isISOControl(c) || c == '\uFFFE' || c == '\uFFFF'
          || (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1)))));
      int at = i;
      assertFalse(bad, () -> what + ": U+" + Integer.toHexString(c) + " at " + at);
    }
  }

  private static void assertParsesAsXml(Path svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.newDocumentBuilder().parse(new ByteArrayInputStream(Files.readAllBytes(svg)));
  }

  @Test
  void everySvgOfTheMarkdownReportAndEveryChartParses() throws Exception {
    Path md = folder.resolve("rep.md");
    CommandRun run = CommandRun.of("report", portfolio.toString(), "--trials", "200", "--format", "markdown",
        "--group-by", "tag", "--out", md.toString());
    assertEquals(FacetsCommand.OK, run.exitCode, run::toString);
    String markdown = Files.readString(md);
    assertPrintable(markdown, "markdown");
    // Visible; a backslash before a letter is no escape in Markdown, so it shows as written.
    assertTrue(markdown.contains("Evil\\u001B"), markdown);
    try (Stream<Path> files = Files.list(folder)) {
      List<Path> svgs = files.filter(file -> file.toString().endsWith(".svg")).toList();
      assertTrue(svgs.size() >= 3, svgs::toString);
      for (Path svg : svgs) {
        assertParsesAsXml(svg);
        assertPrintable(Files.readString(svg), svg.toString());
      }
    }
    for (String kind : new String[] {"map", "diamond", "histogram"}) {
      Path svg = folder.resolve(kind + ".svg");
      CommandRun chart = CommandRun.of("chart", kind, portfolio.toString(), "--trials", "200", "--out", svg.toString());
      assertEquals(FacetsCommand.OK, chart.exitCode, chart::toString);
      assertParsesAsXml(svg);
    }
  }

  @Test
  void theHtmlReportAndTheTextOutputsHoldNoControlCharacter() {
    CommandRun html = CommandRun.of("report", portfolio.toString(), "--trials", "200");
    assertEquals(FacetsCommand.OK, html.exitCode, html::toString);
    assertPrintable(html.out, "html");
    assertTrue(html.out.contains("Evil\\u001B[2J\\u0000name"), "visible, not dropped");
    assertFalse(html.out.contains("<b>&"), "markup still escaped");
    for (String[] args : new String[][] {
        {"score", portfolio.toString(), "--format", "text"},
        {"validate", portfolio.toString(), "--format", "text"},
        {"simulate", portfolio.toString(), "--trials", "100", "--seed", "1", "--format", "text"},
        {"score", portfolio.toString(), "--group-by", "tag", "--format", "text"},
        {"compare", portfolio.toString(), portfolio.toString(), "--group-by", "tag", "--format", "text"}}) {
      CommandRun run = CommandRun.of(args);
      assertEquals(FacetsCommand.OK, run.exitCode, run::toString);
      assertPrintable(run.out, args[0]);
    }
    CommandRun score = CommandRun.of("score", portfolio.toString(), "--format", "text");
    assertTrue(score.out.startsWith("Evil\\u001B[2J\\u0000name\\u0085\\uD800\\uFFFE <b>&: 2 initiatives"), score.out);
    // JSON keeps the exact name: Jackson escapes control characters itself.
    CommandRun json = CommandRun.of("score", portfolio.toString());
    assertEquals("Evil\u001b[2J\u0000name\u0085\ud800\ufffe <b>&", json.json().get("portfolio").asText());
    assertPrintable(json.out, "json");
  }

  @Test
  void thePetAndMapViewsHoldNoControlCharacterAndTheirSvgsParse() throws Exception {
    Path answers = folder.resolve("answers.json");
    try (java.io.InputStream in = HostileTextTest.class.getResourceAsStream("/examples/pet-answers.json")) {
      Files.writeString(answers, new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
          .replace("Exploration lab (illustrative)", HOSTILE));
    }
    Path html = folder.resolve("pet.html");
    Path md = folder.resolve("pet.md");
    Path diamond = folder.resolve("pet.svg");
    assertEquals(FacetsCommand.OK, CommandRun.of("pet", answers.toString(), "--report", html.toString(),
        "--chart", diamond.toString(), "--format", "text").exitCode);
    assertEquals(FacetsCommand.OK, CommandRun.of("pet", answers.toString(), "--report", md.toString()).exitCode);
    assertPrintable(Files.readString(html), "pet html");
    assertTrue(Files.readString(html).contains("Evil\\u001B[2J"), "visible, not dropped");
    assertPrintable(Files.readString(md), "pet markdown");
    assertParsesAsXml(diamond);
    assertParsesAsXml(folder.resolve("pet-pet-diamond.svg"));

    Path map = folder.resolve("map.svg");
    CommandRun run = CommandRun.of("map", portfolio.toString(), "--chart", map.toString(), "--format", "text");
    assertEquals(FacetsCommand.OK, run.exitCode, run::toString);
    assertPrintable(run.out, "map text");
    assertParsesAsXml(map);
  }
}
