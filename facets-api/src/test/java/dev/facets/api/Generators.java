package dev.facets.api;

import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators for every facets value type, built only through the public builders and
 * factories, so that every generated value is a valid one.
 *
 * <p>They reach the edge cases on purpose, not by luck: single initiatives, zero budgets, a single
 * facet, ties, budgets from 1e-6 to 1e12, positions on the axes and at the origin.
 * {@code GeneratorsTest} asserts that each of those cases is actually generated. Shared with every
 * module's tests through the facets-api test-jar.
 */
public final class Generators {
  private Generators() {}

  /** The four facets. */
  public static Gen<Facet> facets() {
    return Generate.enumValues(Facet.class);
  }

  /** Finite non-negative weights, zero often, from 1e-6 to 1e6, with frequent ties at 1. */
  public static Gen<Double> weights() {
    return Generate.frequency(
        Pair.of(3, Generate.constant(0.0)),
        Pair.of(2, Generate.constant(1.0)),
        Pair.of(5, doubles().between(0, 1)),
        Pair.of(2, logUniform(-6, 6)));
  }

  /** Budgets: zero, ties at one million, and log-uniform from 1e-6 to 1e12. */
  public static Gen<Double> budgets() {
    return Generate.frequency(
        Pair.of(1, Generate.constant(0.0)),
        Pair.of(2, Generate.constant(1_000_000.0)),
        Pair.of(6, logUniform(-6, 12)));
  }

  /** 10^x for x uniform in [lowExponent, highExponent]. */
  public static Gen<Double> logUniform(int lowExponent, int highExponent) {
    return doubles().between(lowExponent, highExponent).map(exponent -> Math.pow(10, exponent));
  }

  /** Facet mixes: arbitrary weights, single facets, halves, uniform and tied pairs. */
  public static Gen<FacetMix> facetMixes() {
    // All-zero weights have no mix; they become a single facet rather than a discarded example.
    Gen<FacetMix> arbitrary = weights().zip(weights(), weights(), weights(),
        (e, m, a, n) -> e + m + a + n > 0 ? FacetMix.of(e, m, a, n) : FacetMix.pure(Facet.ADAPTIVE));
    return Generate.frequency(
        Pair.of(6, arbitrary),
        Pair.of(2, facets().map(FacetMix::pure)),
        Pair.of(2, facets().zip(facets(), FacetMix::halves)),
        Pair.of(1, Generate.constant(FacetMix.uniform())));
  }

  /** Coordinates in [-1, 1] with the axes' ends, zero and halves on purpose. */
  public static Gen<Double> coordinates() {
    return Generate.frequency(
        Pair.of(3, Generate.pick(List.of(-1.0, -0.5, 0.0, 0.5, 1.0))),
        Pair.of(7, doubles().between(-1, 1)));
  }

  /** Positions on the diamond, including the origin and points on the axes. */
  public static Gen<AxisPosition> positions() {
    return Generate.frequency(
        Pair.of(1, Generate.constant(AxisPosition.ORIGIN)),
        Pair.of(9, coordinates().zip(coordinates(), AxisPosition::of)));
  }

  /** Three-point impact estimates, sometimes degenerate (low = mode = high). */
  public static Gen<ImpactEstimate> impacts() {
    Gen<ImpactEstimate> spread = doubles().between(0, 10).zip(doubles().between(0, 10), doubles().between(0, 10),
        (x, y, z) -> {
          double[] points = {x, y, z};
          java.util.Arrays.sort(points);
          return ImpactEstimate.of(points[0], points[1], points[2]);
        });
    return Generate.frequency(
        Pair.of(1, Generate.constant(ImpactEstimate.UNIT)),
        Pair.of(1, doubles().between(0, 10).map(x -> ImpactEstimate.of(x, x, x))),
        Pair.of(4, spread));
  }

  /** Initiatives with the given id, whose mix comes from facets, a position, or purpose and driver. */
  public static Gen<Initiative> initiatives(String id) {
    Gen<Initiative.Builder> withSource = Generate.frequency(
        Pair.of(4, facetMixes().map(mix -> builder(id).facets(mix))),
        Pair.of(3, positions().map(position -> builder(id).position(position))),
        Pair.of(2, Generate.enumValues(Purpose.class).zip(Generate.enumValues(Driver.class),
            (purpose, driver) -> builder(id).purpose(purpose).driver(driver))));
    Gen<Optional<Stage>> stages = Generate.enumValues(Stage.class).toOptionals(40);
    return withSource.zip(budgets(), Generate.enumValues(Priority.class), stages,
            (builder, budget, priority, stage) -> {
              builder.budget(budget).priority(priority);
              stage.ifPresent(builder::stage);
              return builder;
            })
        .zip(doubles().fromZeroToOne().mix(Generate.pick(List.of(0.0, 1.0))), givenImpacts(),
            Generate.pick(List.of(List.<String>of(), List.of("digital"), List.of("digital", "co-design"))),
            (builder, probability, impact, tags) ->
                builder.successProbability(probability).givenImpact(impact).addAllTags(tags))
        .zip(attributes(), (builder, attributes) -> builder.attributes(attributes).build());
  }

