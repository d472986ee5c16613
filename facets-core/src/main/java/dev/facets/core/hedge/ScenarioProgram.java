package dev.facets.core.hedge;

import dev.facets.api.Facet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.PivotSelectionRule;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;

/**
 * One scenario-robust allocation as a linear programme for Commons Math's {@link SimplexSolver}.
 *
 * <p>Variables, all {@code >= 0}: the four shares w, then the model's own (t for the worst case, r
 * for the maximum regret, zeta and u_s for CVaR), then four turnover variables v_f >= |w_f - c_f|
 * when there is a turnover limit. Rows common to every model: {@code sum_f w_f = 1},
 * {@code w_f >= min_f} and {@code w_f <= max_f} where they bind, and {@code v_f >= w_f - c_f},
 * {@code v_f >= c_f - w_f}, {@code sum_f v_f <= k}. The models:
 * <ul>
 *   <li>blend(lambda) (maximin at 0, expected value at 1, the trade-off curve between): maximise
 *       {@code lambda sum_f mu_f w_f + (1 - lambda) t} with {@code t <= V_s} for every s;
 *   <li>minimax regret: minimise r with {@code V_s + r >= max_f P_sf};
 *   <li>CVaR (Rockafellar-Uryasev, for values): maximise {@code zeta - (1/alpha) sum_s p_s u_s} with
 *       {@code u_s >= zeta - V_s}.
 * </ul>
 * Payoffs are first mapped affinely onto [0, 1], {@code P' = (P - min P) / (max P - min P)}. Since the
 * shares sum to 1 each objective is affine-equivariant, so the optimal shares do not change, while
 * t, zeta and r become non-negative (no free variables needed) and the solver's tolerances act on a
 * fixed scale whatever the payoffs' units. The caller re-evaluates the objective on the original
 * payoffs.
 */
final class ScenarioProgram {
  /** The solver's tolerance for optimality and feasibility, on the [0, 1] scale of the scaled payoffs. */
  private static final double EPSILON = 1e-9;
  private static final int MAX_ULPS = 10;
  private static final double CUT_OFF = 1e-13;

  private enum Model { BLEND, MINIMAX_REGRET, CVAR }

  private final Model model;
  private final double parameter; // lambda for BLEND, alpha for CVAR

  private ScenarioProgram(Model model, double parameter) {
    this.model = model;
    this.parameter = parameter;
  }

  static ScenarioProgram of(Objective objective, double alpha) {
    switch (objective) {
      case MAXIMIN:
        return blend(0);
      case EXPECTED:
        return blend(1);
      case MINIMAX_REGRET:
        return new ScenarioProgram(Model.MINIMAX_REGRET, Double.NaN);
      default:
        return new ScenarioProgram(Model.CVAR, alpha);
    }
  }

  static ScenarioProgram blend(double lambda) {
    return new ScenarioProgram(Model.BLEND, lambda);
  }

