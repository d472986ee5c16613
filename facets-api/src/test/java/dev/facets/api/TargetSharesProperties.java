package dev.facets.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

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

  /** A list written in percent ({@code enhancement=40%,...}) is the target of its shares. */
  @Test
  void aListInPercentGivesTheTargetOfItsShares() {
    qt().withFixedSeed(SEED).withExamples(500).forAll(Generators.targets()).checkAssert(target -> {
      TargetMix parsed = TargetMix.parse(list(target, 100, facet -> "%"));
      for (Facet facet : Facet.ordered()) {
        assertEquals(target.share(facet), parsed.share(facet), 1e-15);
      }
    });
  }

  @Test
  void aListInPercentThatDoesNotSumTo100IsRefusedNamingTheSum() {
    qt().withFixedSeed(SEED).withExamples(500).forAll(Generators.targets(), doubles().between(0.01, 1000))
        .assuming((target, scale) -> Math.abs(scale - 100) > 1e-3)
        .checkAssert((target, scale) -> {
          InvalidValueException e = assertThrows(InvalidValueException.class,
              () -> TargetMix.parse(list(target, scale, facet -> "%")));
          assertEquals("target", e.field());
          assertTrue(e.value().startsWith("percentages summing to ") && e.value().endsWith("%"), e.getMessage());
          assertTrue(e.rule().startsWith("sum to 100%"), e.getMessage());
        });
  }

  /** Some weights in percent and others not: never read, whatever the sum, since 0.3 could mean 30 %. */
  @Test
  void aListWithSomeWeightsInPercentIsRefused() {
    qt().withFixedSeed(SEED).withExamples(500).forAll(Generators.targets(), integers().between(1, 14))
        .checkAssert((target, subset) -> {
          // subset's bits pick the facets written with a % sign: never none of them, never all four.
          String list = list(target, 100, facet -> (subset >> facet.ordinal() & 1) == 1 ? "%" : "");
          InvalidValueException e = assertThrows(InvalidValueException.class, () -> TargetMix.parse(list));
          assertEquals("target", e.field());
          assertTrue(e.rule().endsWith("not some of each"), e.getMessage());
        });
  }

  /** Every facet as {@code facet=share*scale} plus its suffix, joined by commas. */
  private static String list(TargetMix target, double scale, java.util.function.Function<Facet, String> suffix) {
    StringBuilder list = new StringBuilder();
    for (Facet facet : Facet.ordered()) {
      list.append(list.length() == 0 ? "" : ",").append(facet.jsonName()).append('=')
          .append(target.share(facet) * scale).append(suffix.apply(facet));
    }
    return list.toString();
  }

  @Test
  void percentagesInAListByHand() {
    assertEquals(TargetMix.of(0.4, 0.3, 0.1, 0.2),
        TargetMix.parse("enhancement=40%,mission=30%,anticipatory=20%,adaptive=10%"));
    // Spaces around the number and before the sign are a person's, as elsewhere in the list.
    assertEquals(TargetMix.of(0.4, 0.6, 0, 0), TargetMix.parse(" enhancement = 40 % , mission=60%"));
    assertEquals("target must sum to 100%; a facet left out counts as 0%, so give every facet its percentage,"
        + " got percentages summing to 70.0%",
        assertThrows(InvalidValueException.class, () -> TargetMix.parse("enhancement=40%,mission=30%")).getMessage());
    // Shares with a percent sign are percentages, and these sum to 1 %.
    assertEquals("target must sum to 100%; a facet left out counts as 0%, so give every facet its percentage,"
        + " got percentages summing to 1.0%",
        assertThrows(InvalidValueException.class, () -> TargetMix.parse("enhancement=0.4%,mission=0.6%")).getMessage());
    assertEquals("target must give every weight in percent (enhancement=40%) or none (enhancement=0.4, or 40 out"
        + " of 100), not some of each, got 'enhancement=40%,mission=0.6'",
        assertThrows(InvalidValueException.class, () -> TargetMix.parse("enhancement=40%,mission=0.6")).getMessage());
    // A part that cannot be read is named before any rule of the whole.
    assertEquals("mission must be a number, got ''",
        assertThrows(InvalidValueException.class, () -> TargetMix.parse("enhancement=40%,mission=%")).getMessage());
    assertEquals("target must be facet=weight, got 'mission'",
        assertThrows(InvalidValueException.class, () -> TargetMix.parse("enhancement=40%,mission")).getMessage());
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
