package dev.facets.report.charts;

import dev.facets.api.Classifier;
import dev.facets.api.Facet;
import dev.facets.api.FacetMix;
import dev.facets.api.FacetValues;
import dev.facets.api.Portfolio;
import dev.facets.api.TargetMix;
import dev.facets.core.hedge.Robustness;
import dev.facets.core.hedge.TradeOffCurve;
import dev.facets.core.simulate.OutcomeDistribution;
import java.util.List;
import java.util.Optional;

/**
 * The charts of a facets report, each drawn once and exported as SVG or PNG ({@link Chart}).
 *
 * <p>Each factory takes what an engine computed and draws it; none computes a metric. The diamond is
 * drawn by hand (no library has it); the others use JFreeChart. This class is stateless.
 */
public final class Charts {
  private Charts() {}

  /**
   * The facet diamond of the OPSI Portfolio Exploration Tool: each facet's cell at its pole, shaded
   * HSL(288°, 75 %, 100 - pct) by its share (darker = stronger) and labelled with its percentage.
   *
   * @param title the chart's title
   * @param shares the facet shares, e.g. a portfolio score's facet shares
   */
  public static Chart diamond(String title, FacetMix shares) {
    return new DiamondChart(title, shares);
  }

  /**
   * The facet diamond of a questionnaire, as the Portfolio Exploration Tool shows its result: each
   * facet's cell shaded HSL(288°, 75 %, 100 - pct) by its percentage and labelled with it.
   *
   * @param title the chart's title
   * @param percentages each facet's percentage, 0 to 100
   */
  public static Chart questionnaireDiamond(String title, FacetValues percentages) {
    return new DiamondChart(title, fractions(percentages), List.of(), null);
  }

  /**
   * A team's facet diamond: the cells shaded by the team's mean percentages, each member's
   * percentages drawn faintly as an outline (a facet at 100 % reaches its pole) and the team's means
   * as a bold outline over them.
   *
   * @param title the chart's title
   * @param means the team's mean percentage of each facet, 0 to 100
   * @param members each member's percentages, 0 to 100
   */
  public static Chart teamDiamond(String title, FacetValues means, List<FacetValues> members) {
    return new DiamondChart(title, fractions(means), members.stream().map(Charts::fractions).toList(),
        fractions(means));
  }

  private static double[] fractions(FacetValues percentages) {
    double[] levels = new double[Facet.COUNT];
    for (Facet facet : Facet.ordered()) {
      levels[facet.ordinal()] = percentages.get(facet) / 100;
    }
    return levels;
  }

  /**
   * The Portfolio Exploration Tool's project map (module 2): the diamond cut into its nine zones, a
   * bubble per project sized by priority (7, 5, 3), and the four facet zones shaded by how many
   * projects they hold, as the tool shades them.
   *
   * @param title the chart's title
   * @param map the projects in their zones, e.g. {@code ProjectMapping.mapByZone(initiatives)}
   */
  public static Chart projectMap(String title, dev.facets.core.classify.ProjectMap map) {
    return new ProjectMapChart(title, map);
  }

  /**
   * The initiative map: a bubble per initiative on the uncertainty/directedness plane, area by
   * budget, colour by zone, with an SVG hover title naming it. An initiative without a
   * {@code position} is placed at the centroid of its facet mix, sum over facets of m_f times the
   * facet's pole, e.g. (-1, 0) for enhancement.
   *
   * @param title the chart's title
   * @param portfolio the initiatives to place
   * @param classifier what gives each initiative its facet mix and zone, e.g.
   *     {@code dev.facets.core.classify.ContractClassifier.DEFAULT}
   */
  public static Chart initiativeMap(String title, Portfolio portfolio, Classifier classifier) {
    return new InitiativeMapChart(title, portfolio, classifier);
  }

  /**
   * The target gap: a bar per facet for the portfolio's share beside one for the target's.
   *
   * @param title the chart's title
   * @param shares the portfolio's facet shares
   * @param target the target mix they are compared with
   */
  public static Chart targetGap(String title, FacetMix shares, TargetMix target) {
    return new TargetGapChart(title, shares, target);
  }

  /**
   * The portfolio across scenarios: value and regret per scenario as bars and, when given, the
   * trade-off curve between expected value and worst case with the portfolio's own point.
   *
   * @param title the chart's title
   * @param robustness the portfolio's robustness across the scenarios
   * @param curve the robust allocator's trade-off curve over the same scenarios, if any
   */
  public static Chart scenarios(String title, Robustness robustness, Optional<TradeOffCurve> curve) {
    return new ScenarioChart(title, robustness, curve);
  }

  /**
   * The Monte Carlo histogram of the total value per trial, with its 5, 25, 50, 75 and 95 %
   * quantiles marked.
   *
   * @param title the chart's title
   * @param distribution the simulated distribution
   */
  public static Chart histogram(String title, OutcomeDistribution distribution) {
    return new HistogramChart(title, distribution);
  }
}
