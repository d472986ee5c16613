package dev.facets.core.hedge;

import dev.facets.api.Checks;
import dev.facets.api.FacetMix;
import dev.facets.api.FacetValues;
import dev.facets.api.InvalidValueException;
import dev.facets.api.Portfolio;
import dev.facets.api.ScenarioSet;
import dev.facets.api.Weighting;
import dev.facets.core.score.PortfolioScorer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Evaluates the {@link Robustness} of a facet allocation, or of a portfolio's facet shares, against a
 * {@link ScenarioSet}: the entry point of the robustness metrics.
 *
 * <p>Holds the two conventions the metrics need: the CVaR level alpha (default
 * {@value #DEFAULT_ALPHA}, in (0, 1]) and the Hurwicz optimism H (default
 * {@value #DEFAULT_HURWICZ_OPTIMISM}, in [0, 1]). A portfolio's shares are its initiatives' facet
 * mixes averaged with the weighting's weights, exactly as {@link PortfolioScorer} (and so
 * {@code facets score}) computes them. This class is immutable and thread-safe.
 */
public final class RobustnessEvaluator {
  /** The contract's default CVaR level: the worst fifth of probability mass. */
  public static final double DEFAULT_ALPHA = 0.2;
  /** The contract's default Hurwicz optimism: best and worst case weigh alike. */
  public static final double DEFAULT_HURWICZ_OPTIMISM = 0.5;
  /** The evaluator with the default alpha and optimism. */
  public static final RobustnessEvaluator DEFAULT =
      new RobustnessEvaluator(DEFAULT_ALPHA, DEFAULT_HURWICZ_OPTIMISM);

  private final double alpha;
  private final double hurwiczOptimism;

  private RobustnessEvaluator(double alpha, double hurwiczOptimism) {
    this.alpha = alpha;
    this.hurwiczOptimism = hurwiczOptimism;
  }

  /** The evaluator with the given CVaR level, in (0, 1], and Hurwicz optimism, in [0, 1]. */
  private static RobustnessEvaluator of(double alpha, double hurwiczOptimism) {
    return new RobustnessEvaluator(
        checkAlpha(alpha), Checks.inClosedRange(hurwiczOptimism, 0, 1, "hurwicz") + 0.0);
  }

  static double checkAlpha(double alpha) {
    return Robustness.checkLevel(alpha, "alpha");
  }

  /**
   * {@return this evaluator with another CVaR level, in (0, 1]. With {@link #withHurwiczOptimism(double)}
   * it replaces {@code of(alpha, hurwiczOptimism)}, whose two doubles were easy to swap}
   *
   * @param alpha the share of probability mass in the tail whose mean value is the CVaR, in (0, 1]
   *     (1 makes the CVaR the expected value)
   * @throws InvalidValueException if it is out of range or NaN
   */
  public RobustnessEvaluator withAlpha(double alpha) {
    return of(alpha, hurwiczOptimism);
  }

  /**
   * {@return this evaluator with another Hurwicz optimism, in [0, 1]}
   *
   * @param hurwiczOptimism the weight of the best case in Hurwicz's criterion, in [0, 1] (0 is the
   *     worst case alone, 1 the best case alone)
   * @throws InvalidValueException if it is out of range or NaN
   */
  public RobustnessEvaluator withHurwiczOptimism(double hurwiczOptimism) {
    return of(alpha, hurwiczOptimism);
  }

  /** {@return the CVaR level, in (0, 1] ({@value #DEFAULT_ALPHA} unless set)} */
  public double alpha() {
    return alpha;
  }

  /** {@return the Hurwicz optimism, in [0, 1] ({@value #DEFAULT_HURWICZ_OPTIMISM} unless set)} */
  public double hurwiczOptimism() {
    return hurwiczOptimism;
  }

  /**
   * {@return the robustness of a facet allocation}
   *
   * @param allocation the facet shares to evaluate
   * @param scenarios the futures to evaluate them in
   */
  public Robustness evaluate(FacetMix allocation, ScenarioSet scenarios) {
    Objects.requireNonNull(allocation, "allocation");
    return evaluate(allocation, Optional.empty(), scenarios, PayoffTable.of(scenarios));
  }

  /**
   * {@return the robustness of a portfolio's facet shares: {@code p_f = sum_i w_i m_if / sum_i w_i} with the
   * weighting's weights w_i and the initiatives' mixes m_i}
   *
   * @param portfolio the portfolio whose facet shares are evaluated
   * @param weighting how initiatives weigh in the shares (budget or count)
   * @param scenarios the futures to evaluate the shares in
   * @throws InvalidValueException if a weight is negative or not finite (naming the initiative), or
   *     all weights are zero
   */
  public Robustness evaluate(Portfolio portfolio, Weighting weighting, ScenarioSet scenarios) {
    Objects.requireNonNull(scenarios, "scenarios");
    // The one computation of a portfolio's shares, shared with facets score.
    FacetMix shares = PortfolioScorer.DEFAULT.score(portfolio, weighting).facetShares();
    return evaluate(shares, Optional.of(weighting.name()), scenarios, PayoffTable.of(scenarios));
  }

  Robustness evaluate(FacetMix allocation, ScenarioSet scenarios, PayoffTable table) {
    return evaluate(allocation, Optional.empty(), scenarios, table);
  }

  private Robustness evaluate(
      FacetMix allocation, Optional<String> weighting, ScenarioSet scenarios, PayoffTable table) {
    double[] shares = allocation.toArray();
    double[] values = table.values(shares);
    List<ScenarioResult> results = new ArrayList<>(values.length);
    for (int s = 0; s < values.length; s++) {
      results.add(ScenarioResult.of(
          scenarios.scenarios().get(s).name(), table.probabilities[s], values[s], table.best[s]));
    }
    double[] tailWeights = Tail.weights(values, table.probabilities, alpha);
    FacetValues expectedAttribution =
        FacetValues.of(Vectors.times(shares, table.facetSums(table.probabilities)));
    FacetValues cvarAttribution = FacetValues.of(Vectors.times(shares, table.facetSums(tailWeights)));
    return new Robustness(allocation, weighting, alpha, hurwiczOptimism, results,
        Vectors.dot(table.probabilities, values), Vectors.dot(tailWeights, values),
        expectedAttribution, cvarAttribution);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RobustnessEvaluator
        && Double.compare(alpha, ((RobustnessEvaluator) other).alpha) == 0
        && Double.compare(hurwiczOptimism, ((RobustnessEvaluator) other).hurwiczOptimism) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(alpha, hurwiczOptimism);
  }

  /** For example {@code RobustnessEvaluator{alpha=0.2, hurwiczOptimism=0.5}}. */
  @Override
  public String toString() {
    return "RobustnessEvaluator{alpha=" + alpha + ", hurwiczOptimism=" + hurwiczOptimism + "}";
  }
}
