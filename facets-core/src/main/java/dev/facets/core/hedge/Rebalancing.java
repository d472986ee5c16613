package dev.facets.core.hedge;

import dev.facets.api.Checks;
import dev.facets.api.FacetMix;
import dev.facets.api.Portfolio;
import dev.facets.api.ScenarioSet;
import dev.facets.api.Weighting;
import dev.facets.core.score.BudgetTransfer;
import dev.facets.core.score.PortfolioScore;
import dev.facets.core.score.PortfolioScorer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A portfolio's facet shares optimised against scenarios, starting from where the portfolio is: the
 * optimal allocation within per-facet bounds and, optionally, a turnover limit
 * {@code sum_f |w_f - c_f| <= k} from the portfolio's current shares c, together with what the
 * change means: the objective at the current shares, the turnover of the answer and the budget moves
 * that realise it.
 *
 * <p>The current shares are the portfolio's facet shares under the weighting, exactly as
 * {@link PortfolioScorer#DEFAULT} (and so {@code facets score}) computes them; the current objective
 * value is the objective's metric at those shares, as {@link RobustnessEvaluator} (and so
 * {@code facets hedge}) computes it with the allocator's CVaR level. The optimum is
 * {@link RobustAllocator#optimize(ScenarioSet, Objective, AllocationConstraints)} with the turnover
 * limit measured from the current shares. The {@linkplain #moves() moves} are
 * {@link BudgetTransfer#plan the one rebalancing plan} of the library
 * ({@code docs/metrics.md#rebalancing-plan}) from the current shares to
 * the answer, in the weighting's units: every facet whose share falls gives exactly its fall times
 * the total weight, every facet whose share rises receives exactly its rise, so the amounts sum to
 * {@code turnover / 2 * totalWeight} (up to moves of less than 1e-12 of the total weight, which are
 * rounding noise and left out); the closest facets are paired first, ties in facet order.
 *
 * <p>A model with no allocation (bounds that contradict each other, a turnover limit too small to
 * reach the bounds) is an answer, not an error: the {@link #outcome()} says so with its diagnosis,
 * and the turnover and moves are empty. This class is immutable and thread-safe.
 */
public final class Rebalancing {
  /** The share of the total weight below which a move is rounding noise and left out. */
  static final double NOISE = 1e-12;

  private final String portfolio;
  private final String weighting;
  private final double totalWeight;
  private final FacetMix current;
  private final double currentObjectiveValue;
  private final OptionalDouble turnoverLimit;
  private final AllocationOutcome outcome;
  private final double turnover; // NaN unless the outcome is optimal
  private final List<BudgetTransfer> moves;

  private Rebalancing(PortfolioScore score, double currentObjectiveValue, OptionalDouble turnoverLimit,
      AllocationOutcome outcome) {
    this.portfolio = score.portfolioName();
    this.weighting = score.conventions().weighting();
    this.totalWeight = score.totalWeight();
    this.current = score.facetShares();
    this.currentObjectiveValue = currentObjectiveValue;
    this.turnoverLimit = turnoverLimit;
    this.outcome = outcome;
    if (outcome.isOptimal()) {
      FacetMix answer = outcome.allocation().get();
      this.turnover = AllocationConstraints.turnover(answer, current);
      this.moves = withoutNoise(
          BudgetTransfer.plan(current, answer, totalWeight, score.conventions().disparity()), totalWeight);
    } else {
      this.turnover = Double.NaN;
      this.moves = List.of();
    }
  }

  /**
   * The plan without moves of at most {@value #NOISE} of the total weight: an allocation that keeps a
   * facet's share differs from it only by the last bits of the solver's arithmetic, and a move of a
   * billionth of a cent is noise, not advice.
   */
  private static List<BudgetTransfer> withoutNoise(List<BudgetTransfer> plan, double totalWeight) {
    List<BudgetTransfer> moves = new ArrayList<>(plan.size());
    for (BudgetTransfer move : plan) {
      if (move.amount() > NOISE * totalWeight) {
        moves.add(move);
      }
    }
    return List.copyOf(moves);
  }

  /**
   * {@return the allocation optimising {@code objective} within {@code bounds}, with no turnover limit, and
   * how it differs from the portfolio's current shares}
   *
   * @param allocator the allocator, whose CVaR level also values the current shares
   * @param objective what to optimise
   * @param scenarios the scenarios the allocation is judged against
   * @param portfolio the portfolio whose current facet shares are the starting point
   * @param weighting how initiatives weigh in the shares and in the moves' amounts
   * @param bounds the smallest and largest share of each facet
   * @throws dev.facets.api.InvalidValueException if the portfolio's total weight under the weighting
   *     is zero, or a weight is negative or not finite (naming the initiative)
   */
  public static Rebalancing optimize(RobustAllocator allocator, Objective objective, ScenarioSet scenarios,
      Portfolio portfolio, Weighting weighting, FacetBounds bounds) {
    return optimize(allocator, objective, scenarios, portfolio, weighting, bounds, OptionalDouble.empty());
  }

  /**
   * {@return the allocation optimising {@code objective} within {@code bounds} whose turnover from the
   * portfolio's current shares is at most {@code turnoverLimit}, and how it differs from them}
   *
   * @param allocator the allocator, whose CVaR level also values the current shares
   * @param objective what to optimise
   * @param scenarios the scenarios the allocation is judged against
   * @param portfolio the portfolio whose current facet shares are the starting point
   * @param weighting how initiatives weigh in the shares and in the moves' amounts
   * @param bounds the smallest and largest share of each facet
   * @param turnoverLimit the largest {@code sum_f |w_f - c_f|}, in [0, 2] (2 allows any allocation)
   * @throws dev.facets.api.InvalidValueException if the limit is not in [0, 2], or the portfolio's
   *     total weight under the weighting is zero, or a weight is negative or not finite
   */
  public static Rebalancing optimize(RobustAllocator allocator, Objective objective, ScenarioSet scenarios,
      Portfolio portfolio, Weighting weighting, FacetBounds bounds, double turnoverLimit) {
    return optimize(allocator, objective, scenarios, portfolio, weighting, bounds, OptionalDouble.of(turnoverLimit));
  }

  private static Rebalancing optimize(RobustAllocator allocator, Objective objective, ScenarioSet scenarios,
      Portfolio portfolio, Weighting weighting, FacetBounds bounds, OptionalDouble turnoverLimit) {
    Objects.requireNonNull(allocator, "allocator");
    Objects.requireNonNull(objective, "objective");
    Objects.requireNonNull(scenarios, "scenarios");
    Objects.requireNonNull(portfolio, "portfolio");
    Objects.requireNonNull(weighting, "weighting");
    Objects.requireNonNull(bounds, "bounds");
    turnoverLimit.ifPresent(limit -> Checks.inClosedRange(limit, 0, 2, "turnoverLimit"));
    AllocationConstraints constraints = AllocationConstraints.of(bounds);
    PortfolioScore score = PortfolioScorer.DEFAULT.score(portfolio, weighting);
    if (turnoverLimit.isPresent()) {
      constraints = constraints.withTurnoverLimit(score.facetShares(), turnoverLimit.getAsDouble());
    }
    double currentValue = objective.valueOf(
        RobustnessEvaluator.DEFAULT.withAlpha(allocator.alpha()).evaluate(score.facetShares(), scenarios));
    AllocationOutcome outcome = allocator.optimize(scenarios, objective, constraints);
    return new Rebalancing(score, currentValue, turnoverLimit.isPresent()
        ? OptionalDouble.of(turnoverLimit.getAsDouble() + 0.0) : turnoverLimit, outcome);
  }

  /** {@return the portfolio's name} */
  public String portfolioName() {
    return portfolio;
  }

  /** {@return the weighting of the shares and of the moves' amounts: {@code "budget"} or {@code "count"}} */
  public String weighting() {
    return weighting;
  }

  /** {@return the portfolio's total weight under the weighting (its budget, or its number of initiatives)} */
  public double totalWeight() {
    return totalWeight;
  }

  /** {@return the portfolio's current facet shares, as {@code facets score} computes them} */
  public FacetMix current() {
    return current;
  }

  /** {@return the objective's value at the current shares, as {@code facets hedge} computes it} */
  public double currentObjectiveValue() {
    return currentObjectiveValue;
  }

  /** {@return the turnover limit, when one was given} */
  public OptionalDouble turnoverLimit() {
    return turnoverLimit;
  }

  /** {@return the optimal allocation and its objective value, or why there is none} */
  public AllocationOutcome outcome() {
    return outcome;
  }

  /** {@return the turnover {@code sum_f |w_f - c_f|} of the optimal allocation; empty unless it is optimal} */
  public OptionalDouble turnover() {
    return outcome.isOptimal() ? OptionalDouble.of(turnover) : OptionalDouble.empty();
  }

  /**
   * {@return the moves from the current shares to the optimal allocation, in weight units, summing to
   * {@code turnover / 2 * totalWeight}; empty when nothing moves or there is no optimal allocation}
   */
  public List<BudgetTransfer> moves() {
    return moves;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Rebalancing)) {
      return false;
    }
    Rebalancing that = (Rebalancing) other;
    return portfolio.equals(that.portfolio) && weighting.equals(that.weighting)
        && Double.compare(totalWeight, that.totalWeight) == 0 && current.equals(that.current)
        && Double.compare(currentObjectiveValue, that.currentObjectiveValue) == 0
        && turnoverLimit.equals(that.turnoverLimit) && outcome.equals(that.outcome);
  }

  @Override
  public int hashCode() {
    return Objects.hash(portfolio, weighting, totalWeight, current, currentObjectiveValue, turnoverLimit, outcome);
  }

  /** {@return the portfolio, its current shares and objective value, the outcome, turnover and moves} */
  @Override
  public String toString() {
    return "Rebalancing{" + portfolio + " by " + weighting + ", current " + current
        + ", currentObjectiveValue=" + currentObjectiveValue
        + (turnoverLimit.isPresent() ? ", turnover <= " + turnoverLimit.getAsDouble() : "")
        + ", " + outcome + (outcome.isOptimal() ? ", turnover=" + turnover + ", moves=" + moves : "") + "}";
  }
}
