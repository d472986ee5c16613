package dev.facets.core.hedge;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.facets.api.Facet;
import dev.facets.api.FacetValues;
import dev.facets.api.InvalidValueException;
import dev.facets.api.Scenario;
import dev.facets.api.ScenarioSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class CovarianceMatrixTest {
  private static final double EPS = 1e-12;

  static double[][] diagonal(double... variances) {
    double[][] matrix = new double[4][4];
    for (int i = 0; i < 4; i++) {
      matrix[i][i] = variances[i];
    }
    return matrix;
  }

  @Test
  void eigenvaluesAndConditionNumberOfADiagonalMatrix() {
    CovarianceMatrix c = CovarianceMatrix.of(diagonal(8, 1, 4, 2));
    assertArrayEquals(new double[] {1, 2, 4, 8}, c.eigenvalues(), EPS);
    assertEquals(8, c.conditionNumber(), EPS);
    assertEquals(4, c.rank());
    assertFalse(c.isSingular());
    assertFalse(c.isRepaired());
    assertEquals(Math.sqrt(8), c.volatility(Facet.ENHANCEMENT), EPS);
  }

  @Test
  void aMatrixThatIsNotPositiveSemidefiniteIsRejectedWithItsSmallestEigenvalue() {
    // [[1, 2], [2, 1]] has eigenvalues 3 and -1.
    double[][] matrix = {{1, 2, 0, 0}, {2, 1, 0, 0}, {0, 0, 1, 0}, {0, 0, 0, 1}};
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> CovarianceMatrix.of(matrix));
    assertEquals("covariance", e.field());
    assertTrue(e.getMessage().contains("smallest eigenvalue -1 (largest 3)"), e.getMessage());
  }

  @Test
  void repairClipsNegativeEigenvaluesToZero() {
    // Eigenvectors (1, 1)/sqrt 2 for 3 and (1, -1)/sqrt 2 for -1: clipping leaves 3 (1, 1)(1, 1)^T / 2.
    double[][] matrix = {{1, 2, 0, 0}, {2, 1, 0, 0}, {0, 0, 1, 0}, {0, 0, 0, 1}};
    CovarianceMatrix repaired = CovarianceMatrix.repaired(matrix);
    assertTrue(repaired.isRepaired());
    assertEquals(-1, repaired.smallestEigenvalueBeforeRepair().getAsDouble(), EPS);
    double[][] expected = {{1.5, 1.5, 0, 0}, {1.5, 1.5, 0, 0}, {0, 0, 1, 0}, {0, 0, 0, 1}};
    for (int i = 0; i < 4; i++) {
      assertArrayEquals(expected[i], repaired.toArray()[i], EPS);
    }
    assertTrue(repaired.isSingular());
    assertEquals(Double.POSITIVE_INFINITY, repaired.conditionNumber());
    // a matrix that needs no repair is kept as it is
    CovarianceMatrix fine = CovarianceMatrix.repaired(diagonal(1, 2, 3, 4));
    assertFalse(fine.isRepaired());
    assertEquals(CovarianceMatrix.of(diagonal(1, 2, 3, 4)), fine);
  }

  @Test
  void roundingNegativesOfAPsdMatrixAreAccepted() {
    // A rank-1 matrix v v^T: its zero eigenvalues come out of floating point as tiny negatives.
    double[] v = {0.3, -0.7, 1.1, 0.2};
    double[][] matrix = new double[4][4];
    for (int i = 0; i < 4; i++) {
      for (int j = 0; j < 4; j++) {
        matrix[i][j] = v[i] * v[j];
      }
    }
    CovarianceMatrix c = CovarianceMatrix.of(matrix);
    assertEquals(1, c.rank());
    assertTrue(c.isSingular());
  }

  @Test
  void badArraysAreRejectedNamingTheEntry() {
    double[][] nan = diagonal(1, 1, 1, 1);
    nan[2][3] = Double.NaN;
    assertEquals("covariance[2][3]", assertThrows(InvalidValueException.class, () -> CovarianceMatrix.of(nan)).field());
    double[][] asymmetric = diagonal(1, 1, 1, 1);
    asymmetric[0][1] = 0.5;
    asymmetric[1][0] = 0.4;
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> CovarianceMatrix.repaired(asymmetric));
    assertEquals("covariance[0][1]", e.field());
    assertThrows(InvalidValueException.class, () -> CovarianceMatrix.of(new double[3][3]));
    assertThrows(InvalidValueException.class, () -> CovarianceMatrix.of(new double[][] {{1}, {1}, {1}, {1}}));
    double[][] infinite = diagonal(1, 1, 1, Double.POSITIVE_INFINITY);
    assertThrows(InvalidValueException.class, () -> CovarianceMatrix.of(infinite));
  }

  @Test
  void symmetryWithinRoundingIsAcceptedAndMadeExact() {
    double[][] almost = diagonal(1, 1, 1, 1);
    almost[0][1] = 0.3;
    almost[1][0] = 0.3 + 1e-16;
    CovarianceMatrix c = CovarianceMatrix.of(almost);
    assertEquals(c.get(Facet.ENHANCEMENT, Facet.MISSION), c.get(Facet.MISSION, Facet.ENHANCEMENT), 0);
  }

  @Test
  void twoEquallyLikelyScenariosGiveAQuarterOfTheOuterProductOfTheirDifference() {
    // mu = (P1 + P2) / 2, so P_s - mu = +-d/2 with d = P1 - P2, and Sigma = d d^T / 4: rank 1.
    ScenarioSet set = ScenarioSet.of(List.of(Scenario.of("a", FacetValues.of(1.2, 1.0, 0.8, 0.5)),
        Scenario.of("b", FacetValues.of(0.4, 0.9, 1.3, 1.6))));
    double[] d = {0.8, 0.1, -0.5, -1.1};
    CovarianceMatrix c = CovarianceMatrix.ofScenarios(set);
    for (int i = 0; i < 4; i++) {
      for (int j = 0; j < 4; j++) {
        assertEquals(d[i] * d[j] / 4, c.toArray()[i][j], EPS);
      }
    }
    assertEquals(1, c.rank());
    assertTrue(c.isSingular());
    assertEquals(Double.POSITIVE_INFINITY, c.conditionNumber());
  }

  @Test
  void scenarioCovarianceWeighsByProbability() {
    // Enhancement pays 0 with p 0.25 and 4 with p 0.75: mean 3, variance 0.25 * 9 + 0.75 * 1 = 3.
    ScenarioSet set = ScenarioSet.of(List.of(Scenario.of("a", 0.25, FacetValues.of(0, 0, 0, 0)),
        Scenario.of("b", 0.75, FacetValues.of(4, 0, 0, 0))));
    assertEquals(3, CovarianceMatrix.ofScenarios(set).get(Facet.ENHANCEMENT, Facet.ENHANCEMENT), EPS);
    // one scenario: no variation at all, the zero matrix, rank 0
    CovarianceMatrix none = CovarianceMatrix.ofScenarios(ScenarioSet.of(List.of(Scenario.of("only", FacetValues.of(1, 2, 3, 4)))));
    assertEquals(0, none.rank());
    assertEquals(Double.POSITIVE_INFINITY, none.conditionNumber());
  }
}
