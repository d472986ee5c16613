package dev.facets.core.score;

import static dev.facets.core.score.PortfolioScorerTest.contractExample;
import static dev.facets.core.score.PortfolioScorerTest.initiative;
import static dev.facets.core.score.PortfolioScorerTest.portfolio;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.facets.api.Facet;
import dev.facets.api.FacetMix;
import dev.facets.api.InvalidValueException;
import dev.facets.api.Portfolio;
import dev.facets.api.TargetMix;
import dev.facets.api.Weighting;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Attribution of the contract example (pure initiatives e, m, a, n with budgets 4, 3, 2, 1, so
 * p = (0.4, 0.3, 0.2, 0.1)) worked out by hand, and the cases where a contribution is undefined.
 */
class AttributionTest {
  private static final double EXACT = 1e-12;
  private static final PortfolioScorer SCORER = PortfolioScorer.DEFAULT;

  private static Attribution example(Optional<TargetMix> target) {
    return SCORER.attribute(contractExample(), Weighting.budget(), target);
  }

  @Test
  void stoppingTheEnhancementProject() {
    Attribution attribution = example(Optional.empty());
    // Without e the shares are (0, 3, 2, 1) / 6: hhi = (9 + 4 + 1) / 36 = 7/18, up by 7/18 - 0.3.
    Contribution hhi = attribution.initiative("e", Metric.HHI);
    assertEquals(0.3, hhi.value().getAsDouble(), EXACT);
    assertEquals(7.0 / 18, hhi.valueWithout().getAsDouble(), EXACT);
    assertEquals(7.0 / 18 - 0.3, hhi.changeIfRemoved().getAsDouble(), EXACT);
    // H(0, 1/2, 1/3, 1/6) = (1/2) ln 2 + (1/3) ln 3 + (1/6) ln 6 = 1.011404: down by 0.268450.
    double without = Math.log(2) / 2 + Math.log(3) / 3 + Math.log(6) / 6;
    assertEquals(without, attribution.initiative("e", Metric.SHANNON_ENTROPY).valueWithout().getAsDouble(), EXACT);
    assertEquals(without - 1.2798542258336674,
        attribution.initiative("e", Metric.SHANNON_ENTROPY).changeIfRemoved().getAsDouble(), EXACT);
    // Variety drops from 4 to 3.
    assertEquals(-1, attribution.initiative("e", Metric.VARIETY).changeIfRemoved().getAsDouble());
    // Removing the enhancement facet is the same as removing e, its only holder.
    assertEquals(7.0 / 18, attribution.facet(Facet.ENHANCEMENT, Metric.HHI).valueWithout().getAsDouble(), EXACT);
  }

  @Test
  void eulerSharesOfPureInitiatives() {
    Attribution attribution = example(Optional.empty());
    // A pure initiative on facet f with weight share s = p_f gets s e_f.
    // HHI: e_f = p_f, so p_f^2: 0.16, 0.09, 0.04, 0.01 (sum 0.30).
    assertEuler(attribution, Metric.HHI, 0.16, 0.09, 0.04, 0.01);
    // Entropy: e_f = -ln p_f, so -p_f ln p_f: 0.366516, 0.361192, 0.321888, 0.230259.
    assertEuler(attribution, Metric.SHANNON_ENTROPY,
        -0.4 * Math.log(0.4), -0.3 * Math.log(0.3), -0.2 * Math.log(0.2), -0.1 * Math.log(0.1));
    // Normalised HHI: e_f = (p_f - 1/4) / (3/4): 0.4 * 0.15 / 0.75 = 0.08, 0.3 * 0.05 / 0.75 = 0.02,
    // 0.2 * -0.05 / 0.75 = -0.013333, 0.1 * -0.15 / 0.75 = -0.02 (sum 1/15).
    assertEuler(attribution, Metric.NORMALIZED_HHI, 0.08, 0.02, -0.01 / 0.75, -0.02);
    // Gini-Simpson: e_f = 1 - p_f: 0.24, 0.21, 0.16, 0.09 (sum 0.70).
    assertEuler(attribution, Metric.GINI_SIMPSON, 0.24, 0.21, 0.16, 0.09);
    // Effective facets (degree -2): e_f = p_f / hhi^2, so p_f^2 / 0.09: 16/9, 1, 4/9, 1/9 (sum 10/3).
    assertEuler(attribution, Metric.EFFECTIVE_FACETS, 16.0 / 9, 1, 4.0 / 9, 1.0 / 9);
    // Rao-Stirling: e_f = (D p)_f. For enhancement: sqrt2/2 (0.3 + 0.2) + 1 * 0.1 = 0.453553,
    // times 0.4 = 0.181421. For anticipatory: sqrt2/2 (0.3 + 0.2) + 0.4 = 0.753553, times 0.1.
    double h = Math.sqrt(2) / 2;
    assertEuler(attribution, Metric.RAO_STIRLING, 0.4 * (h * 0.5 + 0.1), 0.3 * (h * 0.5 + 0.2),
        0.2 * (h * 0.5 + 0.3), 0.1 * (h * 0.5 + 0.4));
    // Variety and e^H have no homogeneous form.
    Contribution variety = attribution.initiative("e", Metric.VARIETY);
    assertTrue(variety.eulerShare().isEmpty());
    assertEquals(Optional.of("variety has no homogeneous form, so no Euler share"), variety.note());
    assertTrue(attribution.facet(Facet.MISSION, Metric.SHANNON_EFFECTIVE_FACETS).eulerShare().isEmpty());
  }

