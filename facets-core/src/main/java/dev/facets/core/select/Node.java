package dev.facets.core.select;

import dev.facets.api.Facet;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * A search node's summary, shared by the lower bounds: the funded set I (what every completion
 * keeps), its budget and facet sums, and which free candidates could still join.
 *
 * <p>One instance is reloaded at every node (a scratch, not a value), since a node's bound is taken
 * before its children are explored and never after.
 */
final class Node {
  private final SelectionInstance instance;
  private final long positiveWeight;
  /** Positive-weight candidates by budget per unit cost, highest first (free ones first of all). */
  private final int[] byRatio;
  /** Positive-weight candidates by budget, largest first: the branching order of the hull searches. */
  private final int[] byBudget;
  /** Slack on the remaining budget, so that rounding in cost sums never makes a relaxation too tight. */
  private final double slack;

  long in;
  /** W_I: the budget of the funded set. */
  double weight;
  /** A_I: the budget-weighted facet sums of the funded set. */
  final double[] sums = new double[Facet.COUNT];
  /** The budget left once I is funded, plus the rounding slack. */
  double remaining;
  /** Free positive-budget candidates that fit, with what they need, into the remaining budget. */
  long addable;
  /** An upper bound on the budget that can still join: the fractional knapsack over the addable candidates. */
  double addableWeight;

  Node(SelectionInstance instance) {
    this.instance = instance;
    long positive = 0;
    for (int i = 0; i < instance.size; i++) {
      positive |= instance.weight[i] > 0 ? SelectionInstance.bit(i) : 0;
    }
    this.positiveWeight = positive;
    this.byRatio = IntStream.range(0, instance.size)
        .filter(i -> instance.weight[i] > 0)
        .boxed()
        .sorted(Comparator.comparingDouble((Integer i) -> -ratio(instance, i)).thenComparingInt(i -> i))
        .mapToInt(Integer::intValue)
        .toArray();
    this.byBudget = IntStream.range(0, instance.size)
        .filter(i -> instance.weight[i] > 0)
        .boxed()
        .sorted(Comparator.comparingDouble((Integer i) -> -instance.weight[i]).thenComparingInt(i -> i))
        .mapToInt(Integer::intValue)
        .toArray();
    this.slack = 1e-12 * instance.budgetLimit;
  }

  /**
   * The candidate to branch on among the free ones, or -1: the largest budget first, as large
   * budgets move the mix most, so fixing them first tightens the bounds fastest.
   */
  int next(long free) {
    if (free == 0) {
      return -1;
    }
    for (int i : byBudget) {
      if ((free & SelectionInstance.bit(i)) != 0) {
        return i;
      }
    }
    return -1;
  }

  private static double ratio(SelectionInstance instance, int i) {
    return instance.cost[i] == 0 ? Double.POSITIVE_INFINITY : instance.weight[i] / instance.cost[i];
  }

  /** The candidates that are neither funded nor excluded and have a positive budget. */
  long free(long in, long out) {
    return positiveWeight & ~in & ~out;
  }

  void load(long in, long out) {
    this.in = in;
    weight = 0;
    Arrays.fill(sums, 0);
    for (long rest = in; rest != 0; rest &= rest - 1) {
      int i = Long.numberOfTrailingZeros(rest);
      weight += instance.weight[i];
      for (int f = 0; f < Facet.COUNT; f++) {
        sums[f] += instance.weight[i] * instance.mix[i][f];
      }
    }
    remaining = instance.budgetLimit - instance.cost(in) + slack;
    addable = 0;
    for (long rest = free(in, out); rest != 0; rest &= rest - 1) {
      int j = Long.numberOfTrailingZeros(rest);
      long needed = instance.closure(j) & ~in;
      double cost = needed == SelectionInstance.bit(j) ? instance.cost[j] : instance.cost(needed);
      if (cost <= remaining) {
        addable |= SelectionInstance.bit(j);
      }
    }
    addableWeight = 0;
    double capacity = remaining;
    for (int j : byRatio) {
      if ((addable & SelectionInstance.bit(j)) == 0) {
        continue;
      }
      if (instance.cost[j] <= capacity) {
        addableWeight += instance.weight[j];
        capacity -= instance.cost[j];
      } else {
        addableWeight += instance.weight[j] * (capacity / instance.cost[j]);
        break;
      }
    }
  }

  /** The shares of the funded set (its weight must be positive). */
  double[] funded() {
    double[] shares = new double[Facet.COUNT];
    for (int f = 0; f < Facet.COUNT; f++) {
      shares[f] = sums[f] / weight;
    }
    return shares;
  }
}
