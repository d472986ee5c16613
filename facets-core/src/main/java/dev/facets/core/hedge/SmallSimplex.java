package dev.facets.core.hedge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A dense two-phase simplex method for the tiny linear programmes of the cutting-plane method in
 * {@link ScenarioProgram}: at most a dozen variables and a few dozen rows, every coefficient of
 * order 1.
 *
 * <p>{@code maximise c.x subject to a_i.x (<=, >=, =) b_i, x >= 0}. Phase 1 minimises the sum of
 * artificial variables from the slack/artificial basis, phase 2 maximises c; both pivot by Bland's
 * rule (the entering column is the lowest-numbered improving one, the leaving row the lowest ratio,
 * ties to the lowest-numbered basic variable), which cannot cycle, so the method ends after finitely
 * many pivots even on the heavily degenerate models here (every cut row has right-hand side 0 at
 * the start).
 *
 * <p>Warm start ({@link #reoptimize}): rows {@code a.x <= b} added after an optimal solve extend
 * the optimal tableau (each gets its slack as basic variable, expressed in the current basis), so
 * the basis stays dual feasible and only the new rows can be primal infeasible; the dual simplex
 * method (leaving row by Bland's rule: the infeasible row whose basic variable has the lowest
 * number; entering column by the lowest ratio of reduced cost to row entry, ties to the lowest
 * column) restores feasibility in a few pivots, and a primal phase 2 from there confirms optimality.
 * Should it stall at its pivot limit or meet anything else, the programme is solved cold from the
 * start, so warm and cold solves reach the same optimum.
 *
 * <p>The simplex is not trusted for the bound it reports: {@link Result#bound()} is recomputed from
 * the optimal tableau's dual values and the original rows alone (weak duality, with every dual sign
 * forced and every dual infeasibility paid for at the variable's upper bound), so it is a valid upper
 * bound on the programme's optimum whatever rounding happened during the pivots, warm or cold. Not
 * thread-safe: one instance per programme.
 *
 * <p>Why not {@code select/DualSimplex}, the other simplex of the library: the problem shapes
 * differ. Here a handful of variables, equality and {@code >=} rows (the shares sum to 1, lower
 * bounds, the turnover limit), rows added round after round to a tableau kept warm, and an optimum
 * that must be certified. There, thousands of columns with upper bounds handled implicitly, only
 * {@code <=} rows, a fresh start at every branch-and-bound node, and an answer used only as a bound.
 * One method serving both would need the other's bounded variables, phase 1, warm start and
 * certificate at once; it was not done.
 */
final class SmallSimplex {
  /** The relation of one row. */
  enum Relation { LESS_EQUAL, GREATER_EQUAL, EQUAL }

  /** How a solve ended. */
  enum Status { OPTIMAL, INFEASIBLE, UNBOUNDED, PIVOT_LIMIT }

  /** Entries of smaller magnitude are no pivot: on order-1 data they are rounding residue. */
  private static final double PIVOT_TOLERANCE = 1e-11;
  /** Reduced costs up to this count as not improving. */
  private static final double OPTIMALITY_TOLERANCE = 1e-12;
  /** The sum of artificial variables phase 1 may leave and still call the rows feasible. */
  private static final double FEASIBILITY_TOLERANCE = 1e-9;
  /** Right-hand sides down to minus this count as feasible in the dual simplex (rounding residue). */
  private static final double PRIMAL_TOLERANCE = 1e-12;

  private final int variables;
  private final List<double[]> rows = new ArrayList<>();
  private final List<Relation> relations = new ArrayList<>();
  private final List<Double> rightHandSides = new ArrayList<>();
  /** The last optimal tableau, its objective and bounds: the warm start of {@link #reoptimize}; null before. */
  private Tableau last;
  private double[] lastObjective;
  private double[] lastUpper;

  SmallSimplex(int variables) {
    this.variables = variables;
  }

  /** Adds the row {@code coefficients . x (relation) rightHandSide}; the array is not copied. */
  SmallSimplex addRow(double[] coefficients, Relation relation, double rightHandSide) {
    rows.add(coefficients);
    relations.add(relation);
    rightHandSides.add(rightHandSide);
    return this;
  }

  /** The answer: status, an optimal vertex and its value, and the certified upper bound. */
  static final class Result {
    private final Status status;
    private final double[] x;
    private final double value;
    private final double bound;

    private Result(Status status, double[] x, double value, double bound) {
      this.status = status;
      this.x = x;
      this.value = value;
      this.bound = bound;
    }

    Status status() {
      return status;
    }

    /** The optimal vertex (basic values, never below 0); null unless optimal. */
    double[] x() {
      return x;
    }

    /** c.x at the vertex; NaN unless optimal. */
    double value() {
      return value;
    }

    /** An upper bound on every feasible c.x proved by the dual values; NaN unless optimal. */
    double bound() {
      return bound;
    }
  }

  /**
   * Maximises {@code c.x} over the rows.
   *
   * @param c the objective, one entry per variable
   * @param upper an upper bound on each variable that every feasible x meets (implied by the rows;
   *     used only to price the dual infeasibilities left by rounding in {@link Result#bound()})
   * @param maxPivots the pivot limit over both phases
   */
  Result maximize(double[] c, double[] upper, int maxPivots) {
    Tableau tableau = new Tableau();
    Result result = tableau.solve(c, upper, maxPivots);
    last = result.status() == Status.OPTIMAL ? tableau : null;
    lastObjective = c;
    lastUpper = upper;
    return result;
  }

  /**
   * Maximises the objective of the last {@link #maximize} again over all rows, those added since
   * included: from the last optimal tableau by the dual simplex method when every added row is a
   * {@code <=} row, from the start otherwise (or when the warm start stalls).
   *
   * @param maxPivots the pivot limit of the warm start, and over both phases of a cold solve
   * @throws IllegalStateException before any {@link #maximize}
   */
  Result reoptimize(int maxPivots) {
    if (lastObjective == null) {
      throw new IllegalStateException("reoptimize before maximize");
    }
    if (last != null && last.extend()) {
      Result result = last.resolveDual(lastObjective, lastUpper, maxPivots);
      if (result.status() == Status.OPTIMAL) {
        return result;
      }
    }
    return maximize(lastObjective, lastUpper, maxPivots);
  }

  /** One solve's tableau: rows m, then columns: variables, one slack or surplus per inequality, one artificial per >= or = row. */
  private final class Tableau {
    private int m = rows.size();
    /** For row i, the column whose original entry is +e_i (slack of a {@code <=} row, artificial otherwise). */
    private int[] unitColumn = new int[m];
    /** Whether row i was multiplied by -1 to make its right-hand side non-negative. */
    private boolean[] flipped = new boolean[m];
    private int firstArtificial;
    private int columns;
    private double[][] t;
    private double[] objective;
    private int[] basis = new int[m];
    private int pivots;
    /** In the dual simplex, right-hand sides below 0 are real infeasibilities, not rounding to clear. */
    private boolean dual;

    Tableau() {
      int slacks = 0;
      int artificials = 0;
      Relation[] normal = new Relation[m];
      for (int i = 0; i < m; i++) {
        flipped[i] = rightHandSides.get(i) < 0;
        normal[i] = flipped[i] ? mirror(relations.get(i)) : relations.get(i);
        slacks += normal[i] == Relation.EQUAL ? 0 : 1;
        artificials += normal[i] == Relation.LESS_EQUAL ? 0 : 1;
      }
      firstArtificial = variables + slacks;
      columns = firstArtificial + artificials;
      t = new double[m][columns + 1];
      objective = new double[columns + 1];
      int slack = variables;
      int artificial = firstArtificial;
      for (int i = 0; i < m; i++) {
        double sign = flipped[i] ? -1 : 1;
        double[] row = rows.get(i);
        for (int j = 0; j < variables; j++) {
          t[i][j] = sign * row[j];
        }
        t[i][columns] = sign * rightHandSides.get(i);
        if (normal[i] == Relation.LESS_EQUAL) {
          t[i][slack] = 1;
          unitColumn[i] = slack++;
        } else {
          if (normal[i] == Relation.GREATER_EQUAL) {
            t[i][slack++] = -1;
          }
          t[i][artificial] = 1;
          unitColumn[i] = artificial++;
        }
        basis[i] = unitColumn[i];
      }
    }

    Result solve(double[] c, double[] upper, int maxPivots) {
      if (firstArtificial < columns) {
        double[] phaseOne = new double[columns];
        for (int j = firstArtificial; j < columns; j++) {
          phaseOne[j] = -1;
        }
        Status status = optimize(phaseOne, columns, maxPivots);
        if (status != Status.OPTIMAL) {
          return failed(status);
        }
        double infeasibility = 0;
        for (int i = 0; i < m; i++) {
          infeasibility += basis[i] >= firstArtificial ? t[i][columns] : 0;
        }
        if (infeasibility > FEASIBILITY_TOLERANCE) {
          return failed(Status.INFEASIBLE);
        }
        driveOutArtificials();
      }
      return phaseTwo(c, upper, maxPivots);
    }

    private Result phaseTwo(double[] c, double[] upper, int maxPivots) {
      double[] cost = new double[columns];
      System.arraycopy(c, 0, cost, 0, variables);
      Status status = optimize(cost, firstArtificial, maxPivots);
      if (status != Status.OPTIMAL) {
        return failed(status);
      }
      double[] x = new double[variables];
      for (int i = 0; i < m; i++) {
        if (basis[i] < variables) {
          x[basis[i]] = Math.max(0, t[i][columns]);
        }
      }
      double value = 0;
      for (int j = 0; j < variables; j++) {
        value += c[j] * x[j];
      }
      return new Result(Status.OPTIMAL, x, value, certifiedBound(c, upper));
    }

    /**
     * Appends the rows added since this tableau was built, if all are {@code <=} rows: each with a new
     * slack column (placed after the older slacks, so artificials stay last) as its basic variable,
     * its entries in the basic columns eliminated. Returns false, unchanged, if any other row came.
     */
    boolean extend() {
      int added = rows.size() - m;
      for (int i = m; i < rows.size(); i++) {
        if (relations.get(i) != Relation.LESS_EQUAL) {
          return false;
        }
      }
      int newColumns = columns + added;
      double[][] grown = new double[m + added][];
      for (int i = 0; i < m; i++) {
        grown[i] = shifted(t[i], added);
      }
      double[] grownObjective = shifted(objective, added);
      int[] grownBasis = Arrays.copyOf(basis, m + added);
      int[] grownUnit = Arrays.copyOf(unitColumn, m + added);
      for (int i = 0; i < m; i++) {
        grownBasis[i] = shiftedColumn(basis[i], added);
        grownUnit[i] = shiftedColumn(unitColumn[i], added);
      }
      int oldFirstArtificial = firstArtificial;
      columns = newColumns; // eliminate() runs over the grown rows from here
      for (int k = 0; k < added; k++) {
        int i = m + k;
        double[] row = new double[newColumns + 1];
        System.arraycopy(rows.get(i), 0, row, 0, variables);
        int slack = oldFirstArtificial + k;
        row[slack] = 1;
        row[newColumns] = rightHandSides.get(i);
        for (int r = 0; r < i; r++) {
          eliminate(row, grown[r], grownBasis[r]);
        }
        grown[i] = row;
        grownBasis[i] = slack;
        grownUnit[i] = slack;
      }
      t = grown;
      objective = grownObjective;
      basis = grownBasis;
      unitColumn = grownUnit;
      flipped = Arrays.copyOf(flipped, m + added);
      m += added;
      firstArtificial += added;
      return true;
    }

    /** A row with {@code added} zero columns inserted before the first artificial. */
    private double[] shifted(double[] row, int added) {
      double[] grown = new double[row.length + added];
      System.arraycopy(row, 0, grown, 0, firstArtificial);
      System.arraycopy(row, firstArtificial, grown, firstArtificial + added, row.length - firstArtificial);
      return grown;
    }

    private int shiftedColumn(int column, int added) {
      return column < firstArtificial ? column : column + added;
    }

    /**
     * Dual simplex from a dual-feasible basis whose only primal infeasibilities are right-hand sides
     * below 0, then a primal phase 2 from the feasible basis it reaches.
     */
    Result resolveDual(double[] c, double[] upper, int maxPivots) {
      pivots = 0;
      dual = true;
      try {
        while (true) {
          int leaving = -1;
          for (int i = 0; i < m; i++) {
            if (t[i][columns] < -PRIMAL_TOLERANCE && (leaving < 0 || basis[i] < basis[leaving])) {
              leaving = i;
            }
          }
          if (leaving < 0) {
            break;
          }
          int entering = -1;
          double bestRatio = Double.POSITIVE_INFINITY;
          double[] row = t[leaving];
          for (int j = 0; j < firstArtificial; j++) {
            if (row[j] < -PIVOT_TOLERANCE) {
              double ratio = Math.min(0, objective[j]) / row[j]; // reduced costs are <= 0 at a dual-feasible basis
              if (ratio < bestRatio) {
                bestRatio = ratio;
                entering = j;
              }
            }
          }
          if (entering < 0 || pivots >= maxPivots) {
            return failed(entering < 0 ? Status.INFEASIBLE : Status.PIVOT_LIMIT);
          }
          pivot(leaving, entering);
        }
      } finally {
        dual = false;
      }
      for (int i = 0; i < m; i++) {
        t[i][columns] = Math.max(0, t[i][columns]);
      }
      return phaseTwo(c, upper, maxPivots);
    }

    private Result failed(Status status) {
      return new Result(status, null, Double.NaN, Double.NaN);
    }

    /**
     * Weak duality on the original rows: with duals y (from the reduced costs of the unit columns,
     * y_i = -objective[unitColumn[i]]) forced to the sign their relation allows, every feasible x has
     * {@code c.x = y.Ax + (c - A^T y).x <= y.b + sum_j upper_j max(0, c_j - (A^T y)_j)}.
     */
    private double certifiedBound(double[] c, double[] upper) {
      double bound = 0;
      double[] priced = new double[variables];
      for (int i = 0; i < m; i++) {
        double y = -objective[unitColumn[i]] * (flipped[i] ? -1 : 1);
        Relation relation = relations.get(i);
        if (relation == Relation.LESS_EQUAL) {
          y = Math.max(0, y);
        } else if (relation == Relation.GREATER_EQUAL) {
          y = Math.min(0, y);
        }
        if (y == 0) {
          continue;
        }
        bound += y * rightHandSides.get(i);
        double[] row = rows.get(i);
        for (int j = 0; j < variables; j++) {
          priced[j] += y * row[j];
        }
      }
      for (int j = 0; j < variables; j++) {
        double excess = c[j] - priced[j];
        bound += excess > 0 ? upper[j] * excess : 0; // no infinite bound times 0 when the dual is feasible
      }
      return bound;
    }

    /** Bland's rule on {@code cost}; only columns below {@code enterable} may enter. */
    private Status optimize(double[] cost, int enterable, int maxPivots) {
      for (int j = 0; j <= columns; j++) {
        double reduced = j < columns ? cost[j] : 0;
        for (int i = 0; i < m; i++) {
          reduced -= cost[basis[i]] * t[i][j];
        }
        objective[j] = reduced;
      }
      while (true) {
        int entering = -1;
        for (int j = 0; j < enterable; j++) {
          if (objective[j] > OPTIMALITY_TOLERANCE) {
            entering = j;
            break;
          }
        }
        if (entering < 0) {
          return Status.OPTIMAL;
        }
        int leaving = -1;
        double bestRatio = Double.POSITIVE_INFINITY;
        for (int i = 0; i < m; i++) {
          double entry = t[i][entering];
          if (entry > PIVOT_TOLERANCE) {
            double ratio = t[i][columns] / entry;
            if (ratio < bestRatio || (ratio == bestRatio && basis[i] < basis[leaving])) {
              bestRatio = ratio;
              leaving = i;
            }
          }
        }
        if (leaving < 0) {
          return Status.UNBOUNDED;
        }
        if (pivots >= maxPivots) {
          return Status.PIVOT_LIMIT;
        }
        pivot(leaving, entering);
      }
    }

    /** After phase 1, replaces each artificial still basic (at level 0) by a real column, where one can take its row. */
    private void driveOutArtificials() {
      for (int i = 0; i < m; i++) {
        if (basis[i] < firstArtificial) {
          continue;
        }
        int best = -1;
        for (int j = 0; j < firstArtificial; j++) {
          if (Math.abs(t[i][j]) > PIVOT_TOLERANCE && (best < 0 || Math.abs(t[i][j]) > Math.abs(t[i][best]))) {
            best = j;
          }
        }
        if (best >= 0) {
          pivot(i, best);
        }
        // Otherwise the row is a combination of others: its artificial stays basic at 0, costs nothing
        // in phase 2 and, as it has no entry in a real column, never leaves nor blocks.
      }
    }

    private void pivot(int row, int column) {
      pivots++;
      double[] pivotRow = t[row];
      double inverse = 1 / pivotRow[column];
      for (int j = 0; j <= columns; j++) {
        pivotRow[j] *= inverse;
      }
      pivotRow[column] = 1;
      for (int i = 0; i < m; i++) {
        if (i != row) {
          eliminate(t[i], pivotRow, column);
          // The right-hand sides stay >= 0 in exact arithmetic; drop the rounding below 0.
          if (!dual) {
            t[i][columns] = Math.max(0, t[i][columns]);
          }
        }
      }
      eliminate(objective, pivotRow, column);
      basis[row] = column;
    }

    private void eliminate(double[] target, double[] pivotRow, int column) {
      double factor = target[column];
      if (factor == 0) {
        return;
      }
      for (int j = 0; j <= columns; j++) {
        target[j] -= factor * pivotRow[j];
      }
      target[column] = 0;
    }
  }

  private static Relation mirror(Relation relation) {
    return switch (relation) {
      case LESS_EQUAL -> Relation.GREATER_EQUAL;
      case GREATER_EQUAL -> Relation.LESS_EQUAL;
      case EQUAL -> Relation.EQUAL;
    };
  }
}