  @Test
  void eulerSharesOfTheGapToAUniformTarget() {
    Attribution attribution = example(Optional.of(TargetMix.of(1, 1, 1, 1)));
    // p - t = (0.15, 0.05, -0.05, -0.15): signs (+, +, -, -); sum p sign = 0.4 + 0.3 - 0.2 - 0.1 = 0.4.
    // TV = 0.2; e_f = 0.2 + (sign_f - 0.4) / 2 = 0.5 for enhancement and mission, -0.5 for the others.
    // Shares: 0.4 * 0.5, 0.3 * 0.5, 0.2 * -0.5, 0.1 * -0.5 (sum 0.2).
    assertEuler(attribution, Metric.TOTAL_VARIATION, 0.2, 0.15, -0.1, -0.05);
    // The transfer is TV * W with W = 10.
    assertEuler(attribution, Metric.TRANSFER, 2, 1.5, -1, -0.5);
    // KL: e_f = ln(p_f / t_f) = ln(4 p_f): 0.4 ln 1.6, 0.3 ln 1.2, 0.2 ln 0.8, 0.1 ln 0.4.
    assertEuler(attribution, Metric.KL_DIVERGENCE,
        0.4 * Math.log(1.6), 0.3 * Math.log(1.2), 0.2 * Math.log(0.8), 0.1 * Math.log(0.4));
    // Without e: shares (0, 1/2, 1/3, 1/6), TV = 1/2 (1/4 + 1/4 + 1/12 + 1/12) = 1/3, W = 6, transfer 2.
    assertEquals(1.0 / 3, attribution.initiative("e", Metric.TOTAL_VARIATION).valueWithout().getAsDouble(), EXACT);
    assertEquals(2, attribution.initiative("e", Metric.TRANSFER).valueWithout().getAsDouble(), 1e-11);
    assertEquals(0, attribution.initiative("e", Metric.TRANSFER).changeIfRemoved().getAsDouble(), 1e-11);
  }

  private static void assertEuler(Attribution attribution, Metric metric, double... expected) {
    List<String> ids = List.of("e", "m", "a", "n");
    for (int i = 0; i < ids.size(); i++) {
      assertEquals(expected[i], attribution.initiative(ids.get(i), metric).eulerShare().getAsDouble(), 1e-11,
          metric + " of " + ids.get(i));
      // A pure initiative is its facet, so the facet's Euler share is the same.
      assertEquals(expected[i], attribution.facet(Facet.ordered().get(i), metric).eulerShare().getAsDouble(), 1e-11,
          metric + " of " + Facet.ordered().get(i));
    }
  }

