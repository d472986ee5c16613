package dev.facets.core.hedge;

import dev.facets.api.Facet;
import dev.facets.api.InvalidValueException;
import dev.facets.api.ScenarioSet;

/**
 * A scenario set as arrays: payoffs[s][f] in facet order, probabilities[s], and the best single-facet
 * payoff of each scenario (the regret benchmark). One place turns the API values into numbers for
 * the evaluator, the linear programmes and the scenario covariance.
 */
final class PayoffTable {
  final double[][] payoffs;
  final double[] probabilities;
  final double[] best;

  private PayoffTable(double[][] payoffs, double[] probabilities) {
    this.payoffs = payoffs;
    this.probabilities = probabilities;
    this.best = new double[payoffs.length];
    for (int s = 0; s < payoffs.length; s++) {
      best[s] = Vectors.max(payoffs[s]);
    }
  }

  /**
   * The table of a scenario set whose payoffs span (largest minus smallest) at most the largest
   * double. Payoffs may each be anything finite, but a regret is a difference of two payoffs, and
   * the linear programmes rescale by the span: past the largest double either would be Infinity
   * (a regret of Infinity, or a solver fed NaN), so such a set is refused with the reason.
   *
   * @throws InvalidValueException if the payoffs span more than {@link Double#MAX_VALUE}
   */
  static PayoffTable of(ScenarioSet scenarios) {
    double[][] payoffs = new double[scenarios.size()][];
    for (int s = 0; s < payoffs.length; s++) {
      payoffs[s] = scenarios.scenarios().get(s).payoff().toArray();
    }
    PayoffTable table = new PayoffTable(payoffs, scenarios.probabilityArray());
    if (Double.isInfinite(table.maxPayoff() - table.minPayoff())) {
      throw new InvalidValueException("scenarios[*].payoff",
          "payoffs from " + table.minPayoff() + " to " + table.maxPayoff(),
          "span at most " + Double.MAX_VALUE + " (largest minus smallest payoff), so that every regret and"
              + " every rescaled payoff is a finite number");
    }
    return table;
  }

  int size() {
    return payoffs.length;
  }

  /** V_s = sum_f w_f P_sf for every scenario. */
  double[] values(double[] shares) {
    double[] values = new double[size()];
    for (int s = 0; s < values.length; s++) {
      values[s] = Vectors.dot(shares, payoffs[s]);
    }
    return values;
  }

  /** The weighted sum over scenarios of each facet's payoff: sum_s weights_s P_sf. */
  double[] facetSums(double[] scenarioWeights) {
    double[] sums = new double[Facet.COUNT];
    for (int s = 0; s < size(); s++) {
      for (int f = 0; f < Facet.COUNT; f++) {
        sums[f] += scenarioWeights[s] * payoffs[s][f];
      }
    }
    return sums;
  }

  /** The smallest payoff of any facet in any scenario. */
  double minPayoff() {
    double min = Double.POSITIVE_INFINITY;
    for (double[] row : payoffs) {
      min = Math.min(min, Vectors.min(row));
    }
    return min;
  }

  /** The largest payoff of any facet in any scenario. */
  double maxPayoff() {
    return Vectors.max(best);
  }
}
