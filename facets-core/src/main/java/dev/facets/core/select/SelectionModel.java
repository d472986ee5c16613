package dev.facets.core.select;

import dev.facets.api.Checks;
import dev.facets.api.Facet;
import dev.facets.api.Initiative;
import dev.facets.core.text.Numbers;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A selection problem with an objective, compiled for the linear search: every initiative of the
 * portfolio as arrays in portfolio order (forced-out ones stay, fixed out), the links as index
 * lists closed under chaining, and the checks of a funded set that every answer passes before it is
 * reported.
 *
 * <p>Exact means: sums over a set are taken in portfolio order from the initiatives' own numbers, and
 * its shares, distance and regret come from the {@link Evaluation} shared with the hull search, so
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
  static final double RELATIVE_REGRET_TOLERANCE = Evaluation.RELATIVE_REGRET_TOLERANCE;

  final SelectionProblem problem;
  final int size;
  final Initiative[] initiatives;
  /** The initiatives' numbers and the evaluation of a set, shared with {@link SelectionInstance}. */
  final Evaluation evaluation;
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
    for (int i = 0; i < size; i++) {
      index.put(initiatives[i].id(), i);
    }
    evaluation = new Evaluation(problem, initiatives);
    cost = evaluation.cost;
    weight = evaluation.weight;
    expected = evaluation.expected;
    mix = evaluation.mix;
    target = evaluation.target;
    regret = evaluation.hasScenarios() ? regrets() : null;
    regretTolerance = evaluation.regretTolerance;
    budgetLimit = problem.budgetLimit();
    minSpend = problem.minSpend();
    minShare = new double[Facet.COUNT];
    maxShare = new double[Facet.COUNT];
    for (Facet facet : Facet.ordered()) {
      minShare[facet.ordinal()] = problem.minShares().getOrDefault(facet, Double.NaN);
      maxShare[facet.ordinal()] = problem.maxShares().getOrDefault(facet, Double.NaN);
    }
    List<List<Integer>> direct = lists();
    prerequisitePairs = new int[problem.prerequisites().size()][];
    for (int k = 0; k < prerequisitePairs.length; k++) {
      Prerequisite link = problem.prerequisites().get(k);
      prerequisitePairs[k] = new int[] {index.get(link.dependent()), index.get(link.required())};
      direct.get(prerequisitePairs[k][0]).add(prerequisitePairs[k][1]);
    }
    List<List<Integer>> exclusionLists = lists();
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
    for (int i = 0; i < size; i++) {
      requires[i] = reach(i, direct);
    }
    dependents = dependentsOf(requires);
    excludes = new int[size][];
    for (int i = 0; i < size; i++) {
      excludes[i] = exclusionLists.get(i).stream().mapToInt(Integer::intValue).distinct().toArray();
    }
    forcedIn = new boolean[size];
    forcedOut = new boolean[size];
    problem.forcedIn().forEach(id -> forcedIn[index.get(id)] = true);
    problem.forcedOut().forEach(id -> forcedOut[index.get(id)] = true);
  }

  /** regret[i][s] = max_f P_sf - sum_f m_if P_sf: the rows of the linear search's regret constraints. */
  private double[][] regrets() {
    double[][] result = new double[size][evaluation.payoff.length];
    for (int i = 0; i < size; i++) {
      for (int s = 0; s < result[i].length; s++) {
        result[i][s] = evaluation.bestPayoff[s] - evaluation.value[i][s];
      }
    }
    return result;
  }

  /** An empty list per initiative. */
  private List<List<Integer>> lists() {
    List<List<Integer>> lists = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      lists.add(new ArrayList<>());
    }
    return lists;
  }

  /** dependents[j]: every i that needs j, in increasing order of i. */
  private int[][] dependentsOf(int[][] requirements) {
    List<List<Integer>> reverse = lists();
    for (int i = 0; i < size; i++) {
      for (int j : requirements[i]) {
        reverse.get(j).add(i);
      }
    }
    int[][] result = new int[size][];
    for (int i = 0; i < size; i++) {
      result[i] = reverse.get(i).stream().mapToInt(Integer::intValue).toArray();
    }
    return result;
  }

  static SelectionModel of(SelectionProblem problem) {
    return new SelectionModel(problem);
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

  /** The budget-weighted facet sums of a set, summed in portfolio order. */
  private double[] sums(boolean[] set) {
    double[] sums = new double[Facet.COUNT];
    for (int i = 0; i < size; i++) {
      if (set[i]) {
        evaluation.addMix(sums, i);
      }
    }
    return sums;
  }

  /** The facet shares of a set of positive budget ({@link Evaluation#shares}). */
  double[] shares(boolean[] set) {
    return evaluation.shares(sums(set));
  }

  /** The distance between shares and the target (total variation: the only measure with an objective). */
  double distance(double[] shares) {
    return evaluation.distance(shares);
  }

  /** The maximum regret of a set of positive budget ({@link Evaluation#maxRegret}). */
  double maxRegret(boolean[] set) {
    return evaluation.maxRegret(shares(set));
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
    return evaluation.selection(ids, cost(set), weight(set), sums(set), value(set));
  }
}