  /**
   * Attributes as a register keeps them: often none, else one to three of a few keys (so that
   * initiatives of a portfolio share keys and miss some), in varying order.
   */
  public static Gen<Map<String, String>> attributes() {
    Gen<Map<String, String>> some = lists().of(Generate.pick(List.of("unit", "owner", "start date", "Unit ")))
        .ofSizeBetween(1, 3)
        .zip(lists().of(Generate.pick(List.of("Health", "Tax", "J. Doe", "2026-01-01", "a, b"))).ofSize(3),
            (keys, values) -> {
              Map<String, String> attributes = new LinkedHashMap<>();
              for (int i = 0; i < keys.size(); i++) {
                attributes.put(keys.get(i), values.get(i));
              }
              return attributes;
            });
    return Generate.frequency(Pair.of(2, Generate.constant(Map.<String, String>of())), Pair.of(1, some));
  }

  /**
   * Impacts as an initiative holds them: sometimes none given, sometimes given as exactly the unit
   * estimate (which must stay distinct from none), otherwise {@link #impacts()}.
   */
  public static Gen<Optional<ImpactEstimate>> givenImpacts() {
    return Generate.frequency(
        Pair.of(1, Generate.constant(Optional.<ImpactEstimate>empty())),
        Pair.of(1, Generate.constant(Optional.of(ImpactEstimate.UNIT))),
        Pair.of(4, impacts().map(Optional::of)));
  }

  private static Initiative.Builder builder(String id) {
    return new Initiative.Builder().id(id).name("Initiative " + id);
  }

  /** Initiatives with the id {@code "i-0"}. */
  public static Gen<Initiative> initiatives() {
    return initiatives("i-0");
  }

  /** Portfolios of 1 to {@code maxSize} initiatives with ids {@code i-0, i-1, ...}. */
  public static Gen<Portfolio> portfolios(int maxSize) {
    return lists().of(initiatives()).ofSizeBetween(1, maxSize).map(drafts -> {
      List<Initiative> initiatives = new ArrayList<>();
      for (int i = 0; i < drafts.size(); i++) {
        initiatives.add(new Initiative.Builder().from(drafts.get(i)).id("i-" + i).name("Initiative " + i).build());
      }
      return new Portfolio.Builder().name("Generated").currency("EUR").addAllInitiatives(initiatives).build();
    });
  }

  /** Portfolios of 1 to 30 initiatives. */
  public static Gen<Portfolio> portfolios() {
    return portfolios(30);
  }

  /**
   * Portfolios whose total budget is positive, so that budget-weighted scores are defined: an
   * all-zero portfolio gets a budget of 1 on its first initiative.
   */
  public static Gen<Portfolio> fundedPortfolios() {
    return portfolios().map(portfolio -> {
      if (portfolio.totalBudget() > 0) {
        return portfolio;
      }
      List<Initiative> initiatives = new ArrayList<>(portfolio.initiatives());
      initiatives.set(0, new Initiative.Builder().from(initiatives.get(0)).budget(1).build());
      return new Portfolio.Builder().from(portfolio).initiatives(initiatives).build();
    });
  }

  /** Payoffs in [-2, 3], with ties at 1. */
  public static Gen<FacetValues> payoffs() {
    Gen<Double> payoff = doubles().between(-2, 3).mix(Generate.constant(1.0), 20);
    return payoff.zip(payoff, payoff, payoff, FacetValues::of);
  }

  /** Scenario sets of 1 to {@code maxSize} futures, with or without probabilities. */
  public static Gen<ScenarioSet> scenarioSets(int maxSize) {
    return integers().between(1, maxSize).flatMap(size ->
        lists().of(payoffs()).ofSize(size).zip(
            lists().of(doubles().between(0.01, 1)).ofSize(size), Generate.booleans(),
            (payoffs, weights, withProbabilities) -> {
              double total = weights.stream().mapToDouble(Double::doubleValue).sum();
              List<Scenario> scenarios = new ArrayList<>();
              for (int i = 0; i < size; i++) {
                scenarios.add(withProbabilities
                    ? Scenario.of("s-" + i, weights.get(i) / total, payoffs.get(i))
                    : Scenario.of("s-" + i, payoffs.get(i)));
              }
              return ScenarioSet.of(scenarios);
            }));
  }

  /** Scenario sets of 1 to 8 futures. */
  public static Gen<ScenarioSet> scenarioSets() {
    return scenarioSets(8);
  }

  /** Target mixes, including targets with zero facets. */
  public static Gen<TargetMix> targets() {
    return facetMixes().map(TargetMix::of);
  }
}
