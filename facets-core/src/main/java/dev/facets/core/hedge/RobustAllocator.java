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
 * regret, maximise the expected value or the CVaR; and the trade-off curve between expected value
 * and worst case. The objectives are defined in {@code docs/metrics.md#robust-allocations}.
 *
 * <p><b>Method.</b> With four facets the allocation w lives on a 3-simplex (cut down by the bounds
 * and the turnover limit), and every objective is a concave piecewise-linear function of w: the
 * worst case {@code min_s V_s} with {@code V_s = sum_f w_f P_sf}, minus the maximum regret
 * {@code max_s (max_f P_sf - V_s)}, the CVaR (the minimum of {@code sum_s q_s V_s} over the tail
 * weights {@code 0 <= q_s <= p_s / alpha}, {@code sum_s q_s = 1}), the expected value
 * {@code sum_s p_s V_s} (linear), and the trade-off blend {@code lambda * expected + (1 - lambda) *
 * worst case}. The allocator maximises them by constraint generation over the scenarios: a master
 * linear programme over (w, t) holds only the pieces found so far ({@code t <= } one scenario's
 * value, one scenario's negative regret, or one tail's mean), each round one pass over the scenarios
 * finds the piece that is lowest at the master's w (for CVaR the tail at w, by weighted selection)
 * and adds it, until the master's bound equals the objective at w. The master has at most nine
 * variables and a few dozen rows, solved by a small dense simplex (Bland's rule). Time is a few dozen
 * linear passes over the scenarios, memory a copy of the payoffs: linear in the scenarios.
 *
 * <p><b>Proof of optimality.</b> The master holds a subset of the pieces, so it is a relaxation:
 * its optimum is an upper bound on the true optimum, and it is certified by the master's dual values
 * (weak duality on the master's original rows, independent of the pivots' rounding). The allocation
 * returned attains the objective within 1e-11 of the payoff range (largest minus smallest payoff) of
 * that bound, so no allocation within the constraints does better by more than that. (Should the
 * master's rounding ever keep the two apart, the method stops when no new piece is left to add and
 * accepts a gap up to 1e-9 of the range, or else reports a solver failure.)
 *
 * <p><b>Verification.</b> Every answer is an {@link AllocationOutcome}: the optimal allocation with
 * its objective value, or infeasible / iteration limit reached / solver failure with a diagnosis,
 * never null and never an exception of the method. Contradictory constraints are caught before
 * solving and named ({@link AllocationConstraints#infeasibility()}); on feasible constraints the
 * answer is never {@code infeasible}. Returned allocations meet their bounds and sum to 1 up to
 * rounding, and meet a turnover limit within 1e-9 (checked; an answer that misses is reported as a
 * {@link AllocationStatus#SOLVER_FAILURE}, never returned). The objective value is the metric of the
 * returned allocation as {@link RobustnessEvaluator} computes it on the original payoffs, and it must
 * agree with the method's own value within 1e-9 of the payoff range.
 *
 * <p><b>Ties.</b> When several allocations are optimal, the one returned is the vertex the master's
 * fixed pivoting rule (Bland's) reaches: the same for the same input. Facets that pay the same in
 * every scenario and have the same bounds and current share are interchangeable; they get equal
 * shares (the mean of what the master gave them), which changes no value.
 *
 * <p>Settings: the CVaR level alpha (default {@value RobustnessEvaluator#DEFAULT_ALPHA}, any value in
 * (0, 1], also tiny or subnormal ones) and the iteration limit (default {@value
 * #DEFAULT_MAX_ITERATIONS}): the most master programmes one optimisation may solve. This class is
 * immutable and thread-safe.
 */
public final class RobustAllocator {
  /**
   * The default iteration limit: far above the few dozen rounds the cutting-plane method takes on
   * four facets (each round adds a piece the master lacks, so the rounds are finite in any case).
   */
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
   * {@return this allocator with another CVaR level, in (0, 1]}
   *
   * @param alpha the share of probability mass in the tail whose mean value the {@link Objective#CVAR}
   *     objective maximises, in (0, 1] (1 is the expected value)
   * @throws dev.facets.api.InvalidValueException if alpha is not in (0, 1]
   */
  public RobustAllocator withAlpha(double alpha) {
    return new RobustAllocator(RobustnessEvaluator.checkAlpha(alpha), maxIterations);
  }

  /**
   * {@return this allocator with another iteration limit}
   *
   * <p>The limit is the most rounds of the cutting-plane method (master programmes solved) in one
   * optimisation. An optimisation that reaches it ends as {@link AllocationStatus#LIMIT_REACHED}, its
   * diagnosis giving the interval the optimum was known to lie in. Each trade-off point is one
   * optimisation.
   *
   * @param maxIterations the most rounds of one optimisation, at least 1
   * @throws dev.facets.api.InvalidValueException if the limit is below 1
   */
  public RobustAllocator withMaxIterations(int maxIterations) {
    return new RobustAllocator(alpha, Checks.atLeast(maxIterations, 1, "maxIterations"));
  }

  /** {@return the CVaR level used by the {@link Objective#CVAR} objective} */
  public double alpha() {
    return alpha;
  }

  /** {@return the iteration limit: the most rounds (master programmes) of one optimisation} */
  public int maxIterations() {
    return maxIterations;
  }

  /**
   * {@return the allocation optimising {@code objective} with no constraints beyond the simplex}
   *
   * @param scenarios the scenarios the allocation is judged against
   * @param objective what to optimise
   */
  public AllocationOutcome optimize(ScenarioSet scenarios, Objective objective) {
    return optimize(scenarios, objective, AllocationConstraints.none());
  }

  /**
   * {@return the allocation optimising {@code objective} within the constraints; constraints no
   * allocation meets are answered {@link AllocationStatus#INFEASIBLE} with a diagnosis}
   *
   * @param scenarios the scenarios the allocation is judged against
   * @param objective what to optimise
   * @param constraints the per-facet bounds and optional turnover limit
   */
  public AllocationOutcome optimize(
      ScenarioSet scenarios, Objective objective, AllocationConstraints constraints) {
    Objects.requireNonNull(objective, "objective");
    OptionalDouble recordedAlpha = objective == Objective.CVAR ? OptionalDouble.of(alpha) : OptionalDouble.empty();
    return solve(scenarios, constraints, ScenarioProgram.of(objective, alpha), objective.jsonName(),
        recordedAlpha, objective::valueOf);
  }

  /**
   * {@return the trade-off curve between expected value and worst case: for lambda = 0, 1/(points - 1), ...,
   * 1 the allocation maximising {@code lambda * expectedValue + (1 - lambda) * worstCase}. Lambda 0
   * is the maximin allocation, lambda 1 the expected-value one; along the curve the expected value
   * never falls and the worst case never rises, so the curve shows what each step of robustness
   * costs in expected value}
   *
   * @param scenarios the scenarios the allocations are judged against
   * @param constraints the per-facet bounds and optional turnover limit, the same for every point
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
