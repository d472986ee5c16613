package dev.facets.core.select;

import dev.facets.api.Facet;
import java.util.Arrays;

/**
 * One exact branch and bound over which initiatives to fund, maximising a linear objective under
 * the linearised constraints, with linear-relaxation bounds ({@link DualSimplex}).
 *
 * <p>The objective is {@code sum_i o_i x_i - alpha * D(x) - beta * R(x)}, where, with the budgets
 * scaled to at most 1 ({@code w'_i = w_i / max w}), {@code D(x) = 1/2 sum_f |sum_i w'_i (m_if - t_f)
 * x_i|} is the funded budget times the distance to the target and {@code R(x) = max(0, max_s sum_i
 * w'_i r_is x_i)} the funded budget times the maximum regret. The value objective is {@code o = v},
 * alpha = beta = 0; the distance and regret objectives (ratios) are solved through it by Dinkelbach's
 * method ({@code o = lambda w'}, alpha or beta 1). Every ratio constraint is multiplied by the funded
 * budget: a share bound {@code sum_i w_i (m_if - lo_f) x_i >= 0}; the distance bound through four
 * auxiliary {@code d_f >= |sum_i w_i (m_if - t_f) x_i|} and {@code 1/2 sum d_f <= D sum_i w_i x_i};
 * the regret bound {@code sum_i w_i (r_is - R) x_i <= 0} per scenario. Each bound is loosened by the
 * tolerance the exact check allows ({@link SelectionModel}), so that the relaxation never cuts off a
 * set the check accepts: a set exactly on a bound, whose terms are rounding noise, stays in.
 *
 * <p>Links and the budget are also propagated at every decision (funding one funds what it
 * requires and rules out what it excludes; ruling one out rules out what requires it; whatever no
 * longer fits is ruled out). A node is pruned when its relaxation is infeasible or its bound is not
 * above the incumbent by more than {@link #tolerance()}; a search that completes has proven its best
 * set optimal within that tolerance. Each candidate answer is checked exactly
 * ({@link SelectionModel#feasible}) and valued exactly before it becomes the incumbent, so the
 * relaxation's rounding can cost time but never a wrong answer. Not thread-safe; one per solve.
 */
final class MilpSearch {
  /** The pruning tolerance per unit of the objective's scale. */
  static final double RELATIVE_TOLERANCE = 1e-9;
  private static final double INTEGRAL = 1e-9;

  private final SelectionModel model;
  private final double[] objective;
  private final double alpha;
  private final double beta;
  private final double maxDistance;
  private final double maxRegret;
  private final long deadline;
  private final double tolerance;
  private final double weightScale;

  private final int n;
  private final int aux;
  private final int distanceColumn;
  private final int regretColumn;
  /** Rows over the n initiatives and the aux columns, with right-hand sides, scaled. */
  private final double[][] rowX;
  private final double[][] rowAux;
  private final double[] rhs;
  private final double[] auxObjective;

  /** Room for every push of one propagation: each candidate is set once and pushes its links once. */
  private final int propagationCapacity;
  private final DualSimplex simplex = new DualSimplex();
  private boolean[] best;
  private double bestObjective = Double.NEGATIVE_INFINITY;
  private long nodes;
  private boolean timedOut;

