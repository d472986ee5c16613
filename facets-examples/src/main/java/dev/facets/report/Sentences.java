package dev.facets.report;

import dev.facets.core.hedge.Robustness;
import dev.facets.core.score.Metric;
import dev.facets.core.score.ScoreConventions;
import dev.facets.core.simulate.OutcomeDistribution;
import dev.facets.report.Doc.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.DoubleFunction;

/**
 * One plain-language sentence per number: what its value means for this portfolio, for a reader who
 * has never met the index. Each sentence restates the engine's value; none computes a new one.
 */
final class Sentences {
  private Sentences() {}

  /** A balance index and what its value means. */
  static Term balance(Metric metric, double value, ScoreConventions conventions) {
    String draws = conventions.weighting().equals("budget") ? "two units of budget" : "two units of weight";
    return switch (metric) {
      case VARIETY -> new Term("Variety " + Math.round(value), "the portfolio puts weight on " + Math.round(value) + " of the "
            + conventions.facetCount() + " facets.");
      case SHANNON_ENTROPY -> new Term("Shannon entropy " + Numbers.fixed(value, 3), "how hard it is to guess the facet of " + draws
            + " drawn at random, in natural-log units: 0 for a single facet, at most ln 4 = 1.386 when all four facets are equal.");
      case EVENNESS -> new Term("Evenness " + Numbers.fixed(value, 3), "the spread reaches " + Numbers.share(value)
            + " of the most even spread possible (1 means all four facets equal, 0 a single facet).");
      case HHI -> new Term("HHI " + Numbers.fixed(value, 3), "the chance that " + draws + " drawn at random fund the same facet is "
            + Numbers.share(value) + "; 25% would be perfectly even, 100% a single facet.");
      case NORMALIZED_HHI -> new Term("Normalised HHI " + Numbers.fixed(value, 3),
            "concentration rescaled from 0 (perfectly even) to 1 (everything on a single facet).");
      case GINI_SIMPSON -> new Term("Gini-Simpson " + Numbers.fixed(value, 3), "the chance that " + draws
            + " drawn at random fund different facets is " + Numbers.share(value) + " (at most 75% with four facets).");
      case EFFECTIVE_FACETS -> new Term("Effective facets " + Numbers.fixed(value, 2), "the portfolio behaves as if it were spread evenly over "
            + Numbers.fixed(value, 1) + " of the " + conventions.facetCount() + " facets.");
      case SHANNON_EFFECTIVE_FACETS -> new Term("Shannon effective facets " + Numbers.fixed(value, 2), "counted by entropy instead, as if spread evenly over "
            + Numbers.fixed(value, 1) + " facets; it is less swayed by the largest facet than the effective facets above.");
      case RAO_STIRLING -> new Term("Rao-Stirling diversity " + Numbers.fixed(value, 3), "diversity that also counts how far apart the "
            + "funded facets sit on the diamond (" + conventions.disparity().name() + " distances: opposite facets are the "
            + "farthest apart); higher means more weight on facets that differ most.");
      case TOTAL_VARIATION, HELLINGER, EUCLIDEAN, KL_DIVERGENCE, TRANSFER ->
          throw new IllegalArgumentException("metric must be a balance index, got " + metric.jsonName());
    };
  }

  /** A target-gap measure and what its value means; {@code amount} prints a weight. */
  static Term gap(Metric metric, OptionalDouble maybe, DoubleFunction<String> amount) {
    if (maybe.isEmpty()) {
      return new Term(name(metric) + " " + Numbers.UNDEFINED, metric == Metric.KL_DIVERGENCE
          ? "the target puts nothing on a facet that the portfolio funds, so this divergence does not exist."
          : "this measure does not exist for these shares.");
    }
    double value = maybe.getAsDouble();
    return switch (metric) {
      case TOTAL_VARIATION -> new Term("Total variation " + Numbers.fixed(value, 3), Numbers.share(value)
            + " of the weight sits on facets the target would not put it on (0 means on target).");
      case HELLINGER -> new Term("Hellinger distance " + Numbers.fixed(value, 3),
            "distance from the target from 0 (identical) to 1 (no facet in common), sensitive to small shares.");
      case EUCLIDEAN -> new Term("Euclidean distance " + Numbers.fixed(value, 3), "the straight-line distance between the shares and "
            + "the target, dominated by the largest differences.");
      case KL_DIVERGENCE -> new Term("KL divergence " + Numbers.fixed(value, 3), "how surprising the portfolio's shares are if one "
            + "expected the target, in natural-log units; 0 means on target.");
      case TRANSFER -> new Term("Transfer " + amount.apply(value), "the least weight that must move between facets to reach the target.");
      case VARIETY, SHANNON_ENTROPY, EVENNESS, HHI, NORMALIZED_HHI, GINI_SIMPSON, EFFECTIVE_FACETS,
          SHANNON_EFFECTIVE_FACETS, RAO_STIRLING ->
          throw new IllegalArgumentException("metric must be a target-gap measure, got " + metric.jsonName());
    };
  }

