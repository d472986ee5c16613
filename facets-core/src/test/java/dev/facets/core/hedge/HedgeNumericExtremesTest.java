package dev.facets.core.hedge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.facets.api.Facet;
import dev.facets.api.FacetMix;
import dev.facets.api.FacetValues;
import dev.facets.api.InvalidValueException;
import dev.facets.api.Scenario;
import dev.facets.api.ScenarioSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The hedging engines at the ends of the double range: payoffs near the largest double, payoffs
 * all zero, ties everywhere, one scenario, probabilities of 0 and 1. Results stay finite and
 * correct, or the error says why.
 */
class HedgeNumericExtremesTest {
  private static final double MAX = Double.MAX_VALUE;

  /** Payoffs from -MAX to MAX: a regret of 2 MAX is no double. */
  private static final ScenarioSet TOO_WIDE = ScenarioSet.of(List.of(
      Scenario.of("a", 0.5, FacetValues.of(-MAX, MAX, 0, 1)),
      Scenario.of("b", 0.5, FacetValues.of(MAX, -MAX, 1, 0))));

  /** The same shape of problem on a unit scale, and multiplied by 2^1020 (a span of 2^1022). */
  private static ScenarioSet scaled(double factor) {
    return ScenarioSet.of(List.of(
        Scenario.of("a", 0.3, FacetValues.of(-factor, factor, 0, factor / 2)),
        Scenario.of("b", 0.7, FacetValues.of(factor, -factor, factor / 4, 0))));
  }

  @Test
  void payoffsSpanningMoreThanTheLargestDoubleAreRefusedSayingWhy() {
    InvalidValueException evaluate = assertThrows(InvalidValueException.class,
        () -> RobustnessEvaluator.DEFAULT.evaluate(FacetMix.pure(Facet.ENHANCEMENT), TOO_WIDE));
    assertEquals("scenarios[*].payoff", evaluate.field());
    assertTrue(evaluate.getMessage().contains("span at most 1.7976931348623157E308"), evaluate.getMessage());
    for (Objective objective : Objective.values()) {
      InvalidValueException optimize = assertThrows(InvalidValueException.class,
          () -> RobustAllocator.DEFAULT.optimize(TOO_WIDE, objective));
      assertEquals("scenarios[*].payoff", optimize.field());
    }
  }

  @ParameterizedTest
  @EnumSource(Objective.class)
  void hugePayoffsGiveTheAllocationOfTheirUnitScaleTwin(Objective objective) {
    // Every objective is positively homogeneous in the payoffs: scaling them by 2^1020 (exact)
    // scales the objective value by 2^1020 and leaves the optimal shares alone.
    double factor = Math.scalb(1.0, 1020);
    AllocationOutcome unit = RobustAllocator.DEFAULT.optimize(scaled(1), objective);
    AllocationOutcome huge = RobustAllocator.DEFAULT.optimize(scaled(factor), objective);
    assertEquals(AllocationStatus.OPTIMAL, unit.status(), unit::toString);
    assertEquals(AllocationStatus.OPTIMAL, huge.status(), huge::toString);
    double[] a = unit.allocation().get().toArray();
    double[] b = huge.allocation().get().toArray();
    for (int f = 0; f < a.length; f++) {
      assertEquals(a[f], b[f], 1e-9, huge::toString);
    }
    double unitValue = unit.objectiveValue().getAsDouble();
    double hugeValue = huge.objectiveValue().getAsDouble();
    assertTrue(Double.isFinite(hugeValue), huge::toString);
    assertEquals(unitValue, hugeValue / factor, 1e-9, huge::toString);
  }

  @Test
  void hugeButNarrowPayoffsEvaluateExactly() {
    // Span 2^1022 < MAX: worst value -2^1020 * 0.5 ..., regrets finite. Scenario a with shares
    // (0.5, 0.5, 0, 0): V = 0, best = 2^1020, regret 2^1020; scenario b the same by symmetry.
    double factor = Math.scalb(1.0, 1020);
    Robustness robustness = RobustnessEvaluator.DEFAULT.evaluate(FacetMix.of(1, 1, 0, 0), scaled(factor));
    assertEquals(0.0, robustness.expectedValue());
    assertEquals(factor, robustness.maxRegret());
    assertTrue(Double.isFinite(robustness.cvar()));
  }

  @Test
  void allZeroPayoffsHaveNoRegretAndAnyAllocationIsOptimal() {
    ScenarioSet zero = ScenarioSet.of(List.of(Scenario.of("flat", FacetValues.of(0, 0, 0, 0))));
    Robustness robustness = RobustnessEvaluator.DEFAULT.evaluate(FacetMix.pure(Facet.MISSION), zero);
    assertEquals(0.0, robustness.expectedValue());
    assertEquals(0.0, robustness.maxRegret());
    assertEquals(0.0, robustness.worstCase());
    for (Objective objective : Objective.values()) {
      AllocationOutcome outcome = RobustAllocator.DEFAULT.optimize(zero, objective);
      assertEquals(AllocationStatus.OPTIMAL, outcome.status(), outcome::toString);
      assertEquals(0.0, outcome.objectiveValue().getAsDouble(), 0.0, outcome::toString);
    }
  }

  @Test
  void tiesEverywhereGiveTheTiedValue() {
    ScenarioSet tied = ScenarioSet.of(List.of(Scenario.of("a", FacetValues.of(2, 2, 2, 2)),
        Scenario.of("b", FacetValues.of(2, 2, 2, 2))));
    for (Objective objective : Objective.values()) {
      AllocationOutcome outcome = RobustAllocator.DEFAULT.optimize(tied, objective);
      assertEquals(AllocationStatus.OPTIMAL, outcome.status(), outcome::toString);
      assertEquals(objective == Objective.MINIMAX_REGRET ? 0.0 : 2.0, outcome.objectiveValue().getAsDouble(), 1e-12,
          outcome::toString);
    }
  }

  @Test
  void aScenarioOfProbabilityZeroCountsForTheWorstCaseOnly() {
    // sure: (1, 2, 3, 4) with p = 1; never: (-9, 9, -9, 9) with p = 0. Uniform shares: V = 2.5 and 0.
    ScenarioSet sureOrNever = ScenarioSet.of(List.of(Scenario.of("sure", 1, FacetValues.of(1, 2, 3, 4)),
        Scenario.of("never", 0, FacetValues.of(-9, 9, -9, 9))));
    Robustness robustness = RobustnessEvaluator.DEFAULT.evaluate(FacetMix.uniform(), sureOrNever);
    assertEquals(2.5, robustness.expectedValue());
    assertEquals(2.5, robustness.cvar(), 1e-12);
    assertEquals(0.0, robustness.worstCase());
    // Expected value: all on anticipatory, 4 in the sure scenario.
    AllocationOutcome expected = RobustAllocator.DEFAULT.optimize(sureOrNever, Objective.EXPECTED);
    assertEquals(4.0, expected.objectiveValue().getAsDouble(), 1e-12);
  }
}
