package dev.facets.core.hedge;

/**
 * The lower tail of a discrete distribution of values: the scenario weights whose weighted mean is
 * the CVaR, and lower quantiles.
 */
final class Tail {
  private Tail() {}

  /**
   * The weights q_s of the worst {@code alpha} of probability mass: scenarios sorted by ascending
   * value (ties by scenario order) get q_s = p_s / alpha until the mass is used up, the boundary
   * scenario the fraction of its probability that fits. They sum to 1, so CVaR = sum_s q_s V_s, and
   * as CVaR is linear in the shares once the tail is fixed, the same weights give its Euler
   * attribution (the boundary scenario weighted fractionally).
   */
  static double[] weights(double[] values, double[] probabilities, double alpha) {
    double[] weights = new double[values.length];
    double remaining = alpha;
    for (int s : Vectors.ascendingOrder(values)) {
      if (remaining <= 0) {
        break;
      }
      weights[s] = Math.min(probabilities[s], remaining);
      remaining -= weights[s];
    }
    // Divide by the mass actually taken (alpha, unless the probabilities sum a rounding error short).
    double taken = Vectors.sum(weights);
    for (int s = 0; s < weights.length; s++) {
      weights[s] /= taken;
    }
    return weights;
  }

  /**
   * The lower quantile {@code min{x : P(X <= x) >= level}}, level in (0, 1]: the first value in
   * ascending order at which the cumulative probability reaches the level (within 1e-12, so sums of
   * equal probabilities that fall one ulp short still count).
   */
  static double quantile(double[] values, double[] probabilities, double level) {
    double cumulative = 0;
    double last = Double.NaN;
    for (int s : Vectors.ascendingOrder(values)) {
      if (probabilities[s] == 0) {
        continue;
      }
      cumulative += probabilities[s];
      last = values[s];
      if (cumulative >= level - 1e-12) {
        return values[s];
      }
    }
    return last;
  }
}
