package dev.facets.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * A property per validation rule: every invalid value is rejected with a message naming the field
 * and the value, and every valid generated value round-trips through its builder.
 */
class ValidationProperties {
  private static final long SEED = 20261126L;

  /** Non-finite and negative numbers, the ones every budget and weight rule must refuse. */
  private static Gen<Double> negativeOrNonFinite() {
    return Generate.pick(List.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.5, -1e300))
        .mix(doubles().between(-1e12, -1e-12));
  }

  private static void assertRejected(Executable build, String field, String value) {
    InvalidValueException e = assertThrows(InvalidValueException.class, build);
    assertEquals(field, e.field());
    assertTrue(e.getMessage().startsWith(field + " must "), e.getMessage());
    assertTrue(e.getMessage().contains(value), () -> e.getMessage() + " should name " + value);
  }

  @Test
  void budgetsMustBeFiniteAndNonNegative() {
    qt().withFixedSeed(SEED).forAll(Generators.initiatives(), negativeOrNonFinite()).checkAssert((valid, budget) ->
        assertRejected(() -> new Initiative.Builder().from(valid).budget(budget).build(), "budget",
            Double.toString(budget)));
  }

  @Test
  void successProbabilitiesMustBeProbabilities() {
    Gen<Double> invalid = Generate.pick(List.of(Double.NaN, -0.1, 1.0000001, Double.POSITIVE_INFINITY))
        .mix(doubles().between(1.000001, 1e6));
    qt().withFixedSeed(SEED).forAll(Generators.initiatives(), invalid).checkAssert((valid, p) ->
        assertRejected(() -> new Initiative.Builder().from(valid).successProbability(p).build(),
            "successProbability", Double.toString(p)));
  }

  @Test
  void mixWeightsMustBeFiniteAndNonNegative() {
    qt().withFixedSeed(SEED).forAll(Generators.facets(), negativeOrNonFinite()).checkAssert((facet, weight) -> {
      double[] weights = {1, 1, 1, 1};
      weights[facet.ordinal()] = weight;
      assertRejected(() -> FacetMix.of(weights), facet.jsonName(), Double.toString(weight));
    });
  }

  @Test
  void payoffsMustBeFinite() {
    Gen<Double> nonFinite = Generate.pick(List.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY));
    qt().withFixedSeed(SEED).forAll(Generators.facets(), nonFinite).checkAssert((facet, value) -> {
      double[] values = {1, 2, 3, 4};
      values[facet.ordinal()] = value;
      assertRejected(() -> FacetValues.of(values), facet.jsonName(), Double.toString(value));
    });
  }

  @Test
  void positionsMustLieOnTheDiamond() {
    Gen<Double> outside = Generate.pick(List.of(Double.NaN, Double.POSITIVE_INFINITY, -1.0000001))
        .mix(doubles().between(1.0000001, 1e9)).mix(doubles().between(-1e9, -1.0000001));
    qt().withFixedSeed(SEED).forAll(outside, Generators.coordinates()).checkAssert((bad, good) -> {
      assertRejected(() -> AxisPosition.of(bad, good), "uncertainty", Double.toString(bad));
      assertRejected(() -> AxisPosition.of(good, bad), "directedness", Double.toString(bad));
    });
  }

  @Test
  void impactPointsMustBeOrdered() {
    qt().withFixedSeed(SEED).forAll(doubles().between(-10, 10), doubles().between(1e-9, 10)).checkAssert((low, gap) -> {
      assertRejected(() -> ImpactEstimate.of(low, low - gap, low), "mode", Double.toString(low - gap));
      assertRejected(() -> ImpactEstimate.of(low, low + gap, low), "high", Double.toString(low));
    });
  }

  @Test
  void idsMustBeUniqueAndNotBlank() {
    qt().withFixedSeed(SEED).forAll(Generators.portfolios(10)).checkAssert(portfolio -> {
      List<Initiative> initiatives = new ArrayList<>(portfolio.initiatives());
      Initiative copy = new Initiative.Builder().from(initiatives.get(0)).build();
      initiatives.add(copy);
      int repeated = initiatives.size() - 1;
      assertRejected(() -> new Portfolio.Builder().from(portfolio).initiatives(initiatives).build(),
          "initiatives[" + repeated + "].id", "'" + copy.id() + "'");
    });
    for (String blank : List.of("", " ", "\t\n")) {
      assertRejected(() -> new Initiative.Builder().id(blank).budget(1).facets(FacetMix.uniform()).build(),
          "id", "'" + blank + "'");
    }
  }

  @Test
  void portfoliosNeedInitiatives() {
    assertRejected(() -> new Portfolio.Builder().name("p").build(), "initiatives", "[]");
  }

  @Test
  void initiativesNeedAMixSource() {
    qt().withFixedSeed(SEED).forAll(Generators.budgets()).checkAssert(budget -> {
      assertRejected(() -> new Initiative.Builder().id("x").budget(budget).build(), "facets", "nothing");
      assertRejected(() -> new Initiative.Builder().id("x").budget(budget).purpose(Purpose.MISSION).build(),
          "facets", "nothing");
    });
  }

  @Test
  void scenarioProbabilitiesMustSumToOne() {
    qt().withFixedSeed(SEED).forAll(doubles().between(0, 1), doubles().between(1e-8, 0.5)).checkAssert((p, excess) -> {
      double q = Math.min(1, 1 - p + excess);
      double sum = p + q;
      if (Math.abs(sum - 1) > ScenarioSet.PROBABILITY_TOLERANCE) {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> ScenarioSet.of(List.of(
            Scenario.of("a", p, FacetValues.of(1, 1, 1, 1)), Scenario.of("b", q, FacetValues.of(1, 1, 1, 1)))));
        assertEquals("scenarios[*].probability", e.field());
      }
    });
  }

  @Test
  void validValuesRoundTripThroughTheirBuilders() {
    qt().withFixedSeed(SEED).forAll(Generators.portfolios()).checkAssert(portfolio -> {
      assertEquals(portfolio, new Portfolio.Builder().from(portfolio).build());
      for (Initiative initiative : portfolio.initiatives()) {
        assertEquals(initiative, new Initiative.Builder().from(initiative).build());
      }
    });
    qt().withFixedSeed(SEED).forAll(Generators.scenarioSets()).checkAssert(set ->
        assertEquals(set, new ScenarioSet.Builder().from(set).build()));
    qt().withFixedSeed(SEED).forAll(Generators.targets()).checkAssert(target ->
        assertEquals(target.mix(), TargetMix.parse(target.toString()).mix()));
  }

  @Test
  void mixesAreNormalised() {
    qt().withFixedSeed(SEED).forAll(Generators.facetMixes()).checkAssert(mix -> {
      double sum = 0;
      for (double weight : mix.toArray()) {
        assertTrue(weight >= 0 && weight <= 1);
        sum += weight;
      }
      assertEquals(1, sum, 1e-12);
      assertEquals(mix, FacetMix.of(mix.toArray()));
    });
  }

  @Test
  void normalisingInPlaceIsTheArithmeticOfOf() {
    int[] kept = new int[1];
    qt().withFixedSeed(SEED).forAll(Generators.weights(), Generators.weights(), Generators.weights(), Generators.weights())
        .checkAssert((e, m, a, d) -> {
          double[] weights = {e, m, a, d};
          double sum = e + m + a + d;
          double[] shares = {-1, -1, -1, -1};
          assertEquals(sum, FacetMix.normalise(weights, shares));
          if (sum == 0) {
            // Nothing to normalise: nothing is written, and FacetMix.of says why.
            assertArrayEquals(new double[] {-1, -1, -1, -1}, shares);
            assertRejected(() -> FacetMix.of(weights), "facets", "have a weight > 0");
            return;
          }
          assertArrayEquals(FacetMix.of(weights).toArray(), shares);
          FacetMix.normalise(weights, weights);
          assertArrayEquals(shares, weights);
          kept[0] += java.util.Arrays.equals(shares, new double[] {e, m, a, d}) ? 1 : 0;
        });
    // Mixes already on the simplex (a single 1, or the stored weights of a mix) are kept bit for bit.
    qt().withFixedSeed(SEED).forAll(Generators.facetMixes()).checkAssert(mix -> {
      double[] shares = new double[Facet.COUNT];
      FacetMix.normalise(mix.toArray(), shares);
      assertArrayEquals(mix.toArray(), shares);
    });
    assertTrue(kept[0] > 0, "the generator reaches weights that already sum to 1");
  }
}
