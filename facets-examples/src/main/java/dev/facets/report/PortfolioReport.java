package dev.facets.report;

import dev.facets.core.hedge.AllocationOutcome;
import dev.facets.core.hedge.Robustness;
import dev.facets.core.hedge.TradeOffCurve;
import dev.facets.core.score.Attribution;
import dev.facets.core.score.PortfolioScore;
import dev.facets.core.select.SelectionResult;
import dev.facets.core.simulate.OutcomeDistribution;
import dev.facets.report.charts.Chart;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A portfolio report: every engine's result for one {@link ReportRequest}, and that result written
 * as a self-contained HTML page or as Markdown for people who would rather look than read.
 *
 * <p>The report computes nothing itself: scoring, attribution, hedging, robust allocation,
 * simulation and, with a budget limit, selection come from the engines of facets-core with their
 * default settings, and the report only arranges, words and draws them. Sections whose input was
 * not given (no scenarios, no target, no budget limit) say so. Every user string (names, ids) is escaped for the format written.
 *
 * <p>Use {@link #of(ReportRequest)}. This class is immutable and thread-safe; it runs the engines
 * once, when made.
 */
public final class PortfolioReport {
  private final ReportRequest request;
  private final Attribution attribution;
  private final Optional<Robustness> robustness;
  private final List<AllocationOutcome> allocations;
  private final Optional<TradeOffCurve> tradeOff;
  private final OutcomeDistribution simulation;
  private final Optional<SelectionResult> selection;

  private PortfolioReport(ReportRequest request) {
    this.request = Objects.requireNonNull(request, "request");
    this.attribution = Analyses.attribution(request);
    this.robustness = Analyses.robustness(request);
    this.allocations = Analyses.allocations(request);
    this.tradeOff = Analyses.tradeOff(request);
    this.simulation = Analyses.simulation(request);
    this.selection = Analyses.selection(request);
  }

  /**
   * Runs every engine for the request.
   *
   * @throws IllegalArgumentException if an engine rejects the input (for example a zero total weight)
   */
  public static PortfolioReport of(ReportRequest request) {
    return new PortfolioReport(request);
  }

  /** What the report is about. */
  public ReportRequest request() {
    return request;
  }

  /** The portfolio's score: shares, balance indices, lean and, with a target, the gap. */
  public PortfolioScore score() {
    return attribution.score();
  }

  /** Who makes the balance and the gap what they are, per initiative and per facet. */
  public Attribution attribution() {
    return attribution;
  }

  /** The portfolio's robustness across the scenarios, if scenarios were given. */
  public Optional<Robustness> robustness() {
    return robustness;
  }

  /** The robust allocations, one per objective; empty without scenarios. */
  public List<AllocationOutcome> allocations() {
    return allocations;
  }

  /** The trade-off curve between expected value and worst case, if scenarios were given. */
  public Optional<TradeOffCurve> tradeOff() {
    return tradeOff;
  }

  /** The Monte Carlo distribution of the total value (under the scenarios, if given). */
  public OutcomeDistribution simulation() {
    return simulation;
  }

  /**
   * Which whole initiatives to fund under the request's budget limit, as {@code facets select} finds
   * them; empty without a budget limit, or when there is nothing to optimise (no impacts, no target,
   * no scenarios).
   */
  public Optional<SelectionResult> selection() {
    return selection;
  }

  /** The charts this report has, in the report's order: those whose input is missing are absent. */
  public Map<ChartKind, Chart> charts() {
    Map<ChartKind, Chart> charts = new EnumMap<>(ChartKind.class);
    for (ChartKind kind : ChartKind.values()) {
      kind.chart(this).ifPresent(chart -> charts.put(kind, chart));
    }
    return charts;
  }

  /** The report as one self-contained HTML page: inline SVG and CSS, no scripts, no network. */
  public String html() {
    return PrintableText.of(HtmlRenderer.render(ReportContent.of(this)));
  }

  /**
   * The report as Markdown, each chart an image link to an SVG file named
   * {@code chartFilePrefix + kind + ".svg"} (for example {@code report-diamond.svg}), which the
   * caller writes from {@link #charts()} beside the Markdown file.
   */
  public String markdown(String chartFilePrefix) {
    return PrintableText.of(MarkdownRenderer.render(ReportContent.of(this), Optional.of(chartFilePrefix)));
  }

  /** The report as Markdown without charts, which a note says are omitted. */
  public String markdown() {
    return PrintableText.of(MarkdownRenderer.render(ReportContent.of(this), Optional.empty()));
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof PortfolioReport)) {
      return false;
    }
    PortfolioReport that = (PortfolioReport) other;
    return request.equals(that.request) && attribution.equals(that.attribution) && robustness.equals(that.robustness)
        && allocations.equals(that.allocations) && tradeOff.equals(that.tradeOff) && simulation.equals(that.simulation)
        && selection.equals(that.selection);
  }

  @Override
  public int hashCode() {
    return Objects.hash(request, attribution, robustness, allocations, tradeOff, simulation, selection);
  }

  /** For example {@code PortfolioReport{ReportRequest{...}}}. */
  @Override
  public String toString() {
    return "PortfolioReport{" + request + "}";
  }
}
