package dev.facets.core.select;

import dev.facets.api.Facet;
import dev.facets.api.Initiative;
import dev.facets.api.Scenario;
import dev.facets.core.classify.InitiativeMixes;
import java.util.ArrayList;
import java.util.List;

/**
 * The test oracle: a selection problem's feasibility and objectives straight from the definitions,
 * written apart from the solver (no masks of its closures, no shared sums), and, for small
 * problems, every feasible subset. Sets are masks over portfolio indices.
 */
final class Oracle {
  final SelectionProblem problem;
  final List<Initiative> initiatives;
  /** Every feasible subset of positive budget, after {@link #enumerate()}. */
  final List<Long> sets = new ArrayList<>();
  /** Their objective vectors, in the same order. */
  final List<double[]> values = new ArrayList<>();

  Oracle(SelectionProblem problem) {
    this.problem = problem;
    this.initiatives = problem.portfolio().initiatives();
  }

  /** The oracle with every feasible subset listed; at most 20 initiatives. */
  static Oracle enumerate(SelectionProblem problem) {
    Oracle oracle = new Oracle(problem);
    int n = oracle.initiatives.size();
    if (n > 20) {
      throw new IllegalArgumentException("too many to enumerate: " + n);
    }
    for (long set = 1; set < (1L << n); set++) {
      if (oracle.feasible(set)) {
        oracle.sets.add(set);
        oracle.values.add(oracle.objectives(set));
      }
    }
    return oracle;
  }

  boolean feasible(long set) {
    double cost = 0;
    double budget = 0;
    for (int i = 0; i < initiatives.size(); i++) {
      if ((set & (1L << i)) != 0) {
        cost += problem.cost(initiatives.get(i));
        budget += initiatives.get(i).budget();
      }
    }
    if (cost > problem.budgetLimit() || budget <= 0) {
      return false;
    }
    for (String id : problem.forcedIn()) {
      if (!has(set, id)) {
        return false;
      }
    }
    for (String id : problem.forcedOut()) {
      if (has(set, id)) {
        return false;
      }
    }
    for (Prerequisite link : problem.prerequisites()) {
      if (has(set, link.dependent()) && !has(set, link.required())) {
        return false;
      }
    }
    for (Exclusion link : problem.exclusions()) {
      if (has(set, link.first()) && has(set, link.second())) {
        return false;
      }
    }
    return true;
  }

  /** Whether a set of portfolio ids is feasible. */
  boolean feasible(List<String> ids) {
    return feasible(set(ids));
  }

  /** The mask of a set of portfolio ids. */
  long set(List<String> ids) {
    long set = 0;
    for (String id : ids) {
      set |= 1L << indexOf(id);
    }
    return set;
  }

  private boolean has(long set, String id) {
    return (set & (1L << indexOf(id))) != 0;
  }

  private int indexOf(String id) {
    for (int i = 0; i < initiatives.size(); i++) {
      if (initiatives.get(i).id().equals(id)) {
        return i;
      }
    }
    throw new IllegalArgumentException(id);
  }

  /** The shares p_f = sum b_i m_if / sum b_i, straight from the definition. */
  double[] shares(long set) {
    double[] sums = new double[Facet.COUNT];
    double total = 0;
    for (int i = 0; i < initiatives.size(); i++) {
      if ((set & (1L << i)) != 0) {
        Initiative initiative = initiatives.get(i);
        double[] mix = InitiativeMixes.of(initiative).toArray();
        for (int f = 0; f < Facet.COUNT; f++) {
          sums[f] += initiative.budget() * mix[f];
        }
        total += initiative.budget();
      }
    }
    for (int f = 0; f < Facet.COUNT; f++) {
      sums[f] /= total;
    }
    return sums;
  }

  double[] objectives(long set) {
    double[] p = shares(set);
    List<Double> values = new ArrayList<>();
    problem.target().ifPresent(target -> {
      double total = 0;
      for (Facet facet : Facet.ordered()) {
        double gap = p[facet.ordinal()] - target.share(facet);
        total += problem.distance() == DistanceMeasure.TOTAL_VARIATION ? Math.abs(gap) / 2 : gap * gap;
      }
      values.add(problem.distance() == DistanceMeasure.TOTAL_VARIATION ? total : Math.sqrt(total));
    });
    problem.scenarios().ifPresent(scenarios -> {
      double worst = Double.NEGATIVE_INFINITY;
      for (Scenario scenario : scenarios.scenarios()) {
        double value = 0;
        for (Facet facet : Facet.ordered()) {
          value += p[facet.ordinal()] * scenario.payoff().get(facet);
        }
        worst = Math.max(worst, scenario.payoff().max() - value);
      }
      values.add(worst);
    });
    return values.stream().mapToDouble(Double::doubleValue).toArray();
  }

  boolean infeasible() {
    return sets.isEmpty();
  }

  /** The least value of objective k over the feasible sets. */
  double minimum(int k) {
    return values.stream().mapToDouble(v -> v[k]).min().getAsDouble();
  }

  /** The objective vectors no other feasible vector weakly dominates with a strict gain. */
  List<double[]> front() {
    List<double[]> front = new ArrayList<>();
    for (double[] candidate : values) {
      boolean dominated = false;
      for (double[] other : values) {
        if (dominates(other, candidate)) {
          dominated = true;
          break;
        }
      }
      if (!dominated) {
        front.add(candidate);
      }
    }
    return front;
  }

  private static boolean dominates(double[] a, double[] b) {
    boolean strict = false;
    for (int k = 0; k < a.length; k++) {
      if (a[k] > b[k]) {
        return false;
      }
      strict |= a[k] < b[k];
    }
    return strict;
  }
}
