package dev.facets.core.hedge;

import dev.facets.api.Checks;
import dev.facets.api.FacetMix;
import dev.facets.api.ScenarioSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.ToDoubleFunction;

/**
 * Finds facet allocations that hold up across futures: maximise the worst case, minimise the maximum
 * regret, maximise the expected value or the CVaR, each as a linear programme solved by Commons
 * Math's simplex solver; and the trade-off curve between expected value and worst case.
 *
 * <p>Every answer is an {@link AllocationOutcome}: the optimal allocation with its objective value,
 * or infeasible / unbounded / iteration limit reached with a diagnosis, never null and never a
 * solver exception. Contradictory constraints are caught before solving and named
 * ({@link AllocationConstraints#infeasibility()}). Returned allocations meet their bounds and sum to
 * 1 up to rounding (the solver's last rounding errors, at most 1e-7 or the answer is rejected, are
 * removed), and meet a turnover limit to the solver's tolerance (within 1e-9 in every test). The
 * objective value is the metric of the returned allocation as {@link RobustnessEvaluator} computes
 * it on the original payoffs. When several allocations are optimal (ties between facets), the one
 * returned is a vertex chosen deterministically by the solver.
 *
 * <p>Settings: the CVaR level alpha (default {@value RobustnessEvaluator#DEFAULT_ALPHA}) and the
 * solver's iteration limit (default {@value #DEFAULT_MAX_ITERATIONS}). This class is immutable and
 * thread-safe.
 */
public final class RobustAllocator {
  /** The default iteration limit, far above what models of four facets need. */
  public static final int DEFAULT_MAX_ITERATIONS = 10_000;
  /** The allocator with the default CVaR level and iteration limit. */
  public static final RobustAllocator DEFAULT =
      new RobustAllocator(RobustnessEvaluator.DEFAULT_ALPHA, DEFAULT_MAX_ITERATIONS);
  /** The name a trade-off point's outcome records as its objective. */
  public static final String TRADE_OFF = "trade-off";

  /** How far the shares may miss their constraints (rounding of the master) before they are rejected. */
  private static final double SHARE_TOLERANCE = 1e-9;
  /** How far, relative to the payoff range, the method's optimum may differ from the re-evaluated one. */
  private static final double VALUE_TOLERANCE = 1e-9;

  private final double alpha;
  private final int maxIterations;

  private RobustAllocator(double alpha, int maxIterations) {
    this.alpha = alpha;
    this.maxIterations = maxIterations;
  }

  /**
   * This allocator with another CVaR level, in (0, 1].
   *
   * @throws dev.facets.api.InvalidValueException if alpha is not in (0, 1]
   */
  public RobustAllocator withAlpha(double alpha) {
    return new RobustAllocator(RobustnessEvaluator.checkAlpha(alpha), maxIterations);
  }

  /**
   * This allocator with another iteration limit, at least 1.
   *
   * @throws dev.facets.api.InvalidValueException if the limit is below 1
   */
  public RobustAllocator withMaxIterations(int maxIterations) {
    return new RobustAllocator(alpha, Checks.atLeast(maxIterations, 1, "maxIterations"));
  }

  /** The CVaR level used by the {@link Objective#CVAR} objective. */
  public double alpha() {
    return alpha;
  }

  /** The solver's iteration limit. */
  public int maxIterations() {
    return maxIterations;
  }

  /** The allocation optimising {@code objective} with no constraints beyond the simplex. */
  public AllocationOutcome optimize(ScenarioSet scenarios, Objective objective) {
    return optimize(scenarios, objective, AllocationConstraints.none());
  }

  /** The allocation optimising {@code objective} within the constraints. */
  public AllocationOutcome optimize(
      ScenarioSet scenarios, Objective objective, AllocationConstraints constraints) {
    Objects.requireNonNull(objective, "objective");
    OptionalDouble recordedAlpha = objective == Objective.CVAR ? OptionalDouble.of(alpha) : OptionalDouble.empty();
    return solve(scenarios, constraints, ScenarioProgram.of(objective, alpha), objective.jsonName(),
        recordedAlpha, objective::valueOf);
  }

