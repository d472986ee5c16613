package dev.facets.core.select;

import dev.facets.api.Checks;
import dev.facets.api.Facet;
import dev.facets.api.Initiative;
import dev.facets.api.ScenarioSet;
import dev.facets.core.classify.InitiativeMixes;
import dev.facets.core.text.Numbers;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * A selection problem with an objective, compiled for the linear search: every initiative of the
 * portfolio as arrays in portfolio order (forced-out ones stay, fixed out), the links as index
 * lists closed under chaining, and the exact evaluation of a funded set that every answer is checked
 * by.
 *
 * <p>Exact means: sums over a set are taken in portfolio order from the initiatives' own numbers, so
 * the reported cost, value, shares, distance and regret of a set do not depend on how the search
 * reached it. The budget limit and the minimum spend are compared exactly on those sums; the share
 * bounds and the distance bound with an absolute tolerance of {@link #SHARE_TOLERANCE} (shares and
 * distances lie in [0, 1]), the regret bound with {@link #RELATIVE_REGRET_TOLERANCE} times the
 * largest absolute payoff, so that a set exactly on a bound is not lost to rounding.
 */
final class SelectionModel {
  /** The absolute tolerance on shares and distances when a set is checked against a bound. */
  static final double SHARE_TOLERANCE = 1e-9;
  /** The tolerance on regret per unit of the largest absolute payoff. */
  static final double RELATIVE_REGRET_TOLERANCE = 1e-9;

  final SelectionProblem problem;
  final int size;
  final Initiative[] initiatives;
  final double[] cost;
  final double[] weight;
  final double[] expected;
  final double[][] mix;
  /** The target in facet order, or null. */
  final double[] target;
  /** regret[i][s] = max_f P_sf - sum_f m_if P_sf, or null without scenarios. */
  final double[][] regret;
  final double regretTolerance;
  final double budgetLimit;
  final double minSpend;
  /** The bounds per facet, NaN where none is given. */
  final double[] minShare;
  final double[] maxShare;
  /** requires[i]: every initiative i needs, by chained links, without i. */
  final int[][] requires;
  /** dependents[i]: every initiative that needs i, by chained links, without i. */
  final int[][] dependents;
  /** excludes[i]: the initiatives i may not be funded with. */
  final int[][] excludes;
  /** The direct links as index pairs, for the relaxation's rows. */
  final int[][] prerequisitePairs;
  final int[][] exclusionPairs;
  final boolean[] forcedOut;
  final boolean[] forcedIn;

  private final Map<String, Integer> index = new HashMap<>();

  private SelectionModel(SelectionProblem problem) {
    this.problem = problem;
    initiatives = problem.portfolio().initiatives().toArray(new Initiative[0]);
    size = initiatives.length;
    cost = new double[size];
    weight = new double[size];
    expected = new double[size];
    mix = new double[size][];
    ScenarioSet scenarios = problem.scenarios().orElse(null);
    for (int i = 0; i < size; i++) {
      index.put(initiatives[i].id(), i);
      cost[i] = problem.cost(initiatives[i]);
      weight[i] = initiatives[i].budget();
      mix[i] = InitiativeMixes.of(initiatives[i]).toArray();
      expected[i] = expectedValue(initiatives[i], mix[i], scenarios);
    }
    target = problem.target().map(t -> t.mix().toArray()).orElse(null);
    if (scenarios == null) {
      regret = null;
      regretTolerance = 0;
    } else {
      regret = new double[size][scenarios.size()];
      double scale = 1;
      for (int s = 0; s < scenarios.size(); s++) {
        double[] payoff = scenarios.scenarios().get(s).payoff().toArray();
        double best = scenarios.scenarios().get(s).payoff().max();
        for (double p : payoff) {
          scale = Math.max(scale, Math.abs(p));
        }
        for (int i = 0; i < size; i++) {
          regret[i][s] = best - dot(mix[i], payoff);
        }
      }
      regretTolerance = RELATIVE_REGRET_TOLERANCE * scale;
    }
    budgetLimit = problem.budgetLimit();
    minSpend = problem.minSpend();
    minShare = new double[Facet.COUNT];
    maxShare = new double[Facet.COUNT];
    for (Facet facet : Facet.ordered()) {
      minShare[facet.ordinal()] = problem.minShares().getOrDefault(facet, Double.NaN);
      maxShare[facet.ordinal()] = problem.maxShares().getOrDefault(facet, Double.NaN);
    }
    List<List<Integer>> direct = new ArrayList<>();
    List<List<Integer>> exclusionLists = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      direct.add(new ArrayList<>());
      exclusionLists.add(new ArrayList<>());
    }
    prerequisitePairs = new int[problem.prerequisites().size()][];
    for (int k = 0; k < prerequisitePairs.length; k++) {
      Prerequisite link = problem.prerequisites().get(k);
      int a = index.get(link.dependent());
      int b = index.get(link.required());
      direct.get(a).add(b);
      prerequisitePairs[k] = new int[] {a, b};
    }
    exclusionPairs = new int[problem.exclusions().size()][];
    for (int k = 0; k < exclusionPairs.length; k++) {
      Exclusion link = problem.exclusions().get(k);
      int a = index.get(link.first());
      int b = index.get(link.second());
      exclusionLists.get(a).add(b);
      exclusionLists.get(b).add(a);
      exclusionPairs[k] = new int[] {a, b};
    }
    requires = new int[size][];
    List<List<Integer>> reverse = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      reverse.add(new ArrayList<>());
    }
    for (int i = 0; i < size; i++) {
      requires[i] = reach(i, direct);
      for (int j : requires[i]) {
        reverse.get(j).add(i);
      }
    }
    dependents = new int[size][];
    excludes = new int[size][];
    for (int i = 0; i < size; i++) {
      dependents[i] = reverse.get(i).stream().mapToInt(Integer::intValue).toArray();
      excludes[i] = exclusionLists.get(i).stream().mapToInt(Integer::intValue).distinct().toArray();
    }
    forcedIn = new boolean[size];
    forcedOut = new boolean[size];
    problem.forcedIn().forEach(id -> forcedIn[index.get(id)] = true);
    problem.forcedOut().forEach(id -> forcedOut[index.get(id)] = true);
  }

  static SelectionModel of(SelectionProblem problem) {
    return new SelectionModel(problem);
  }

  /**
   * An initiative's expected value: success probability times the mean of its three-point impact
   * times, with scenarios, its multiplier {@code sum_s pi_s sum_f m_if P_sf}.
   */
  static double expectedValue(Initiative initiative, double[] mix, ScenarioSet scenarios) {
    double impact = (initiative.impact().low() + initiative.impact().mode() + initiative.impact().high()) / 3;
    double multiplier = 1;
    if (scenarios != null) {
      multiplier = 0;
      for (int s = 0; s < scenarios.size(); s++) {
        multiplier += scenarios.probability(s) * dot(mix, scenarios.scenarios().get(s).payoff().toArray());
      }
    }
    return initiative.successProbability() * impact * multiplier;
  }

  private static double dot(double[] a, double[] b) {
    double sum = 0;
    for (int f = 0; f < a.length; f++) {
      sum += a[f] * b[f];
    }
    return sum;
  }

  /** Every node reachable from i by the lists, without i, in increasing order. */
  private int[] reach(int i, List<List<Integer>> lists) {
    Set<Integer> seen = new LinkedHashSet<>();
    Deque<Integer> work = new ArrayDeque<>(lists.get(i));
    while (!work.isEmpty()) {
      int j = work.pop();
      if (j != i && seen.add(j)) {
        work.addAll(lists.get(j));
      }
    }
    return seen.stream().mapToInt(Integer::intValue).sorted().toArray();
  }

  int index(String id) {
    return index.get(id);
  }

  String id(int i) {
    return initiatives[i].id();
  }

  String quote(int i) {
    return Checks.quote(initiatives[i].id());
  }

  boolean hasTarget() {
    return target != null;
  }

  boolean hasScenarios() {
    return regret != null;
  }

  double cost(boolean[] set) {
    return sum(set, cost);
  }

  double weight(boolean[] set) {
    return sum(set, weight);
  }

  double value(boolean[] set) {
    return sum(set, expected);
  }

  private static double sum(boolean[] set, double[] values) {
    double total = 0;
    for (int i = 0; i < set.length; i++) {
      if (set[i]) {
        total += values[i];
      }
    }
    return total;
  }

  /** The budget-weighted facet shares of a set of positive budget, as {@link dev.facets.api.FacetMix#of} normalises. */
  double[] shares(boolean[] set) {
    double[] sums = new double[Facet.COUNT];
    for (int i = 0; i < size; i++) {
      if (set[i]) {
        for (int f = 0; f < Facet.COUNT; f++) {
          sums[f] += weight[i] * mix[i][f];
        }
      }
    }
    return dev.facets.api.FacetMix.of(sums).toArray();
  }

  /** The total variation between shares and the target. */
  double distance(double[] shares) {
    return DistanceMeasure.TOTAL_VARIATION.between(shares, target);
  }

  /** The maximum regret of a set: {@code max_s sum_i w_i r_is / sum_i w_i}, never below 0. */
  double maxRegret(boolean[] set) {
    double total = weight(set);
    double worst = 0;
    for (int s = 0; s < regret[0].length; s++) {
      double sum = 0;
      for (int i = 0; i < size; i++) {
        if (set[i]) {
          sum += weight[i] * regret[i][s];
        }
      }
      worst = Math.max(worst, sum / total);
    }
    return worst;
  }

  /**
   * Whether a set meets every constraint (links, forced decisions, budget, minimum spend, share,
   * distance and regret bounds) and funds a positive budget; the bounds on distance and regret are
   * given, NaN for none.
   */
  boolean feasible(boolean[] set, double maxDistance, double maxRegret) {
    return violations(set, maxDistance, maxRegret, true).isEmpty();
  }

  /**
   * The constraints a set breaks, as readable phrases ({@code firstOnly}: stop at the first). The
   * empty set, and a set of zero budget, breaks "funds a positive budget".
   */
  List<String> violations(boolean[] set, double maxDistance, double maxRegret, boolean firstOnly) {
    List<String> broken = new ArrayList<>();
    for (int i = 0; i < size && (broken.isEmpty() || !firstOnly); i++) {
      if (set[i] && forcedOut[i]) {
        broken.add(quote(i) + " is forced out");
      } else if (!set[i] && forcedIn[i]) {
        broken.add(quote(i) + " is forced in");
      }
      if (set[i]) {
        for (int j : requires[i]) {
          if (!set[j]) {
            broken.add(quote(i) + " requires " + quote(j));
            break;
          }
        }
        for (int j : excludes[i]) {
          if (set[j] && j > i) {
            broken.add(quote(i) + " and " + quote(j) + " exclude each other");
          }
        }
      }
    }
    if (!broken.isEmpty() && firstOnly) {
      return broken;
    }
    double spent = cost(set);
    if (spent > budgetLimit) {
      broken.add("the budget limit " + Numbers.number(budgetLimit));
    }
    if (spent < minSpend) {
      broken.add("the minimum spend " + Numbers.number(minSpend));
    }
    if (!(weight(set) > 0)) {
      broken.add("funding a positive budget");
      return broken;
    }
    double[] shares = shares(set);
    for (Facet facet : Facet.ordered()) {
      int f = facet.ordinal();
      if (shares[f] < minShare[f] - SHARE_TOLERANCE) {
        broken.add("the min share of " + facet.jsonName() + " " + Numbers.number(minShare[f]));
      }
      if (shares[f] > maxShare[f] + SHARE_TOLERANCE) {
        broken.add("the max share of " + facet.jsonName() + " " + Numbers.number(maxShare[f]));
      }
    }
    if (!Double.isNaN(maxDistance) && distance(shares) > maxDistance + SHARE_TOLERANCE) {
      broken.add("the max distance " + Numbers.number(maxDistance));
    }
    if (!Double.isNaN(maxRegret) && maxRegret(set) > maxRegret + regretTolerance) {
      broken.add("the max regret " + Numbers.number(maxRegret));
    }
    return broken;
  }

  /** The public view of a set of positive budget. */
  Selection selection(boolean[] set) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      if (set[i]) {
        ids.add(initiatives[i].id());
      }
    }
    double[] shares = shares(set);
    return Selection.of(ids, cost(set), weight(set), dev.facets.api.FacetMix.of(shares),
        target != null ? OptionalDouble.of(distance(shares)) : OptionalDouble.empty(),
        regret != null ? OptionalDouble.of(maxRegret(set)) : OptionalDouble.empty(), value(set));
  }
}
