package dev.facets.core.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.facets.api.Facet;
import dev.facets.api.InvalidValueException;
import dev.facets.api.TargetMix;
import dev.facets.api.Weighting;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The small value types of the package: disparity, metrics, conventions, results. */
class ScoreValuesTest {
  @Test
  void theDiamondDisparityIsHalfThePoleDistance() {
    // Poles: enhancement (-1, 0), mission (0, 1), adaptive (0, -1), anticipatory (1, 0).
    // Opposite poles are 2 apart, neighbours sqrt 2; halved: 1 and sqrt2/2.
    for (Facet a : Facet.ordered()) {
      assertEquals(0, Disparity.DIAMOND.between(a, a));
      assertEquals(1, Disparity.DIAMOND.between(a, a.opposite()));
      for (Facet b : a.neighbours()) {
        assertEquals(Math.sqrt(2) / 2, Disparity.DIAMOND.between(a, b), 1e-15);
      }
      for (Facet b : Facet.ordered()) {
        assertEquals(a == b ? 0 : 1, Disparity.SIMPSON.between(a, b));
      }
    }
    assertEquals("diamond", Disparity.DIAMOND.name());
  }

  @Test
  void aCustomDisparityIsChecked() {
    double[][] good = {{0, 1, 2, 3}, {1, 0, 4, 5}, {2, 4, 0, 6}, {3, 5, 6, 0}};
    Disparity custom = Disparity.of("custom", good);
    good[0][1] = 99; // the matrix was copied
    assertEquals(1, custom.between(Facet.ENHANCEMENT, Facet.MISSION));
    assertEquals(6, custom.between(Facet.ANTICIPATORY, Facet.ADAPTIVE));

    double[][] asymmetric = {{0, 1, 1, 1}, {2, 0, 1, 1}, {1, 1, 0, 1}, {1, 1, 1, 0}};
    assertEquals("disparity[1][0] must equal disparity[0][1] = 1.0, got 2.0",
        assertThrows(InvalidValueException.class, () -> Disparity.of("x", asymmetric)).getMessage());
    double[][] diagonal = {{1, 1, 1, 1}, {1, 0, 1, 1}, {1, 1, 0, 1}, {1, 1, 1, 0}};
    assertEquals("disparity[0][0] must be 0, got 1.0",
        assertThrows(InvalidValueException.class, () -> Disparity.of("x", diagonal)).getMessage());
    double[][] nan = {{0, Double.NaN, 1, 1}, {1, 0, 1, 1}, {1, 1, 0, 1}, {1, 1, 1, 0}};
    assertEquals("disparity[0][1] must be finite and >= 0, got NaN",
        assertThrows(InvalidValueException.class, () -> Disparity.of("x", nan)).getMessage());
    double[][] negative = {{0, -1, 1, 1}, {-1, 0, 1, 1}, {1, 1, 0, 1}, {1, 1, 1, 0}};
    assertThrows(InvalidValueException.class, () -> Disparity.of("x", negative));
    assertThrows(InvalidValueException.class, () -> Disparity.of("x", new double[3][4]));
    assertThrows(InvalidValueException.class, () -> Disparity.of("x", new double[][] {{0}, {0}, {0}, {0}}));
    assertThrows(InvalidValueException.class, () -> Disparity.of(" ", new double[4][4]));
    new EqualsTester()
        .addEqualityGroup(Disparity.SIMPSON, Disparity.of("simpson",
            new double[][] {{0, 1, 1, 1}, {1, 0, 1, 1}, {1, 1, 0, 1}, {1, 1, 1, -0.0}}))
        .addEqualityGroup(Disparity.DIAMOND)
        .addEqualityGroup(Disparity.of("zero", new double[4][4]), Disparity.of("zero", new double[][] {
            {-0.0, 0, 0, 0}, {0, 0, 0, 0}, {0, 0, 0, 0}, {0, 0, 0, 0}}))
        .testEquals();
  }

  @Test
  void aScorerWithItsOwnDisparityUsesAndRecordsIt() {
    PortfolioScorer simpson = PortfolioScorer.DEFAULT.withDisparity(Disparity.SIMPSON);
    PortfolioScore score = simpson.score(PortfolioScorerTest.contractExample(), Weighting.budget());
    assertEquals(Disparity.SIMPSON, score.conventions().disparity());
    // With every pair 1 apart, Rao-Stirling is Gini-Simpson: 0.7.
    assertEquals(0.7, score.balance().raoStirling(), 1e-12);
    assertEquals("PortfolioScorer[simpson]", simpson.toString());
  }

