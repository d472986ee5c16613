package dev.facets.core.select;

/**
 * The linear relaxation of one branch-and-bound node: maximise {@code c.x} subject to
 * {@code A x <= b} and {@code 0 <= x_j <= u_j} ({@code u_j} 1 for a candidate, infinite for an
 * auxiliary variable), by the bounded-variable dual simplex method on a dense tableau.
 *
 * <p>Why the dual method: with every variable that has a positive objective coefficient bounded
 * above, the slack basis with each such variable at its upper bound and every other at zero is dual
 * feasible for any right-hand side, so no first phase is needed, and the few rows (budget, minimum
 * spend, share bounds, distance, regret, links) keep each pivot cheap however many candidates there
 * are. Each node starts from that basis afresh: nothing accumulates rounding from one node to the
 * next.
 *
 * <p>The answer is used only as a bound and to choose a branching variable: an iteration cap or a
 * doubtful pivot answers {@link Outcome#UNKNOWN}, which the search treats as "cannot prune". Rows
 * are expected to be scaled (largest coefficient about 1). Not thread-safe; one per search.
 *
 * <p>Why not {@code hedge/SmallSimplex}, the other simplex of the library: that one solves a handful
 * of variables under equality and {@code >=} rows, keeps its tableau warm while cuts are added, and
 * certifies its optimum; this one needs thousands of bounded columns, {@code <=} rows only and a
 * fresh dual-feasible start at every node. The shapes differ enough that neither serves the other
 * without taking on its machinery.
 */
final class DualSimplex {
  /** Primal feasibility tolerance on scaled rows and bounds. */
  static final double FEASIBILITY = 1e-9;
  /** The smallest pivot element accepted. */
  private static final double PIVOT = 1e-9;

  enum Outcome {
    OPTIMAL,
    INFEASIBLE,
    UNKNOWN
  }

  private double[][] tableau = new double[0][];
  private double[] reduced = new double[0];
  private double[] value = new double[0];
  private double[] upper = new double[0];
  private int[] basis = new int[0];
  private boolean[] atUpper = new boolean[0];
  /** The row where a column is basic, or -1. */
  private int[] basicRow = new int[0];
  private double objective;

  /**
   * Solves the relaxation.
   *
   * @param a the rows, each over the {@code n} columns
   * @param b the right-hand sides
   * @param c the objective (maximised)
   * @param u the upper bounds, each 1 or {@link Double#POSITIVE_INFINITY}; a column with
   *     {@code c_j > 0} must be bounded
   * @param x receives the optimum's columns when {@link Outcome#OPTIMAL}
   */
  Outcome solve(double[][] a, double[] b, double[] c, double[] u, double[] x) {
    int m = b.length;
    int n = c.length;
    int width = n + m;
    load(a, b, c, u, m, n, width);
    int cap = 20 * (m + n) + 100;
    for (int iteration = 0; iteration < cap; iteration++) {
      int leaving = mostViolatedRow(m);
      if (leaving < 0) {
        objective = 0;
        for (int j = 0; j < n; j++) {
          x[j] = Math.min(Math.max(value[j], 0), u[j]);
          objective += c[j] * x[j];
        }
        return Outcome.OPTIMAL;
      }
      int k = basis[leaving];
      boolean below = value[k] < 0;
      double[] row = tableau[leaving];
      int entering = enteringColumn(row, width, below);
      if (entering < 0) {
        return unreachable(row, width, below ? -value[k] : value[k] - upper[k], below);
      }
      double target = below ? 0 : upper[k];
      double step = (value[k] - target) / row[entering];
      for (int r = 0; r < m; r++) {
        int basic = basis[r];
        value[basic] -= tableau[r][entering] * step;
      }
      value[entering] += step;
      value[k] = target;
      atUpper[k] = !below;
      pivot(leaving, entering, m, width);
      basis[leaving] = entering;
      basicRow[k] = -1;
      basicRow[entering] = leaving;
    }
    return Outcome.UNKNOWN;
  }

  /**
   * The starting basis: the slacks basic, each column at the bound its objective prefers (its upper
   * bound when {@code c_j > 0}), so that the reduced costs are dual feasible from the start.
   */
  private void load(double[][] a, double[] b, double[] c, double[] u, int m, int n, int width) {
    prepare(m, width);
    for (int j = 0; j < n; j++) {
      upper[j] = u[j];
      atUpper[j] = c[j] > 0;
      value[j] = atUpper[j] ? u[j] : 0;
      reduced[j] = -c[j];
      basicRow[j] = -1;
    }
    for (int r = 0; r < m; r++) {
      double[] row = tableau[r];
      System.arraycopy(a[r], 0, row, 0, n);
      java.util.Arrays.fill(row, n, width, 0);
      row[n + r] = 1;
      upper[n + r] = Double.POSITIVE_INFINITY;
      atUpper[n + r] = false;
      reduced[n + r] = 0;
      basis[r] = n + r;
      basicRow[n + r] = r;
      double slack = b[r];
      for (int j = 0; j < n; j++) {
        if (atUpper[j]) {
          slack -= a[r][j] * u[j];
        }
      }
      value[n + r] = slack;
    }
  }

