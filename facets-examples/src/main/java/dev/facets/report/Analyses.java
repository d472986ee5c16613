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
    return PortfolioScorer.DEFAULT.score(request.portfolio(), request.weighting(), request.target());
  }

  /** The attribution, which carries the same score as {@link #score}. */
  static Attribution attribution(ReportRequest request) {
    return PortfolioScorer.DEFAULT.attribute(request.portfolio(), request.weighting(), request.target());
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
    SimulationSettings settings = SimulationSettings.of(request.trials(), request.seed());
    return request.scenarios()
        .map(scenarios -> OutcomeSimulator.DEFAULT.simulate(request.portfolio(), scenarios, settings))
        .orElseGet(() -> OutcomeSimulator.DEFAULT.simulate(request.portfolio(), settings));
  }
}
