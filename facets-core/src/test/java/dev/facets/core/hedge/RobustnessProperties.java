package dev.facets.core.hedge;

import static dev.facets.core.hedge.HedgeFixtures.mapPayoffs;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.facets.api.Facet;
import dev.facets.api.FacetMix;
import dev.facets.api.FacetValues;
import dev.facets.api.Generators;
import dev.facets.api.Scenario;
import dev.facets.api.ScenarioSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bounds, identities and invariances of the robustness metrics: value, regret, CVaR, Hurwicz and Laplace. */
class RobustnessProperties {
  private static final double TOLERANCE = 1e-12;

  private static Robustness evaluate(FacetMix mix, ScenarioSet set, double alpha) {
    return RobustnessEvaluator.DEFAULT.withAlpha(alpha).evaluate(mix, set);
  }

  // --- bounds ---

  @Test
  void valuesLieBetweenTheWorstAndBestFacetAndRegretIsNeverNegative() {
    qt().withFixedSeed(1).forAll(HedgeGenerators.mixes(), Generators.scenarioSets()).checkAssert((mix, set) -> {
      Robustness r = RobustnessEvaluator.DEFAULT.evaluate(mix, set);
      for (int s = 0; s < set.size(); s++) {
        FacetValues payoff = set.scenarios().get(s).payoff();
        ScenarioResult result = r.scenarios().get(s);
        assertTrue(result.value() >= payoff.min() - TOLERANCE && result.value() <= payoff.max() + TOLERANCE);
        assertTrue(result.regret() >= 0);
        assertEquals(payoff.max(), result.bestValue(), 0);
      }
      assertTrue(r.expectedRegret() <= r.maxRegret() + TOLERANCE);
    });
  }

  @Test
  void cvarLiesBetweenTheWorstCaseAndTheExpectedValue() {
    qt().withFixedSeed(2).forAll(HedgeGenerators.mixes(), Generators.scenarioSets(), HedgeGenerators.alphas())
        .checkAssert((mix, set, alpha) -> {
          Robustness r = evaluate(mix, set, alpha);
          assertTrue(r.worstCase() <= r.cvar() + TOLERANCE, r.worstCase() + " > " + r.cvar());
          assertTrue(r.cvar() <= r.expectedValue() + TOLERANCE, r.cvar() + " > " + r.expectedValue());
        });
  }

  @Test
  void hurwiczAndLaplaceLieBetweenTheWorstAndBestCase() {
    qt().withFixedSeed(3).forAll(HedgeGenerators.mixes(), Generators.scenarioSets(), doubles().between(0, 1))
        .checkAssert((mix, set, optimism) -> {
          Robustness r = RobustnessEvaluator.DEFAULT.withAlpha(0.2).withHurwiczOptimism(optimism).evaluate(mix, set);
          assertTrue(r.worstCase() - TOLERANCE <= r.hurwicz() && r.hurwicz() <= r.bestCase() + TOLERANCE);
          assertTrue(r.worstCase() - TOLERANCE <= r.laplace() && r.laplace() <= r.bestCase() + TOLERANCE);
        });
  }

  // --- CVaR: the closed form, monotonicity, the expected-value end ---

  @Test
  void cvarOfEquallyLikelyScenariosMatchesTheClosedForm() {
    // With values sorted ascending and m = alpha S,
    // CVaR = (1/m) [sum_{k <= floor(m)} V_(k) + (m - floor(m)) V_(floor(m) + 1)]. The fractional
    // term is computed as ((m - floor(m)) / m) V: at a subnormal alpha (1e-320) m is subnormal too,
    // and m V would keep only a few significant bits of V.
    qt().withFixedSeed(4).forAll(HedgeGenerators.mixes(), Generators.scenarioSets(), HedgeGenerators.alphas())
        .checkAssert((mix, set, alpha) -> {
          ScenarioSet equal = HedgeFixtures.withoutProbabilities(set);
          double[] values = RobustnessEvaluator.DEFAULT.evaluate(mix, equal).scenarios().stream()
              .mapToDouble(ScenarioResult::value).sorted().toArray();
          double m = alpha * values.length;
          int whole = (int) Math.floor(m);
          double sum = 0;
          for (int k = 0; k < whole; k++) {
            sum += values[k];
          }
          double closedForm = sum / m + (whole < values.length ? (m - whole) / m * values[whole] : 0);
          assertEquals(closedForm, evaluate(mix, equal, alpha).cvar(), 1e-9);
        });
  }

  @Test
  void cvarNeverFallsAsAlphaGrowsAndEqualsTheExpectedValueAtOne() {
    qt().withFixedSeed(5).forAll(HedgeGenerators.mixes(), Generators.scenarioSets(), doubles().between(0.01, 1),
        doubles().between(0.01, 1)).checkAssert((mix, set, a, b) -> {
          double low = Math.min(a, b);
          double high = Math.max(a, b);
          assertTrue(evaluate(mix, set, low).cvar() <= evaluate(mix, set, high).cvar() + TOLERANCE);
          Robustness all = evaluate(mix, set, 1);
          assertEquals(all.expectedValue(), all.cvar(), 1e-9);
        });
  }

  @Test
  void cvarIsTheWorstCaseWhenAlphaIsBelowEveryProbability() {
    qt().withFixedSeed(6).forAll(HedgeGenerators.mixes(), Generators.scenarioSets()).checkAssert((mix, set) -> {
      double smallest = Arrays.stream(set.probabilityArray()).min().getAsDouble();
      Robustness r = evaluate(mix, set, smallest / 2);
      assertEquals(r.worstCase(), r.cvar(), 1e-9);
    });
  }

