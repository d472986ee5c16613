package dev.facets.spark;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.facets.api.Generators;
import dev.facets.api.Initiative;
import dev.facets.api.Portfolio;
import dev.facets.api.Weighting;
import dev.facets.core.score.PortfolioScorer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The aggregate's rule: on any register (generated portfolios, every mix source, huge and tiny
 * budgets) and any partitioning, facets_score_any gives the engine's score within 1e-12. Each example
 * is a Spark job, so the examples are few and the portfolios are stacked into one register.
 */
class FacetScoreAggregatorProperties {
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = LocalSpark.session();
  }

  @Test
  void anyRegisterScoresAsThePortfolioScorerUnderAnyPartitioning() {
    qt().withFixedSeed(1717).withExamples(12)
        .forAll(Generators.fundedPortfolios(), Generators.fundedPortfolios(), integers().between(1, 9))
        .checkAssert((first, second, partitions) -> {
          List<Row> rows = new ArrayList<>();
          first.initiatives().forEach(initiative -> rows.add(FacetScoreAggregatorTest.row("first", initiative)));
          second.initiatives().forEach(initiative -> rows.add(FacetScoreAggregatorTest.row("second", initiative)));
          FacetScoreAggregatorTest.register(spark, rows, partitions).createOrReplaceTempView("generated");
          List<Row> scores = spark.sql("SELECT ministry, facets_score_any(budget, enhancement, mission, adaptive,"
              + " anticipatory, uncertainty, directedness, purpose, driver) FROM generated GROUP BY ministry"
              + " ORDER BY ministry").collectAsList();
          assertScores(first, scores.get(0));
          assertScores(second, scores.get(1));
        });
  }

  private static void assertScores(Portfolio portfolio, Row score) {
    FacetScoreAggregatorTest.assertScore(
        PortfolioScorer.DEFAULT.score(portfolio, Weighting.budget()), score.getStruct(1));
  }

  /** The generator reaches every mix source, so the property covers the contract's order. */
  @Test
  void theGeneratedRegistersHoldEverySource() {
    List<Initiative> seen = new ArrayList<>();
    qt().withFixedSeed(1717).withExamples(12).forAll(Generators.fundedPortfolios())
        .checkAssert(portfolio -> seen.addAll(portfolio.initiatives()));
    org.junit.jupiter.api.Assertions.assertTrue(seen.stream().anyMatch(i -> i.facets().isPresent()));
    org.junit.jupiter.api.Assertions.assertTrue(
        seen.stream().anyMatch(i -> i.facets().isEmpty() && i.position().isPresent()));
    org.junit.jupiter.api.Assertions.assertTrue(
        seen.stream().anyMatch(i -> i.facets().isEmpty() && i.position().isEmpty()));
  }
}