  /** The row whose basic value lies furthest outside its bounds, or -1 when all are within them. */
  private int mostViolatedRow(int m) {
    int leaving = -1;
    double worst = FEASIBILITY;
    for (int r = 0; r < m; r++) {
      int k = basis[r];
      double violation = Math.max(-value[k], value[k] - upper[k]);
      if (violation > worst) {
        worst = violation;
        leaving = r;
      }
    }
    return leaving;
  }

  /**
   * The dual ratio test on the leaving row: the eligible column of least |reduced cost / pivot|,
   * ties to the larger pivot; -1 when none is eligible.
   */
  private int enteringColumn(double[] row, int width, boolean below) {
    int entering = -1;
    double best = Double.POSITIVE_INFINITY;
    double bestPivot = 0;
    for (int j = 0; j < width; j++) {
      double alpha = row[j];
      if (Math.abs(alpha) <= PIVOT || basicRow[j] >= 0 || upper[j] == 0) {
        continue;
      }
      // Below its lower bound the leaving value must rise: a column at its lower bound rises
      // (needs alpha < 0), one at its upper bound falls (needs alpha > 0); above, the reverse.
      boolean eligible = below ? (atUpper[j] ? alpha > 0 : alpha < 0) : (atUpper[j] ? alpha < 0 : alpha > 0);
      if (!eligible) {
        continue;
      }
      double ratio = Math.abs(reduced[j]) / Math.abs(alpha);
      if (ratio < best - 1e-12 || (ratio <= best + 1e-12 && Math.abs(alpha) > Math.abs(bestPivot))) {
        best = ratio;
        entering = j;
        bestPivot = alpha;
      }
    }
    return entering;
  }

  /**
   * Whether no move of the non-basic columns within their bounds can bring the leaving variable back
   * within its bounds by {@code needed}, counting the columns too small to pivot on as well: only
   * then is the relaxation infeasible. Budgets that span many orders of magnitude leave coefficients
   * below the pivot tolerance that can still matter; such a node is {@link Outcome#UNKNOWN}, which
   * costs a branching but never prunes a feasible set.
   */
  private Outcome unreachable(double[] row, int width, double needed, boolean below) {
    double reach = 0;
    for (int j = 0; j < width; j++) {
      double alpha = row[j];
      if (alpha == 0 || basicRow[j] >= 0) {
        continue;
      }
      boolean helps = below ? (atUpper[j] ? alpha > 0 : alpha < 0) : (atUpper[j] ? alpha < 0 : alpha > 0);
      if (helps) {
        if (Double.isInfinite(upper[j])) {
          return Outcome.UNKNOWN;
        }
        reach += Math.abs(alpha) * upper[j];
      }
    }
    return reach >= needed - FEASIBILITY ? Outcome.UNKNOWN : Outcome.INFEASIBLE;
  }

  /** The optimum's objective value after {@link Outcome#OPTIMAL}, recomputed from the clipped columns. */
  double objective() {
    return objective;
  }

  private void pivot(int r, int j, int m, int width) {
    double[] pivotRow = tableau[r];
    double inverse = 1 / pivotRow[j];
    for (int k = 0; k < width; k++) {
      pivotRow[k] *= inverse;
    }
    pivotRow[j] = 1;
    for (int i = 0; i < m; i++) {
      if (i == r) {
        continue;
      }
      double[] row = tableau[i];
      double factor = row[j];
      if (factor != 0) {
        for (int k = 0; k < width; k++) {
          row[k] -= factor * pivotRow[k];
        }
        row[j] = 0;
      }
    }
    double factor = reduced[j];
    if (factor != 0) {
      for (int k = 0; k < width; k++) {
        reduced[k] -= factor * pivotRow[k];
      }
      reduced[j] = 0;
    }
  }

  private void prepare(int m, int width) {
    if (tableau.length < m || (m > 0 && tableau[0].length < width)) {
      tableau = new double[m][width];
    }
    if (reduced.length < width) {
      reduced = new double[width];
      value = new double[width];
      upper = new double[width];
      atUpper = new boolean[width];
      basicRow = new int[width];
    }
    if (basis.length != m) {
      basis = new int[m];
    }
  }
}
