package dev.facets.core.select;

import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.facets.api.Generators;
import dev.facets.api.Initiative;
import dev.facets.api.Portfolio;
import dev.facets.api.ScenarioSet;
import dev.facets.api.TargetMix;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of selection problems, built through the public builders: portfolios of
 * an exact size (budgets either the shared generator's, from 0 to 1e12, or a narrow 1 to 100 range
 * where many sets are close), budget limits from nothing to more than everything, random links,
 * forced decisions, costs that differ from budgets, and one or both objectives.
 */
final class SelectionGenerators {
  private SelectionGenerators() {}

  /** A portfolio of exactly {@code size} initiatives with ids {@code i-0, i-1, ...}. */
  static Gen<Portfolio> portfolios(int size) {
    Gen<Double> narrow = doubles().between(1, 100);
    Gen<Double> zeroOrNarrow = Generate.frequency(Pair.of(1, Generate.constant(0.0)), Pair.of(9, narrow));
    Gen<Boolean> narrowBudgets = Generate.booleans();
    return narrowBudgets.flatMap(isNarrow -> lists().of(
            Generators.initiatives().zip(zeroOrNarrow, (initiative, budget) -> isNarrow
                ? new Initiative.Builder().from(initiative).budget(budget).build() : initiative))
        .ofSize(size)
        .map(drafts -> {
          List<Initiative> initiatives = new ArrayList<>();
          for (int i = 0; i < drafts.size(); i++) {
            initiatives.add(new Initiative.Builder().from(drafts.get(i)).id("i-" + i).build());
          }
          return new Portfolio.Builder().name("Generated").addAllInitiatives(initiatives).build();
        }));
  }

  /** Pairs of distinct indices below {@code size}, at most {@code most} of them. */
  static Gen<List<int[]>> links(int size, int most) {
    return lists().of(integers().between(0, size - 1).zip(integers().between(0, size - 1),
            (a, b) -> new int[] {a, b}))
        .ofSizeBetween(0, most)
        .map(pairs -> {
          List<int[]> distinct = new ArrayList<>();
          for (int[] pair : pairs) {
            if (pair[0] != pair[1]) {
              distinct.add(pair);
            }
          }
          return distinct;
        });
  }

  /** The objectives: a target, scenarios or both (a third of the time each), and a distance measure. */
  private static Gen<Objectives> objectives() {
    return integers().between(0, 2).zip(Generators.targets(), Generators.scenarioSets(4),
        Generate.enumValues(DistanceMeasure.class),
        (which, target, scenarios, measure) -> new Objectives(
            which != 1 ? Optional.of(target) : Optional.empty(),
            which != 0 ? Optional.of(scenarios) : Optional.empty(),
            measure));
  }

  /** Selection problems over {@code size} candidates, with a time limit of five minutes. */
  static Gen<SelectionProblem> problems(int size) {
    return problems(size, Duration.ofMinutes(5));
  }

  /** Selection problems over {@code size} candidates with the given time limit. */
  static Gen<SelectionProblem> problems(int size, Duration timeLimit) {
    Gen<double[]> fractions = doubles().between(0, 1.1).zip(doubles().between(0, 3),
        (budgetShare, costFactor) -> new double[] {budgetShare, costFactor});
    Gen<List<Integer>> forced = lists().of(integers().between(-size, size - 1)).ofSizeBetween(0, 3);
    Gen<List<Integer>> costed = lists().of(integers().between(0, size - 1)).ofSizeBetween(0, 3);
    Gen<Structure> structures = portfolios(size).zip(links(size, 5), links(size, 4), objectives(), Structure::new);
    return structures.zip(fractions, forced, costed,
        (structure, fraction, in, costs) -> problem(structure, fraction, in, costs, timeLimit));
  }

  /** Builds one problem from its drawn parts; a pure function of them. */
  private static SelectionProblem problem(Structure structure, double[] fraction, List<Integer> forced,
      List<Integer> costed, Duration timeLimit) {
    SelectionProblem.Builder builder = new SelectionProblem.Builder().portfolio(structure.portfolio)
        .distance(structure.objectives.measure).timeLimit(timeLimit);
    structure.objectives.target.ifPresent(builder::target);
    structure.objectives.scenarios.ifPresent(builder::scenarios);
    for (int[] link : structure.requires) {
      builder.requires(id(link[0]), id(link[1]));
    }
    for (int[] link : structure.excludes) {
      builder.excludes(id(link[0]), id(link[1]));
    }
    List<Initiative> initiatives = structure.portfolio.initiatives();
    double[] costs = new double[initiatives.size()];
    for (int i = 0; i < costs.length; i++) {
      costs[i] = initiatives.get(i).budget();
    }
    for (int index : costed) {
      costs[index] = initiatives.get(index).budget() * fraction[1];
      builder.cost(id(index), costs[index]);
    }
    List<String> in = new ArrayList<>();
    List<String> out = new ArrayList<>();
    for (int index : forced) {
      // Negative indices force out, the others force in; an id already forced keeps its side.
      String id = id(index < 0 ? -index - 1 : index);
      if (!in.contains(id) && !out.contains(id)) {
        (index < 0 ? out : in).add(id);
      }
    }
    builder.forceIn(in.toArray(new String[0])).forceOut(out.toArray(new String[0]));
    double total = 0;
    for (double cost : costs) {
      total += cost;
    }
    return builder.budgetLimit(total * fraction[0]).build();
  }

