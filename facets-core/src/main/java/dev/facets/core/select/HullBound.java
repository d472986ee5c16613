package dev.facets.core.select;

import dev.facets.api.Facet;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The cheap lower bound: where the funded shares can still go, boxed facet by facet, and each
 * scenario's value capped on its own.
 *
 * <p>The objectives are not linear in the selection: the shares are a ratio,
 * {@code p = (A_I + sum_T b_j m_j) / (W_I + sum_T b_j)} for a completion T of the funded set I. But
 * p is always a convex combination {@code lambda p_I + (1 - lambda) q}, with q a budget-weighted mean
 * of the added candidates' mixes (so inside their hull) and {@code lambda = W_I / (W_I + W_T)}. The
 * added budget W_T is at most the fractional knapsack bound W+ over the candidates that still fit,
 * so {@code lambda >= lambda_min = W_I / (W_I + W+)}. Hence, per facet,
 * <pre>
 *   p_f in [min(p_I,f, lambda_min p_I,f + (1 - lambda_min) lo_f),
 *           max(p_I,f, lambda_min p_I,f + (1 - lambda_min) hi_f)]
 * </pre>
 * with lo_f and hi_f the least and greatest weight of facet f among the addable candidates (with
 * nothing funded yet, p_f simply lies in [lo_f, hi_f]). Every bound below is a minimum over a set
 * that contains every reachable p, so it is valid whatever the ratio does:
 * <ul>
 *   <li>total variation: {@code TV = sum_f (p_f - t_f)+ = sum_f (t_f - p_f)+} on the simplex, so
 *       TV is at least both sums taken at the box's nearest edges;
 *   <li>Euclidean: at least the distance from t to the box, and at least TV (see
 *       {@link DistanceMeasure});
 *   <li>regret: in each scenario the value {@code V_s(p)} is affine, so it is at most the smaller of
 *       its maximum over the box within the simplex (filling the best-paying facets first) and its
 *       maximum over the combinations above ({@code lambda_min V_s(p_I) + (1 - lambda_min) max_j
 *       V_s(m_j)} when that beats {@code V_s(p_I)}); the maximum regret is at least the largest
 *       {@code max_f P_sf - (that cap)}.
 * </ul>
 * The bound treats scenarios and facets one at a time, so it is looser than the linear relaxation of
 * the fractional selection, but it costs O(n (4 + S)) per node against a simplex tableau per
 * objective, and measured faster overall (see the package documentation).
 */
final class HullBound implements NodeBound {
  private final SelectionInstance instance;
  /** facetsByPayoff[s]: the facets by payoff in scenario s, best first. */
  private final int[][] facetsByPayoff;
  // Scratch, reused from node to node.
  private final double[] low = new double[Facet.COUNT];
  private final double[] high = new double[Facet.COUNT];
  private final double[] lo = new double[Facet.COUNT];
  private final double[] hi = new double[Facet.COUNT];
  private final double[] bestAdded;
  private final double[] hullCap;

  HullBound(SelectionInstance instance) {
    this.instance = instance;
    int scenarios = instance.hasScenarios() ? instance.payoff.length : 0;
    this.facetsByPayoff = new int[scenarios][];
    for (int s = 0; s < scenarios; s++) {
      double[] payoff = instance.payoff[s];
      facetsByPayoff[s] = IntStream.range(0, Facet.COUNT).boxed()
          .sorted(Comparator.comparingDouble((Integer f) -> -payoff[f]))
          .mapToInt(Integer::intValue).toArray();
    }
    this.bestAdded = new double[scenarios];
    this.hullCap = new double[scenarios];
  }

  @Override
  public double[] lowerBounds(Node node) {
    boolean funded = node.weight > 0;
    if (!funded && node.addable == 0) {
      return null;
    }
    Arrays.fill(lo, Double.POSITIVE_INFINITY);
    Arrays.fill(hi, Double.NEGATIVE_INFINITY);
    int scenarios = facetsByPayoff.length;
    Arrays.fill(bestAdded, Double.NEGATIVE_INFINITY);
    for (long rest = node.addable; rest != 0; rest &= rest - 1) {
      int j = Long.numberOfTrailingZeros(rest);
      double[] mix = instance.mix[j];
      for (int f = 0; f < Facet.COUNT; f++) {
        lo[f] = Math.min(lo[f], mix[f]);
        hi[f] = Math.max(hi[f], mix[f]);
      }
      double[] value = instance.value[j];
      for (int s = 0; s < scenarios; s++) {
        bestAdded[s] = Math.max(bestAdded[s], value[s]);
      }
    }
    double lambda = funded ? node.weight / (node.weight + node.addableWeight) : 0;
    double[] p = funded ? node.funded() : null;
    for (int f = 0; f < Facet.COUNT; f++) {
      if (!funded) {
        low[f] = lo[f];
        high[f] = hi[f];
      } else if (node.addable == 0) {
        low[f] = p[f];
        high[f] = p[f];
      } else {
        low[f] = Math.min(p[f], lambda * p[f] + (1 - lambda) * lo[f]);
        high[f] = Math.max(p[f], lambda * p[f] + (1 - lambda) * hi[f]);
      }
    }
    double[] bounds = new double[instance.objectiveCount];
    if (instance.hasTarget()) {
      bounds[0] = distanceBound(low, high);
    }
    if (instance.hasScenarios()) {
      for (int s = 0; s < scenarios; s++) {
        double fundedValue = funded ? instance.value(p, s) : 0;
        hullCap[s] = !funded ? bestAdded[s]
            : node.addable == 0 || bestAdded[s] <= fundedValue ? fundedValue
            : lambda * fundedValue + (1 - lambda) * bestAdded[s];
      }
      bounds[instance.objectiveCount - 1] = regretBound(low, high);
    }
    return bounds;
  }

  /** The least share of each facet over the last node's completions (valid until the next call). */
  double[] low() {
    return low;
  }

  /** The greatest share of each facet over the last node's completions (valid until the next call). */
  double[] high() {
    return high;
  }

  /** max_s (max_f P_sf - the least of the scenario's two value caps), never below 0. */
  private double regretBound(double[] low, double[] high) {
    double worst = 0;
    for (int s = 0; s < facetsByPayoff.length; s++) {
      double cap = Math.min(hullCap[s], boxCap(s, low, high));
      worst = Math.max(worst, instance.bestPayoff[s] - cap);
    }
    return worst;
  }

  private double distanceBound(double[] low, double[] high) {
    double over = 0;
    double under = 0;
    double squares = 0;
    for (int f = 0; f < Facet.COUNT; f++) {
      double above = low[f] - instance.target[f];
      double below = instance.target[f] - high[f];
      double gap = Math.max(0, Math.max(above, below));
      over += Math.max(0, above);
      under += Math.max(0, below);
      squares += gap * gap;
    }
    double totalVariation = Math.max(over, under);
    return instance.measure == DistanceMeasure.TOTAL_VARIATION
        ? totalVariation : Math.max(totalVariation, Math.sqrt(squares));
  }

  /** The largest value in scenario s of a mix in the box that sums to 1: fill the best-paying facets first. */
  private double boxCap(int s, double[] low, double[] high) {
    double[] payoff = instance.payoff[s];
    double value = 0;
    double left = 1;
    for (int f = 0; f < Facet.COUNT; f++) {
      value += low[f] * payoff[f];
      left -= low[f];
    }
    for (int f : facetsByPayoff[s]) {
      double take = Math.min(high[f] - low[f], left);
      if (take > 0) {
        value += take * payoff[f];
        left -= take;
      }
    }
    return value;
  }
}
