package dev.facets.core.hedge;

import static dev.facets.core.hedge.CovarianceMatrixTest.diagonal;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.facets.api.Facet;
import dev.facets.api.FacetMix;
import dev.facets.api.Initiative;
import dev.facets.api.Portfolio;
import dev.facets.api.ScenarioSet;
import dev.facets.api.Weighting;
import org.junit.jupiter.api.Test;

/** Equality and null-rejection of the hedge package's public types (Guava testlib). */
class HedgeValueTypesTest {
  private static final ScenarioSet SCENARIOS = HedgeFixtures.contractScenarios();
  private static final CovarianceMatrix SIGMA = CovarianceMatrix.of(diagonal(1, 2, 3, 4));

  @Test
  void publicMethodsRejectNull() {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(FacetMix.class, FacetMix.uniform())
        .setDefault(ScenarioSet.class, SCENARIOS)
        .setDefault(Objective.class, Objective.MAXIMIN)
        .setDefault(FacetBounds.class, FacetBounds.none())
        .setDefault(AllocationConstraints.class, AllocationConstraints.none())
        .setDefault(CovarianceMatrix.class, SIGMA)
        .setDefault(Weighting.class, Weighting.budget())
        .setDefault(Facet.class, Facet.MISSION)
        .setDefault(Portfolio.class, new Portfolio.Builder().name("p")
            .addInitiatives(new Initiative.Builder().id("a").budget(1).facets(FacetMix.uniform()).build()).build())
        .setDefault(double[][].class, diagonal(1, 1, 1, 1));
    tester.testAllPublicStaticMethods(FacetBounds.class);
    tester.testAllPublicInstanceMethods(FacetBounds.none());
    tester.testAllPublicStaticMethods(AllocationConstraints.class);
    tester.testAllPublicInstanceMethods(AllocationConstraints.none());
    tester.testAllPublicStaticMethods(Objective.class);
    tester.testAllPublicInstanceMethods(RobustnessEvaluator.DEFAULT);
    tester.testAllPublicInstanceMethods(RobustnessEvaluator.DEFAULT.evaluate(FacetMix.uniform(), SCENARIOS));
    tester.testAllPublicInstanceMethods(RobustAllocator.DEFAULT);
    tester.testAllPublicStaticMethods(CovarianceMatrix.class);
    tester.testAllPublicInstanceMethods(SIGMA);
    tester.testAllPublicStaticMethods(RiskDecomposition.class);
    tester.testAllPublicInstanceMethods(RiskAllocator.DEFAULT);
  }

  @Test
  void valuesAreEqualByContent() {
    new EqualsTester()
        .addEqualityGroup(FacetBounds.none(), FacetBounds.none().withMax(Facet.MISSION, 1))
        .addEqualityGroup(FacetBounds.none().withMin(Facet.MISSION, 0.2), FacetBounds.none().withMin(Facet.MISSION, 0.2))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(AllocationConstraints.none(), AllocationConstraints.of(FacetBounds.none()))
        .addEqualityGroup(AllocationConstraints.none().withTurnoverLimit(FacetMix.uniform(), 0.5),
            AllocationConstraints.none().withTurnoverLimit(FacetMix.uniform(), 0.5))
        .addEqualityGroup(AllocationConstraints.none().withTurnoverLimit(FacetMix.uniform(), 0.6))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(RobustnessEvaluator.DEFAULT, RobustnessEvaluator.DEFAULT.withAlpha(0.2).withHurwiczOptimism(0.5))
        .addEqualityGroup(RobustnessEvaluator.DEFAULT.withAlpha(0.1).withHurwiczOptimism(0.5))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(RobustnessEvaluator.DEFAULT.evaluate(FacetMix.uniform(), SCENARIOS),
            RobustnessEvaluator.DEFAULT.evaluate(FacetMix.uniform(), SCENARIOS))
        .addEqualityGroup(RobustnessEvaluator.DEFAULT.evaluate(FacetMix.pure(Facet.MISSION), SCENARIOS))
        .addEqualityGroup(RobustnessEvaluator.DEFAULT.withAlpha(0.5).withHurwiczOptimism(0.5).evaluate(FacetMix.uniform(), SCENARIOS))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(RobustAllocator.DEFAULT.optimize(SCENARIOS, Objective.MAXIMIN),
            RobustAllocator.DEFAULT.optimize(SCENARIOS, Objective.MAXIMIN))
        .addEqualityGroup(RobustAllocator.DEFAULT.optimize(SCENARIOS, Objective.EXPECTED))
        .addEqualityGroup(RobustAllocator.DEFAULT.optimize(SCENARIOS, Objective.MAXIMIN,
            AllocationConstraints.of(FacetBounds.none().withMin(Facet.MISSION, 0.7).withMin(Facet.ADAPTIVE, 0.7))))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(SIGMA, CovarianceMatrix.of(diagonal(1, 2, 3, 4)))
        .addEqualityGroup(CovarianceMatrix.of(diagonal(1, 2, 3, 5)))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(RiskDecomposition.of(FacetMix.uniform(), SIGMA), RiskDecomposition.of(FacetMix.uniform(), SIGMA))
        .addEqualityGroup(RiskDecomposition.of(FacetMix.pure(Facet.MISSION), SIGMA))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(RobustAllocator.DEFAULT.tradeOffCurve(SCENARIOS, AllocationConstraints.none(), 3),
            RobustAllocator.DEFAULT.tradeOffCurve(SCENARIOS, AllocationConstraints.none(), 3))
        .addEqualityGroup(RobustAllocator.DEFAULT.tradeOffCurve(SCENARIOS, AllocationConstraints.none(), 4))
        .testEquals();
  }

  @Test
  void statusNamesAreTheJsonOnes() {
    assertEquals("optimal", AllocationStatus.OPTIMAL.jsonName());
    assertEquals("infeasible", AllocationStatus.INFEASIBLE.jsonName());
    assertEquals("limit-reached", AllocationStatus.LIMIT_REACHED.jsonName());
  }
}
