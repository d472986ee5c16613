package dev.facets.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A target written by a person sums to 1 or to 100 (within 1e-6 relative), facets left out being 0;
 * any other sum is refused, naming it, instead of being rescaled. And a probability that looks like
 * a percentage names the share it means.
 */
class TargetSharesProperties {
  private static final long SEED = 13L;

  @Test
  void sharesAndTheirPercentagesGiveTheSameTarget() {
    qt().withFixedSeed(SEED).withExamples(500).forAll(Generators.targets()).checkAssert(target -> {
      Map<Facet, Double> shares = new EnumMap<>(Facet.class);
      Map<Facet, Double> percentages = new EnumMap<>(Facet.class);
      for (Facet facet : Facet.ordered()) {
        shares.put(facet, target.share(facet));
        percentages.put(facet, target.share(facet) * 100);
      }
      // Normalising again may move the last bit: equal to rounding, not bit for bit.
      for (Facet facet : Facet.ordered()) {
        assertEquals(target.share(facet), TargetMix.ofShares(shares).share(facet), 1e-15);
        assertEquals(target.share(facet), TargetMix.ofShares(percentages).share(facet), 1e-15);
      }
    });
  }

  @Test
  void anyOtherSumIsRefusedNamingIt() {
    qt().withFixedSeed(SEED).withExamples(500).forAll(Generators.targets(), doubles().between(0.01, 1000))
        .assuming((target, scale) -> Math.abs(scale - 1) > 1e-5 && Math.abs(scale - 100) > 1e-3)
        .checkAssert((target, scale) -> {
          Map<Facet, Double> weights = new EnumMap<>(Facet.class);
          for (Facet facet : Facet.ordered()) {
            weights.put(facet, target.share(facet) * scale);
          }
          InvalidValueException e = assertThrows(InvalidValueException.class, () -> TargetMix.ofShares(weights));
          assertEquals("target", e.field());
          assertTrue(e.value().startsWith("weights summing to "), e.getMessage());
        });
  }

  @Test
  void theIssuesExamples() {
    // enhancement=0.4,mission=0.3 forgot two facets: 0.7, not rescaled to 57 % and 43 %.
    InvalidValueException partial = assertThrows(InvalidValueException.class,
        () -> TargetMix.parse("enhancement=0.4,mission=0.3"));
    assertTrue(partial.getMessage().endsWith("got weights summing to 0.7"), partial.getMessage());
    // Percentages summing to 105: refused too.
    InvalidValueException over = assertThrows(InvalidValueException.class,
        () -> TargetMix.parse("enhancement=40,mission=30,adaptive=20,anticipatory=15"));
    assertTrue(over.getMessage().endsWith("got weights summing to 105.0"), over.getMessage());
    // Missing facets are 0: a sum of 1 over two facets is a target.
    assertEquals(TargetMix.of(0.4, 0.6, 0, 0), TargetMix.parse("enhancement=0.4,mission=0.6"));
    assertEquals(TargetMix.of(0.4, 0.6, 0, 0), TargetMix.parse("enhancement=40,mission=60"));
    // Within 1e-6 relative of 1: accepted (three thirds written with six decimals are not).
    assertEquals(1.0 / 3, TargetMix.parse("enhancement=0.3333333,mission=0.3333333,adaptive=0.3333334")
        .share(Facet.MISSION), 1e-6);
    assertThrows(InvalidValueException.class, () -> TargetMix.parse("enhancement=0.333,mission=0.333,adaptive=0.333"));
  }

  @Test
  void aProbabilityThatLooksLikeAPercentageNamesTheShare() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Checks.probability(45, "successProbability"));
    assertEquals("successProbability must be in [0.0, 1.0] (a share: for 45.0 % write 0.45, or 45.0% in a"
        + " spreadsheet cell), got 45.0", e.getMessage());
    // Above 100 it is no percentage either: the plain rule.
    assertEquals("p must be in [0.0, 1.0], got 450.0",
        assertThrows(InvalidValueException.class, () -> Checks.probability(450, "p")).getMessage());
  }
}