  /**
   * @param objective o_i per initiative
   * @param alpha the weight of the funded budget times the distance (0 for none)
   * @param beta the weight of the funded budget times the maximum regret (0 for none)
   * @param maxDistance the distance bound, NaN for none
   * @param maxRegret the regret bound, NaN for none
   * @param deadline System.nanoTime() past which the search stops
   */
  MilpSearch(SelectionModel model, double[] objective, double alpha, double beta, double maxDistance,
      double maxRegret, long deadline) {
    this.model = model;
    this.objective = objective;
    this.alpha = alpha;
    this.beta = beta;
    this.maxDistance = maxDistance;
    this.maxRegret = maxRegret;
    this.deadline = deadline;
    this.n = model.size;
    this.propagationCapacity = 2 * linkCount(model);
    this.weightScale = largestOrOne(model.weight);
    boolean distance = alpha != 0 || !Double.isNaN(maxDistance);
    distanceColumn = distance ? 0 : -1;
    regretColumn = beta != 0 ? (distance ? Facet.COUNT : 0) : -1;
    aux = (distance ? Facet.COUNT : 0) + (beta != 0 ? 1 : 0);
    auxObjective = new double[aux];
    if (distance) {
      Arrays.fill(auxObjective, 0, Facet.COUNT, -alpha / 2);
    }
    if (regretColumn >= 0) {
      auxObjective[regretColumn] = -beta;
    }
    double scale = alpha + beta * (model.hasScenarios() ? maxAbs(model.regret) : 0) * n;
    for (double o : objective) {
      scale += Math.abs(o);
    }
    tolerance = RELATIVE_TOLERANCE * Math.max(1, scale);

    Rows rows = new Rows();
    addSpendRows(rows);
    addShareRows(rows);
    if (distance) {
      addDistanceRows(rows);
    }
    if (model.hasScenarios()) {
      addRegretRows(rows);
    }
    addLinkRows(rows);
    rowX = rows.x.toArray(new double[0][]);
    rowAux = rows.a.toArray(new double[0][]);
    rhs = rows.b.stream().mapToDouble(Double::doubleValue).toArray();
    equilibrate();
  }

  /** One more than the links of all initiatives, each counted from both ends. */
  private static int linkCount(SelectionModel model) {
    int links = 1;
    for (int i = 0; i < model.size; i++) {
      links += model.requires[i].length + model.excludes[i].length + model.dependents[i].length;
    }
    return links;
  }

  /** The largest value, or 1 when none is positive: a scale to divide by. */
  private static double largestOrOne(double[] values) {
    double largest = 0;
    for (double v : values) {
      largest = Math.max(largest, v);
    }
    return largest > 0 ? largest : 1;
  }

  /** The budget limit and, when given, the minimum spend, in units of the largest cost. */
  private void addSpendRows(Rows rows) {
    double costScale = largestOrOne(model.cost);
    double[] row = rows.add(model.budgetLimit / costScale);
    for (int i = 0; i < n; i++) {
      row[i] = model.cost[i] / costScale;
    }
    if (model.minSpend > 0) {
      row = rows.add(-model.minSpend / costScale);
      for (int i = 0; i < n; i++) {
        row[i] = -model.cost[i] / costScale;
      }
    }
  }

  /** The share bounds, multiplied out by the funded budget (with their tolerance). */
  private void addShareRows(Rows rows) {
    for (int f = 0; f < Facet.COUNT; f++) {
      if (!Double.isNaN(model.minShare[f])) {
        double[] row = rows.add(0);
        for (int i = 0; i < n; i++) {
          row[i] = -w(i) * (model.mix[i][f] - model.minShare[f] + SelectionModel.SHARE_TOLERANCE);
        }
      }
      if (!Double.isNaN(model.maxShare[f])) {
        double[] row = rows.add(0);
        for (int i = 0; i < n; i++) {
          row[i] = w(i) * (model.mix[i][f] - model.maxShare[f] - SelectionModel.SHARE_TOLERANCE);
        }
      }
    }
  }

  /** The distance's absolute values, one aux column per facet, and the distance bound when given. */
  private void addDistanceRows(Rows rows) {
    for (int f = 0; f < Facet.COUNT; f++) {
      for (int sign = -1; sign <= 1; sign += 2) {
        double[] row = rows.add(0);
        for (int i = 0; i < n; i++) {
          row[i] = sign * w(i) * (model.mix[i][f] - model.target[f]);
        }
        rows.aux()[f] = -1;
      }
    }
    if (!Double.isNaN(maxDistance)) {
      double[] row = rows.add(0);
      for (int i = 0; i < n; i++) {
        row[i] = -(maxDistance + SelectionModel.SHARE_TOLERANCE) * w(i);
      }
      Arrays.fill(rows.aux(), 0, Facet.COUNT, 0.5);
    }
  }

