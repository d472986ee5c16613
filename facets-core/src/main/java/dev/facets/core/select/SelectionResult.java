package dev.facets.core.select;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What a selection search found: a typed status, the Pareto front of funded sets, the optimum of
 * each objective, and the conventions the search used.
 *
 * <p>For a problem with an {@link #objective() objective}, {@link #best()} is the answer,
 * {@link #bestProven()} says whether it is proven, {@link #unspent()} what it leaves of the budget
 * limit and the {@link #diagnosis()} why (the bounds that bind, what no longer fits, what stops the
 * rest); the {@link #front()} is the value front when the problem asks for one (by increasing
 * distance or regret, each point the most value under its bound), else the best set alone. The
 * paragraphs below describe the Pareto front of a problem without an objective.
 *
 * <p>The front holds one selection per non-dominated vector of objective values (distance, maximum
 * regret): no other feasible selection is at least as good on both and better on one. It is sorted
 * by distance (or by regret when there is no target), so regret falls along it. With one objective
 * the front is that objective's optimum alone. Where several selections share an objective vector,
 * the first the search met stands for them all.
 *
 * <p>"Optimal" is exact up to the {@link #distanceTolerance()} and {@link #regretTolerance()}: every
 * feasible selection is matched or beaten, within those tolerances on each objective, by a selection
 * of the front. The tolerances let the search stop at ties (many sets share a mix exactly) and absorb
 * rounding; they are far below any difference a decision could rest on.
 *
 * <p>The status is {@link SelectionStatus#OPTIMAL}, {@link SelectionStatus#TIME_LIMIT_REACHED} (the
 * front then holds the best selections found so far, all feasible, with a note in the
 * {@link #diagnosis()}) or {@link SelectionStatus#INFEASIBLE} (the front is empty and the diagnosis
 * says why). This class is immutable and thread-safe.
 */
public final class SelectionResult {
  private final SelectionStatus status;
  private final List<String> diagnosis;
  private final List<Selection> front;
  private final Optional<Selection> bestDistance;
  private final Optional<Selection> bestRegret;
  private final boolean bestDistanceProven;
  private final boolean bestRegretProven;
  private final DistanceMeasure distanceMeasure;
  private final double budgetLimit;
  private final Duration timeLimit;
  private final double distanceTolerance;
  private final double regretTolerance;
  private final long nodesExplored;
  private final Optional<SelectionObjective> objective;
  private final Optional<Selection> best;
  private final boolean bestProven;
  private final double minSpend;
  private final Optional<SelectionObjective> frontAxis;

  private SelectionResult(Optional<SelectionObjective> objective, Optional<Selection> best, boolean bestProven,
      double minSpend, Optional<SelectionObjective> frontAxis, SelectionStatus status, List<String> diagnosis, List<Selection> front,
      boolean bestDistanceProven, boolean bestRegretProven, DistanceMeasure distanceMeasure,
      double budgetLimit, Duration timeLimit, double distanceTolerance, double regretTolerance,
      long nodesExplored) {
    this.status = Objects.requireNonNull(status, "status");
    this.diagnosis = List.copyOf(diagnosis);
    this.front = List.copyOf(front);
    this.bestDistance = best(this.front, selection -> selection.distance().isPresent()
        ? selection.distance().getAsDouble() : Double.NaN);
    this.bestRegret = best(this.front, selection -> selection.maxRegret().isPresent()
        ? selection.maxRegret().getAsDouble() : Double.NaN);
    this.bestDistanceProven = bestDistanceProven;
    this.bestRegretProven = bestRegretProven;
    this.distanceMeasure = Objects.requireNonNull(distanceMeasure, "distanceMeasure");
    this.budgetLimit = budgetLimit;
    this.timeLimit = Objects.requireNonNull(timeLimit, "timeLimit");
    this.distanceTolerance = distanceTolerance;
    this.regretTolerance = regretTolerance;
    this.nodesExplored = nodesExplored;
    this.objective = Objects.requireNonNull(objective, "objective");
    this.best = Objects.requireNonNull(best, "best");
    this.bestProven = bestProven;
    this.minSpend = minSpend;
    this.frontAxis = Objects.requireNonNull(frontAxis, "frontAxis");
  }

  static SelectionResult of(SelectionStatus status, List<String> diagnosis, List<Selection> front,
      boolean bestDistanceProven, boolean bestRegretProven, DistanceMeasure distanceMeasure,
      double budgetLimit, Duration timeLimit, double distanceTolerance, double regretTolerance,
      long nodesExplored) {
    return new SelectionResult(Optional.empty(), Optional.empty(), false, 0, Optional.empty(), status, diagnosis,
        front, bestDistanceProven, bestRegretProven, distanceMeasure, budgetLimit, timeLimit, distanceTolerance,
        regretTolerance, nodesExplored);
  }

  static SelectionResult ofObjective(SelectionProblem problem, SelectionStatus status, List<String> diagnosis,
      Optional<Selection> best, boolean bestProven, List<Selection> front, double distanceTolerance,
      double regretTolerance, long nodesExplored) {
    List<Selection> points = problem.frontAxis().isPresent() ? front : best.map(List::of).orElse(List.of());
    return new SelectionResult(problem.objective(), best, bestProven, problem.minSpend(), problem.frontAxis(),
        status, diagnosis, points, false, false, problem.distance(), problem.budgetLimit(), problem.timeLimit(),
        distanceTolerance, regretTolerance, nodesExplored);
  }

  /** {@return the objective the problem optimised; empty for the Pareto front of distance and regret} */
  public Optional<SelectionObjective> objective() {
    return objective;
  }

  /**
   * {@return with an objective, the best selection under every constraint (proven optimal when
   * {@link #bestProven()}); empty when infeasible, when the time limit came before any solution, or
   * without an objective}
   */
  public Optional<Selection> best() {
    return best;
  }

  /**
   * {@return whether {@link #best()} is proven optimal within the tolerances (always so when the status
   * is optimal)}
   */
  public boolean bestProven() {
    return bestProven;
  }

  /** {@return the least the funded set had to cost (0 unless given)} */
  public double minSpend() {
    return minSpend;
  }

  /** {@return how much of the budget limit {@link #best()} leaves unspent; empty when there is no best} */
  public OptionalDouble unspent() {
    return best.isPresent() ? OptionalDouble.of(budgetLimit - best.get().cost()) : OptionalDouble.empty();
  }

  /** {@return with the value objective, the other axis of the {@link #front()}: distance or regret} */
  public Optional<SelectionObjective> frontAxis() {
    return frontAxis;
  }

  /** The front's selection with the least value, ties to the first; empty when the objective is absent. */
  private static Optional<Selection> best(List<Selection> front, java.util.function.ToDoubleFunction<Selection> value) {
    return front.stream()
        .filter(selection -> !Double.isNaN(value.applyAsDouble(selection)))
        .min(Comparator.comparingDouble(value));
  }

  /** {@return how the search ended} */
  public SelectionStatus status() {
    return status;
  }

  /**
   * {@return why no selection exists ({@link SelectionStatus#INFEASIBLE}), or where the time limit stopped
   * the search ({@link SelectionStatus#TIME_LIMIT_REACHED}); empty when optimal}
   */
  public List<String> diagnosis() {
    return diagnosis;
  }

  /**
   * {@return the non-dominated selections, by increasing distance (or regret without a target); empty only when
   * infeasible}
   */
  public List<Selection> front() {
    return front;
  }

  /**
   * {@return the selection nearest the target (least regret among equally near ones); empty without a target or
   * a solution}
   */
  public Optional<Selection> bestDistance() {
    return bestDistance;
  }

  /**
   * {@return the selection of least maximum regret (nearest the target among equals); empty without scenarios or
   * a solution}
   */
  public Optional<Selection> bestRegret() {
    return bestRegret;
  }

  /**
   * {@return whether {@link #bestDistance()} is proven the least distance (within the tolerance): always so
   * when optimal with a target, and also when the time limit cut short only the search of the front}
   */
  public boolean bestDistanceProven() {
    return bestDistanceProven;
  }

  /**
   * {@return whether {@link #bestRegret()} is proven the least maximum regret (within the tolerance): always
   * so when optimal with scenarios, and also when the time limit cut short only the search of the
   * front}
   */
  public boolean bestRegretProven() {
    return bestRegretProven;
  }

  /** {@return the distance measure used for the target (recorded even when there is no target)} */
  public DistanceMeasure distanceMeasure() {
    return distanceMeasure;
  }

  /** {@return the budget limit the selections respect} */
  public double budgetLimit() {
    return budgetLimit;
  }

  /** {@return the time limit the search had} */
  public Duration timeLimit() {
    return timeLimit;
  }

  /** {@return the absolute tolerance on the distance within which the front is exact} */
  public double distanceTolerance() {
    return distanceTolerance;
  }

  /**
   * {@return the absolute tolerance on the maximum regret within which the front is exact (scaled with the
   * payoffs)}
   */
  public double regretTolerance() {
    return regretTolerance;
  }

  /**
   * {@return how many search nodes were explored, over the single-objective searches and the front's: a
   * measure of the work, reproducible when the search is not cut short}
   */
  public long nodesExplored() {
    return nodesExplored;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof SelectionResult)) {
      return false;
    }
    SelectionResult that = (SelectionResult) other;
    return status == that.status
        && diagnosis.equals(that.diagnosis)
        && front.equals(that.front)
        && bestDistanceProven == that.bestDistanceProven
        && bestRegretProven == that.bestRegretProven
        && distanceMeasure == that.distanceMeasure
        && Double.compare(budgetLimit, that.budgetLimit) == 0
        && timeLimit.equals(that.timeLimit)
        && Double.compare(distanceTolerance, that.distanceTolerance) == 0
        && Double.compare(regretTolerance, that.regretTolerance) == 0
        && nodesExplored == that.nodesExplored
        && objective.equals(that.objective)
        && best.equals(that.best)
        && bestProven == that.bestProven
        && Double.compare(minSpend, that.minSpend) == 0
        && frontAxis.equals(that.frontAxis);
  }

  @Override
  public int hashCode() {
    return Objects.hash(status, diagnosis, front, bestDistanceProven, bestRegretProven, distanceMeasure, budgetLimit, timeLimit,
        distanceTolerance, regretTolerance, nodesExplored, objective, best, bestProven, minSpend, frontAxis);
  }

  @Override
  public String toString() {
    return "SelectionResult{objective=" + objective.map(SelectionObjective::jsonName).orElse("none")
        + ", best=" + best + ", bestProven=" + bestProven + ", minSpend=" + minSpend
        + ", frontAxis=" + frontAxis.map(SelectionObjective::jsonName).orElse("none") + ", status=" + status + ", diagnosis=" + diagnosis + ", front=" + front
        + ", bestDistanceProven=" + bestDistanceProven + ", bestRegretProven=" + bestRegretProven
        + ", distanceMeasure=" + distanceMeasure + ", budgetLimit=" + budgetLimit
        + ", timeLimit=" + timeLimit + ", nodesExplored=" + nodesExplored + "}";
  }
}
