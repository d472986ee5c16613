package dev.facets.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.facets.api.Facet;
import dev.facets.api.FacetMix;
import dev.facets.api.Initiative;
import dev.facets.api.Portfolio;
import dev.facets.api.ScenarioSet;
import dev.facets.api.TargetMix;
import dev.facets.core.io.FacetsJson;
import dev.facets.core.score.BudgetTransfer;
import java.io.InputStream;
import dev.facets.api.FacetValues;
import dev.facets.api.Scenario;
import dev.facets.core.hedge.ScenarioResult;
import dev.facets.report.charts.ScenarioSelection;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The report says what the engines computed, in every section, with every user string escaped. */
class ReportTest {
  static Portfolio bundledPortfolio(String name) throws Exception {
    try (InputStream in = ReportTest.class.getResourceAsStream("/examples/" + name + ".json")) {
      return FacetsJson.readPortfolio(in, name);
    }
  }

  static ScenarioSet futures() throws Exception {
    try (InputStream in = ReportTest.class.getResourceAsStream("/examples/futures.json")) {
      return FacetsJson.readScenarios(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), "futures");
    }
  }

  static TargetMix balanced() {
    return TargetMix.of(0.25, 0.25, 0.25, 0.25);
  }

  private static int count(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      count++;
    }
    return count;
  }

  @Test
  void aFullReportHasEverySectionAndChart() throws Exception {
    for (String example : List.of("federal-portfolio", "regional-labs")) {
      PortfolioReport report = PortfolioReport.of(ReportRequest.of(bundledPortfolio(example)).withScenarios(futures())
          .withTarget(balanced()).withTrials(2000).withBudgetLimit(5e6));
      String html = report.html();
      for (String section : List.of("summary", "initiatives", "balance", "target", "selection", "hedging", "simulation",
          "attribution", "glossary", "conventions")) {
        assertEquals(1, count(html, "<section id=\"" + section + "\">"), example + " " + section);
      }
      for (ChartKind kind : ChartKind.values()) {
        assertEquals(1, count(html, "<svg id='chart-" + kind.jsonName() + "'"), example + " " + kind);
      }
      assertEquals(0, count(html, "class=\"note\""), "nothing is missing");
      assertFalse(html.contains("NaN") || html.contains("Infinity"), example);
      assertFalse(html.contains("<script"), "no scripts");
      // Namespace names (xmlns='http://...') are names, not fetches; nothing else points outside the page.
      for (String fetch : List.of("src=", "<link", "@import", "href=\"http", "href='http", "url(http", "<iframe")) {
        assertFalse(html.contains(fetch), example + " fetches nothing: " + fetch);
      }
      assertEquals(5, report.charts().size());
    }
  }

  @Test
  void theSummaryAndIndicesRestateTheEngines() throws Exception {
    PortfolioReport report = PortfolioReport.of(ReportRequest.of(bundledPortfolio("federal-portfolio"))
        .withScenarios(futures()).withTarget(balanced()).withTrials(2000));
    String html = report.html();
    FacetMix shares = report.score().facetShares();
    Facet largest = Facet.ordered().stream().max(Comparator.comparingDouble(shares::weight)).orElseThrow();
    assertTrue(html.contains("leans towards " + largest.jsonName() + " (" + Numbers.share(shares.weight(largest)) + ")"), html);
    double effective = report.score().balance().effectiveFacets();
    assertTrue(html.contains("<dt>Effective facets " + Numbers.fixed(effective, 2) + "</dt><dd>the portfolio behaves as if "
        + "it were spread evenly over " + Numbers.fixed(effective, 1) + " of the 4 facets.</dd>"));
    BudgetTransfer biggest = report.score().targetGap().orElseThrow().rebalancing().stream()
        .max(Comparator.comparingDouble(BudgetTransfer::amount)).orElseThrow();
    assertTrue(html.contains("Biggest lever: move " + Numbers.amount(biggest.amount(), "CAD") + " from "
        + biggest.from().jsonName() + " to " + biggest.to().jsonName()), html);
    assertTrue(html.contains("Expected value " + Numbers.fixed(report.robustness().orElseThrow().expectedValue(), 3)));
    assertTrue(html.contains("seed 42"));
    // Every initiative is in the attribution table.
    for (Initiative initiative : report.request().portfolio().initiatives()) {
      assertTrue(html.contains("<td class=\"key\">" + initiative.id() + "</td>"), initiative.id());
    }
  }

  @Test
  void sectionsWithoutTheirInputSaySo() throws Exception {
    PortfolioReport report = PortfolioReport.of(ReportRequest.of(bundledPortfolio("regional-labs")).withTrials(500));
    String html = report.html();
    assertEquals(3, count(html, "class=\"note\""), html);
    assertTrue(html.contains("No target mix was given"));
    assertTrue(html.contains("No scenarios were given"));
    assertTrue(html.contains("No budget limit was given"));
    assertEquals(0, count(html, "<svg id='chart-gap'") + count(html, "<svg id='chart-scenarios'"));
    assertEquals(List.of(ChartKind.DIAMOND, ChartKind.MAP, ChartKind.HISTOGRAM), List.copyOf(report.charts().keySet()));
    String markdown = report.markdown("r-");
    assertEquals(3, count(markdown, "> **Not available:**"), markdown);
    assertTrue(markdown.contains("![Facet shares on the diamond](r-diamond.svg)"));
    assertTrue(markdown.contains("(r-map.svg)") && markdown.contains("(r-histogram.svg)"));
    assertFalse(markdown.contains("r-gap.svg"));
    assertTrue(report.markdown().contains("Charts are omitted"));
    assertFalse(report.markdown().contains(".svg)"));
  }

  @Test
  void userStringsAreEscapedInBothFormats() {
    Portfolio portfolio = new Portfolio.Builder().name("<b>Evil</b> & \"Co\"")
        .addInitiatives(new Initiative.Builder().id("x<y>").name("*star* [link](http://e) <img src=x>").budget(3)
            .facets(FacetMix.pure(Facet.MISSION)).build())
        .addInitiatives(new Initiative.Builder().id("z|w").budget(1).facets(FacetMix.pure(Facet.ADAPTIVE)).build())
        .build();
    PortfolioReport report = PortfolioReport.of(ReportRequest.of(portfolio).withTrials(100));
    String html = report.html();
    assertFalse(html.contains("<b>Evil") || html.contains("<img") || html.contains("x<y>"), html);
    assertTrue(html.contains("&lt;b&gt;Evil&lt;/b&gt; &amp; &quot;Co&quot;"));
    assertTrue(html.contains("<td class=\"key\">x&lt;y&gt;</td>"), html);
    String markdown = report.markdown("r-");
    assertTrue(markdown.contains("\\<b\\>Evil\\</b\\> \\& \"Co\""), markdown);
    assertTrue(markdown.contains("\\*star\\* \\[link\\](http://e) \\<img src=x\\>"), markdown);
    assertTrue(markdown.contains("| z\\|w |"), markdown);
  }

  @Test
  void theSameRequestGivesTheSameReport() throws Exception {
    ReportRequest request = ReportRequest.of(bundledPortfolio("federal-portfolio")).withScenarios(futures()).withTrials(1000);
    String once = PortfolioReport.of(request).html();
    assertEquals(once, PortfolioReport.of(request).html());
    Matcher median = Pattern.compile("median of ([0-9.]+)").matcher(once);
    assertTrue(median.find(), "the summary gives the median");
    assertEquals(Numbers.fixed(PortfolioReport.of(request).simulation().quantile(0.5), 2), median.group(1));
  }

  /** Equally likely scenarios "g0", "g1", ... with payoffs drawn in [-2, 3) from a fixed seed. */
  private static ScenarioSet generated(int size) {
    Random random = new Random(20261202L);
    List<Scenario> scenarios = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      scenarios.add(Scenario.of("g" + i, FacetValues.of(random.nextDouble() * 5 - 2, random.nextDouble() * 5 - 2,
          random.nextDouble() * 5 - 2, random.nextDouble() * 5 - 2)));
    }
    return ScenarioSet.of(scenarios);
  }

  private static List<String> scenarioRows(String html) {
    List<String> names = new ArrayList<>();
    Matcher row = Pattern.compile("<tr><td>(g[0-9]+)</td>").matcher(html);
    while (row.find()) {
      names.add(row.group(1));
    }
    return names;
  }

  @Test
  void aReportOfTenThousandScenariosIsBoundedAndNamesTheCount() throws Exception {
    PortfolioReport report = PortfolioReport.of(ReportRequest.of(bundledPortfolio("federal-portfolio"))
        .withScenarios(generated(10_000)).withTrials(200));
    String html = report.html();
    // Listing and drawing every scenario made this about 20 MB; the page without the scenarios is about 200 KB.
    assertTrue(html.getBytes(StandardCharsets.UTF_8).length < 400_000, "HTML of " + html.length() + " characters");
    String markdown = report.markdown("r-");
    assertTrue(markdown.getBytes(StandardCharsets.UTF_8).length < 30_000, "Markdown of " + markdown.length() + " characters");
    assertTrue(report.charts().get(ChartKind.SCENARIOS).toSvg().length() < 150_000);
    assertTrue(html.contains("There are 10000 scenarios, more than the 50 this report lists"), html);
    assertTrue(markdown.contains("There are 10000 scenarios") && markdown.contains("the JSON of facets hedge lists them all"));
    assertTrue(html.contains("Across 10000 scenarios"), "the summary counts every scenario");
    List<ScenarioResult> all = report.robustness().orElseThrow().scenarios();
    List<String> shown = scenarioRows(html);
    assertTrue(shown.size() <= 3 * ScenarioSelection.EACH, shown.toString());
    // The extremes are in the table, whatever the selection's internals.
    for (ScenarioResult extreme : List.of(all.stream().min(Comparator.comparingDouble(ScenarioResult::value)).orElseThrow(),
        all.stream().max(Comparator.comparingDouble(ScenarioResult::value)).orElseThrow(),
        all.stream().max(Comparator.comparingDouble(ScenarioResult::regret)).orElseThrow())) {
      assertTrue(shown.contains(extreme.name()), extreme.name());
    }
  }

  @Test
  void aReportOfAtMostTheLimitListsEveryScenario() throws Exception {
    for (int size : List.of(1, ScenarioSelection.LIMIT)) {
      PortfolioReport report = PortfolioReport.of(ReportRequest.of(bundledPortfolio("regional-labs"))
          .withScenarios(generated(size)).withTrials(200));
      String html = report.html();
      List<String> expected = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        expected.add("g" + i);
      }
      assertEquals(expected, scenarioRows(html));
      assertFalse(html.contains("this report lists"), html);
      assertFalse(report.charts().get(ChartKind.SCENARIOS).toSvg().contains(" of " + size + ":"));
    }
  }
}