  @Test
  void removingTheOnlyFundedInitiativeIsUndefinedAndSaysSo() {
    Portfolio lonely = portfolio("Lonely", initiative("a", 5).facets(FacetMix.pure(Facet.MISSION)),
        initiative("b", 0).facets(FacetMix.pure(Facet.ADAPTIVE)));
    Attribution attribution = SCORER.attribute(lonely, Weighting.budget(), Optional.of(TargetMix.of(1, 1, 1, 1)));
    for (Metric metric : attribution.metrics()) {
      Contribution a = attribution.initiative("a", metric);
      assertTrue(a.valueWithout().isEmpty(), a::toString);
      assertTrue(a.changeIfRemoved().isEmpty(), a::toString);
      assertTrue(a.note().orElseThrow().contains("without 'a' no weight is left, so the metric is undefined"),
          a::toString);
      // b weighs nothing: removing it changes nothing, and its Euler share is 0 where there is one.
      Contribution b = attribution.initiative("b", metric);
      assertEquals(0, b.changeIfRemoved().getAsDouble(), metric::toString);
      b.eulerShare().ifPresent(share -> assertEquals(0, share, metric::toString));
      // The mission facet holds everything: removing it leaves nothing either.
      assertTrue(attribution.facet(Facet.MISSION, metric).valueWithout().isEmpty());
    }
    assertEquals(1, attribution.initiative("a", Metric.HHI).eulerShare().getAsDouble(), EXACT);
    assertTrue(attribution.facet(Facet.MISSION, Metric.HHI).note().orElseThrow()
        .contains("without mission no weight is left"));
    // Removing an unheld facet leaves the shares as they are.
    assertEquals(1, attribution.facet(Facet.ADAPTIVE, Metric.HHI).valueWithout().getAsDouble());
  }

  @Test
  void atTheTargetHellingerAndEuclideanHaveNoEulerShare() {
    // Target (4, 3, 2, 1) normalises to exactly the shares.
    Attribution attribution = example(Optional.of(TargetMix.of(4, 3, 2, 1)));
    assertEquals(0, attribution.score().value(Metric.HELLINGER).getAsDouble());
    Contribution hellinger = attribution.initiative("m", Metric.HELLINGER);
    assertTrue(hellinger.eulerShare().isEmpty());
    assertEquals(Optional.of("hellinger is not differentiable where the shares meet the target"), hellinger.note());
    assertTrue(attribution.facet(Facet.MISSION, Metric.EUCLIDEAN).eulerShare().isEmpty());
    // KL is smooth there: every share ln(p/t) = 0.
    assertEquals(0, attribution.initiative("m", Metric.KL_DIVERGENCE).eulerShare().getAsDouble());
  }

  @Test
  void anUndefinedKlIsEmptyEverywhereAndSaysWhy() {
    // The target has no anticipatory; n holds anticipatory: KL is undefined, except without n.
    Attribution attribution = example(Optional.of(TargetMix.of(1, 1, 1, 0)));
    Contribution e = attribution.initiative("e", Metric.KL_DIVERGENCE);
    assertTrue(e.value().isEmpty() && e.valueWithout().isEmpty() && e.eulerShare().isEmpty());
    assertEquals(Optional.of("KL divergence is undefined where the target is 0 on a facet with a share"), e.note());
    Contribution n = attribution.initiative("n", Metric.KL_DIVERGENCE);
    // Without n: p = (4, 3, 2, 0) / 9 against t = 1/3 each: KL = sum p ln(3p) = 0.054060
    double kl = 4.0 / 9 * Math.log(4.0 / 3) + 3.0 / 9 * Math.log(1) + 2.0 / 9 * Math.log(2.0 / 3);
    assertEquals(kl, n.valueWithout().getAsDouble(), EXACT);
    assertTrue(n.changeIfRemoved().isEmpty());
  }

  @Test
  void questionsOutsideTheAttributionAreRejected() {
    Attribution attribution = example(Optional.empty());
    assertEquals(9, attribution.metrics().size());
    assertEquals(List.of("e", "m", "a", "n"), attribution.initiativeIds());
    InvalidValueException unknown = assertThrows(InvalidValueException.class,
        () -> attribution.initiative("zz", Metric.HHI));
    assertEquals("id must be the id of an initiative of 'Contract example', got 'zz'", unknown.getMessage());
    InvalidValueException gap = assertThrows(InvalidValueException.class,
        () -> attribution.facet(Facet.MISSION, Metric.TRANSFER));
    assertEquals("metric must be a balance index: no target was given, got transfer", gap.getMessage());
    assertEquals(14, example(Optional.of(TargetMix.of(1, 1, 1, 1))).metrics().size());
  }

  @Test
  void bothPathsAttributeAlike() {
    Optional<TargetMix> target = Optional.of(TargetMix.of(1, 2, 3, 4));
    ScoreAssertions.assertAttributionsClose(
        ReferenceScorer.attribute(SCORER, contractExample(), Weighting.budget(), target),
        SCORER.attribute(contractExample(), Weighting.budget(), target), EXACT);
    assertEquals(example(Optional.empty()), example(Optional.empty()));
  }
}
