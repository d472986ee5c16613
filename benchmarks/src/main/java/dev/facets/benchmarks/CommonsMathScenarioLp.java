package dev.facets.benchmarks;

import dev.facets.api.Facet;
import dev.facets.api.FacetMix;
import dev.facets.api.ScenarioSet;
import dev.facets.core.hedge.Objective;
import dev.facets.core.hedge.Robustness;
import dev.facets.core.hedge.RobustnessEvaluator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.commons.math3.exception.MathIllegalStateException;
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
 * The baseline of {@link HedgeBenchmark}: the robust allocation as the library solved it before the
 * cutting-plane method, one linear programme per objective with a row per scenario (and for CVaR a
 * column per scenario) on Commons Math 3.6.1's dense {@link SimplexSolver}. A faithful copy of that
 * model, benchmark-only, built from the public API: payoffs mapped onto [1, 2], twin columns held at
 * 0 and split afterwards, Bland's rule with Dantzig's as the second try when the answer fails the
 * same verification (shares near the simplex, optimum equal to the one re-evaluated by
 * {@link RobustnessEvaluator}). Without bounds or a turnover limit (the benchmark uses none), so the
 * only allocation row is {@code sum_f w_f = 1}.
 *
 * <p>Models, variables all {@code >= 0} (the shares w, then the model's own):
 * <ul>
 *   <li>blend(lambda) (maximin at 0, expected value at 1): maximise {@code lambda sum_f mu_f w_f +
 *       (1 - lambda) t} with {@code t <= V_s} for every s;
 *   <li>minimax regret: minimise r with {@code V_s + r >= max_f P_sf};
 *   <li>CVaR (Rockafellar-Uryasev): maximise {@code alpha zeta - sum_s p_s u_s} with
 *       {@code u_s >= zeta - V_s} and {@code zeta <= 2}.
 * </ul>
 */
final class CommonsMathScenarioLp {
  private static final double EPSILON = 1e-9;
  private static final int MAX_ULPS = 10;
  private static final double CUT_OFF = 1e-10;
  private static final int MAX_ITERATIONS = 10_000;
  private static final double TOLERANCE = 1e-7;

  private CommonsMathScenarioLp() {}

  /** The allocation optimising the objective, or empty when the solver failed (as the old allocator reported it). */
  static Optional<FacetMix> optimize(ScenarioSet scenarios, Objective objective, double alpha) {
    return switch (objective) {
      case MAXIMIN -> solve(scenarios, Model.BLEND, 0, objective, alpha);
      case EXPECTED -> solve(scenarios, Model.BLEND, 1, objective, alpha);
      case MINIMAX_REGRET -> solve(scenarios, Model.MINIMAX_REGRET, Double.NaN, objective, alpha);
      case CVAR -> solve(scenarios, Model.CVAR, alpha, objective, alpha);
    };
  }

  /**
   * The trade-off curve as the old allocator computed it: for lambda = 0, 1/(points - 1), ..., 1 the
   * allocation maximising {@code lambda * expected + (1 - lambda) * worst case}, and its robustness.
   */
  static List<Optional<Robustness>> tradeOffCurve(ScenarioSet scenarios, int points) {
    List<Optional<Robustness>> curve = new ArrayList<>(points);
    for (int i = 0; i < points; i++) {
      double lambda = (double) i / (points - 1);
      curve.add(solve(scenarios, Model.BLEND, lambda, null, RobustnessEvaluator.DEFAULT_ALPHA)
          .map(allocation -> RobustnessEvaluator.DEFAULT.evaluate(allocation, scenarios)));
    }
    return curve;
  }

  private enum Model { BLEND, MINIMAX_REGRET, CVAR }

  private static Optional<FacetMix> solve(
      ScenarioSet scenarios, Model model, double parameter, Objective objective, double alpha) {
    int size = scenarios.size();
    double[][] payoffs = new double[size][];
    double low = Double.POSITIVE_INFINITY;
    double high = Double.NEGATIVE_INFINITY;
    for (int s = 0; s < size; s++) {
      payoffs[s] = scenarios.scenarios().get(s).payoff().toArray();
      low = Math.min(low, Arrays.stream(payoffs[s]).min().getAsDouble());
      high = Math.max(high, Arrays.stream(payoffs[s]).max().getAsDouble());
    }
    double[] probabilities = scenarios.probabilityArray();
    RobustnessEvaluator evaluator = RobustnessEvaluator.DEFAULT.withAlpha(alpha);
    for (PivotSelectionRule rule : List.of(PivotSelectionRule.BLAND, PivotSelectionRule.DANTZIG)) {
      double[] solution;
      try {
        solution = solve(payoffs, probabilities, low, high, model, parameter, rule);
      } catch (MathIllegalStateException e) {
        return Optional.empty(); // infeasible, unbounded or at the iteration limit
      }
      double[] shares = Arrays.copyOf(solution, Facet.COUNT);
      double sum = Arrays.stream(shares).sum();
      if (Arrays.stream(shares).min().getAsDouble() < -TOLERANCE || Math.abs(sum - 1) > TOLERANCE) {
        continue;
      }
      FacetMix allocation = FacetMix.of(Arrays.stream(shares).map(share -> Math.max(0, share)).toArray());
      var robustness = evaluator.evaluate(allocation, scenarios);
      double value = objective != null ? objective.valueOf(robustness)
          : parameter * robustness.expectedValue() + (1 - parameter) * robustness.worstCase();
      double scale = Math.max(Math.max(high - low, Math.abs(value)), Double.MIN_NORMAL);
      if (Math.abs(value - solution[Facet.COUNT]) <= TOLERANCE * scale) {
        return Optional.of(allocation);
      }
    }
    return Optional.empty();
  }

  /** The shares (twins split) followed by the optimum in the payoffs' units. */
  private static double[] solve(double[][] payoffs, double[] probabilities, double low, double high,
      Model model, double parameter, PivotSelectionRule rule) {
    double range = high - low;
    double unit = range > 0 ? range : 1;
    int scenarios = payoffs.length;
    double[][] scaled = new double[scenarios][Facet.COUNT];
    for (int s = 0; s < scenarios; s++) {
      for (int f = 0; f < Facet.COUNT; f++) {
        scaled[s][f] = 1 + (payoffs[s][f] - low) / unit;
      }
    }
    int n = Facet.COUNT + (model == Model.CVAR ? 1 + scenarios : 1);
    int own = Facet.COUNT;
    double[] objective = new double[n];
    List<LinearConstraint> rows = new ArrayList<>();
    GoalType goal = switch (model) {
      case BLEND -> {
        for (int s = 0; s < scenarios; s++) {
          for (int f = 0; f < Facet.COUNT; f++) {
            objective[f] += parameter * probabilities[s] * scaled[s][f];
          }
          rows.add(new LinearConstraint(row(n, scaled[s], -1, own, 1), Relationship.LEQ, 0));
        }
        objective[own] = 1 - parameter;
        yield GoalType.MAXIMIZE;
      }
      case MINIMAX_REGRET -> {
        objective[own] = 1;
        for (int s = 0; s < scenarios; s++) {
          rows.add(new LinearConstraint(row(n, scaled[s], 1, own, 1), Relationship.GEQ,
              Arrays.stream(scaled[s]).max().getAsDouble()));
        }
        yield GoalType.MINIMIZE;
      }
      case CVAR -> {
        objective[own] = parameter;
        rows.add(new LinearConstraint(unit(n, own, 1), Relationship.LEQ, 2));
        double total = Arrays.stream(probabilities).sum();
        for (int s = 0; s < scenarios; s++) {
          objective[own + 1 + s] = -probabilities[s] / total;
          double[] coefficients = row(n, scaled[s], 1, own, -1);
          coefficients[own + 1 + s] = 1;
          rows.add(new LinearConstraint(coefficients, Relationship.GEQ, 0));
        }
        yield GoalType.MAXIMIZE;
      }
    };
    double[] budget = new double[n];
    Arrays.fill(budget, 0, Facet.COUNT, 1);
    rows.add(new LinearConstraint(budget, Relationship.EQ, 1));
    int[] twinOf = twins(scaled);
    for (int f = 0; f < Facet.COUNT; f++) {
      if (twinOf[f] != f) {
        rows.add(new LinearConstraint(unit(n, f, 1), Relationship.LEQ, 0));
      }
    }
    PointValuePair solution = new SimplexSolver(EPSILON, MAX_ULPS, CUT_OFF).optimize(
        new MaxIter(MAX_ITERATIONS), new LinearObjectiveFunction(objective, 0), new LinearConstraintSet(rows),
        goal, new NonNegativeConstraint(true), rule);
    double scaledValue = solution.getValue() / (model == Model.CVAR ? parameter : 1);
    double value = model == Model.MINIMAX_REGRET ? scaledValue * unit : (scaledValue - 1) * unit + low;
    double[] shares = splitAmongTwins(Arrays.copyOf(solution.getPointRef(), Facet.COUNT), twinOf);
    double[] result = Arrays.copyOf(shares, Facet.COUNT + 1);
    result[Facet.COUNT] = value;
    return result;
  }

  private static int[] twins(double[][] scaled) {
    int[] twinOf = new int[Facet.COUNT];
    for (int f = 0; f < Facet.COUNT; f++) {
      twinOf[f] = f;
      for (int g = 0; g < f && twinOf[f] == f; g++) {
        if (twinOf[g] == g && sameColumn(scaled, f, g)) {
          twinOf[f] = g;
        }
      }
    }
    return twinOf;
  }

  private static boolean sameColumn(double[][] scaled, int f, int g) {
    for (double[] row : scaled) {
      if (row[f] != row[g]) {
        return false;
      }
    }
    return true;
  }

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

  private static double[] row(int n, double[] payoffs, double sign, int own, double ownCoefficient) {
    double[] coefficients = new double[n];
    for (int f = 0; f < Facet.COUNT; f++) {
      coefficients[f] = sign * payoffs[f];
    }
    coefficients[own] = ownCoefficient;
    return coefficients;
  }

  private static double[] unit(int n, int index, double value) {
    double[] coefficients = new double[n];
    coefficients[index] = value;
    return coefficients;
  }
}