  /**
   * The problem with another portfolio, budget limit, costs and scenarios, and everything else
   * (target, measure, links, forced decisions, time limit) kept.
   */
  static SelectionProblem rebuild(SelectionProblem problem, Portfolio portfolio, double budgetLimit,
      java.util.Map<String, Double> costs, Optional<ScenarioSet> scenarios) {
    SelectionProblem.Builder builder = new SelectionProblem.Builder().portfolio(portfolio).budgetLimit(budgetLimit)
        .costs(costs).distance(problem.distance()).timeLimit(problem.timeLimit())
        .prerequisites(problem.prerequisites()).exclusions(problem.exclusions())
        .forceIn(problem.forcedIn().toArray(new String[0])).forceOut(problem.forcedOut().toArray(new String[0]));
    problem.target().ifPresent(builder::target);
    scenarios.ifPresent(builder::scenarios);
    return builder.build();
  }

  /**
   * A seeded random problem shaped like a real register, for the tests at scale: budgets
   * log-uniform from 1e4 to 1e7, a third of the initiatives pure in one facet and the rest spread
   * over a random subset of facets, a random target, three scenarios paying 0 to 2 per facet, three
   * prerequisites, two exclusions, and half of the total cost to spend.
   */
  static SelectionProblem register(long seed, int size, boolean target, boolean scenarios, Duration timeLimit) {
    java.util.Random random = new java.util.Random(seed);
    List<Initiative> initiatives = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      double[] weights = sparseMix(random);
      initiatives.add(new Initiative.Builder().id(id(i)).budget(Math.pow(10, 4 + 3 * random.nextDouble()))
          .facets(dev.facets.api.FacetMix.of(weights)).build());
    }
    Portfolio portfolio = new Portfolio.Builder().name("register " + seed).addAllInitiatives(initiatives).build();
    SelectionProblem.Builder builder = new SelectionProblem.Builder().portfolio(portfolio)
        .budgetLimit(portfolio.totalBudget() / 2).timeLimit(timeLimit);
    TargetMix mix = TargetMix.of(random.nextDouble(), random.nextDouble(), random.nextDouble(), random.nextDouble());
    List<dev.facets.api.Scenario> futures = new ArrayList<>();
    for (int s = 0; s < 3; s++) {
      futures.add(dev.facets.api.Scenario.of("future " + s, dev.facets.api.FacetValues.of(
          2 * random.nextDouble(), 2 * random.nextDouble(), 2 * random.nextDouble(), 2 * random.nextDouble())));
    }
    if (target) {
      builder.target(mix);
    }
    if (scenarios) {
      builder.scenarios(ScenarioSet.of(futures));
    }
    for (int link = 0; link < 5; link++) {
      int a = random.nextInt(size);
      int b = random.nextInt(size);
      if (a != b && link < 3) {
        builder.requires(id(a), id(b));
      } else if (a != b) {
        builder.excludes(id(a), id(b));
      }
    }
    return builder.build();
  }

  /** Facet weights: pure in one facet a third of the time, else spread over a random subset of facets. */
  static double[] sparseMix(java.util.Random random) {
    double[] weights = new double[4];
    boolean pure = random.nextInt(3) == 0;
    int only = random.nextInt(4);
    for (int f = 0; f < 4; f++) {
      weights[f] = pure ? (f == only ? 1 : 0) : random.nextBoolean() ? random.nextDouble() : 0;
    }
    weights[only] += pure ? 0 : 1e-3; // never all zero
    return weights;
  }

  static String id(int index) {
    return "i-" + index;
  }

  private static final class Structure {
    final Portfolio portfolio;
    final List<int[]> requires;
    final List<int[]> excludes;
    final Objectives objectives;

    Structure(Portfolio portfolio, List<int[]> requires, List<int[]> excludes, Objectives objectives) {
      this.portfolio = portfolio;
      this.requires = requires;
      this.excludes = excludes;
      this.objectives = objectives;
    }
  }

  private static final class Objectives {
    final Optional<TargetMix> target;
    final Optional<ScenarioSet> scenarios;
    final DistanceMeasure measure;

    Objectives(Optional<TargetMix> target, Optional<ScenarioSet> scenarios, DistanceMeasure measure) {
      this.target = target;
      this.scenarios = scenarios;
      this.measure = measure;
    }
  }
}
