package dev.facets.core.score;

import static dev.facets.core.score.ScoreAssertions.RELATIVE;
import static dev.facets.core.score.ScoreAssertions.assertClose;
import static dev.facets.core.score.ScoreAssertions.theory;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.doubles;

import dev.facets.api.Facet;
import dev.facets.api.FacetMix;
import dev.facets.api.Generators;
import dev.facets.api.TargetMix;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The bounds, extremes, orderings and shape of the balance indices (docs/metrics.md#balance-indices) and of the
 * target distances (#target-gap), over generated facet mixes.
 */
class BalanceProperties {
  /** Slack for rounding in a bound: indices are computed from shares that sum to 1 within ulps. */
  private static final double ROUNDING = 1e-12;
  private static final double LN_4 = Math.log(4);

  private static Balance balance(FacetMix mix) {
    return Balance.of(mix, Disparity.DIAMOND);
  }

  private static long held(FacetMix mix) {
    return Arrays.stream(mix.toArray()).filter(p -> p > 0).count();
  }

  @Test
  void everyIndexIsWithinItsBounds() {
    theory(51).forAll(Generators.facetMixes()).checkAssert(mix -> {
      Balance b = balance(mix);
      assertTrue(b.variety() >= 1 && b.variety() <= 4, "variety " + b.variety());
      within(0, b.shannonEntropy(), LN_4, "entropy");
      within(0, b.evenness(), 1, "evenness");
      within(0.25, b.hhi(), 1, "hhi");
      within(0, b.normalizedHhi(), 1, "normalized hhi");
      within(0, b.giniSimpson(), 0.75, "gini-simpson");
      within(1, b.effectiveFacets(), 4, "effective facets");
      within(1, b.shannonEffectiveFacets(), 4, "shannon effective facets");
      double largest = Arrays.stream(mix.toArray()).max().getAsDouble();
      within(largest * largest, b.hhi(), largest, "hhi against the largest share");
      // Definitions tie the indices together.
      assertClose(b.shannonEntropy() / LN_4, b.evenness(), 1, RELATIVE, "evenness = H / ln 4");
      assertClose(1 - b.hhi(), b.giniSimpson(), 1, RELATIVE, "gini-simpson = 1 - hhi");
      assertClose((b.hhi() - 0.25) / 0.75, b.normalizedHhi(), 1, RELATIVE, "normalized hhi");
      assertClose(1 - b.normalizedHhi(), b.giniSimpson() / 0.75, 1, RELATIVE, "GS / (1 - 1/n) = 1 - HHI*");
      assertClose(1 / b.hhi(), b.effectiveFacets(), 1, RELATIVE, "1 / hhi");
      assertClose(Math.exp(b.shannonEntropy()), b.shannonEffectiveFacets(), 1, RELATIVE, "e^H");
    });
  }

  @Test
  void hillNumbersOrderAsOneOverHhiThenEToTheHThenTheFacetsHeld() {
    theory(52).forAll(Generators.facetMixes()).checkAssert(mix -> {
      Balance b = balance(mix);
      long held = held(mix);
      assertTrue(b.effectiveFacets() <= b.shannonEffectiveFacets() * (1 + ROUNDING), b.toString());
      assertTrue(b.shannonEffectiveFacets() <= held * (1 + ROUNDING), b + " held " + held);
      // Variety counts only shares above 1e-12, so it equals the facets held unless one is tinier.
      boolean tiny = Arrays.stream(mix.toArray()).anyMatch(p -> p > 0 && p <= 1e-12);
      assertEquals(tiny, b.variety() < held, b + " held " + held);
    });
  }

  @Test
  void theOrderingIsTightExactlyWhenTheHeldFacetsAreEven() {
    theory(53).forAll(Generators.facets(), Generators.facets()).checkAssert((a, c) -> {
      for (FacetMix mix : new FacetMix[] {FacetMix.pure(a), FacetMix.halves(a, c), FacetMix.uniform()}) {
        Balance b = balance(mix);
        assertClose(b.variety(), b.effectiveFacets(), 1, RELATIVE, mix + " 1/hhi");
        assertClose(b.variety(), b.shannonEffectiveFacets(), 1, RELATIVE, mix + " e^H");
      }
    });
  }

  @Test
  void uniformSharesMaximiseEntropyAndMinimiseHhiAndASingleFacetTheReverse() {
    Balance uniform = balance(FacetMix.uniform());
    theory(54).forAll(Generators.facetMixes(), Generators.facets()).checkAssert((mix, facet) -> {
      Balance b = balance(mix);
      Balance single = balance(FacetMix.pure(facet));
      assertTrue(b.shannonEntropy() <= uniform.shannonEntropy() + ROUNDING, b.toString());
      assertTrue(b.hhi() >= uniform.hhi() - ROUNDING, b.toString());
      assertTrue(b.shannonEntropy() >= single.shannonEntropy(), b.toString());
      assertTrue(b.hhi() <= single.hhi(), b.toString());
      assertEquals(0, single.shannonEntropy());
      assertEquals(1, single.hhi());
      assertEquals(0, single.raoStirling());
    });
    assertClose(LN_4, uniform.shannonEntropy(), 1, RELATIVE, "uniform entropy");
    assertClose(0.25, uniform.hhi(), 1, RELATIVE, "uniform hhi");
  }

  @Test
  void aTransferFromARicherToAPoorerFacetNeverLowersEntropyNorRaisesHhi() {
    theory(55).forAll(Generators.facetMixes(), Generators.facets(), Generators.facets(), doubles().between(0, 1))
        .checkAssert((mix, rich, poor, fraction) -> {
          double[] p = mix.toArray();
          double gap = p[rich.ordinal()] - p[poor.ordinal()];
          if (gap <= 0) {
            return; // the transfer must go from the larger share to the smaller one
          }
          // Moving at most half the gap keeps the order of the two shares (Schur's condition).
          double moved = fraction * gap / 2;
          p[rich.ordinal()] -= moved;
          p[poor.ordinal()] += moved;
          Balance before = balance(mix);
          Balance after = balance(FacetMix.of(p));
          assertTrue(after.shannonEntropy() >= before.shannonEntropy() - ROUNDING, before + " -> " + after);
          assertTrue(after.giniSimpson() >= before.giniSimpson() - ROUNDING, before + " -> " + after);
          assertTrue(after.hhi() <= before.hhi() + ROUNDING, before + " -> " + after);
        });
  }

  @Test
  void raoStirlingGeneralisesGiniSimpsonAndRewardsOppositeFacets() {
    theory(56).forAll(Generators.facetMixes()).checkAssert(mix -> {
      Balance diamond = balance(mix);
      Balance simpson = Balance.of(mix, Disparity.SIMPSON);
      assertClose(simpson.giniSimpson(), simpson.raoStirling(), 1, RELATIVE, "Rao-Stirling with d = 1");
      // Diamond distances are at most 1, so spreading over them counts at most as Gini-Simpson does.
      assertTrue(diamond.raoStirling() >= 0 && diamond.raoStirling() <= diamond.giniSimpson() + ROUNDING,
          diamond.toString());
      assertEquals(held(mix) == 1, diamond.raoStirling() == 0, diamond.toString());
    });
    for (Facet facet : Facet.ordered()) {
      Facet neighbour = facet.neighbours().get(0);
      assertTrue(balance(FacetMix.halves(facet, facet.opposite())).raoStirling()
          > balance(FacetMix.halves(facet, neighbour)).raoStirling(), facet.toString());
    }
  }

  @Test
  void targetDistancesAreBoundedAndPinskerHolds() {
    theory(57).forAll(Generators.facetMixes(), Generators.targets()).checkAssert((mix, target) -> {
      TargetGap gap = TargetGap.of(mix, 1, target, Disparity.DIAMOND);
      within(0, gap.totalVariation(), 1, "total variation");
      within(0, gap.hellinger(), 1, "hellinger");
      within(0, gap.euclidean(), Math.sqrt(2), "euclidean");
      // Hellinger squared is at most total variation; Euclidean at most twice it (L2 <= L1).
      assertTrue(gap.hellinger() * gap.hellinger() <= gap.totalVariation() + ROUNDING, gap.toString());
      assertTrue(gap.euclidean() <= 2 * gap.totalVariation() + ROUNDING, gap.toString());
      boolean undefined = Facet.ordered().stream()
          .anyMatch(f -> target.share(f) == 0 && mix.weight(f) > 0);
      assertEquals(undefined, gap.klDivergence().isEmpty(), gap.toString());
      gap.klDivergence().ifPresent(kl -> {
        assertTrue(kl >= -ROUNDING, gap.toString());
        // Pinsker, squared so that rounding near zero is compared linearly: 2 TV^2 <= KL.
        assertTrue(2 * gap.totalVariation() * gap.totalVariation() <= kl + ROUNDING, gap.toString());
      });
      double sum = 0;
      for (Facet facet : Facet.ordered()) {
        sum += gap.perFacet().get(facet);
      }
      assertClose(0, sum, 1, RELATIVE, "per-facet gaps sum to 0");
    });
  }

  @Test
  void aMixIsAtNoDistanceFromItself() {
    theory(58).forAll(Generators.facetMixes()).checkAssert(mix -> {
      TargetGap gap = TargetGap.of(mix, 5, TargetMix.of(mix), Disparity.DIAMOND);
      assertEquals(0, gap.totalVariation());
      assertEquals(0, gap.hellinger());
      assertEquals(0, gap.euclidean());
      assertEquals(0, gap.klDivergence().getAsDouble());
      assertEquals(0, gap.transfer());
      assertTrue(gap.rebalancing().isEmpty());
    });
  }

  private static void within(double low, double value, double high, String what) {
    assertTrue(value >= low - ROUNDING && value <= high + ROUNDING,
        () -> what + " = " + value + " outside [" + low + ", " + high + "]");
  }
}
