package dev.facets.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Equality, null-rejection and the documented behaviour of every value type. */
class ValueTypesTest {
  private static Initiative initiative(String id, double budget) {
    return new Initiative.Builder().id(id).budget(budget).facets(FacetMix.pure(Facet.MISSION)).build();
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(FacetMix.of(7, 3, 0, 0), FacetMix.of(0.7, 0.3, 0, 0), FacetMix.of(new double[] {14, 6, 0, 0}))
        .addEqualityGroup(FacetMix.uniform(), FacetMix.of(1, 1, 1, 1))
        .addEqualityGroup(FacetMix.pure(Facet.ADAPTIVE), FacetMix.halves(Facet.ADAPTIVE, Facet.ADAPTIVE))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(FacetValues.of(1, -2, 0, 3), FacetValues.of(new double[] {1, -2, -0.0, 3}))
        .addEqualityGroup(FacetValues.of(1, 2, 0, 3))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(AxisPosition.of(0.5, -0.5), AxisPosition.of(0.5, -0.5))
        .addEqualityGroup(AxisPosition.ORIGIN, AxisPosition.of(-0.0, 0.0))
        .addEqualityGroup(AxisPosition.of(-0.5, 0.5))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(initiative("a", 1), initiative("a", 1))
        .addEqualityGroup(initiative("a", 2))
        .addEqualityGroup(initiative("b", 1))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(ImpactEstimate.of(1, 2, 3), ImpactEstimate.of(1, 2, 3))
        .addEqualityGroup(ImpactEstimate.UNIT)
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(TargetMix.parse("enhancement=50,mission=50"), TargetMix.of(0.5, 0.5, 0, 0))
        .addEqualityGroup(TargetMix.of(FacetMix.uniform()))
        .testEquals();
    Scenario steady = Scenario.of("steady", 0.5, FacetValues.of(1, 1, 1, 1));
    Scenario shock = Scenario.of("shock", 0.5, FacetValues.of(0, 1, 2, 3));
    new EqualsTester()
        .addEqualityGroup(steady, Scenario.of("steady", 0.5, FacetValues.of(1, 1, 1, 1)))
        .addEqualityGroup(Scenario.of("steady", FacetValues.of(1, 1, 1, 1)))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(ScenarioSet.of(List.of(steady, shock)), ScenarioSet.of(List.of(steady, shock)))
        .addEqualityGroup(ScenarioSet.of(List.of(shock, steady)))
        .testEquals();
    Portfolio portfolio = new Portfolio.Builder().name("p").addInitiatives(initiative("a", 1)).build();
    new EqualsTester()
        .addEqualityGroup(portfolio, new Portfolio.Builder().from(portfolio).build())
        .addEqualityGroup(new Portfolio.Builder().from(portfolio).asOf(LocalDate.of(2026, 1, 1)).build())
        .testEquals();
  }

  @Test
  void publicMethodsRejectNull() {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(FacetValues.class, FacetValues.of(1, 2, 3, 4))
        .setDefault(FacetMix.class, FacetMix.uniform())
        .setDefault(AxisPosition.class, AxisPosition.ORIGIN)
        .setDefault(ImpactEstimate.class, ImpactEstimate.UNIT)
        .setDefault(Initiative.class, initiative("a", 1))
        .setDefault(Scenario.class, Scenario.of("s", FacetValues.of(1, 2, 3, 4)))
        .setDefault(String.class, "x");
    tester.testAllPublicStaticMethods(FacetMix.class);
    tester.testAllPublicInstanceMethods(FacetMix.uniform());
    tester.testAllPublicStaticMethods(FacetValues.class);
    tester.testAllPublicInstanceMethods(FacetValues.of(1, 2, 3, 4));
    tester.testAllPublicInstanceMethods(AxisPosition.ORIGIN);
    tester.testAllPublicStaticMethods(TargetMix.class);
    tester.testAllPublicInstanceMethods(TargetMix.of(FacetMix.uniform()));
    // The builders and an initiative's withX(..) reject null with IllegalArgumentException:
    // BuilderNullTest.
    tester.testAllPublicStaticMethods(Weighting.class);
    tester.testAllPublicInstanceMethods(Zone.MIXED);
    tester.testAllPublicInstanceMethods(Facet.MISSION);
  }

  @Test
  void facetGeometry() {
    assertEquals(Facet.ANTICIPATORY, Facet.ENHANCEMENT.opposite());
    assertEquals(Facet.ADAPTIVE, Facet.MISSION.opposite());
    assertEquals(List.of(Facet.MISSION, Facet.ADAPTIVE), Facet.ENHANCEMENT.neighbours());
    assertEquals(List.of(Facet.ENHANCEMENT, Facet.ANTICIPATORY), Facet.MISSION.neighbours());
    assertEquals(Pole.UNCERTAINTY, Facet.ANTICIPATORY.pole());
    assertEquals(Pole.UNDIRECTED, Facet.ADAPTIVE.pole());
    for (Facet facet : Facet.values()) {
      assertEquals(facet, facet.opposite().opposite());
      assertEquals(-facet.uncertainty(), facet.opposite().uncertainty());
      assertEquals(-facet.directedness(), facet.opposite().directedness());
      assertEquals(facet, Facet.parse(facet.jsonName()));
    }
  }