  /**
   * Solves the programme and returns the optimal shares in facet order (unrepaired).
   *
   * @throws org.apache.commons.math3.optim.linear.NoFeasibleSolutionException if infeasible
   * @throws org.apache.commons.math3.optim.linear.UnboundedSolutionException if unbounded
   * @throws org.apache.commons.math3.exception.TooManyIterationsException at the iteration limit
   */
  double[] solve(PayoffTable table, AllocationConstraints constraints, int maxIterations) {
    double[][] scaled = scaledPayoffs(table);
    int scenarios = scaled.length;
    int extras = model == Model.CVAR ? 1 + scenarios : 1;
    int turnoverStart = Facet.COUNT + extras;
    boolean turnover = constraints.current().isPresent();
    int n = turnoverStart + (turnover ? Facet.COUNT : 0);
    int own = Facet.COUNT; // the model's first own variable: t, r or zeta

    double[] objective = new double[n];
    List<LinearConstraint> rows = new ArrayList<>();
    GoalType goal = GoalType.MAXIMIZE;
    switch (model) {
      case BLEND:
        for (int s = 0; s < scenarios; s++) {
          for (int f = 0; f < Facet.COUNT; f++) {
            objective[f] += parameter * table.probabilities[s] * scaled[s][f];
          }
          // t - V_s <= 0
          rows.add(new LinearConstraint(row(n, scaled[s], -1, own, 1), Relationship.LEQ, 0));
        }
        objective[own] = 1 - parameter;
        break;
      case MINIMAX_REGRET:
        goal = GoalType.MINIMIZE;
        objective[own] = 1;
        for (int s = 0; s < scenarios; s++) {
          // V_s + r >= max_f P'_sf
          rows.add(new LinearConstraint(row(n, scaled[s], 1, own, 1), Relationship.GEQ, Vectors.max(scaled[s])));
        }
        break;
      default:
        objective[own] = 1;
        for (int s = 0; s < scenarios; s++) {
          objective[own + 1 + s] = -table.probabilities[s] / parameter;
          // u_s - zeta + V_s >= 0
          double[] coefficients = row(n, scaled[s], 1, own, -1);
          coefficients[own + 1 + s] = 1;
          rows.add(new LinearConstraint(coefficients, Relationship.GEQ, 0));
        }
        break;
    }
    addAllocationRows(rows, n, constraints, turnoverStart);

    PointValuePair solution = new SimplexSolver(EPSILON, MAX_ULPS, CUT_OFF).optimize(
        new MaxIter(maxIterations),
        new LinearObjectiveFunction(objective, 0),
        new LinearConstraintSet(rows),
        goal,
        new NonNegativeConstraint(true),
        PivotSelectionRule.BLAND);
    return Arrays.copyOf(solution.getPointRef(), Facet.COUNT);
  }

  /** The coefficients {@code sign * P'_s} on the shares plus {@code ownCoefficient} on one variable. */
  private static double[] row(int n, double[] payoffs, double sign, int own, double ownCoefficient) {
    double[] coefficients = new double[n];
    for (int f = 0; f < Facet.COUNT; f++) {
      coefficients[f] = sign * payoffs[f];
    }
    coefficients[own] = ownCoefficient;
    return coefficients;
  }

  private static void addAllocationRows(
      List<LinearConstraint> rows, int n, AllocationConstraints constraints, int turnoverStart) {
    double[] budget = new double[n];
    Arrays.fill(budget, 0, Facet.COUNT, 1);
    rows.add(new LinearConstraint(budget, Relationship.EQ, 1));
    FacetBounds bounds = constraints.bounds();
    for (Facet facet : Facet.ordered()) {
      int f = facet.ordinal();
      if (bounds.min(facet) > 0) {
        rows.add(new LinearConstraint(unit(n, f, 1), Relationship.GEQ, bounds.min(facet)));
      }
      if (bounds.max(facet) < 1) {
        rows.add(new LinearConstraint(unit(n, f, 1), Relationship.LEQ, bounds.max(facet)));
      }
    }
    if (constraints.current().isEmpty()) {
      return;
    }
    double[] current = constraints.current().get().toArray();
    double[] total = new double[n];
    for (int f = 0; f < Facet.COUNT; f++) {
      int v = turnoverStart + f;
      double[] above = unit(n, v, 1);
      above[f] = -1;
      rows.add(new LinearConstraint(above, Relationship.GEQ, -current[f])); // v_f >= w_f - c_f
      double[] below = unit(n, v, 1);
      below[f] = 1;
      rows.add(new LinearConstraint(below, Relationship.GEQ, current[f])); // v_f >= c_f - w_f
      total[v] = 1;
    }
    rows.add(new LinearConstraint(total, Relationship.LEQ, constraints.turnoverLimit().getAsDouble()));
  }

  private static double[] unit(int n, int index, double value) {
    double[] coefficients = new double[n];
    coefficients[index] = value;
    return coefficients;
  }

  private static double[][] scaledPayoffs(PayoffTable table) {
    double low = table.minPayoff();
    double range = table.maxPayoff() - low;
    double divisor = range > 0 ? range : 1;
    double[][] scaled = new double[table.size()][Facet.COUNT];
    for (int s = 0; s < scaled.length; s++) {
      for (int f = 0; f < Facet.COUNT; f++) {
        scaled[s][f] = (table.payoffs[s][f] - low) / divisor;
      }
    }
    return scaled;
  }
}