  @Test
  void metricsRoundTripTheirNames() {
    for (Metric metric : Metric.values()) {
      assertEquals(metric, Metric.parse(metric.jsonName()));
    }
    assertEquals(2, Metric.HHI.eulerDegree().getAsDouble());
    assertEquals(0.5, Metric.HELLINGER.eulerDegree().getAsDouble());
    assertTrue(Metric.VARIETY.eulerDegree().isEmpty());
    assertTrue(Metric.TRANSFER.isTargetGap());
    assertTrue(!Metric.RAO_STIRLING.isTargetGap());
    assertThrows(InvalidValueException.class, () -> Metric.parse("entropy"));
  }

  @Test
  void conventionsRecordHowAScoreWasMade() {
    ScoreConventions conventions = ScoreConventions.of("priority", Disparity.DIAMOND);
    assertEquals("priority", conventions.weighting());
    assertEquals("e", conventions.logBase());
    assertEquals(4, conventions.facetCount());
    assertEquals(1e-12, conventions.varietyThreshold());
    assertEquals("ScoreConventions[weighting=priority, logBase=e, n=4, variety>1.0E-12, disparity=diamond]",
        conventions.toString());
    new EqualsTester()
        .addEqualityGroup(conventions, ScoreConventions.of("priority", Disparity.DIAMOND))
        .addEqualityGroup(ScoreConventions.of("budget", Disparity.DIAMOND))
        .addEqualityGroup(ScoreConventions.of("priority", Disparity.SIMPSON))
        .testEquals();
    assertThrows(InvalidValueException.class, () -> ScoreConventions.of("", Disparity.DIAMOND));
  }

  @Test
  void resultsAreValues() {
    PortfolioScorer scorer = PortfolioScorer.DEFAULT;
    PortfolioScore score = scorer.score(PortfolioScorerTest.contractExample(), Weighting.budget());
    new EqualsTester()
        .addEqualityGroup(score, scorer.score(PortfolioScorerTest.contractExample(), Weighting.budget()))
        .addEqualityGroup(scorer.score(PortfolioScorerTest.contractExample(), Weighting.count()))
        .addEqualityGroup(scorer.withTarget(TargetMix.of(1, 1, 1, 1)).score(PortfolioScorerTest.contractExample(), Weighting.budget()))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(ScoreResult.success(0, score), ScoreResult.success(0, score))
        .addEqualityGroup(ScoreResult.failure(0, "p", "bad"))
        .addEqualityGroup(ScoreResult.failure(1, "p", "bad"))
        .testEquals();
    assertTrue(score.toString().startsWith("PortfolioScore[portfolio=Contract example, initiatives=4"), score::toString);
    assertThrows(UnsupportedOperationException.class, () -> score.zoneShares().clear());
    assertThrows(UnsupportedOperationException.class, () -> score.stageShares().clear());
  }

  @Test
  void publicMethodsRejectNulls() {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(ColumnarPortfolio.class,
            ColumnarPortfolio.of(PortfolioScorerTest.contractExample(), Weighting.budget()))
        .setDefault(FacetTally.class, FacetTally.EMPTY)
        .setDefault(String.class, "x")
        .setDefault(Optional.class, Optional.empty())
        .setDefault(TargetMix.class, TargetMix.of(1, 1, 1, 1))
        .setDefault(dev.facets.api.FacetMix.class, dev.facets.api.FacetMix.uniform())
        .setDefault(Weighting.class, Weighting.budget())
        .setDefault(dev.facets.api.Portfolio.class, PortfolioScorerTest.contractExample())
        .setDefault(Disparity.class, Disparity.DIAMOND);
    tester.testAllPublicStaticMethods(PortfolioScorer.class);
    tester.testAllPublicInstanceMethods(PortfolioScorer.DEFAULT);
    tester.testAllPublicStaticMethods(Disparity.class);
    tester.testAllPublicStaticMethods(BudgetTransfer.class);
    tester.testAllPublicStaticMethods(ScoreConventions.class);
    tester.testAllPublicInstanceMethods(
        PortfolioScorer.DEFAULT.attribute(PortfolioScorerTest.contractExample(), Weighting.budget()));
  }
}
