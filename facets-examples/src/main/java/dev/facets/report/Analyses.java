package dev.facets.report;

import dev.facets.api.ScenarioSet;
import dev.facets.core.hedge.AllocationConstraints;
import dev.facets.core.hedge.AllocationOutcome;
import dev.facets.core.hedge.Objective;
import dev.facets.core.hedge.RobustAllocator;
import dev.facets.core.hedge.Robustness;
import dev.facets.core.hedge.RobustnessEvaluator;
import dev.facets.core.hedge.TradeOffCurve;
import dev.facets.core.score.Attribution;
import dev.facets.core.score.PortfolioScore;
import dev.facets.core.score.PortfolioScorer;
import dev.facets.core.simulate.OutcomeDistribution;
import dev.facets.core.simulate.OutcomeSimulator;
import dev.facets.core.simulate.SimulationControl;
import dev.facets.core.simulate.SimulationSettings;
import dev.facets.api.Initiative;
import dev.facets.core.select.SelectionObjective;
import dev.facets.core.select.SelectionProblem;
import dev.facets.core.select.SelectionResult;
import dev.facets.core.select.Selector;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one place the report calls the engines, each with its default settings, so the whole report
 * and a single chart made from the same request show the same numbers.
 */
final class Analyses {
  private Analyses() {}

  static PortfolioScore score(ReportRequest request) {
    return scorer(request).score(request.portfolio(), request.weighting());
  }

  /** The attribution, which carries the same score as {@link #score}. */
  static Attribution attribution(ReportRequest request) {
    return scorer(request).attribute(request.portfolio(), request.weighting());
  }

  private static PortfolioScorer scorer(ReportRequest request) {
    return request.target().map(PortfolioScorer.DEFAULT::withTarget).orElse(PortfolioScorer.DEFAULT);
  }

  static Optional<Robustness> robustness(ReportRequest request) {
    return request.scenarios().map(scenarios ->
        RobustnessEvaluator.DEFAULT.evaluate(request.portfolio(), request.weighting(), scenarios));
  }

  /** The robust allocations for every objective, in the objectives' order; empty without scenarios. */
  static List<AllocationOutcome> allocations(ReportRequest request) {
    List<AllocationOutcome> outcomes = new ArrayList<>();
    request.scenarios().ifPresent(scenarios -> {
      for (Objective objective : Objective.values()) {
        outcomes.add(RobustAllocator.DEFAULT.optimize(scenarios, objective));
      }
    });
    return List.copyOf(outcomes);
  }

  static Optional<TradeOffCurve> tradeOff(ReportRequest request) {
    return request.scenarios().map(Analyses::tradeOff);
  }

  private static TradeOffCurve tradeOff(ScenarioSet scenarios) {
    return RobustAllocator.DEFAULT.tradeOffCurve(scenarios, AllocationConstraints.none(), ReportRequest.TRADE_OFF_POINTS);
  }

  static OutcomeDistribution simulation(ReportRequest request) {
    SimulationSettings settings = SimulationSettings.trials(request.trials()).withSeed(request.seed());
    return request.scenarios()
        .map(scenarios -> OutcomeSimulator.DEFAULT.simulate(request.portfolio(), scenarios, settings))
        .orElseGet(() -> OutcomeSimulator.DEFAULT.simulate(request.portfolio(), settings));
  }

  /**
   * The selection under the request's budget limit, by {@link #selectionObjective}; empty without a
   * budget limit or without an objective to optimise.
   */
  static Optional<SelectionResult> selection(ReportRequest request) {
    Optional<SelectionObjective> objective = selectionObjective(request);
    if (request.budgetLimit().isEmpty() || objective.isEmpty()) {
      return Optional.empty();
    }
    SelectionProblem.Builder problem = new SelectionProblem.Builder().portfolio(request.portfolio())
        .budgetLimit(request.budgetLimit().getAsDouble()).objective(objective.get());
    request.target().ifPresent(problem::target);
    request.scenarios().ifPresent(problem::scenarios);
    return Optional.of(Selector.DEFAULT.select(problem.build()));
  }

  /**
   * What {@code facets select} optimises when not told: the expected value when every initiative has
   * an impact, else the distance to the target when there is one, else the regret across the
   * scenarios when there are some, else nothing.
   */
  static Optional<SelectionObjective> selectionObjective(ReportRequest request) {
    if (withoutImpact(request).isEmpty()) {
      return Optional.of(SelectionObjective.VALUE);
    }
    if (request.target().isPresent()) {
      return Optional.of(SelectionObjective.DISTANCE);
    }
    return request.scenarios().map(scenarios -> SelectionObjective.REGRET);
  }

  /** The first initiative given no impact, if any: the value objective needs every one's. */
  static Optional<Initiative> withoutImpact(ReportRequest request) {
    return request.portfolio().initiatives().stream().filter(initiative -> initiative.givenImpact().isEmpty()).findFirst();
  }
}
