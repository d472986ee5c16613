package dev.facets.spark;

import dev.facets.api.FacetMix;
import dev.facets.api.Initiative;
import dev.facets.api.Portfolio;
import dev.facets.api.ScenarioSet;
import dev.facets.api.TargetMix;
import dev.facets.api.Weighting;
import dev.facets.api.Zone;
import dev.facets.core.classify.InitiativeMixes;
import dev.facets.core.classify.InitiativeZones;
import dev.facets.core.hedge.AllocationOutcome;
import dev.facets.core.hedge.Objective;
import dev.facets.core.hedge.RobustAllocator;
import dev.facets.core.hedge.Robustness;
import dev.facets.core.hedge.RobustnessEvaluator;
import dev.facets.core.io.FacetsJson;
import dev.facets.core.score.ColumnarPortfolio;
import dev.facets.core.score.FacetTally;
import dev.facets.core.score.PortfolioScore;
import dev.facets.core.score.PortfolioScorer;
import dev.facets.core.simulate.OutcomeDistribution;
import dev.facets.core.simulate.OutcomeSimulator;
import dev.facets.core.simulate.SimulationBlocks;
import dev.facets.core.simulate.SimulationControl;
import dev.facets.core.simulate.SimulationSettings;
import java.io.StringWriter;
import java.util.Optional;

/**
 * Every call facets-spark makes into facets-core's engines, in one place: the rest of the module
 * goes through here, so that a change to the engines' entry points is one edit. Stateless.
 */
final class CoreEngines {
  private CoreEngines() {}

  /** The facet mix of an initiative, from its first source in the file contract's order. */
  static FacetMix mix(Initiative initiative) {
    return InitiativeMixes.of(initiative);
  }

  /** The zone of an initiative, from the same source as its mix. */
  static Zone zone(Initiative initiative) {
    return InitiativeZones.of(initiative);
  }

  /**
   * The tally of rows {@code [0, count)} of the columns (budget weights, mixes, zones; no stage), by
   * the scorer's own columnar pass.
   */
  static FacetTally tally(String[] ids, double[] weights, FacetMix[] mixes, Zone[] zones, int count) {
    ColumnarPortfolio.Builder rows = new ColumnarPortfolio.Builder("rows", "budget");
    for (int i = 0; i < count; i++) {
      rows.add(ids[i], weights[i], mixes[i], zones[i]);
    }
    return rows.build().tally();
  }

  /** The contract's score of a tally (by {@code PortfolioScorer.DEFAULT}). */
  static PortfolioScore score(String name, String weighting, FacetTally tally, Optional<TargetMix> target) {
    return scorer(target).score(name, weighting, tally);
  }

  /** The contract's score of a portfolio. */
  static PortfolioScore score(Portfolio portfolio, Weighting weighting, Optional<TargetMix> target) {
    return scorer(target).score(portfolio, weighting);
  }

  private static PortfolioScorer scorer(Optional<TargetMix> target) {
    return target.map(PortfolioScorer.DEFAULT::withTarget).orElse(PortfolioScorer.DEFAULT);
  }

  /** The robustness of an allocation against a scenario set, with the default alpha and optimism. */
  static Robustness robustness(FacetMix allocation, ScenarioSet scenarios) {
    return RobustnessEvaluator.DEFAULT.evaluate(allocation, scenarios);
  }

  /** The allocation that is best for an objective, without bounds. */
  static AllocationOutcome optimize(ScenarioSet scenarios, Objective objective) {
    return RobustAllocator.DEFAULT.optimize(scenarios, objective);
  }

  /** An objective by its command-line name ({@code minimax-regret}). */
  static Objective objective(String name) {
    return Objective.parse(name);
  }

  /** The simulation of a portfolio on this machine. */
  static OutcomeDistribution simulate(Portfolio portfolio, Optional<ScenarioSet> scenarios, SimulationSettings settings) {
    return scenarios.isPresent()
        ? OutcomeSimulator.DEFAULT.simulate(portfolio, scenarios.get(), settings, SimulationControl.DEFAULT)
        : OutcomeSimulator.DEFAULT.simulate(portfolio, settings, SimulationControl.DEFAULT);
  }

  /** A simulation cut into blocks that other processes run. */
  static SimulationBlocks blocks(Portfolio portfolio, Optional<ScenarioSet> scenarios, SimulationSettings settings) {
    return scenarios.isPresent() ? SimulationBlocks.of(portfolio, scenarios.get(), settings)
        : SimulationBlocks.of(portfolio, settings);
  }

  /** A portfolio file's JSON text, which reads back to an equal portfolio. */
  static String toJson(Portfolio portfolio) {
    return FacetsJson.toJson(portfolio);
  }

  /** A scenario file's JSON text. */
  static String toJson(ScenarioSet scenarios) {
    StringWriter out = new StringWriter();
    FacetsJson.writeScenarios(scenarios, out);
    return out.toString();
  }

  /** A portfolio from its JSON text; errors name {@code source} and the JSON path. */
  static Portfolio readPortfolio(String json, String source) {
    return FacetsJson.readPortfolio(json, source);
  }

  /** A scenario set from its JSON text; errors name {@code source} and the JSON path. */
  static ScenarioSet readScenarios(String json, String source) {
    return FacetsJson.readScenarios(json, source);
  }
}
