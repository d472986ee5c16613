package dev.facets.core.select;

import dev.facets.api.Facet;

/**
 * The least distance or the least maximum regret alone, under every constraint of a problem with an
 * objective, by the hull branch and bound of the Pareto search ({@link HullBound}, {@link Node})
 * instead of the linear one: single use, not thread-safe.
 *
 * <p>Why: both objectives are ratios over the funded budget, and a linear relaxation meets any mix
 * with fractions, so {@link MilpSearch} (through Dinkelbach's method) has to enumerate near-exact
 * mixes node by node, each node a simplex solve. The hull bound boxes where the funded shares can
 * still go at a pass over the candidates, and bounds the ratio itself, which is what prunes here.
 * The constraints the Pareto search never had are honoured the same way every answer is in this
 * package: a set becomes the incumbent only if it passes the exact check
 * ({@link SelectionModel#feasible}); and since the hull box contains the shares of every completion
 * of a node, it also prunes the nodes none of whose completions can meet a share bound, the distance
 * or regret bound, or (by the most that can still be spent) the minimum spend. Pruning only what no
 * feasible completion can improve, the completed search is exact.
 *
 * <p>A node is a funded set closed under prerequisites (see {@link HullWalk}); its funded set is
 * scored when it changes. Zero-budget candidates are never branched on, as they change no mix: so
 * this search is used only when they cannot matter, that is, when there is no minimum spend or none
 * of them costs anything ({@link #applies}). It is also bounded by the 64 candidates of a bit mask.
 */
final class RatioSearch extends HullWalk {
  private final SelectionModel model;
  /** The instance's index of the searched objective. */
  private final int objective;
  private final double maxDistance;
  private final double maxRegret;
  private final long deadline;
  /** The model's index of each candidate of the instance. */
  private final int[] toModel;
  private final HullBound hull;
  /** Half the objective's tolerance: ties within it are not searched for. */
  private final double slack;

  private boolean found;
  private long best;
  private double bestValue = Double.POSITIVE_INFINITY;
  private long nodes;
  private boolean timedOut;

  RatioSearch(SelectionModel model, SelectionObjective objective, double maxDistance, double maxRegret,
      long deadline) {
    super(SelectionInstance.of(model.problem));
    this.model = model;
    this.objective = objective == SelectionObjective.DISTANCE ? 0 : instance.objectiveCount - 1;
    this.maxDistance = maxDistance;
    this.maxRegret = maxRegret;
    this.deadline = deadline;
    this.toModel = new int[instance.size];
    for (int i = 0; i < instance.size; i++) {
      toModel[i] = model.index(instance.candidates[i].id());
    }
    this.hull = new HullBound(instance);
    this.slack = instance.tolerance[this.objective] / 2;
  }

  /**
   * Whether this search is exact for the problem: a distance or regret objective, at most 64
   * candidates not forced out, and no zero-budget candidate of positive cost beside a minimum spend
   * (such a candidate changes no mix, so the search never branches on it, yet it could be what
   * reaches the minimum spend).
   */
  static boolean applies(SelectionModel model) {
    SelectionObjective objective = model.problem.objective().orElse(SelectionObjective.VALUE);
    if (objective == SelectionObjective.VALUE) {
      return false;
    }
    int candidates = 0;
    for (int i = 0; i < model.size; i++) {
      if (!model.forcedOut[i]) {
        candidates++;
        if (model.minSpend > 0 && model.weight[i] == 0 && model.cost[i] > 0) {
          return false;
        }
      }
    }
    return candidates <= SelectionProblem.MAX_CANDIDATES;
  }

  /** Runs the search to completion or to the deadline. */
  void run() {
    if (!instance.feasible()) {
      return; // the links, the forced decisions and the budget alone leave no set of positive budget
    }
    offer(instance.witness);
    explore(instance.rootIn, instance.rootOut, true);
  }

  /** The best feasible set found, in the model's indices, or null when none. */
  boolean[] best() {
    return found ? set(best) : null;
  }

  long nodes() {
    return nodes;
  }

  /** Whether the deadline stopped the search (then the best set is not proven). */
  boolean timedOut() {
    return timedOut;
  }

  private boolean[] set(long mask) {
    boolean[] set = new boolean[model.size];
    for (long rest = mask; rest != 0; rest &= rest - 1) {
      set[toModel[Long.numberOfTrailingZeros(rest)]] = true;
    }
    return set;
  }

  /** Makes a set the incumbent if it is better and passes the exact check. */
  @Override
  void offer(long mask) {
    if (instance.weight(mask) <= 0) {
      return;
    }
    double value = instance.objectives(mask)[objective];
    if (value >= bestValue) {
      return;
    }
    boolean[] set = set(mask);
    if (model.feasible(set, maxDistance, maxRegret)) {
      found = true;
      best = mask;
      bestValue = value;
    }
  }

  @Override
  boolean stop() {
    // The clock is read at the root and every sixteenth node after it.
    if (!timedOut && (++nodes & 15) == 1 && System.nanoTime() - deadline > 0) {
      timedOut = true;
    }
    return timedOut;
  }

  /**
   * Whether no completion of the node both meets the constraints the hull box can judge and beats
   * the incumbent by more than the slack.
   */
  @Override
  boolean pruned(long in, long out) {
    node.load(in, out);
    double[] lower = hull.lowerBounds(node);
    if (lower == null || lower[objective] >= bestValue - slack) {
      return true;
    }
    if (instance.hasTarget() && lower[0] > maxDistance + SelectionModel.SHARE_TOLERANCE) {
      return true;
    }
    if (instance.hasScenarios() && lower[instance.objectiveCount - 1] > maxRegret + model.regretTolerance) {
      return true;
    }
    double[] low = hull.low();
    double[] high = hull.high();
    for (int f = 0; f < Facet.COUNT; f++) {
      if (high[f] < model.minShare[f] - SelectionModel.SHARE_TOLERANCE
          || low[f] > model.maxShare[f] + SelectionModel.SHARE_TOLERANCE) {
        return true;
      }
    }
    if (model.minSpend > 0) {
      long reachable = in;
      for (long rest = node.addable; rest != 0; rest &= rest - 1) {
        reachable |= instance.closure(Long.numberOfTrailingZeros(rest));
      }
      // Zero-budget candidates of positive cost are excluded by applies(), so this is the most any
      // completion spends (summed in the same order as the exact check, over a superset).
      return instance.cost(reachable) < model.minSpend;
    }
    return false;
  }
}
