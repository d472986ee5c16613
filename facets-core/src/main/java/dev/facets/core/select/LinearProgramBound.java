package dev.facets.core.select;

import dev.facets.api.Facet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;

/**
 * The tight lower bound: each objective minimised over the linear relaxation of the node, the
 * fractional selection, with the ratio linearised.
 *
 * <p>Relax each free candidate to a fraction {@code x_j in [0, 1]}: the shares are the ratio
 * {@code (A_I + sum x_j b_j m_j) / (W_I + sum x_j b_j)}. The Charnes-Cooper change of variables
 * turns it linear: with {@code mu_0 = W_I / (W_I + sum x_j b_j)} and
 * {@code mu_j = x_j b_j / (W_I + sum x_j b_j)}, the shares are {@code p = mu_0 p_I + sum mu_j m_j}
 * with {@code mu >= 0, sum mu = 1}, and the constraints on x become linear in mu:
 * {@code x_j <= 1} is {@code W_I mu_j <= b_j mu_0}; the budget {@code sum c_j x_j <= R} is
 * {@code sum (c_j / b_j) mu_j <= (R / W_I) mu_0}; a prerequisite {@code x_b <= x_a} is
 * {@code b_a mu_b <= b_b mu_a}; an exclusion {@code x_a + x_b <= 1} is
 * {@code mu_a / b_a + mu_b / b_b <= mu_0 / W_I}. (With nothing funded yet, mu_0 is absent and only
 * the prerequisites constrain: any fraction may be scaled down at will.) Every integral completion
 * is a point of this polytope, so minimising a convex piecewise-linear objective of p over it gives a
 * valid bound: total variation as {@code sum e_f} with {@code e_f >= p_f - t_f}, maximum regret as r
 * with {@code r >= max_f P_sf - P_s . p}. The Euclidean distance is bounded below by a polyhedral
 * inner model, the largest of the total variation and twenty unit directions u of the plane
 * {@code sum d = 0}, since {@code ||p - t|| >= u . (p - t)}.
 *
 * <p>The simplex method stops within its tolerance of the optimum, so the bound is lowered by
 * {@value #MARGIN} (times the payoff scale for regret) before use; a solver failure just leaves the
 * hull bound in place.
 */
final class LinearProgramBound implements NodeBound {
  /** How far below the simplex method's optimum the bound is taken (per unit of objective scale). */
  static final double MARGIN = 1e-7;
  private static final double EPSILON = 1e-10;
  private static final double CUT_OFF = 1e-13;
  private static final int MAX_ITERATIONS = 10_000;

  private final SelectionInstance instance;
  private final double[][] directions;
  private final double regretScale;

  LinearProgramBound(SelectionInstance instance) {
    this.instance = instance;
    this.directions = directions();
    this.regretScale = instance.hasScenarios()
        ? instance.tolerance[instance.objectiveCount - 1] / SelectionInstance.RELATIVE_REGRET_TOLERANCE : 1;
  }

  @Override
  public double[] lowerBounds(Node node) {
    boolean funded = node.weight > 0;
    if (!funded && node.addable == 0) {
      return null;
    }
    Relaxation relaxation = new Relaxation(node);
    double[] bounds = new double[instance.objectiveCount];
    if (instance.hasTarget()) {
      bounds[0] = relaxation.distance() - MARGIN;
    }
    if (instance.hasScenarios()) {
      bounds[instance.objectiveCount - 1] = relaxation.regret() - MARGIN * regretScale;
    }
    return bounds;
  }

  /** Unit directions of the plane sum d = 0: (e_f - e_g) / sqrt 2, and +-(e_f - the rest / 3) / sqrt(4/3). */
  private static double[][] directions() {
    List<double[]> directions = new ArrayList<>();
    for (int f = 0; f < Facet.COUNT; f++) {
      for (int g = 0; g < Facet.COUNT; g++) {
        if (f != g) {
          double[] u = new double[Facet.COUNT];
          u[f] = Math.sqrt(0.5);
          u[g] = -Math.sqrt(0.5);
          directions.add(u);
        }
      }
      for (int sign = -1; sign <= 1; sign += 2) {
        double[] u = new double[Facet.COUNT];
        double norm = Math.sqrt(4.0 / 3.0);
        Arrays.fill(u, -sign / 3.0 / norm);
        u[f] = sign / norm;
        directions.add(u);
      }
    }
    return directions.toArray(new double[0][]);
  }

  /** The relaxed polytope of one node, in the variables mu (then each objective's own variables). */
  private final class Relaxation {
    private final boolean funded;
    private final int[] added;
    private final int mixVariables;
    private final double[][] mixOf;
    private final List<double[]> rows = new ArrayList<>();
    private final List<Relationship> relations = new ArrayList<>();
    private final List<Double> rights = new ArrayList<>();