  /** The regret bound per scenario when given, and the regret column's rows when it is an objective. */
  private void addRegretRows(Rows rows) {
    int scenarios = model.regret[0].length;
    for (int s = 0; s < scenarios && !Double.isNaN(maxRegret); s++) {
      double[] row = rows.add(0);
      for (int i = 0; i < n; i++) {
        row[i] = w(i) * (model.regret[i][s] - maxRegret - model.regretTolerance);
      }
    }
    for (int s = 0; s < scenarios && regretColumn >= 0; s++) {
      double[] row = rows.add(0);
      for (int i = 0; i < n; i++) {
        row[i] = w(i) * model.regret[i][s];
      }
      rows.aux()[regretColumn] = -1;
    }
  }

  /** {@code x_dependent <= x_required}, and {@code x_first + x_second <= 1}. */
  private void addLinkRows(Rows rows) {
    for (int[] pair : model.prerequisitePairs) {
      double[] row = rows.add(0);
      row[pair[0]] += 1;
      row[pair[1]] -= 1;
    }
    for (int[] pair : model.exclusionPairs) {
      double[] row = rows.add(1);
      row[pair[0]] += 1;
      row[pair[1]] += 1;
    }
  }

  /** Divides each row by its largest coefficient, so that the simplex's tolerances mean the same on every row. */
  private void equilibrate() {
    for (int r = 0; r < rhs.length; r++) {
      double largestCoefficient = 0;
      for (double v : rowX[r]) {
        largestCoefficient = Math.max(largestCoefficient, Math.abs(v));
      }
      for (double v : rowAux[r]) {
        largestCoefficient = Math.max(largestCoefficient, Math.abs(v));
      }
      if (largestCoefficient > 0) {
        double inverse = 1 / largestCoefficient;
        for (int i = 0; i < n; i++) {
          rowX[r][i] *= inverse;
        }
        for (int k = 0; k < aux; k++) {
          rowAux[r][k] *= inverse;
        }
        rhs[r] *= inverse;
      }
    }
  }

  private double w(int i) {
    return model.weight[i] / weightScale;
  }

  private static double maxAbs(double[][] values) {
    double largest = 0;
    for (double[] row : values) {
      for (double v : row) {
        largest = Math.max(largest, Math.abs(v));
      }
    }
    return largest;
  }

  /** The rows as they are added. */
  private final class Rows {
    final java.util.List<double[]> x = new java.util.ArrayList<>();
    final java.util.List<double[]> a = new java.util.ArrayList<>();
    final java.util.List<Double> b = new java.util.ArrayList<>();

    double[] add(double bound) {
      double[] row = new double[n];
      x.add(row);
      a.add(new double[aux]);
      b.add(bound);
      return row;
    }

    double[] aux() {
      return a.get(a.size() - 1);
    }
  }

  /** The absolute pruning tolerance: the search's optimum is within it of the true optimum. */
  double tolerance() {
    return tolerance;
  }

  /** Seeds the incumbent with a set known feasible (exactly), so the search prunes from the start. */
  void seed(boolean[] set) {
    if (model.feasible(set, maxDistance, maxRegret)) {
      consider(set.clone());
    }
  }

  /** Runs the search to completion or to the deadline. */
  void run() {
    byte[] state = new byte[n];
    Arrays.fill(state, (byte) -1);
    for (int i = 0; i < n && state != null; i++) {
      if (model.forcedOut[i]) {
        state = fix(state, i, 0);
      }
    }
    for (int i = 0; i < n && state != null; i++) {
      if (model.forcedIn[i]) {
        state = fix(state, i, 1);
      }
    }
    if (state != null) {
      state = fitBudget(state);
    }
    if (state != null) {
      node(state);
    }
  }

  /** The best set found, or null when none. */
  boolean[] best() {
    return best == null ? null : best.clone();
  }

  /** The best set's exact objective, or negative infinity. */
  double bestObjective() {
    return bestObjective;
  }

  long nodes() {
    return nodes;
  }

  /** Whether the deadline stopped the search (then the best set is not proven). */
  boolean timedOut() {
    return timedOut;
  }

