package dev.facets.core.hedge;

import dev.facets.api.FacetValues;
import dev.facets.api.Scenario;
import dev.facets.api.ScenarioSet;
import java.util.ArrayList;
import java.util.List;

/** Small scenario sets shared by the hedge tests. */
final class HedgeFixtures {
  private HedgeFixtures() {}

  /** The contract's scenario file: steady state and technology shock, 0.5 each. */
  static ScenarioSet contractScenarios() {
    return ScenarioSet.of(List.of(
        Scenario.of("steady state", 0.5, FacetValues.of(1.2, 1.0, 0.8, 0.5)),
        Scenario.of("technology shock", 0.5, FacetValues.of(0.4, 0.9, 1.3, 1.6))));
  }

  /**
   * Two scenarios in which only enhancement and mission matter: adaptive and anticipatory pay far
   * less than either everywhere, so no optimum uses them. s1: E 3, M 1; s2: E 0, M 2.
   */
  static ScenarioSet twoFacets(double p1, double p2) {
    return ScenarioSet.of(List.of(
        Scenario.of("s1", p1, FacetValues.of(3, 1, -10, -10)),
        Scenario.of("s2", p2, FacetValues.of(0, 2, -10, -10))));
  }

  /** Equally likely scenarios with the given payoffs. */
  static ScenarioSet equallyLikely(FacetValues... payoffs) {
    List<Scenario> scenarios = new ArrayList<>();
    for (int s = 0; s < payoffs.length; s++) {
      scenarios.add(Scenario.of("s" + s, payoffs[s]));
    }
    return ScenarioSet.of(scenarios);
  }

  /**
   * {@code count} random futures with payoffs uniform in [0.2, 2] on each facet, as the benchmarks
   * generate them, and random probabilities (weights uniform in [0.01, 1], normalised) when asked.
   */
  static ScenarioSet random(int count, long seed, boolean withProbabilities) {
    java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
    double[] weights = new double[count];
    double total = 0;
    for (int s = 0; s < count; s++) {
      weights[s] = 0.01 + 0.99 * random.nextDouble();
      total += weights[s];
    }
    List<Scenario> scenarios = new ArrayList<>(count);
    for (int s = 0; s < count; s++) {
      FacetValues payoff = FacetValues.of(0.2 + 1.8 * random.nextDouble(), 0.2 + 1.8 * random.nextDouble(),
          0.2 + 1.8 * random.nextDouble(), 0.2 + 1.8 * random.nextDouble());
      scenarios.add(withProbabilities ? Scenario.of("s" + s, weights[s] / total, payoff) : Scenario.of("s" + s, payoff));
    }
    return ScenarioSet.of(scenarios);
  }

  /** The same futures without their probabilities, so equally likely. */
  static ScenarioSet withoutProbabilities(ScenarioSet set) {
    List<Scenario> scenarios = new ArrayList<>();
    for (Scenario scenario : set.scenarios()) {
      scenarios.add(Scenario.of(scenario.name(), scenario.payoff()));
    }
    return ScenarioSet.of(scenarios);
  }

  /** The scenario set with payoffs[s][f] changed by the function, names and probabilities kept. */
  static ScenarioSet mapPayoffs(ScenarioSet set, PayoffMap map) {
    List<Scenario> scenarios = new ArrayList<>();
    for (int s = 0; s < set.size(); s++) {
      Scenario scenario = set.scenarios().get(s);
      double[] old = scenario.payoff().toArray();
      double[] payoff = new double[old.length];
      for (int f = 0; f < payoff.length; f++) {
        payoff[f] = map.apply(s, f, old);
      }
      scenarios.add(new Scenario.Builder().from(scenario).payoff(FacetValues.of(payoff)).build());
    }
    return ScenarioSet.of(scenarios);
  }

  /** A new payoff for facet f of scenario s, given the scenario's old payoffs. */
  interface PayoffMap {
    double apply(int scenario, int facet, double[] oldPayoffs);
  }
}
