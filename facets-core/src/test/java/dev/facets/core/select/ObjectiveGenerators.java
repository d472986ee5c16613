package dev.facets.core.select;

import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.facets.api.Facet;
import dev.facets.api.Generators;
import dev.facets.api.Initiative;
import dev.facets.api.Portfolio;
import dev.facets.api.ScenarioSet;
import dev.facets.api.TargetMix;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators of selection problems with an objective, through the public builders:
 * the portfolios, links and forced decisions of {@link SelectionGenerators}, a budget limit from
 * nothing to more than everything, sometimes a minimum spend, share bounds, a target with a distance
 * bound, scenarios with a regret bound, and an objective that the problem can take.
 */
final class ObjectiveGenerators {
  private static final int KNOBS = 14;

  private ObjectiveGenerators() {}

  /** Problems over {@code size} initiatives, each with an objective. */
  static Gen<SelectionProblem> problems(int size) {
    Gen<List<Double>> knobs = lists().of(doubles().between(0, 1)).ofSize(KNOBS);
    Gen<List<Integer>> forced = lists().of(integers().between(-size, size - 1)).ofSizeBetween(0, 2);
    Gen<Parts> parts = SelectionGenerators.portfolios(size).zip(SelectionGenerators.links(size, 3),
        SelectionGenerators.links(size, 3), forced, Parts::new);
    return parts.zip(knobs, Generators.targets(), Generators.scenarioSets(3),
        (p, k, target, scenarios) -> problem(p, k, target, scenarios));
  }

  /** Builds one problem from its drawn parts; a pure function of them. */
  private static SelectionProblem problem(Parts parts, List<Double> knob, TargetMix target, ScenarioSet scenarios) {
    SelectionProblem.Builder builder = base(parts.portfolio, knob.get(0)).timeLimit(Duration.ofMinutes(5));
    boolean hasTarget = knob.get(1) < 0.5;
    boolean hasScenarios = knob.get(2) < 0.5;
    if (hasTarget) {
      builder.target(target);
      if (knob.get(3) < 0.4) {
        builder.maxDistance(knob.get(3));
      }
    }
    if (hasScenarios) {
      builder.scenarios(scenarios);
      if (knob.get(4) < 0.4) {
        builder.maxRegret(2 * knob.get(4));
      }
    }
    double which = knob.get(5);
    builder.objective(which < 0.8 && which >= 0.6 && hasTarget ? SelectionObjective.DISTANCE
        : which >= 0.8 && hasScenarios ? SelectionObjective.REGRET : SelectionObjective.VALUE);
    for (Facet facet : Facet.ordered()) {
      double bound = knob.get(6 + facet.ordinal());
      if (bound < 0.2) {
        builder.minShare(facet, 2 * bound);
      } else if (bound >= 0.8) {
        builder.maxShare(facet, bound - 0.3);
      }
    }
    if (knob.get(10) < 0.3) {
      double total = parts.portfolio.totalBudget() * knob.get(0) * 1.1;
      builder.minSpend(total * knob.get(11));
    }
    for (int[] link : parts.requires) {
      builder.requires(SelectionGenerators.id(link[0]), SelectionGenerators.id(link[1]));
    }
    for (int[] link : parts.excludes) {
      builder.excludes(SelectionGenerators.id(link[0]), SelectionGenerators.id(link[1]));
    }
    List<String> in = new ArrayList<>();
    List<String> out = new ArrayList<>();
    for (int index : parts.forced) {
      String id = SelectionGenerators.id(index < 0 ? -index - 1 : index);
      if (!in.contains(id) && !out.contains(id)) {
        (index < 0 ? out : in).add(id);
      }
    }
    return builder.forceIn(in.toArray(new String[0])).forceOut(out.toArray(new String[0])).build();
  }

  /** A builder with the portfolio and a budget limit of {@code fraction * 1.1} of the total budget. */
  static SelectionProblem.Builder base(Portfolio portfolio, double fraction) {
    return new SelectionProblem.Builder().portfolio(portfolio).budgetLimit(portfolio.totalBudget() * fraction * 1.1);
  }

  /**
   * A seeded random register with success probabilities and impacts, like the benchmark's: budgets
   * log-uniform from 1e4 to 1e7, sparse random mixes, a prerequisite per twenty initiatives and an
   * exclusion per thirty, half the total budget to spend.
   */
  static SelectionProblem.Builder register(long seed, int size) {
    java.util.Random random = new java.util.Random(seed);
    List<Initiative> initiatives = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      double[] weights = SelectionGenerators.sparseMix(random);
      double low = random.nextDouble() * 2;
      double mode = low + random.nextDouble() * 3;
      double high = mode + random.nextDouble() * 6;
      initiatives.add(new Initiative.Builder().id(SelectionGenerators.id(i))
          .budget(Math.pow(10, 4 + 3 * random.nextDouble())).facets(dev.facets.api.FacetMix.of(weights))
          .successProbability(0.2 + 0.8 * random.nextDouble())
          .impact(dev.facets.api.ImpactEstimate.of(low, mode, high)).build());
    }
    Portfolio portfolio = new Portfolio.Builder().name("register " + seed).addAllInitiatives(initiatives).build();
    SelectionProblem.Builder builder = new SelectionProblem.Builder().portfolio(portfolio)
        .budgetLimit(portfolio.totalBudget() / 2);
    for (int link = 0; link < Math.max(1, size / 20); link++) {
      int a = random.nextInt(size);
      int b = random.nextInt(size);
      if (a != b) {
        builder.requires(SelectionGenerators.id(a), SelectionGenerators.id(b));
      }
    }
    for (int link = 0; link < Math.max(1, size / 30); link++) {
      int a = random.nextInt(size);
      int b = random.nextInt(size);
      if (a != b) {
        builder.excludes(SelectionGenerators.id(a), SelectionGenerators.id(b));
      }
    }
    return builder;
  }

  private static final class Parts {
    final Portfolio portfolio;
    final List<int[]> requires;
    final List<int[]> excludes;
    final List<Integer> forced;

    Parts(Portfolio portfolio, List<int[]> requires, List<int[]> excludes, List<Integer> forced) {
      this.portfolio = portfolio;
      this.requires = requires;
      this.excludes = excludes;
      this.forced = forced;
    }
  }
}