  /** The exact objective of a set. */
  double objective(boolean[] set) {
    double total = 0;
    for (int i = 0; i < n; i++) {
      if (set[i]) {
        total += objective[i];
      }
    }
    if (alpha != 0) {
      double gap = 0;
      for (int f = 0; f < Facet.COUNT; f++) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
          if (set[i]) {
            sum += w(i) * (model.mix[i][f] - model.target[f]);
          }
        }
        gap += Math.abs(sum);
      }
      total -= alpha * gap / 2;
    }
    if (beta != 0) {
      double worst = 0;
      for (int s = 0; s < model.regret[0].length; s++) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
          if (set[i]) {
            sum += w(i) * model.regret[i][s];
          }
        }
        worst = Math.max(worst, sum);
      }
      total -= beta * worst;
    }
    return total;
  }

  private void consider(boolean[] set) {
    double value = objective(set);
    if (best == null || value > bestObjective) {
      best = set;
      bestObjective = value;
    }
  }

  private void node(byte[] state) {
    // The clock is read at the root and every sixteenth node after it: cheap, and a limit that has
    // already passed stops the search before any work.
    if (timedOut || (++nodes & 15) == 1 && System.nanoTime() - deadline > 0) {
      timedOut = true;
      return;
    }
    int[] columns = freeColumns(state);
    if (columns.length == 0) {
      leaf(state);
      return;
    }
    double[] x = new double[columns.length + aux];
    DualSimplex.Outcome outcome = relax(state, columns, x);
    if (outcome == DualSimplex.Outcome.INFEASIBLE) {
      return;
    }
    Branch branch = outcome == DualSimplex.Outcome.OPTIMAL ? branchOnRelaxation(state, columns, x)
        : new Branch(largestFree(state), 1);
    if (branch == null) {
      return;
    }
    for (int first = 0; first < 2; first++) {
      int value = (branch.up() >= 0.5) == (first == 0) ? 1 : 0;
      byte[] child = fix(state.clone(), branch.column(), value);
      if (child != null) {
        child = fitBudget(child);
      }
      if (child != null) {
        node(child);
      }
      if (timedOut) {
        return;
      }
    }
  }

  /** The candidate to branch on, and its relaxed value: the side at or above a half is searched first. */
  private record Branch(int column, double up) {}

  /** The candidates a node leaves undecided, in index order. */
  private int[] freeColumns(byte[] state) {
    int free = 0;
    for (byte s : state) {
      if (s < 0) {
        free++;
      }
    }
    int[] columns = new int[free];
    for (int i = 0, k = 0; i < n; i++) {
      if (state[i] < 0) {
        columns[k++] = i;
      }
    }
    return columns;
  }

  /**
   * With the relaxation solved: the most fractional free candidate, or, when the relaxed optimum is
   * integral, the largest free one after its rounding is tried as an incumbent; null when the node
   * is pruned, its bound no better than the incumbent.
   */
  private Branch branchOnRelaxation(byte[] state, int[] columns, double[] x) {
    double bound = simplex.objective();
    for (int i = 0; i < n; i++) {
      if (state[i] == 1) {
        bound += objective[i];
      }
    }
    if (best != null && bound <= bestObjective + tolerance) {
      return null;
    }
    int branch = -1;
    double up = 1;
    double fractional = INTEGRAL;
    for (int k = 0; k < columns.length; k++) {
      double distance = Math.min(x[k], 1 - x[k]);
      if (distance > fractional) {
        fractional = distance;
        branch = columns[k];
        up = x[k];
      }
    }
    if (branch >= 0) {
      return new Branch(branch, up);
    }
    boolean[] set = new boolean[n];
    for (int i = 0; i < n; i++) {
      set[i] = state[i] == 1;
    }
    for (int k = 0; k < columns.length; k++) {
      set[columns[k]] = x[k] > 0.5;
    }
    if (model.feasible(set, maxDistance, maxRegret)) {
      consider(set);
      if (bestObjective >= bound - tolerance) {
        return null;
      }
    }
    // The rounded optimum is not a solution (the empty set, or off by rounding): decide the
    // free candidate of largest budget, so the subtree is still searched in full.
    int largest = largestFree(state);
    return new Branch(largest, set[largest] ? 1 : 0);
  }

  private int largestFree(byte[] state) {
    int chosen = -1;
    for (int i = 0; i < n; i++) {
      if (state[i] < 0 && (chosen < 0 || model.weight[i] > model.weight[chosen])) {
        chosen = i;
      }
    }
    return chosen;
  }

  private void leaf(byte[] state) {
    boolean[] set = new boolean[n];
    for (int i = 0; i < n; i++) {
      set[i] = state[i] == 1;
    }
    if (model.feasible(set, maxDistance, maxRegret)) {
      consider(set);
    }
  }

  /** The relaxation over the free columns and the aux columns, the fixed ones folded into the bounds. */
  private DualSimplex.Outcome relax(byte[] state, int[] columns, double[] x) {
    int free = columns.length;
    int width = free + aux;
    double[][] a = new double[rhs.length][];
    double[] b = new double[rhs.length];
    int m = 0;
    for (int r = 0; r < rhs.length; r++) {
      double bound = rhs[r];
      double[] full = rowX[r];
      for (int i = 0; i < n; i++) {
        if (state[i] == 1) {
          bound -= full[i];
        }
      }
      double[] row = new double[width];
      boolean any = false;
      for (int k = 0; k < free; k++) {
        row[k] = full[columns[k]];
        any |= row[k] != 0;
      }
      for (int k = 0; k < aux; k++) {
        row[free + k] = rowAux[r][k];
        any |= row[free + k] != 0;
      }
      if (!any) {
        if (bound < -DualSimplex.FEASIBILITY) {
          return DualSimplex.Outcome.INFEASIBLE;
        }
        continue;
      }
      a[m] = row;
      b[m++] = bound;
    }
    double[] c = new double[width];
    double[] u = new double[width];
    for (int k = 0; k < free; k++) {
      c[k] = objective[columns[k]];
      u[k] = 1;
    }
    for (int k = 0; k < aux; k++) {
      c[free + k] = auxObjective[k];
      u[free + k] = Double.POSITIVE_INFINITY;
    }
    return simplex.solve(Arrays.copyOf(a, m), Arrays.copyOf(b, m), c, u, x);
  }

  /** Fixes candidate i to a value and propagates the links; null when they conflict. */
  private byte[] fix(byte[] state, int i, int value) {
    int[] work = new int[propagationCapacity];
    int top = 0;
    work[top++] = i;
    work[top++] = value;
    while (top > 0) {
      int v = work[--top];
      int j = work[--top];
      if (state[j] == v) {
        continue;
      }
      if (state[j] >= 0) {
        return null;
      }
      state[j] = (byte) v;
      if (v == 1) {
        for (int k : model.requires[j]) {
          if (state[k] == 0) {
            return null;
          }
          if (state[k] < 0) {
            top = push(work, top, k, 1);
          }
        }
        for (int k : model.excludes[j]) {
          if (state[k] == 1) {
            return null;
          }
          if (state[k] < 0) {
            top = push(work, top, k, 0);
          }
        }
      } else {
        for (int k : model.dependents[j]) {
          if (state[k] == 1) {
            return null;
          }
          if (state[k] < 0) {
            top = push(work, top, k, 0);
          }
        }
      }
    }
    return state;
  }

  private static int push(int[] work, int top, int j, int value) {
    if (top + 2 > work.length) {
      throw new AssertionError("propagation overflow");
    }
    work[top] = j;
    work[top + 1] = value;
    return top + 2;
  }

  /** Rules out every free candidate that no longer fits in the budget left; null on a conflict. */
  private byte[] fitBudget(byte[] state) {
    double spent = 0;
    for (int i = 0; i < n; i++) {
      if (state[i] == 1) {
        spent += model.cost[i];
      }
    }
    if (spent > model.budgetLimit) {
      return null;
    }
    for (int i = 0; i < n && state != null; i++) {
      if (state[i] < 0 && spent + model.cost[i] > model.budgetLimit) {
        state = fix(state, i, 0);
      }
    }
    return state;
  }
}
