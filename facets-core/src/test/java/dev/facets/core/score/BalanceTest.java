package dev.facets.core.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import dev.facets.api.Facet;
import dev.facets.api.FacetMix;
import dev.facets.api.InvalidValueException;
import org.junit.jupiter.api.Test;

/** The balance indices against values worked out by hand. */
class BalanceTest {
  private static final double EXACT = 1e-12;

  @Test
  void theContractExample() {
    // p = (0.4, 0.3, 0.2, 0.1) in facet order (enhancement, mission, adaptive, anticipatory).
    Balance b = Balance.of(FacetMix.of(0.4, 0.3, 0.2, 0.1), Disparity.DIAMOND);
    assertEquals(4, b.variety());
    // H = -(0.4 ln 0.4 + 0.3 ln 0.3 + 0.2 ln 0.2 + 0.1 ln 0.1)
    //   = 0.366516 + 0.361192 + 0.321888 + 0.230259 = 1.279854
    assertEquals(1.2798542258336674, b.shannonEntropy(), EXACT);
    // J = H / ln 4 = 1.279854 / 1.386294 = 0.923220
    assertEquals(0.9232196723355077, b.evenness(), EXACT);
    // hhi = 0.16 + 0.09 + 0.04 + 0.01 = 0.30; normalised (0.30 - 0.25) / 0.75 = 1/15
    assertEquals(0.30, b.hhi(), EXACT);
    assertEquals(1.0 / 15, b.normalizedHhi(), EXACT);
    assertEquals(0.70, b.giniSimpson(), EXACT);
    assertEquals(10.0 / 3, b.effectiveFacets(), EXACT);
    // e^1.279854 = 3.596115
    assertEquals(3.5961154666243216, b.shannonEffectiveFacets(), EXACT);
    // Unordered pairs: neighbours (d = sqrt2/2) E-M 0.12, E-A 0.08, M-N 0.03, A-N 0.02 = 0.25;
    // opposites (d = 1) E-N 0.04, M-A 0.06 = 0.10. Ordered pairs double it:
    // 2 (0.25 sqrt2/2 + 0.10) = 0.25 sqrt2 + 0.2 = 0.553553
    assertEquals(0.25 * Math.sqrt(2) + 0.2, b.raoStirling(), EXACT);
    assertEquals(0.5535533905932737, b.raoStirling(), EXACT);
  }

  @Test
  void uniformAndSingleFacetAreTheExtremes() {
    Balance uniform = Balance.of(FacetMix.uniform(), Disparity.DIAMOND);
    // H = -4 (1/4) ln(1/4) = ln 4; hhi = 4/16; Rao: 8 neighbour pairs at sqrt2/2 and 4 opposite
    // ordered pairs at 1, each weighing 1/16: (4 sqrt2 + 4) / 16 = (sqrt2 + 1) / 4 = 0.603553.
    assertEquals(Math.log(4), uniform.shannonEntropy(), EXACT);
    assertEquals(1, uniform.evenness(), EXACT);
    assertEquals(0.25, uniform.hhi(), EXACT);
    assertEquals(0, uniform.normalizedHhi(), EXACT);
    assertEquals(4, uniform.effectiveFacets(), EXACT);
    assertEquals(4, uniform.shannonEffectiveFacets(), EXACT);
    assertEquals((Math.sqrt(2) + 1) / 4, uniform.raoStirling(), EXACT);

    Balance single = Balance.of(FacetMix.pure(Facet.MISSION), Disparity.DIAMOND);
    assertEquals(1, single.variety());
    assertEquals(0, single.shannonEntropy());
    assertEquals(0, single.evenness());
    assertEquals(1, single.hhi());
    assertEquals(1, single.normalizedHhi());
    assertEquals(0, single.giniSimpson());
    assertEquals(1, single.effectiveFacets());
    assertEquals(1, single.shannonEffectiveFacets());
    assertEquals(0, single.raoStirling());
  }

  @Test
  void oppositeFacetsAreTwiceAsDisparateAsNeighboursBySqrtTwo() {
    // Halves on opposite facets: 2 * 1 * 1/4 = 1/2; on neighbours: 2 * (sqrt2/2) * 1/4 = sqrt2/4.
    assertEquals(0.5, Balance.of(FacetMix.halves(Facet.ENHANCEMENT, Facet.ANTICIPATORY), Disparity.DIAMOND)
        .raoStirling(), EXACT);
    assertEquals(Math.sqrt(2) / 4, Balance.of(FacetMix.halves(Facet.ENHANCEMENT, Facet.MISSION), Disparity.DIAMOND)
        .raoStirling(), EXACT);
    // Both halves: H = ln 2, hhi = 1/2, two effective facets either way.
    Balance halves = Balance.of(FacetMix.halves(Facet.ADAPTIVE, Facet.MISSION), Disparity.DIAMOND);
    assertEquals(Math.log(2), halves.shannonEntropy(), EXACT);
    assertEquals(2, halves.effectiveFacets(), EXACT);
    assertEquals(2, halves.variety());
  }

  @Test
  void aShareAtOrBelowTheThresholdDoesNotCountTowardsVariety() {
    // 1e-13 / (1 + 1e-13) <= 1e-12: held, but not counted.
    assertEquals(1, Balance.of(FacetMix.of(1, 1e-13, 0, 0), Disparity.DIAMOND).variety());
    assertEquals(2, Balance.of(FacetMix.of(1, 1e-11, 0, 0), Disparity.DIAMOND).variety());
  }

  @Test
  void valueReadsBalanceIndicesAndRejectsGapMetrics() {
    Balance b = Balance.of(FacetMix.of(0.4, 0.3, 0.2, 0.1), Disparity.DIAMOND);
    assertEquals(b.hhi(), b.value(Metric.HHI));
    assertEquals(b.variety(), b.value(Metric.VARIETY));
    assertEquals(b.raoStirling(), b.value(Metric.RAO_STIRLING));
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> b.value(Metric.KL_DIVERGENCE));
    assertEquals("metric must be a balance index, not a target-gap metric, got klDivergence", e.getMessage());
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(Balance.of(FacetMix.uniform(), Disparity.DIAMOND),
            Balance.of(FacetMix.of(1, 1, 1, 1), Disparity.DIAMOND))
        .addEqualityGroup(Balance.of(FacetMix.uniform(), Disparity.SIMPSON))
        .addEqualityGroup(Balance.of(FacetMix.pure(Facet.ADAPTIVE), Disparity.DIAMOND))
        .testEquals();
  }
}
