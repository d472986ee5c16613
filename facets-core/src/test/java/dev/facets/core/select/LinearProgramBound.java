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
 * The linear-relaxation bound the selector was measured against (and does not use): each
 * objective minimised over the fractional selection, the ratio linearised, solved by Commons
 * Math's simplex method, and made rigorous through the dual.
 *
 * <p>Relax each free candidate to a fraction {@code x_j in [0, 1]}: the shares are the ratio
 * {@code (A_I + sum x_j b_j m_j) / (W_I + sum x_j b_j)}. The Charnes-Cooper change of variables
 * turns it linear: with {@code mu_0 = W_I / (W_I + sum x_j b_j)} and
 * {@code mu_j = x_j b_j / (W_I + sum x_j b_j)}, the shares are {@code p = mu_0 p_I + sum mu_j m_j}
 * with {@code mu >= 0, sum mu = 1}, and the constraints on x become linear in mu: {@code x_j <= 1} is
 * {@code W_I mu_j <= b_j mu_0}; the budget {@code sum c_j x_j <= R} is
 * {@code sum (c_j W_I / b_j) mu_j <= R mu_0}; a prerequisite {@code x_b <= x_a} is
 * {@code b_a mu_b <= b_b mu_a}; an exclusion {@code x_a + x_b <= 1} is
 * {@code mu_a / b_a + mu_b / b_b <= mu_0 / W_I}. (With nothing funded yet, mu_0 is absent and only
 * the prerequisites constrain: any fractions may be scaled down at will.) Every integral completion
 * is a point of this polytope, so a convex piecewise-linear objective minimised over it is a valid
 * bound: total variation as {@code sum e_f} with {@code e_f >= p_f - t_f}; maximum regret as r with
 * {@code r >= max_f P_sf - P_s . p}; the Euclidean distance from below by the largest of the total
 * variation and twenty unit directions u of the plane {@code sum d = 0}
 * ({@code ||p - t|| >= u . (p - t)}).
 *
 * <p>The simplex method cannot be trusted for that minimum: with budgets spanning many orders of
 * magnitude the relaxation is badly conditioned, and with a tight tolerance the solver returned
 * 0.5 where a completion reaches 0.32 ({@code NodeBoundProperties} found it). So the bound is taken
 * from the dual instead, which needs no accuracy at all: for any multipliers y of the right signs
 * (>= 0 on a >= row, <= 0 on a <= row), weak duality with the variables' box {@code 0 <= x <= U}
 * gives {@code c . x >= b . y + sum_j U_j min(0, (c - A^T y)_j)} for every feasible x. The solver
 * only has to find good multipliers; a poor answer weakens the bound, never breaks it.
 */
final class LinearProgramBound implements NodeBound {
  private final SelectionInstance instance;
  private final double[][] directions;
  private final double regretCeiling;

  LinearProgramBound(SelectionInstance instance) {
    this.instance = instance;
    this.directions = directions();
    double ceiling = 0;
    for (int s = 0; instance.hasScenarios() && s < instance.payoff.length; s++) {
      ceiling = Math.max(ceiling, instance.bestPayoff[s] - Arrays.stream(instance.payoff[s]).min().getAsDouble());
    }
    this.regretCeiling = ceiling;
  }