  private static String name(Metric metric) {
    return switch (metric) {
      case TOTAL_VARIATION -> "Total variation";
      case HELLINGER -> "Hellinger distance";
      case EUCLIDEAN -> "Euclidean distance";
      case KL_DIVERGENCE -> "KL divergence";
      case VARIETY, SHANNON_ENTROPY, EVENNESS, HHI, NORMALIZED_HHI, GINI_SIMPSON, EFFECTIVE_FACETS,
          SHANNON_EFFECTIVE_FACETS, RAO_STIRLING, TRANSFER -> metric.jsonName();
    };
  }

  /** The robustness measures across scenarios and what each means. */
  static List<Term> robustness(Robustness robustness) {
    List<Term> terms = new ArrayList<>();
    terms.add(new Term("Expected value " + Numbers.fixed(robustness.expectedValue(), 3) + " " + Units.PAYOFF,
        "the value averaged over the scenarios, weighted by their probabilities."));
    terms.add(new Term("Worst case " + Numbers.fixed(robustness.worstCase(), 3) + " " + Units.PAYOFF, "the value in the least favourable scenario."));
    terms.add(new Term("Best case " + Numbers.fixed(robustness.bestCase(), 3) + " " + Units.PAYOFF, "the value in the most favourable scenario."));
    terms.add(new Term("Maximum regret " + Numbers.fixed(robustness.maxRegret(), 3) + " " + Units.PAYOFF,
        "the most that betting everything on one facet would have paid more, in the scenario where that gap is largest."));
    terms.add(new Term("Expected regret " + Numbers.fixed(robustness.expectedRegret(), 3) + " " + Units.PAYOFF, "the regret averaged over the scenarios."));
    terms.add(new Term("CVaR " + Numbers.fixed(robustness.cvar(), 3) + " " + Units.PAYOFF, "the average value over the worst "
        + Numbers.share(robustness.alpha()) + " of probability: what to expect when things go badly."));
    terms.add(new Term("Hurwicz " + Numbers.fixed(robustness.hurwicz(), 3) + " " + Units.PAYOFF, "a blend of best and worst case with optimism "
        + robustness.hurwiczOptimism() + "."));
    terms.add(new Term("Laplace " + Numbers.fixed(robustness.laplace(), 3) + " " + Units.PAYOFF,
        "the plain average over scenarios, as if all were equally likely."));
    return terms;
  }

  /** The simulation's summary numbers and what each means. */
  static List<Term> simulation(OutcomeDistribution simulation) {
    List<Term> terms = new ArrayList<>();
    terms.add(new Term("Mean " + Numbers.fixed(simulation.mean(), 3) + " " + Units.IMPACT, "the average total over "
        + Numbers.count(simulation.trials()) + " trials (standard error " + Numbers.fixed(simulation.standardError(), 3)
        + ", so the simulation pins it down to about that)."));
    terms.add(new Term("Standard deviation " + Numbers.fixed(simulation.standardDeviation(), 3) + " " + Units.IMPACT,
        "how far a trial's total typically falls from the mean."));
    terms.add(new Term("VaR " + Numbers.fixed(simulation.valueAtRisk(), 3) + " " + Units.IMPACT, "in the worst " + Numbers.share(simulation.alpha())
        + " of trials the total is at or below this."));
    terms.add(new Term("CVaR " + Numbers.fixed(simulation.conditionalValueAtRisk(), 3) + " " + Units.IMPACT, "the average total in those worst "
        + Numbers.share(simulation.alpha()) + " of trials."));
    terms.add(new Term("No success " + Numbers.share(simulation.probabilityNoSuccess()),
        "the chance that not a single initiative succeeds."));
    terms.add(new Term("Expected successes " + Numbers.fixed(simulation.expectedSuccesses(), 2),
        "how many initiatives succeed in an average trial."));
    return terms;
  }
}
