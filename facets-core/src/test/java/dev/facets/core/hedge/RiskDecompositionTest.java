package dev.facets.core.hedge;

import static dev.facets.core.hedge.CovarianceMatrixTest.diagonal;
import static dev.facets.core.hedge.RobustnessEvaluatorTest.assertValues;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.facets.api.Facet;
import dev.facets.api.FacetMix;
import dev.facets.api.FacetValues;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RiskDecompositionTest {
  private static final double EPS = 1e-12;

  @Test
  void uniformSharesOfUncorrelatedEqualRisks() {
    // Sigma = I: variance 4 * 1/16 = 1/4, sigma 1/2; each RC = w_f (Sigma w)_f / sigma = (1/16) / (1/2) = 1/8.
    RiskDecomposition d = RiskDecomposition.of(FacetMix.uniform(), CovarianceMatrix.of(diagonal(1, 1, 1, 1)));
    assertEquals(0.25, d.variance(), EPS);
    assertEquals(0.5, d.volatility(), EPS);
    assertValues(FacetValues.of(0.125, 0.125, 0.125, 0.125), d.riskContributions().get());
    assertValues(FacetValues.of(0.25, 0.25, 0.25, 0.25), d.percentageContributions().get());
    assertValues(FacetValues.of(0.5, 0.5, 0.5, 0.5), d.marginalContributions().get()); // (1/4) / (1/2)
    // DR = sum w_f sigma_f / sigma = 1 / (1/2) = 2 = sqrt(4), the most for uncorrelated facets
    assertEquals(2, d.diversificationRatio().getAsDouble(), EPS);
    assertEquals(1, d.conditionNumber(), EPS);
  }

  @Test
  void correlatedPairByHand() {
    // Two facets, sigma 0.2 and 0.3, correlation 0.5 (cov 0.03), shares 0.6 and 0.4:
    // Sigma w = (0.04*0.6 + 0.03*0.4, 0.03*0.6 + 0.09*0.4) = (0.036, 0.054);
    // variance = 0.6*0.036 + 0.4*0.054 = 0.0432; RC = (0.0216, 0.0216) / sqrt(0.0432).
    double[][] matrix = diagonal(0.04, 0.09, 1, 1);
    matrix[0][1] = 0.03;
    matrix[1][0] = 0.03;
    RiskDecomposition d = RiskDecomposition.of(FacetMix.of(0.6, 0.4, 0, 0), CovarianceMatrix.of(matrix));
    double sigma = Math.sqrt(0.0432);
    assertEquals(0.0432, d.variance(), EPS);
    assertValues(FacetValues.of(0.0216 / sigma, 0.0216 / sigma, 0, 0), d.riskContributions().get());
    // DR = (0.6 * 0.2 + 0.4 * 0.3) / sigma = 0.24 / sigma
    assertEquals(0.24 / sigma, d.diversificationRatio().getAsDouble(), EPS);
  }

  @Test
  void aHedgingFacetHasANegativeContribution() {
    // Correlation -0.9 between two facets of equal risk, shares 0.8 and 0.2:
    // (Sigma w)_2 = -0.9 * 0.8 + 0.2 = -0.52 < 0, so the second facet's contribution is negative.
    double[][] matrix = diagonal(1, 1, 1, 1);
    matrix[0][1] = -0.9;
    matrix[1][0] = -0.9;
    RiskDecomposition d = RiskDecomposition.of(FacetMix.of(0.8, 0.2, 0, 0), CovarianceMatrix.of(matrix));
    assertTrue(d.riskContributions().get().get(Facet.MISSION) < 0);
    assertEquals(d.volatility(), Arrays.stream(d.riskContributions().get().toArray()).sum(), EPS);
  }

  @Test
  void effectiveNumberOfBetsForADiagonalMatrix() {
    // Diagonal Sigma: the eigenvectors are the facets, p_k = w_k^2 sigma_k^2 / sigma^2. Inverse-volatility
    // shares make every p_k equal: ENB = 4. A single facet: ENB = 1.
    CovarianceMatrix sigma = CovarianceMatrix.of(diagonal(1, 4, 9, 16));
    FacetMix inverseVolatility = FacetMix.of(1, 1.0 / 2, 1.0 / 3, 1.0 / 4);
    assertEquals(4, RiskDecomposition.of(inverseVolatility, sigma).effectiveNumberOfBets().getAsDouble(), 1e-9);
    assertEquals(1, RiskDecomposition.of(FacetMix.pure(Facet.ADAPTIVE), sigma).effectiveNumberOfBets().getAsDouble(), 1e-9);
    // shares (1/2, 1/2, 0, 0): p = (1/4, 1, 0, 0) / (5/4) = (0.2, 0.8): ENB = exp(-(0.2 ln 0.2 + 0.8 ln 0.8))
    double expected = Math.exp(-(0.2 * Math.log(0.2) + 0.8 * Math.log(0.8)));
    assertEquals(expected, RiskDecomposition.of(FacetMix.of(1, 1, 0, 0), sigma).effectiveNumberOfBets().getAsDouble(), 1e-9);
  }

  @Test
  void anAllocationWithoutRiskGetsEmptyRatiosNotNaN() {
    // Rank-1 Sigma = d d^T with d = (1, -1, 0, 0): equal shares of the first two facets cancel out.
    double[][] matrix = new double[4][4];
    matrix[0][0] = 1;
    matrix[1][1] = 1;
    matrix[0][1] = -1;
    matrix[1][0] = -1;
    RiskDecomposition d = RiskDecomposition.of(FacetMix.of(1, 1, 0, 0), CovarianceMatrix.of(matrix));
    assertTrue(d.isRiskless());
    assertEquals(0, d.variance(), 0);
    assertEquals(0, d.volatility(), 0);
    assertFalse(d.riskContributions().isPresent());
    assertFalse(d.percentageContributions().isPresent());
    assertFalse(d.marginalContributions().isPresent());
    assertFalse(d.diversificationRatio().isPresent());
    assertFalse(d.effectiveNumberOfBets().isPresent());
    assertEquals(Double.POSITIVE_INFINITY, d.conditionNumber());
    // the same singular matrix with an allocation that does carry risk decomposes normally
    RiskDecomposition risky = RiskDecomposition.of(FacetMix.of(3, 1, 0, 0), CovarianceMatrix.of(matrix));
    assertFalse(risky.isRiskless());
    assertEquals(0.5, risky.volatility(), EPS); // |0.75 - 0.25|
    assertEquals(0.5, Arrays.stream(risky.riskContributions().get().toArray()).sum(), EPS);
  }
}
