package dev.facets.core.hedge;

import dev.facets.api.Facet;
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

  static PayoffTable of(ScenarioSet scenarios) {
    double[][] payoffs = new double[scenarios.size()][];
    for (int s = 0; s < payoffs.length; s++) {
      payoffs[s] = scenarios.scenarios().get(s).payoff().toArray();
    }
    return new PayoffTable(payoffs, scenarios.probabilityArray());
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
