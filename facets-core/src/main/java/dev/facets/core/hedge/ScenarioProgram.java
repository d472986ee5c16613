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
 *       {@code u_s >= zeta - V_s}, solved times alpha, with the probabilities divided by their sum
 *       and {@code zeta <= 2} (the largest scaled payoff) so that it stays bounded at alpha = 1.
 * </ul>
 * Payoffs are first mapped affinely onto [1, 2], {@code P' = 1 + (P - min P) / (max P - min P)}.
 * Since the shares sum to 1 each objective is affine-equivariant, so the optimal shares do not
 * change, while t and zeta become positive (no free variables needed) and the solver's tolerances act
 * on a fixed scale whatever the payoffs' units. The offset 1 matters: Commons Math 3.6.1 re-infers
 * the basis from unit columns after phase 1, and a share column whose scaled payoffs were all 0 (a
 * facet paying the minimum everywhere) looks exactly like an artificial variable's unit column, so
 * the solver could hand that variable's value to the share (seen in testing: shares summing to 1.9).
 * With every scaled payoff at least 1, a share column can only equal another share column: two
 * facets with the same payoff in every scenario and no bound or turnover row of their own ("twins").
 * Identical columns break the same re-inference differently: both claim one basic row, and the claim
 * of the first survives the pivot that later makes a third variable basic there, so the first twin
 * is handed that variable's value (seen in testing: one scenario paying enhancement = adaptive = 1,
 * mission 1.2, and the solver answered "all enhancement" with the optimum of "all mission"). So every
 * twin after the first gets the row {@code w <= 0}, which makes the columns differ, and the first
 * twin's share is split evenly among them afterwards: their payoffs are equal, so the split changes
 * no value and treats identical facets alike.
 *
 * <p>The solver's answer is still checked, never trusted: {@link Solution#value()} is the optimum
 * in the original units as the solver computed it from all its variables, which the caller compares
 * with the objective re-evaluated from the shares alone.
 */
final class ScenarioProgram {
  /** The solver's tolerance for optimality and feasibility, on the [1, 2] scale of the scaled payoffs. */
  private static final double EPSILON = 1e-9;
  private static final int MAX_ULPS = 10;
  /**
   * Tableau entries below this are set to 0. Commons Math's default; a smaller cut-off (1e-13 was
   * tried) leaves rounding residue that the ratio test takes for a pivot, and feasible CVaR models
   * were then reported infeasible.
   */
  private static final double CUT_OFF = 1e-10;

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

  /** The optimal shares in facet order (unrepaired) and the optimum in the payoffs' own units. */
  static final class Solution {
    private final double[] shares;
    private final double value;

    Solution(double[] shares, double value) {
      this.shares = shares;
      this.value = value;
    }

    double[] shares() {
      return shares.clone();
    }

    double value() {
      return value;
    }
  }

  /**
   * Solves the programme with the given pivot rule.
   *
   * @throws org.apache.commons.math3.optim.linear.NoFeasibleSolutionException if infeasible
   * @throws org.apache.commons.math3.optim.linear.UnboundedSolutionException if unbounded
   * @throws org.apache.commons.math3.exception.TooManyIterationsException at the iteration limit
   */
  Solution solve(PayoffTable table, AllocationConstraints constraints, int maxIterations, PivotSelectionRule rule) {
    double low = table.minPayoff();
    double range = table.maxPayoff() - low;
    double unit = range > 0 ? range : 1;
    double[][] scaled = scaledPayoffs(table, low, unit);
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
        // Multiplied by alpha, so that no coefficient exceeds 1 whatever the level: the solver's
        // absolute tolerances then mean the same at alpha = 0.01 as at alpha = 1.
        objective[own] = parameter;
        // zeta is a value quantile, so at most the largest scaled payoff; saying so keeps the
        // programme bounded at alpha = 1, where the ray (zeta + d, u + d) would otherwise cost nothing.
        rows.add(new LinearConstraint(unit(n, own, 1), Relationship.LEQ, 2));
        double total = Vectors.sum(table.probabilities);
        for (int s = 0; s < scenarios; s++) {
          objective[own + 1 + s] = -table.probabilities[s] / total;
          // u_s - zeta + V_s >= 0
          double[] coefficients = row(n, scaled[s], 1, own, -1);
          coefficients[own + 1 + s] = 1;
          rows.add(new LinearConstraint(coefficients, Relationship.GEQ, 0));
        }
        break;
    }
    addAllocationRows(rows, n, constraints, turnoverStart);
    int[] twinOf = twins(scaled, constraints);
    for (int f = 0; f < Facet.COUNT; f++) {
      if (twinOf[f] != f) {
        rows.add(new LinearConstraint(unit(n, f, 1), Relationship.LEQ, 0));
      }
    }

    PointValuePair solution = new SimplexSolver(EPSILON, MAX_ULPS, CUT_OFF).optimize(
        new MaxIter(maxIterations),
        new LinearObjectiveFunction(objective, 0),
        new LinearConstraintSet(rows),
        goal,
        new NonNegativeConstraint(true),
        rule);
    double scaledValue = solution.getValue() / (model == Model.CVAR ? parameter : 1);
    // Back to the payoffs' units: values were mapped by V' = 1 + (V - low) / unit, regrets by R' = R / unit.
    double value = model == Model.MINIMAX_REGRET ? scaledValue * unit : (scaledValue - 1) * unit + low;
    return new Solution(splitAmongTwins(Arrays.copyOf(solution.getPointRef(), Facet.COUNT), twinOf), value);
  }

  /**
   * For each facet, the first facet whose LP column is identical to its own (itself when none is):
   * the same scaled payoff in every scenario, and neither bounded nor under a turnover limit.
   */
  private static int[] twins(double[][] scaled, AllocationConstraints constraints) {
    int[] twinOf = new int[Facet.COUNT];
    FacetBounds bounds = constraints.bounds();
    for (int f = 0; f < Facet.COUNT; f++) {
      twinOf[f] = f;
      for (int g = 0; g < f && twinOf[f] == f; g++) {
        if (twinOf[g] == g && constraints.current().isEmpty() && isFree(bounds, f) && isFree(bounds, g)
            && sameColumn(scaled, f, g)) {
          twinOf[f] = g;
        }
      }
    }
    return twinOf;
  }

  private static boolean isFree(FacetBounds bounds, int f) {
    Facet facet = Facet.ordered().get(f);
    return bounds.min(facet) == 0 && bounds.max(facet) == 1;
  }

  private static boolean sameColumn(double[][] scaled, int f, int g) {
    for (double[] row : scaled) {
      if (row[f] != row[g]) {
        return false;
      }
    }
    return true;
  }

  /** Splits each first twin's share evenly among its twins (which the programme held at 0). */
  private static double[] splitAmongTwins(double[] shares, int[] twinOf) {
    double[] split = shares.clone();
    for (int first = 0; first < Facet.COUNT; first++) {
      int size = 0;
      for (int f = 0; f < Facet.COUNT; f++) {
        size += twinOf[f] == first ? 1 : 0;
      }
      for (int f = 0; f < Facet.COUNT; f++) {
        if (size > 1 && twinOf[f] == first) {
          split[f] = shares[first] / size;
        }
      }
    }
    return split;
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

  private static double[][] scaledPayoffs(PayoffTable table, double low, double unit) {
    double[][] scaled = new double[table.size()][Facet.COUNT];
    for (int s = 0; s < scaled.length; s++) {
      for (int f = 0; f < Facet.COUNT; f++) {
        scaled[s][f] = 1 + (table.payoffs[s][f] - low) / unit;
      }
    }
    return scaled;
  }
}
