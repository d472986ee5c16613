package dev.facets.report;

import dev.facets.api.EnumNames;
import dev.facets.api.InvalidValueException;
import dev.facets.core.classify.ContractClassifier;
import dev.facets.core.hedge.Robustness;
import dev.facets.core.hedge.TradeOffCurve;
import dev.facets.core.score.PortfolioScore;
import dev.facets.core.simulate.OutcomeDistribution;
import dev.facets.report.charts.Chart;
import dev.facets.report.charts.Charts;
import java.util.Optional;

/**
 * The charts of a report, by the names {@code facets chart} takes. Each knows which optional input it
 * needs and which engines to run for it, so a single chart runs no more than it shows.
 */
public enum ChartKind {
  /** The facet diamond of the facet shares. */
  DIAMOND("Facet shares on the diamond"),
  /** The initiative map: bubbles by budget and zone on the uncertainty/directedness plane. */
  MAP("Initiatives on the diamond"),
  /** Share versus target per facet; needs a target mix. */
  GAP("Facet shares against the target"),
  /** Value and regret per scenario and the trade-off curve; needs scenarios. */
  SCENARIOS("Value and regret by scenario"),
  /** The Monte Carlo histogram with its quantiles. */
  HISTOGRAM("Simulated total value per trial");

  private static final EnumNames<ChartKind> NAMES = EnumNames.hyphenated(ChartKind.class, "chart");

  private final String title;

  ChartKind(String title) {
    this.title = title;
  }

  /** The name on the command line: {@code diamond}, {@code map}, ... */
  public String jsonName() {
    return NAMES.name(this);
  }

  /** The chart's title. */
  public String title() {
    return title;
  }

  /**
   * The kind of the given name.
   *
   * @throws InvalidValueException naming the allowed names
   */
  public static ChartKind parse(String name) {
    return NAMES.parse(name);
  }

  /** What this chart needs that the request lacks, in words ({@code "a target mix"}), if anything. */
  public Optional<String> missingInput(ReportRequest request) {
    if (this == GAP && request.target().isEmpty()) {
      return Optional.of("a target mix");
    }
    if (this == SCENARIOS && request.scenarios().isEmpty()) {
      return Optional.of("a scenario set");
    }
    return Optional.empty();
  }

  /**
   * Draws this chart for a request, running only the engines it needs.
   *
   * @throws IllegalArgumentException if the request lacks an input this chart needs
   */
  public Chart chart(ReportRequest request) {
    Optional<String> missing = missingInput(request);
    if (missing.isPresent()) {
      throw new IllegalArgumentException("the " + jsonName() + " chart needs " + missing.get() + ", and none was given");
    }
    switch (this) {
      case DIAMOND:
        return diamond(Analyses.score(request));
      case MAP:
        return map(request);
      case GAP:
        return gap(Analyses.score(request)).orElseThrow();
      case SCENARIOS:
        return scenarios(Analyses.robustness(request).orElseThrow(), Analyses.tradeOff(request));
      default:
        return histogram(Analyses.simulation(request));
    }
  }

  /** This chart from a finished report, if the report has its input. */
  Optional<Chart> chart(PortfolioReport report) {
    switch (this) {
      case DIAMOND:
        return Optional.of(diamond(report.score()));
      case MAP:
        return Optional.of(map(report.request()));
      case GAP:
        return gap(report.score());
      case SCENARIOS:
        return report.robustness().map(robustness -> scenarios(robustness, report.tradeOff()));
      default:
        return Optional.of(histogram(report.simulation()));
    }
  }

  private Chart diamond(PortfolioScore score) {
    return Charts.diamond(title, score.facetShares());
  }

  private Chart map(ReportRequest request) {
    return Charts.initiativeMap(title, request.portfolio(), ContractClassifier.DEFAULT);
  }

  private Optional<Chart> gap(PortfolioScore score) {
    return score.targetGap().map(gap -> Charts.targetGap(title, score.facetShares(), gap.target()));
  }

  private Chart scenarios(Robustness robustness, Optional<TradeOffCurve> curve) {
    return Charts.scenarios(title, robustness, curve);
  }

  private Chart histogram(OutcomeDistribution distribution) {
    return Charts.histogram(title, distribution);
  }
}