  @Override
  public double[] lowerBounds(Node node) {
    if (node.weight == 0 && node.addable == 0) {
      return null;
    }
    Relaxation relaxation = new Relaxation(node);
    double[] bounds = new double[instance.objectiveCount];
    if (instance.hasTarget()) {
      bounds[0] = relaxation.distance();
    }
    if (instance.hasScenarios()) {
      bounds[instance.objectiveCount - 1] = relaxation.regret();
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
        double norm = Math.sqrt(4.0 / 3.0);
        double[] u = new double[Facet.COUNT];
        Arrays.fill(u, -sign / 3.0 / norm);
        u[f] = sign / norm;
        directions.add(u);
      }
    }
    return directions.toArray(new double[0][]);
  }

  /** One linear program: minimise c . x subject to rows, 0 <= x <= upper. */
  private static final class Model {
    final double[] objective;
    final double[] upper;
    final List<double[]> rows = new ArrayList<>();
    final List<Relationship> relations = new ArrayList<>();
    final List<Double> rights = new ArrayList<>();

    Model(double[] objective, double[] upper) {
      this.objective = objective;
      this.upper = upper;
    }

    void add(double[] row, Relationship relation, double right) {
      rows.add(row);
      relations.add(relation);
      rights.add(right);
    }

    /**
     * A guaranteed lower bound on the minimum: the dual solved by the simplex method, then
     * b . y + sum_j U_j min(0, (c - A^T y)_j) for the multipliers found (negative infinity when the
     * solver gives none).
     */
    double safeMinimum() {
      // Dual variables v >= 0: one per >= row (y = v), one per <= row (y = -v), two per = row (y = v+ - v-).
      List<int[]> duals = new ArrayList<>(); // {row, sign}
      for (int i = 0; i < rows.size(); i++) {
        switch (relations.get(i)) {
          case GEQ:
            duals.add(new int[] {i, 1});
            break;
          case LEQ:
            duals.add(new int[] {i, -1});
            break;
          default:
            duals.add(new int[] {i, 1});
            duals.add(new int[] {i, -1});
        }
      }
      int variables = objective.length;
      List<LinearConstraint> constraints = new ArrayList<>();
      for (int j = 0; j < variables; j++) {
        double[] column = new double[duals.size()];
        for (int k = 0; k < duals.size(); k++) {
          column[k] = duals.get(k)[1] * rows.get(duals.get(k)[0])[j];
        }
        constraints.add(new LinearConstraint(column, Relationship.LEQ, objective[j]));
      }
      double[] gain = new double[duals.size()];
      for (int k = 0; k < duals.size(); k++) {
        gain[k] = duals.get(k)[1] * rights.get(duals.get(k)[0]);
      }
      double[] v;
      try {
        v = new SimplexSolver().optimize(new MaxIter(10_000), new LinearObjectiveFunction(gain, 0),
            new LinearConstraintSet(constraints), GoalType.MAXIMIZE, new NonNegativeConstraint(true)).getPoint();
      } catch (MathIllegalStateException failed) {
        return Double.NEGATIVE_INFINITY;
      }
      double[] y = new double[rows.size()];
      for (int k = 0; k < duals.size(); k++) {
        y[duals.get(k)[0]] += duals.get(k)[1] * Math.max(0, v[k]);
      }
      double bound = 0;
      for (int i = 0; i < rows.size(); i++) {
        bound += rights.get(i) * y[i];
      }
      double magnitude = Math.abs(bound);
      for (int j = 0; j < variables; j++) {
        double reduced = objective[j];
        for (int i = 0; i < rows.size(); i++) {
          reduced -= rows.get(i)[j] * y[i];
        }
        bound += upper[j] * Math.min(0, reduced);
        magnitude += Math.abs(upper[j] * reduced);
      }
      return bound - 1e-12 * (1 + magnitude); // the sums above round too
    }
  }

  /** The relaxed polytope of one node, in the variables mu (then each objective's own variables). */
  private final class Relaxation {
    private final int mixVariables;
    private final double[][] mixOf;
    private final List<double[]> rows = new ArrayList<>();
    private final List<Relationship> relations = new ArrayList<>();
    private final List<Double> rights = new ArrayList<>();

    Relaxation(Node node) {
      boolean funded = node.weight > 0;
      int[] added = new int[Long.bitCount(node.addable)];
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
      for (int k = 0; k < added.length; k++) {
        int j = added[k];
        if (funded) {
          double[] row = new double[mixVariables];
          row[offset + k] = node.weight;
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
            row[0] = -1 / node.weight;
            add(row, Relationship.LEQ, 0);
          }
        }
      }
      if (funded) {
        double[] row = new double[mixVariables];
        boolean costly = false;
        for (int k = 0; k < added.length; k++) {
          row[offset + k] = instance.cost[added[k]] * node.weight / instance.weight[added[k]];
          costly |= row[offset + k] > 0;
        }
        row[0] = -node.remaining;
        if (costly) {
          add(row, Relationship.LEQ, 0);
        }
      }
    }

    /** Adds a row scaled to a largest coefficient of 1, which helps the simplex method find good multipliers. */
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

    /** The model with the mix rows, widened to the given number of variables, every mu at most 1. */
    private Model model(double[] objective, double[] upper) {
      Arrays.fill(upper, 0, mixVariables, 1);
      Model model = new Model(objective, upper);
      for (int r = 0; r < rows.size(); r++) {
        model.add(Arrays.copyOf(rows.get(r), objective.length), relations.get(r), rights.get(r));
      }
      return model;
    }

    /** The coefficients of p_f, a linear form in mu. */
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
      double[] objective = new double[width];
      double[] upper = new double[width];
      // At the optimum e_f = (p_f - t_f)+ <= 1 and z <= sqrt 2 < 2, so these boxes cut off no optimum.
      Arrays.fill(upper, mixVariables, width, euclidean ? 2 : 1);
      Model model = model(objective, upper);
      for (int f = 0; f < Facet.COUNT; f++) {
        double[] row = share(f, width);
        for (int v = 0; v < mixVariables; v++) {
          row[v] = -row[v];
        }
        row[mixVariables + f] = 1;
        model.add(row, Relationship.GEQ, -instance.target[f]);
      }
      if (!euclidean) {
        Arrays.fill(objective, mixVariables, width, 1);
        return model.safeMinimum();
      }
      int z = width - 1;
      objective[z] = 1;
      double[] total = new double[width];
      total[z] = 1;
      Arrays.fill(total, mixVariables, z, -1);
      model.add(total, Relationship.GEQ, 0);
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
        model.add(row, Relationship.GEQ, right);
      }
      return model.safeMinimum();
    }

    double regret() {
      int width = mixVariables + 1;
      double[] objective = new double[width];
      objective[mixVariables] = 1;
      double[] upper = new double[width];
      upper[mixVariables] = regretCeiling; // the regret of any mix on the simplex
      Model model = model(objective, upper);
      for (int s = 0; s < instance.payoff.length; s++) {
        double[] row = new double[width];
        for (int f = 0; f < Facet.COUNT; f++) {
          double[] share = share(f, width);
          for (int v = 0; v < mixVariables; v++) {
            row[v] += instance.payoff[s][f] * share[v];
          }
        }
        row[mixVariables] = 1;
        model.add(row, Relationship.GEQ, instance.bestPayoff[s]);
      }
      return model.safeMinimum();
    }
  }
}
