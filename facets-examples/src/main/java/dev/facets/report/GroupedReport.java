package dev.facets.report;

import static dev.facets.report.Doc.Column.KEY;
import static dev.facets.report.Doc.Column.NUMBER;

import dev.facets.api.Facet;
import dev.facets.api.FacetMix;
import dev.facets.api.Portfolio;
import dev.facets.core.score.GroupKey;
import dev.facets.core.score.GroupScore;
import dev.facets.core.score.PortfolioGroups;
import dev.facets.report.Doc.Block;
import dev.facets.report.Doc.Figure;
import dev.facets.report.Doc.Paragraph;
import dev.facets.report.Doc.Section;
import dev.facets.report.Doc.Table;
import dev.facets.report.charts.Chart;
import dev.facets.report.charts.ComparisonCharts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A portfolio report with a section of facet shares per group ({@code facets report --group-by KEY}):
 * a table of every group (initiatives, weight, the four shares, evenness) and small multiples of
 * the shares, placed after the report's facet balance. The groups come from
 * {@link PortfolioGroups}, under the request's weighting.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class GroupedReport {
  /** The name of the small-multiples chart: its element id and its file name beside Markdown. */
  public static final String CHART = "groups";

  private final PortfolioReport report;
  private final PortfolioGroups groups;
  private final Chart chart;

  private GroupedReport(PortfolioReport report, PortfolioGroups groups) {
    this.report = report;
    this.groups = groups;
    this.chart = ComparisonCharts.groupShares("Facet shares by " + name(groups.key()), groups);
  }

  /**
   * The report with its portfolio grouped by a key.
   *
   * @throws dev.facets.api.InvalidValueException if the weighting gives an initiative a bad weight
   */
  public static GroupedReport of(PortfolioReport report, GroupKey key) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(key, "key");
    return new GroupedReport(report, PortfolioGroups.of(report.request().portfolio(), report.request().weighting(), key));
  }

  /** The groups the section shows. */
  public PortfolioGroups groups() {
    return groups;
  }

  /** The report's charts by file name ({@code diamond}, ..., then {@link #CHART}). */
  public Map<String, Chart> charts() {
    Map<String, Chart> charts = new LinkedHashMap<>();
    report.charts().forEach((kind, chart) -> charts.put(kind.jsonName(), chart));
    charts.put(CHART, chart);
    return charts;
  }

  /** The report as one self-contained HTML page, with the groups' section. */
  public String html() {
    return PrintableText.of(HtmlRenderer.render(document()));
  }

  /** The report as Markdown, charts linked as {@code chartFilePrefix + name + ".svg"}. */
  public String markdown(String chartFilePrefix) {
    return PrintableText.of(MarkdownRenderer.render(document(), Optional.of(chartFilePrefix)));
  }

  /** The report as Markdown without charts, which a note says are omitted. */
  public String markdown() {
    return PrintableText.of(MarkdownRenderer.render(document(), Optional.empty()));
  }

  private Doc document() {
    return ReportContent.of(report).withSectionAfter("balance", section());
  }

  private Section section() {
    Portfolio portfolio = report.request().portfolio();
    boolean budget = report.score().conventions().weighting().equals("budget");
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Paragraph("The portfolio's initiatives grouped by " + name(groups.key()) + ", in the order in which "
        + "each group first appears; each group's facet shares are weighted by "
        + report.score().conventions().weighting() + " as the whole portfolio's are. "
        + "Initiatives without a value form the group (none)."
        + (groups.key().name().equals("tag") && !groups.key().isAttribute()
            ? " An initiative with several tags counts in each of their groups, so the groups overlap." : "")));
    List<List<String>> rows = new ArrayList<>();
    for (GroupScore group : groups.groups()) {
      List<String> row = new ArrayList<>(List.of(group.key().orElse("(none)"), Numbers.count(group.initiatives()),
          budget ? ReportContent.amount(group.totalWeight(), portfolio.currency()) : Numbers.number(group.totalWeight())));
      if (group.facetShares().isPresent()) {
        FacetMix shares = group.facetShares().get();
        for (Facet facet : Facet.ordered()) {
          row.add(Numbers.share(shares.weight(facet)));
        }
        row.add(Numbers.fixed(group.balance().orElseThrow().evenness(), 2));
      } else {
        for (int column = 0; column <= Facet.COUNT; column++) {
          row.add(Numbers.UNDEFINED);
        }
      }
      rows.add(row);
    }
    blocks.add(new Table(List.of("Group", "Initiatives", budget ? "Budget" : "Weight (" + report.score().conventions()
            .weighting() + ")", "Enhancement", "Mission", "Adaptive", "Anticipatory", "Evenness (0 to 1)"),
        List.of(KEY, NUMBER, NUMBER, NUMBER, NUMBER, NUMBER, NUMBER, NUMBER), rows));
    blocks.add(new Figure(CHART, chart));
    return new Section("groups", "Facet shares by " + name(groups.key()), blocks);
  }

  private static String name(GroupKey key) {
    return key.isAttribute() ? "attribute " + key.name() : key.name();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof GroupedReport && report.equals(((GroupedReport) other).report)
        && groups.equals(((GroupedReport) other).groups);
  }

  @Override
  public int hashCode() {
    return 31 * report.hashCode() + groups.hashCode();
  }

  /** For example {@code GroupedReport{PortfolioReport{...}, GroupKey[stage]}}. */
  @Override
  public String toString() {
    return "GroupedReport{" + report + ", " + groups.key() + "}";
  }
}