  /**
   * The trade-off curve between expected value and worst case: for lambda = 0, 1/(points - 1), ...,
   * 1 the allocation maximising {@code lambda * expectedValue + (1 - lambda) * worstCase}. Lambda 0
   * is the maximin allocation, lambda 1 the expected-value one; along the curve the expected value
   * never falls and the worst case never rises, so the curve shows what each step of robustness
   * costs in expected value.
   *
   * @param points the number of grid points, at least 2
   */
  public TradeOffCurve tradeOffCurve(ScenarioSet scenarios, AllocationConstraints constraints, int points) {
    Objects.requireNonNull(scenarios, "scenarios");
    Objects.requireNonNull(constraints, "constraints");
    Checks.atLeast(points, 2, "points");
    List<TradeOffPoint> curve = new ArrayList<>(points);
    for (int i = 0; i < points; i++) {
      double lambda = (double) i / (points - 1);
      AllocationOutcome outcome = solve(scenarios, constraints, ScenarioProgram.blend(lambda), TRADE_OFF,
          OptionalDouble.empty(),
          robustness -> lambda * robustness.expectedValue() + (1 - lambda) * robustness.worstCase());
      curve.add(TradeOffPoint.of(lambda, outcome,
          outcome.allocation().map(allocation -> RobustnessEvaluator.DEFAULT.withAlpha(alpha).evaluate(allocation, scenarios))));
    }
    return TradeOffCurve.of(curve);
  }

  /**
   * Pre-checks the constraints, solves, and verifies the answer: its shares must meet the
   * constraints (to {@value #SHARE_TOLERANCE}) and the objective re-evaluated from the shares alone
   * by {@link RobustnessEvaluator} must match the method's own (to {@value #VALUE_TOLERANCE} of the
   * payoff range); an answer that fails is reported as {@link AllocationStatus#SOLVER_FAILURE},
   * never returned.
   */
  private AllocationOutcome solve(ScenarioSet scenarios, AllocationConstraints constraints,
      ScenarioProgram program, String name, OptionalDouble recordedAlpha,
      ToDoubleFunction<Robustness> metric) {
    Objects.requireNonNull(scenarios, "scenarios");
    Objects.requireNonNull(constraints, "constraints");
    Optional<String> infeasibility = constraints.infeasibility();
    if (infeasibility.isPresent()) {
      return AllocationOutcome.failed(name, recordedAlpha, AllocationStatus.INFEASIBLE, infeasibility.get());
    }
    PayoffTable table = PayoffTable.of(scenarios);
    ScenarioProgram.Solution solution = program.solve(table, constraints, maxIterations);
    if (solution.status() != AllocationStatus.OPTIMAL) {
      return AllocationOutcome.failed(name, recordedAlpha, solution.status(), solution.diagnosis());
    }
    double[] shares = solution.shares().orElseThrow();
    FacetMix allocation = FacetMix.of(shares);
    if (!constraints.isMetBy(allocation, SHARE_TOLERANCE)) {
      return AllocationOutcome.failed(name, recordedAlpha, AllocationStatus.SOLVER_FAILURE,
          "the shares " + Arrays.toString(shares) + " break the constraints " + constraints + "; please report it");
    }
    double value = metric.applyAsDouble(RobustnessEvaluator.DEFAULT.withAlpha(alpha).evaluate(allocation, scenarios, table));
    double scale = Math.max(Math.max(table.maxPayoff() - table.minPayoff(), Math.abs(value)), Double.MIN_NORMAL);
    if (Math.abs(value - solution.value()) > VALUE_TOLERANCE * scale) {
      return AllocationOutcome.failed(name, recordedAlpha, AllocationStatus.SOLVER_FAILURE,
          "the method's optimum " + solution.value() + " differs from the value " + value
              + " the shares " + Arrays.toString(shares) + " give; please report it");
    }
    return AllocationOutcome.optimal(name, recordedAlpha, allocation, value, "");
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RobustAllocator
        && Double.compare(alpha, ((RobustAllocator) other).alpha) == 0
        && maxIterations == ((RobustAllocator) other).maxIterations;
  }

  @Override
  public int hashCode() {
    return Objects.hash(alpha, maxIterations);
  }

  /** For example {@code RobustAllocator{alpha=0.2, maxIterations=10000}}. */
  @Override
  public String toString() {
    return "RobustAllocator{alpha=" + alpha + ", maxIterations=" + maxIterations + "}";
  }
}