    Relaxation(Node node) {
      funded = node.weight > 0;
      added = new int[Long.bitCount(node.addable)];
      int count = 0;
      for (long rest = node.addable; rest != 0; rest &= rest - 1) {
        added[count++] = Long.numberOfTrailingZeros(rest);
      }
      int offset = funded ? 1 : 0;
      mixVariables = offset + added.length;
      mixOf = new double[mixVariables][];
      if (funded) {
        mixOf[0] = node.funded();
      }
      for (int k = 0; k < added.length; k++) {
        mixOf[offset + k] = instance.mix[added[k]];
      }
      double[] sum = new double[mixVariables];
      Arrays.fill(sum, 1);
      add(sum, Relationship.EQ, 1);
      double weightIn = node.weight;
      for (int k = 0; k < added.length; k++) {
        int j = added[k];
        if (funded) {
          double[] row = new double[mixVariables];
          row[offset + k] = weightIn;
          row[0] = -instance.weight[j];
          add(row, Relationship.LEQ, 0);
        }
        for (int l = 0; l < added.length; l++) {
          int a = added[l];
          if ((instance.requires[j] & SelectionInstance.bit(a)) != 0) {
            double[] row = new double[mixVariables];
            row[offset + k] = instance.weight[a];
            row[offset + l] = -instance.weight[j];
            add(row, Relationship.LEQ, 0);
          }
          if (funded && l > k && (instance.excludes[j] & SelectionInstance.bit(a)) != 0) {
            double[] row = new double[mixVariables];
            row[offset + k] = 1 / instance.weight[j];
            row[offset + l] = 1 / instance.weight[a];
            row[0] = -1 / weightIn;
            add(row, Relationship.LEQ, 0);
          }
        }
      }
      if (funded) {
        double[] row = new double[mixVariables];
        boolean costly = false;
        for (int k = 0; k < added.length; k++) {
          row[offset + k] = instance.cost[added[k]] * weightIn / instance.weight[added[k]];
          costly |= row[offset + k] > 0;
        }
        row[0] = -node.remaining;
        if (costly) {
          add(row, Relationship.LEQ, 0);
        }
      }
    }

    /** Adds a row scaled to a largest coefficient of 1, which keeps the simplex tableau well conditioned. */
    private void add(double[] row, Relationship relation, double right) {
      double scale = 0;
      for (double c : row) {
        scale = Math.max(scale, Math.abs(c));
      }
      if (scale == 0 || !Double.isFinite(scale)) {
        scale = 1;
      }
      for (int i = 0; i < row.length; i++) {
        row[i] /= scale;
      }
      rows.add(row);
      relations.add(relation);
      rights.add(right / scale);
    }

    /** The row of coefficients of p_f (a linear form in mu) after the mix variables. */
    private double[] share(int f, int width) {
      double[] row = new double[width];
      for (int v = 0; v < mixVariables; v++) {
        row[v] = mixOf[v][f];
      }
      return row;
    }

    double distance() {
      boolean euclidean = instance.measure == DistanceMeasure.EUCLIDEAN;
      int width = mixVariables + Facet.COUNT + (euclidean ? 1 : 0);
      List<LinearConstraint> constraints = base(width);
      double[] objective = new double[width];
      for (int f = 0; f < Facet.COUNT; f++) {
        double[] row = negate(share(f, width));
        row[mixVariables + f] = 1;
        constraints.add(new LinearConstraint(row, Relationship.GEQ, -instance.target[f]));
        objective[mixVariables + f] = 1;
      }
      if (euclidean) {
        int z = width - 1;
        double[] total = new double[width];
        total[z] = 1;
        for (int f = 0; f < Facet.COUNT; f++) {
          total[mixVariables + f] = -1;
        }
        constraints.add(new LinearConstraint(total, Relationship.GEQ, 0));
        for (double[] u : directions) {
          double[] row = new double[width];
          double right = 0;
          for (int f = 0; f < Facet.COUNT; f++) {
            double[] share = share(f, width);
            for (int v = 0; v < mixVariables; v++) {
              row[v] -= u[f] * share[v];
            }
            right -= u[f] * instance.target[f];
          }
          row[z] = 1;
          constraints.add(new LinearConstraint(row, Relationship.GEQ, right));
        }
        objective = new double[width];
        objective[z] = 1;
      }
      return solve(objective, constraints);
    }

    double regret() {
      int width = mixVariables + 1;
      List<LinearConstraint> constraints = base(width);
      for (int s = 0; s < instance.payoff.length; s++) {
        double[] row = new double[width];
        for (int f = 0; f < Facet.COUNT; f++) {
          double[] share = share(f, width);
          for (int v = 0; v < mixVariables; v++) {
            row[v] += instance.payoff[s][f] * share[v];
          }
        }
        row[mixVariables] = 1;
        constraints.add(new LinearConstraint(row, Relationship.GEQ, instance.bestPayoff[s]));
      }
      double[] objective = new double[width];
      objective[mixVariables] = 1;
      return solve(objective, constraints);
    }

    private List<LinearConstraint> base(int width) {
      List<LinearConstraint> constraints = new ArrayList<>();
      for (int r = 0; r < rows.size(); r++) {
        constraints.add(new LinearConstraint(Arrays.copyOf(rows.get(r), width), relations.get(r), rights.get(r)));
      }
      return constraints;
    }

    private double solve(double[] objective, List<LinearConstraint> constraints) {
      try {
        return new SimplexSolver(EPSILON, 10, CUT_OFF).optimize(
                new MaxIter(MAX_ITERATIONS),
                new LinearObjectiveFunction(objective, 0),
                new LinearConstraintSet(constraints),
                GoalType.MINIMIZE,
                new NonNegativeConstraint(true))
            .getValue();
      } catch (MathIllegalStateException failed) {
        return Double.NEGATIVE_INFINITY; // no information: the hull bound stands
      }
    }
  }

  private static double[] negate(double[] row) {
    for (int i = 0; i < row.length; i++) {
      row[i] = -row[i];
    }
    return row;
  }
}
