package dev.facets.core.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.facets.api.Facet;
import dev.facets.api.FacetMix;
import dev.facets.api.Initiative;
import dev.facets.api.InvalidValueException;
import dev.facets.api.Portfolio;
import dev.facets.api.TargetMix;
import dev.facets.api.Weighting;
import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;

/**
 * Scoring at the ends of the double range: budgets from 1e-300 to 1e300 in one portfolio, budgets
 * near the largest double, all-zero and all-tied budgets. Shares stay finite and correct, or the
 * error says why.
 */
class ScoreNumericExtremesTest {
  /** Initiative i is pure on facet i mod 4. */
  private static Portfolio portfolio(double... budgets) {
    Portfolio.Builder builder = new Portfolio.Builder().name("extremes");
    for (int i = 0; i < budgets.length; i++) {
      builder.addInitiatives(new Initiative.Builder().id("i" + i).budget(budgets[i])
          .facets(FacetMix.pure(Facet.values()[i % 4])).build());
    }
    return builder.build();
  }

  @Test
  void budgetsFromTenToTheMinus300ToTenToThe300GiveExactShares() {
    double[] budgets = new double[601];
    BigDecimal[] mass = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
    for (int k = -300; k <= 300; k++) {
      int i = k + 300;
      budgets[i] = Math.pow(10, k);
      mass[i % 4] = mass[i % 4].add(new BigDecimal(budgets[i]));
    }
    BigDecimal total = mass[0].add(mass[1]).add(mass[2]).add(mass[3]);
    PortfolioScore score = PortfolioScorer.DEFAULT.score(portfolio(budgets), Weighting.budget());
    assertEquals(total.doubleValue(), score.totalWeight(), Math.ulp(total.doubleValue()));
    double sum = 0;
    for (Facet facet : Facet.ordered()) {
      double exact = mass[facet.ordinal()].divide(total, MathContext.DECIMAL128).doubleValue();
      double share = score.facetShares().weight(facet);
      assertEquals(exact, share, 1e-15, facet::toString);
      sum += share;
    }
    assertEquals(1, sum, 1e-15);
    for (Metric metric : Metric.values()) {
      score.value(metric).ifPresent(value -> assertTrue(Double.isFinite(value), metric::toString));
    }
  }

  @Test
  void budgetsNearTheLargestDoubleScoreWithAFiniteTotal() {
    double half = Double.MAX_VALUE / 2;
    PortfolioScore score = PortfolioScorer.DEFAULT.withTarget(TargetMix.of(1, 1, 1, 1)).score(portfolio(half, half), Weighting.budget());
    assertEquals(Double.MAX_VALUE, score.totalWeight());
    assertEquals(FacetMix.halves(Facet.ENHANCEMENT, Facet.MISSION), score.facetShares());
    // transfer = totalVariation * totalWeight = 0.5 * MAX.
    assertEquals(0.5 * Double.MAX_VALUE, score.targetGap().get().transfer(), Math.ulp(0.5 * Double.MAX_VALUE));
    PortfolioScore tiny = PortfolioScorer.DEFAULT.score(portfolio(Double.MIN_VALUE, Double.MIN_VALUE, 0), Weighting.budget());
    assertEquals(FacetMix.halves(Facet.ENHANCEMENT, Facet.MISSION), tiny.facetShares());
  }

  @Test
  void zeroTotalWeightIsAnErrorSayingWhy() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> PortfolioScorer.DEFAULT.score(portfolio(0, 0, 0), Weighting.budget()));
    assertTrue(e.getMessage().contains("totalWeight"), e.getMessage());
    // A weighting of the caller's own that sums past the largest double: the same, with the reason.
    InvalidValueException huge = assertThrows(InvalidValueException.class,
        () -> PortfolioScorer.DEFAULT.score(portfolio(1, 1), Weighting.of("huge", i -> Double.MAX_VALUE)));
    assertTrue(huge.getMessage().contains("Infinity"), huge.getMessage());
  }

  @Test
  void tiedBudgetsGiveEvenShares() {
    PortfolioScore score = PortfolioScorer.DEFAULT.score(portfolio(7, 7, 7, 7, 7, 7, 7, 7), Weighting.budget());
    assertEquals(FacetMix.uniform(), score.facetShares());
    assertEquals(Math.log(4), score.balance().shannonEntropy(), 1e-15);
  }
}
