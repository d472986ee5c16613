package dev.facets.core.select;

import dev.facets.api.Facet;
import dev.facets.api.FacetMix;
import dev.facets.api.Initiative;
import dev.facets.api.Scenario;
import dev.facets.api.ScenarioSet;
import dev.facets.core.classify.InitiativeMixes;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The numbers a funded set is judged by, per initiative, and the one exact evaluation of a set from
 * them: its facet shares, distance to the target, maximum regret and public {@link Selection}.
 *
 * <p>Both compiled forms of a problem hold one: {@link SelectionInstance} (bit masks, for the hull
 * search) over the initiatives not forced out, {@link SelectionModel} (arrays, for the linear
 * search) over all of them. Each sums a set in its own representation, always in index order (so one
 * set has one cost and one sums vector however a search reached it), and passes the facet sums here,
 * so a set has the same shares, distance and regret whichever search found it.
 */
final class Evaluation {
  /** The tolerance on regret per unit of the largest absolute payoff. */
  static final double RELATIVE_REGRET_TOLERANCE = 1e-9;
  /** {@link FacetMix}'s own slack: sums this close to 1 are kept as they are, not divided. */
  private static final double NORMALISED = 4 * Math.ulp(1.0);

  final double[] cost;
  final double[] weight;
  final double[][] mix;
  /** expected[i]: initiative i's expected value. */
  final double[] expected;
  /** The target in facet order, or null. */
  final double[] target;
  final DistanceMeasure measure;
  /** payoff[s][f], or null without scenarios. */
  final double[][] payoff;
  /** bestPayoff[s] = max_f payoff[s][f], or null without scenarios. */
  final double[] bestPayoff;
  /** value[i][s] = sum_f mix[i][f] payoff[s][f]: initiative i's value in scenario s (no columns without scenarios). */
  final double[][] value;
  /** The regret tolerance: {@link #RELATIVE_REGRET_TOLERANCE} times the largest absolute payoff (at least 1); 0 without scenarios. */
  final double regretTolerance;

  Evaluation(SelectionProblem problem, Initiative[] initiatives) {
    int size = initiatives.length;
    cost = new double[size];
    weight = new double[size];
    mix = new double[size][];
    for (int i = 0; i < size; i++) {
      cost[i] = problem.cost(initiatives[i]);
      weight[i] = initiatives[i].budget();
      mix[i] = InitiativeMixes.of(initiatives[i]).toArray();
    }
    target = problem.target().map(t -> t.mix().toArray()).orElse(null);
    measure = problem.distance();
    ScenarioSet scenarios = problem.scenarios().orElse(null);
    payoff = scenarios == null ? null : scenarios.scenarios().stream()
        .map(Scenario::payoff).map(p -> p.toArray()).toArray(double[][]::new);
    bestPayoff = payoff == null ? null : scenarios.scenarios().stream()
        .mapToDouble(s -> s.payoff().max()).toArray();
    expected = new double[size];
    value = new double[size][];
    for (int i = 0; i < size; i++) {
      expected[i] = expectedValue(initiatives[i], mix[i], scenarios);
      value[i] = new double[payoff == null ? 0 : payoff.length];
      for (int s = 0; s < value[i].length; s++) {
        value[i][s] = value(mix[i], s);
      }
    }
    regretTolerance = payoff == null ? 0 : RELATIVE_REGRET_TOLERANCE * largestAbsolutePayoff();
  }

  /**
   * An initiative's expected value: success probability times the mean of its three-point impact
   * times, with scenarios, its multiplier {@code sum_s pi_s sum_f m_if P_sf}.
   */
  private static double expectedValue(Initiative initiative, double[] mix, ScenarioSet scenarios) {
    double impact = (initiative.impact().low() + initiative.impact().mode() + initiative.impact().high()) / 3;
    double multiplier = 1;
    if (scenarios != null) {
      multiplier = 0;
      for (int s = 0; s < scenarios.size(); s++) {
        double[] payoff = scenarios.scenarios().get(s).payoff().toArray();
        double dot = 0;
        for (int f = 0; f < mix.length; f++) {
          dot += mix[f] * payoff[f];
        }
        multiplier += scenarios.probability(s) * dot;
      }
    }
    return initiative.successProbability() * impact * multiplier;
  }

  private double largestAbsolutePayoff() {
    double scale = 1;
    for (double[] row : payoff) {
      for (double p : row) {
        scale = Math.max(scale, Math.abs(p));
      }
    }
    return scale;
  }

  boolean hasTarget() {
    return target != null;
  }

  boolean hasScenarios() {
    return payoff != null;
  }

  /** Adds initiative i's budget-weighted mix to a set's facet sums. */
  void addMix(double[] sums, int i) {
    for (int f = 0; f < Facet.COUNT; f++) {
      sums[f] += weight[i] * mix[i][f];
    }
  }

  /**
   * The shares of a set of positive budget from its facet sums, exactly as {@link FacetMix#of(double[])}
   * normalises them (each divided by their total, in facet order, unless the total is 1 up to its
   * slack) but without building the mix, as the hull search scores a set at most nodes; sums too large
   * to add up finitely, and sums already normalised, go through {@code FacetMix} itself. The sums are
   * the caller's scratch array: they are divided in place.
   */
  double[] shares(double[] sums) {
    double total = 0;
    for (double sum : sums) {
      total += sum;
    }
    if (Double.isInfinite(total) || Math.abs(total - 1) <= NORMALISED) {
      return FacetMix.of(sums).toArray();
    }
    for (int f = 0; f < Facet.COUNT; f++) {
      sums[f] = sums[f] / total + 0.0;
    }
    return sums;
  }

  /** The distance from the shares to the target, by the problem's measure. */
  double distance(double[] shares) {
    return measure.between(shares, target);
  }

  /** max_s (max_f P_sf - sum_f p_f P_sf), never below 0 (rounding could dip under it). */
  double maxRegret(double[] shares) {
    double worst = 0;
    for (int s = 0; s < payoff.length; s++) {
      worst = Math.max(worst, bestPayoff[s] - value(shares, s));
    }
    return worst;
  }

  /** The value sum_f p_f P_sf of a mix in scenario s. */
  double value(double[] shares, int s) {
    double value = 0;
    for (int f = 0; f < Facet.COUNT; f++) {
      value += shares[f] * payoff[s][f];
    }
    return value;
  }

  /** The public view of a set of positive budget, from its ids and sums. */
  Selection selection(List<String> ids, double cost, double weight, double[] sums, double value) {
    FacetMix mix = FacetMix.of(sums);
    double[] shares = shares(sums);
    return Selection.of(ids, cost, weight, mix,
        target != null ? OptionalDouble.of(distance(shares)) : OptionalDouble.empty(),
        payoff != null ? OptionalDouble.of(maxRegret(shares)) : OptionalDouble.empty(), value);
  }
}
