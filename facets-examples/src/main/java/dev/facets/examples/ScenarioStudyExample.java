package dev.facets.examples;

import dev.facets.api.Facet;
import dev.facets.api.FacetMix;
import dev.facets.api.Portfolio;
import dev.facets.api.Scenario;
import dev.facets.api.ScenarioSet;
import dev.facets.api.TargetMix;
import dev.facets.api.Weighting;
import dev.facets.core.hedge.AllocationOutcome;
import dev.facets.core.hedge.Objective;
import dev.facets.core.hedge.RobustAllocator;
import dev.facets.core.hedge.Robustness;
import dev.facets.core.hedge.RobustnessEvaluator;
import dev.facets.core.score.PortfolioScore;
import dev.facets.core.score.PortfolioScorer;
import dev.facets.core.score.TargetGap;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A researcher's sweep: how far the bundled federal portfolio is from several target mixes, and how
 * its robustness, and the allocation that would minimise regret, move as the "technology shock"
 * future becomes more likely.
 *
 * <p>Only the inputs are varied here (targets, scenario probabilities); every number printed comes
 * from the engines. Run it: {@code java -cp facets.jar dev.facets.examples.ScenarioStudyExample}.
 */
public final class ScenarioStudyExample {
  private static final String SHOCK = "technology shock";

  private ScenarioStudyExample() {}

  /** Runs the example, printing to standard output. */
  public static void main(String[] args) {
    run(System.out);
  }

  /** Runs the example, printing to {@code out}. */
  public static void run(PrintStream out) {
    Portfolio portfolio = BundledExamples.portfolio("federal-portfolio");
    out.println("Portfolio: " + portfolio.name());
    out.println();
    targetSweep(portfolio, out);
    out.println();
    probabilitySweep(portfolio, BundledExamples.futures(), out);
  }

  private static void targetSweep(Portfolio portfolio, PrintStream out) {
    Map<String, TargetMix> targets = new LinkedHashMap<>();
    targets.put("even", TargetMix.of(0.25, 0.25, 0.25, 0.25));
    targets.put("exploit", TargetMix.of(0.40, 0.30, 0.15, 0.15));
    targets.put("explore", TargetMix.of(0.15, 0.15, 0.30, 0.40));
    targets.put("mission-led", TargetMix.of(0.20, 0.50, 0.10, 0.20));
    out.println("Distance to target mixes (enhancement/mission/adaptive/anticipatory):");
    out.println(String.format(Locale.ROOT, "%-12s %-23s %9s %9s %14s", "target", "mix", "tot.var.", "hellinger", "to move"));
    for (Map.Entry<String, TargetMix> entry : targets.entrySet()) {
      PortfolioScore score = PortfolioScorer.DEFAULT.withTarget(entry.getValue()).score(portfolio, Weighting.budget());
      TargetGap gap = score.targetGap().orElseThrow();
      out.println(String.format(Locale.ROOT, "%-12s %-23s %9.4f %9.4f %,14.0f", entry.getKey(), percentages(entry.getValue().mix()),
          gap.totalVariation(), gap.hellinger(), gap.transfer()));
    }
  }

  private static void probabilitySweep(Portfolio portfolio, ScenarioSet futures, PrintStream out) {
    out.println("As '" + SHOCK + "' becomes more likely (other futures keep their relative odds):");
    out.println(String.format(Locale.ROOT, "%6s %9s %9s %9s %9s  %-23s %s", "p", "expected", "worst", "cvar", "max.regr",
        "minimax-regret mix", "expected-value mix"));
    for (int step = 0; step <= 6; step++) {
      double p = step / 10.0;
      ScenarioSet scenarios = withProbability(futures, SHOCK, p);
      Robustness robustness = RobustnessEvaluator.DEFAULT.evaluate(portfolio, Weighting.budget(), scenarios);
      AllocationOutcome regret = RobustAllocator.DEFAULT.optimize(scenarios, Objective.MINIMAX_REGRET);
      AllocationOutcome expected = RobustAllocator.DEFAULT.optimize(scenarios, Objective.EXPECTED);
      out.println(String.format(Locale.ROOT, "%6.2f %9.4f %9.4f %9.4f %9.4f  %-23s %s", p, robustness.expectedValue(),
          robustness.worstCase(), robustness.cvar(), robustness.maxRegret(),
          regret.allocation().map(ScenarioStudyExample::percentages).orElse(regret.status().jsonName()),
          expected.allocation().map(ScenarioStudyExample::percentages).orElse(expected.status().jsonName())));
    }
  }

  /** The futures with one scenario at probability p and the others scaled to share 1 - p as before. */
  static ScenarioSet withProbability(ScenarioSet futures, String name, double p) {
    double others = 0;
    for (int i = 0; i < futures.size(); i++) {
      if (!futures.scenarios().get(i).name().equals(name)) {
        others += futures.probability(i);
      }
    }
    List<Scenario> scenarios = new ArrayList<>();
    for (int i = 0; i < futures.size(); i++) {
      Scenario scenario = futures.scenarios().get(i);
      double probability = scenario.name().equals(name) ? p : futures.probability(i) * (1 - p) / others;
      scenarios.add(Scenario.of(scenario.name(), probability, scenario.payoff()));
    }
    return ScenarioSet.of(scenarios);
  }

  private static String percentages(FacetMix mix) {
    List<String> parts = new ArrayList<>();
    for (Facet facet : Facet.ordered()) {
      parts.add(String.format(Locale.ROOT, "%.0f", 100 * mix.weight(facet)));
    }
    return String.join("/", parts);
  }
}