  // --- attribution (Euler) ---

  @Test
  void attributionsAddUpToExpectedValueAndCvar() {
    qt().withFixedSeed(7).forAll(HedgeGenerators.mixes(), Generators.scenarioSets(), HedgeGenerators.alphas())
        .checkAssert((mix, set, alpha) -> {
          Robustness r = evaluate(mix, set, alpha);
          assertEquals(r.expectedValue(), sum(r.expectedValueAttribution()), 1e-12);
          assertEquals(r.cvar(), sum(r.cvarAttribution()), 1e-12);
          for (Facet facet : Facet.ordered()) {
            if (mix.weight(facet) == 0) {
              assertEquals(0, r.cvarAttribution().get(facet), 0); // no share, no contribution
            }
          }
        });
  }

  // --- invariances ---

  @Test
  void regretIgnoresScenarioSpecificShiftsWhileValuesFollowThem() {
    qt().withFixedSeed(8).forAll(HedgeGenerators.mixes(), Generators.scenarioSets(),
        lists().of(doubles().between(-5, 5)).ofSize(8)).checkAssert((mix, set, shifts) -> {
          Robustness before = RobustnessEvaluator.DEFAULT.evaluate(mix, set);
          Robustness after = RobustnessEvaluator.DEFAULT.evaluate(mix, mapPayoffs(set, (s, f, old) -> old[f] + shifts.get(s)));
          for (int s = 0; s < set.size(); s++) {
            assertEquals(before.scenarios().get(s).regret(), after.scenarios().get(s).regret(), 1e-9);
            assertEquals(before.scenarios().get(s).value() + shifts.get(s), after.scenarios().get(s).value(), 1e-9);
          }
          assertEquals(before.maxRegret(), after.maxRegret(), 1e-9);
          assertEquals(before.expectedRegret(), after.expectedRegret(), 1e-9);
        });
  }

  @Test
  void aConstantAddedEverywhereShiftsEveryValueMetric() {
    qt().withFixedSeed(9).forAll(HedgeGenerators.mixes(), Generators.scenarioSets(), HedgeGenerators.alphas(),
        doubles().between(-10, 10)).checkAssert((mix, set, alpha, c) -> {
          Robustness before = evaluate(mix, set, alpha);
          Robustness after = evaluate(mix, mapPayoffs(set, (s, f, old) -> old[f] + c), alpha);
          assertEquals(before.expectedValue() + c, after.expectedValue(), 1e-9);
          assertEquals(before.worstCase() + c, after.worstCase(), 1e-9);
          assertEquals(before.cvar() + c, after.cvar(), 1e-9);
          assertEquals(before.hurwicz() + c, after.hurwicz(), 1e-9);
          assertEquals(before.laplace() + c, after.laplace(), 1e-9);
          assertEquals(before.maxRegret(), after.maxRegret(), 1e-9);
        });
  }

  @Test
  void permutingEquallyLikelyScenariosChangesNoSummary() {
    qt().withFixedSeed(10).forAll(HedgeGenerators.mixes(), Generators.scenarioSets(), HedgeGenerators.alphas())
        .checkAssert((mix, set, alpha) -> {
          ScenarioSet equal = HedgeFixtures.withoutProbabilities(set);
          List<Scenario> reversed = new ArrayList<>(equal.scenarios());
          Collections.reverse(reversed);
          Robustness before = evaluate(mix, equal, alpha);
          Robustness after = evaluate(mix, ScenarioSet.of(reversed), alpha);
          assertEquals(before.expectedValue(), after.expectedValue(), 1e-12);
          assertEquals(before.cvar(), after.cvar(), 1e-12);
          assertEquals(before.maxRegret(), after.maxRegret(), 0);
          assertEquals(before.percentileRegret(0.5), after.percentileRegret(0.5), 0);
        });
  }

  // --- percentile regret and the domain criterion ---

  @Test
  void percentileRegretRisesWithTheLevelUpToTheMaximumRegret() {
    qt().withFixedSeed(11).forAll(HedgeGenerators.mixes(), Generators.scenarioSets(), doubles().between(0.01, 1),
        doubles().between(0.01, 1)).checkAssert((mix, set, a, b) -> {
          Robustness r = RobustnessEvaluator.DEFAULT.evaluate(mix, set);
          assertTrue(r.percentileRegret(Math.min(a, b)) <= r.percentileRegret(Math.max(a, b)));
          // the generated probabilities are all positive, so level 1 reaches the largest regret
          assertEquals(r.maxRegret(), r.percentileRegret(1), 0);
        });
  }

  @Test
  void theDomainCriterionIsOneAtTheWorstCaseAndZeroAboveTheBest() {
    qt().withFixedSeed(12).forAll(HedgeGenerators.mixes(), Generators.scenarioSets()).checkAssert((mix, set) -> {
      Robustness r = RobustnessEvaluator.DEFAULT.evaluate(mix, set);
      assertEquals(1, r.domainCriterion(r.worstCase()), 0);
      assertEquals(1, r.probabilityMeeting(r.worstCase()), 1e-9);
      assertEquals(0, r.domainCriterion(r.bestCase() + 1), 0);
      assertTrue(r.domainCriterion(r.bestCase()) >= 1.0 / set.size());
    });
  }

  private static double sum(FacetValues values) {
    return Arrays.stream(values.toArray()).sum();
  }
}
