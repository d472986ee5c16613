package dev.facets.core.hedge;

import static dev.facets.core.hedge.CovarianceMatrixTest.diagonal;
import static dev.facets.core.hedge.RobustnessEvaluatorTest.assertMix;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.facets.api.Facet;
import dev.facets.api.FacetMix;
import dev.facets.api.FacetValues;
import dev.facets.api.InvalidValueException;
import dev.facets.api.Scenario;
import dev.facets.api.ScenarioSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class RiskAllocatorTest {
  private static final double EPS = 1e-9;
  private static final RiskAllocator ALLOCATOR = RiskAllocator.DEFAULT;

  private static double[][] equalCorrelation(double rho, double... volatilities) {
    double[][] matrix = new double[4][4];
    for (int i = 0; i < 4; i++) {
      for (int j = 0; j < 4; j++) {
        matrix[i][j] = (i == j ? 1 : rho) * volatilities[i] * volatilities[j];
      }
    }
    return matrix;
  }

  @Test
  void equalRiskContributionOfUncorrelatedFacetsIsInverseVolatility() {
    // Diagonal Sigma: w_f proportional to 1 / sigma_f = (1, 1/2, 1/3, 1/4).
    AllocationOutcome outcome = ALLOCATOR.equalRiskContribution(CovarianceMatrix.of(diagonal(1, 4, 9, 16)));
    assertTrue(outcome.isOptimal(), outcome.toString());
    assertMix(FacetMix.of(1, 1.0 / 2, 1.0 / 3, 1.0 / 4), outcome.allocation().get());
    assertEquals(RiskAllocator.EQUAL_RISK_CONTRIBUTION, outcome.objective());
  }

  @Test
  void equalRiskContributionWithEqualCorrelationsIsInverseVolatility() {
    // docs/metrics.md#risk-budgeting: equal pairwise correlations and equal budgets give w proportional to 1 / sigma.
    CovarianceMatrix sigma = CovarianceMatrix.of(equalCorrelation(0.4, 0.1, 0.2, 0.4, 0.5));
    AllocationOutcome outcome = ALLOCATOR.equalRiskContribution(sigma);
    assertMix(FacetMix.of(10, 5, 2.5, 2), outcome.allocation().get());
    RiskDecomposition d = RiskDecomposition.of(outcome.allocation().get(), sigma);
    for (Facet facet : Facet.ordered()) {
      assertEquals(d.volatility() / 4, d.riskContributions().get().get(facet), 1e-9 * d.volatility());
    }
    assertEquals(d.volatility(), outcome.objectiveValue().getAsDouble(), 0);
  }

  @Test
  void riskBudgetingOfUncorrelatedFacetsIsRootBudgetOverVolatility() {
    // Diagonal Sigma: w_f proportional to sqrt(b_f) / sigma_f. Budgets (0.4, 0.3, 0.2, 0.1), sigma (1, 2, 1, 2).
    CovarianceMatrix sigma = CovarianceMatrix.of(diagonal(1, 4, 1, 4));
    AllocationOutcome outcome = ALLOCATOR.riskBudgeting(sigma, FacetMix.of(0.4, 0.3, 0.2, 0.1));
    assertMix(FacetMix.of(Math.sqrt(0.4), Math.sqrt(0.3) / 2, Math.sqrt(0.2), Math.sqrt(0.1) / 2), outcome.allocation().get());
    assertThrows(InvalidValueException.class, () -> ALLOCATOR.riskBudgeting(sigma, FacetMix.of(1, 1, 1, 0)));
  }

  @Test
  void aSingularCovarianceGetsATypedAnswerNotNaN() {
    // Two scenarios: the scenario covariance has rank 1, and risk parity has no solution.
    ScenarioSet two = ScenarioSet.of(List.of(Scenario.of("a", FacetValues.of(1.2, 1.0, 0.8, 0.5)),
        Scenario.of("b", FacetValues.of(0.4, 0.9, 1.3, 1.6))));
    AllocationOutcome outcome = ALLOCATOR.equalRiskContribution(CovarianceMatrix.ofScenarios(two));
    assertEquals(AllocationStatus.SINGULAR, outcome.status());
    assertTrue(outcome.diagnosis().contains("smallest eigenvalue"), outcome.diagnosis());
    assertTrue(outcome.diagnosis().contains("condition number Infinity"), outcome.diagnosis());
    assertTrue(outcome.diagnosis().contains("rank 1"), outcome.diagnosis());
    assertFalse(outcome.allocation().isPresent());
    // minimum variance still has an answer: d = (0.8, 0.1, -0.5, -1.1) is hedged to zero risk
    AllocationOutcome minimum = ALLOCATOR.minimumVariance(CovarianceMatrix.ofScenarios(two));
    assertTrue(minimum.isOptimal());
    assertEquals(0, minimum.objectiveValue().getAsDouble(), 1e-9);
    assertTrue(minimum.diagnosis().contains("singular"), minimum.diagnosis());
  }

  @Test
  void aSweepLimitIsATypedAnswer() {
    AllocationOutcome outcome = ALLOCATOR.withMaxIterations(1)
        .equalRiskContribution(CovarianceMatrix.of(equalCorrelation(0.6, 0.1, 0.2, 0.4, 0.5)));
    assertEquals(AllocationStatus.LIMIT_REACHED, outcome.status());
    assertTrue(outcome.diagnosis().contains("1 sweeps"), outcome.diagnosis());
  }

  @Test
  void minimumVarianceOfUncorrelatedFacetsIsInverseVariance() {
    AllocationOutcome outcome = ALLOCATOR.minimumVariance(CovarianceMatrix.of(diagonal(1, 4, 9, 16)));
    assertMix(FacetMix.of(1, 1.0 / 4, 1.0 / 9, 1.0 / 16), outcome.allocation().get());
    // variance = 1 / sum(1 / sigma^2) = 1 / (1 + 1/4 + 1/9 + 1/16)
    assertEquals(Math.sqrt(1 / (1 + 0.25 + 1.0 / 9 + 0.0625)), outcome.objectiveValue().getAsDouble(), 1e-12);
    assertEquals("", outcome.diagnosis());
  }

  @Test
  void minimumVarianceOfTwoCorrelatedFacetsByHand() {
    // Adaptive and anticipatory held at 0; sigma 0.2 and 0.3, covariance 0.03:
    // w_1 = (0.09 - 0.03) / (0.04 + 0.09 - 0.06) = 6/7.
    FacetBounds twoFacets = FacetBounds.none().withMax(Facet.ADAPTIVE, 0).withMax(Facet.ANTICIPATORY, 0);
    double[][] matrix = diagonal(0.04, 0.09, 1, 1);
    matrix[0][1] = 0.03;
    matrix[1][0] = 0.03;
    AllocationOutcome outcome = ALLOCATOR.minimumVariance(CovarianceMatrix.of(matrix), twoFacets);
    assertMix(FacetMix.of(6, 1, 0, 0), outcome.allocation().get());
    // With correlation 0.9 (covariance 0.054) the unconstrained w_1 = 0.036 / 0.022 > 1, so long-only
    // binds: all in the first facet, variance 0.04.
    matrix[0][1] = 0.054;
    matrix[1][0] = 0.054;
    AllocationOutcome bound = ALLOCATOR.minimumVariance(CovarianceMatrix.of(matrix), twoFacets);
    assertMix(FacetMix.pure(Facet.ENHANCEMENT), bound.allocation().get());
    assertEquals(0.2, bound.objectiveValue().getAsDouble(), 1e-12);
  }

  @Test
  void minimumVarianceHonoursBoundsAndDiagnosesContradictions() {
    // Diagonal (1, 4, 9, 16) with enhancement <= 0.5: the rest, inverse variance among the others,
    // (1/4, 1/9, 1/16) scaled to 0.5: the KKT point with enhancement at its maximum.
    FacetBounds capped = FacetBounds.none().withMax(Facet.ENHANCEMENT, 0.5);
    AllocationOutcome outcome = ALLOCATOR.minimumVariance(CovarianceMatrix.of(diagonal(1, 4, 9, 16)), capped);
    double rest = 0.25 + 1.0 / 9 + 0.0625;
    assertMix(FacetMix.of(0.5, 0.5 * 0.25 / rest, 0.5 / 9 / rest, 0.5 * 0.0625 / rest), outcome.allocation().get());
    AllocationOutcome infeasible = ALLOCATOR.minimumVariance(CovarianceMatrix.of(diagonal(1, 1, 1, 1)),
        FacetBounds.none().withMin(Facet.MISSION, 0.7).withMin(Facet.ADAPTIVE, 0.5));
    assertEquals(AllocationStatus.INFEASIBLE, infeasible.status());
    assertEquals("minimum shares add up to 1.2 > 1", infeasible.diagnosis());
  }
}
