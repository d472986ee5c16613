package dev.facets.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.facets.api.Facet;
import dev.facets.api.FacetMix;
import dev.facets.api.Initiative;
import dev.facets.api.Portfolio;
import dev.facets.api.Stage;
import dev.facets.core.score.GroupKey;
import dev.facets.core.score.PortfolioGroups;
import dev.facets.report.charts.Chart;
import dev.facets.report.charts.ComparisonCharts;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code report --group-by}: the groups' section, its table worked out by hand, and its chart. */
class GroupedReportTest {
  /** a: 3 enhancement, implement; b: 1 mission, implement; c: 4 adaptive, no stage. */
  private static Portfolio portfolio() {
    return new Portfolio.Builder().name("Groups <&>").currency("EUR").addInitiatives(
        new Initiative.Builder().id("a").budget(3).facets(FacetMix.pure(Facet.ENHANCEMENT)).stage(Stage.IMPLEMENT).build(),
        new Initiative.Builder().id("b").budget(1).facets(FacetMix.pure(Facet.MISSION)).stage(Stage.IMPLEMENT).build(),
        new Initiative.Builder().id("c").budget(4).facets(FacetMix.pure(Facet.ADAPTIVE)).build()).build();
  }

  private static GroupedReport report() {
    return GroupedReport.of(PortfolioReport.of(ReportRequest.of(portfolio()).withTrials(200)), GroupKey.stage());
  }

  @Test
  void theSectionComesAfterTheBalanceWithTheTableByHand() {
    String markdown = report().markdown();
    int balance = markdown.indexOf("## Facet balance");
    int groups = markdown.indexOf("## Facet shares by stage");
    assertTrue(balance >= 0 && groups > balance, markdown);
    // implement: a and b, 4 EUR, shares 3/4 and 1/4, evenness H / ln 4 = (0.75 ln 4/3 + 0.25 ln 4) / ln 4 = 0.41.
    assertTrue(markdown.contains("| implement | 2 | 4 EUR | 75.0% | 25.0% | 0.0% | 0.0% | 0.41 |"), markdown);
    assertTrue(markdown.contains("| (none) | 1 | 4 EUR | 0.0% | 0.0% | 100.0% | 0.0% | 0.00 |"), markdown);
  }

  @Test
  void htmlHasTheSectionAndItsChartInline() {
    String html = report().html();
    assertTrue(html.contains("<section id=\"groups\">"), html);
    assertTrue(html.contains("<a href=\"#groups\">Facet shares by stage</a>"), html);
    assertTrue(html.contains("<svg") && html.contains("id=\"groups\""), "the chart is inline");
    assertTrue(html.contains("Groups &lt;&amp;&gt;"), "the portfolio's name is escaped");
  }

  @Test
  void theChartsAreThoseOfTheReportAndTheGroups() {
    GroupedReport report = report();
    Map<String, Chart> charts = report.charts();
    assertEquals(GroupedReport.CHART, List.copyOf(charts.keySet()).get(charts.size() - 1));
    assertTrue(charts.containsKey("diamond"));
    assertTrue(report.markdown("r-").contains("](r-groups.svg)"));
  }

  @Test
  void smallMultiplesHaveOnePanelPerGroupUpToTheirCap() {
    PortfolioGroups groups = PortfolioGroups.of(portfolio(), dev.facets.api.Weighting.budget(), GroupKey.stage());
    Chart two = ComparisonCharts.groupShares("By stage", groups);
    assertEquals("By stage", two.title());
    String svg = two.toSvg();
    assertTrue(svg.contains("implement") && svg.contains("(none)"), svg);
    assertTrue(svg.contains("75%") && svg.contains("25%") && svg.contains("100%"), svg);
    // 30 groups, one per initiative: 24 panels drawn and a title that says so.
    Portfolio.Builder many = new Portfolio.Builder().name("Many");
    for (int i = 0; i < 30; i++) {
      many.addInitiatives(new Initiative.Builder().id("i" + i).budget(1).facets(FacetMix.pure(Facet.MISSION))
          .addTags("t" + i).build());
    }
    Chart capped = ComparisonCharts.groupShares("By tag",
        PortfolioGroups.of(many.build(), dev.facets.api.Weighting.budget(), GroupKey.tag()));
    assertEquals("By tag (first 24 of 30 groups)", capped.title());
    assertTrue(capped.toSvg().contains(">t23<") && !capped.toSvg().contains(">t24<"));
  }

  @Test
  void beforeAfterShadesTheNewShares() {
    Chart chart = ComparisonCharts.beforeAfter("Before and after", FacetMix.pure(Facet.MISSION),
        FacetMix.of(0.5, 0.5, 0, 0));
    String svg = chart.toSvg();
    assertTrue(svg.contains("50%") && !svg.contains("100%"), svg);
  }
}