  @Test
  void zonesBetweenFacets() {
    assertEquals(Zone.SUSTAINING, Zone.between(Facet.ENHANCEMENT, Facet.MISSION));
    assertEquals(Zone.SUSTAINING, Zone.between(Facet.MISSION, Facet.ENHANCEMENT));
    assertEquals(Zone.OPTIMISING, Zone.between(Facet.ENHANCEMENT, Facet.ADAPTIVE));
    assertEquals(Zone.TRANSFORMATIVE, Zone.between(Facet.MISSION, Facet.ANTICIPATORY));
    assertEquals(Zone.DISRUPTIVE, Zone.between(Facet.ADAPTIVE, Facet.ANTICIPATORY));
    assertEquals(Zone.MIXED, Zone.between(Facet.ENHANCEMENT, Facet.ANTICIPATORY));
    assertEquals(Zone.MIXED, Zone.between(Facet.MISSION, Facet.ADAPTIVE));
    assertEquals(Zone.ADAPTIVE, Zone.between(Facet.ADAPTIVE, Facet.ADAPTIVE));
    for (Zone zone : Zone.values()) {
      assertEquals(zone, Zone.parse(zone.jsonName()));
    }
  }

  @Test
  void dominantFacetBreaksTiesInFacetOrder() {
    assertEquals(Facet.ENHANCEMENT, FacetMix.uniform().dominant());
    assertEquals(Facet.MISSION, FacetMix.of(0, 1, 1, 1).dominant());
    assertEquals(Facet.ADAPTIVE, FacetMix.of(0, 0, 1, 1).dominant());
    assertEquals(Facet.ANTICIPATORY, FacetMix.of(0.1, 0.1, 0.1, 0.7).dominant());
  }

  @Test
  void mixOfHugeWeightsStaysFinite() {
    FacetMix mix = FacetMix.of(Double.MAX_VALUE, Double.MAX_VALUE, 0, 0);
    assertEquals(0.5, mix.weight(Facet.ENHANCEMENT), 1e-15);
    assertEquals(0.5, mix.weight(Facet.MISSION), 1e-15);
  }

  @Test
  void totalBudgetThatOverflowsIsInfiniteNotNaN() {
    // Each budget is finite and valid; their sum is not a double. Kahan compensation must not turn
    // the overflow into NaN (inf - inf) once a further budget arrives.
    Portfolio huge = new Portfolio.Builder().name("p").addInitiatives(
        initiative("a", Double.MAX_VALUE), initiative("b", Double.MAX_VALUE), initiative("c", Double.MAX_VALUE),
        initiative("d", 1)).build();
    assertEquals(Double.POSITIVE_INFINITY, huge.totalBudget());
    Portfolio small = new Portfolio.Builder().name("p").addInitiatives(
        initiative("a", 0.1), initiative("b", 0.2), initiative("c", 0.3)).build();
    assertEquals(0.6, small.totalBudget()); // compensated: 0.1 + 0.2 + 0.3 is 0.6000000000000001 naively
  }

  @Test
  void scenarioSetProbabilities() {
    ScenarioSet equal = ScenarioSet.of(List.of(
        Scenario.of("a", FacetValues.of(1, 1, 1, 1)), Scenario.of("b", FacetValues.of(1, 1, 1, 1)),
        Scenario.of("c", FacetValues.of(1, 1, 1, 1))));
    assertTrue(equal.equallyLikely());
    assertEquals(1.0 / 3, equal.probability(2));
    InvalidValueException mixed = assertThrows(InvalidValueException.class, () -> ScenarioSet.of(List.of(
        Scenario.of("a", 1.0, FacetValues.of(1, 1, 1, 1)), Scenario.of("b", FacetValues.of(1, 1, 1, 1)))));
    assertEquals("scenarios[1].probability", mixed.field());
  }

  @Test
  void aLoneScenarioMayExceedOneByTheSummingTolerance() {
    ScenarioSet lone = ScenarioSet.of(List.of(Scenario.of("only", 1 + 1e-10, FacetValues.of(1, 1, 1, 1))));
    assertEquals(1 + 1e-10, lone.probability(0));
    assertThrows(InvalidValueException.class, () -> Scenario.of("too likely", 1 + 1e-8, FacetValues.of(1, 1, 1, 1)));
  }

  @Test
  void weightings() {
    Initiative high = new Initiative.Builder().from(initiative("a", 40)).priority(Priority.HIGH).build();
    assertEquals(40, Weighting.budget().weight(high));
    assertEquals(1, Weighting.count().weight(high));
    assertEquals(7, Weighting.priority().weight(high));
    assertEquals("priority", Weighting.parse("priority").name());
    assertThrows(InvalidValueException.class, () -> Weighting.parse("cost"));
  }

  @Test
  void anImpactGivenAsTheUnitEstimateIsNotAMissingOne() {
    Initiative none = initiative("a", 1);
    Initiative unit = new Initiative.Builder().from(none).impact(ImpactEstimate.UNIT).build();
    assertTrue(none.givenImpact().isEmpty());
    assertEquals(java.util.Optional.of(ImpactEstimate.UNIT), unit.givenImpact());
    // Both value the same for simulation, but they are different initiatives.
    assertEquals(ImpactEstimate.UNIT, none.impact());
    assertEquals(ImpactEstimate.UNIT, unit.impact());
    new EqualsTester().addEqualityGroup(none, new Initiative.Builder().from(none).build())
        .addEqualityGroup(unit, new Initiative.Builder().from(none).givenImpact(ImpactEstimate.UNIT).build())
        .testEquals();
    ImpactEstimate given = ImpactEstimate.of(1, 2, 4);
    assertEquals(given, new Initiative.Builder().from(none).impact(given).build().impact());
  }
}
