package dev.facets.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.facets.api.Facet;
import dev.facets.api.Portfolio;
import dev.facets.api.ScenarioSet;
import dev.facets.api.TargetMix;
import dev.facets.api.Weighting;
import dev.facets.core.hedge.AllocationOutcome;
import dev.facets.core.hedge.Objective;
import dev.facets.core.hedge.RobustAllocator;
import dev.facets.core.hedge.Robustness;
import dev.facets.core.hedge.RobustnessEvaluator;
import dev.facets.core.io.FacetsJson;
import dev.facets.core.score.PortfolioScore;
import dev.facets.core.score.PortfolioScorer;
import dev.facets.core.simulate.OutcomeDistribution;
import dev.facets.core.simulate.OutcomeSimulator;
import dev.facets.core.simulate.SimulationSettings;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ScenarioStudyTest {
  private static final int TRIALS = 2000;
  private static final long SEED = 99;
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = LocalSpark.session();
  }

  @Test
  void everyJobIsTheEnginesInProcessAnswerAndABadJobOnlyFailsItself() {
    Portfolio first = DistributedSimulationTest.portfolio();
    Portfolio second = new Portfolio.Builder().from(first).name("second")
        .initiatives(first.initiatives().subList(0, 5)).build();
    ScenarioSet futures = DistributedSimulationTest.futures();
    StringWriter scenarios = new StringWriter();
    FacetsJson.writeScenarios(futures, scenarios);
    String target = "enhancement=0.4,mission=0.3,adaptive=0.2,anticipatory=0.1";
    StructType portfolioSchema = new StructType().add("id", DataTypes.StringType).add("portfolio", DataTypes.StringType);
    Dataset<Row> portfolios = spark.createDataFrame(List.of(
        RowFactory.create("p1", FacetsJson.toJson(first)), RowFactory.create("p2", FacetsJson.toJson(second))),
        portfolioSchema);
    List<Row> jobRows = new ArrayList<>();
    jobRows.add(RowFactory.create("p1", scenarios.toString(), target, "maximin"));
    jobRows.add(RowFactory.create("p2", scenarios.toString(), null, "minimax-regret"));
    jobRows.add(RowFactory.create("p1", scenarios.toString(), null, "cvar"));
    jobRows.add(RowFactory.create("p9", scenarios.toString(), null, "maximin"));
    jobRows.add(RowFactory.create("p2", "{\"scenarios\": [", null, "expected"));
    jobRows.add(RowFactory.create("p2", scenarios.toString(), null, "best"));
    Dataset<Row> jobs = spark.createDataFrame(jobRows, ScenarioStudy.JOB_SCHEMA).repartition(3);

    List<Row> results = FacetsSpark.study(jobs, portfolios, TRIALS, SEED)
        .orderBy("portfolioId", "objective").collectAsList();
    assertEquals(6, results.size());
    assertJob(first, futures, Optional.of(TargetMix.parse(target)), Objective.MAXIMIN, find(results, "p1", "maximin"));
    assertJob(first, futures, Optional.empty(), Objective.CVAR, find(results, "p1", "cvar"));
    assertJob(second, futures, Optional.empty(), Objective.MINIMAX_REGRET, find(results, "p2", "minimax-regret"));
    assertEquals("portfolioId \"p9\" names no portfolio", find(results, "p9", "maximin").getAs("error"));
    String badJson = find(results, "p2", "expected").getAs("error");
    assertTrue(badJson.contains("scenarios of p2"), badJson);
    String badObjective = find(results, "p2", "best").getAs("error");
    assertTrue(badObjective.contains("best"), badObjective);
    assertNull(find(results, "p2", "best").getAs("score"));
  }

  private static Row find(List<Row> results, String id, String objective) {
    return results.stream().filter(r -> id.equals(r.getAs("portfolioId")) && objective.equals(r.getAs("objective")))
        .findFirst().orElseThrow();
  }

  private static void assertJob(Portfolio portfolio, ScenarioSet futures, Optional<TargetMix> target,
      Objective objective, Row result) {
    assertNull(result.getAs("error"));
    PortfolioScore score = target.map(PortfolioScorer.DEFAULT::withTarget).orElse(PortfolioScorer.DEFAULT)
        .score(portfolio, Weighting.budget());
    FacetScoreAggregatorTest.assertScore(score, result.getAs("score"));
    Row gap = result.getAs("targetGap");
    if (target.isPresent()) {
      assertEquals(score.targetGap().get().totalVariation(), gap.getDouble(0));
      assertEquals(score.targetGap().get().transfer(), gap.getDouble(3));
    } else {
      assertNull(gap);
    }
    Robustness robustness = RobustnessEvaluator.DEFAULT.evaluate(score.facetShares(), futures);
    Row robust = result.getAs("robustness");
    assertEquals(robustness.expectedValue(), robust.getDouble(0));
    assertEquals(robustness.worstCase(), robust.getDouble(1));
    assertEquals(robustness.maxRegret(), robust.getDouble(2));
    assertEquals(robustness.cvar(), robust.getDouble(3));
    AllocationOutcome optimal = RobustAllocator.DEFAULT.optimize(futures, objective);
    Row best = result.getAs("optimal");
    assertEquals(optimal.status().jsonName(), best.getString(0));
    for (Facet facet : Facet.ordered()) {
      assertEquals(optimal.allocation().get().weight(facet), best.getStruct(1).getDouble(facet.ordinal()));
    }
    assertEquals(optimal.objectiveValue().getAsDouble(), best.getDouble(2));
    OutcomeDistribution simulation = OutcomeSimulator.DEFAULT.simulate(
        portfolio, futures, SimulationSettings.trials(TRIALS).withSeed(SEED).withThreads(1));
    Row simulated = result.getAs("simulation");
    assertEquals(TRIALS, simulated.getInt(0));
    assertEquals(simulation.mean(), simulated.getDouble(2));
    assertEquals(simulation.valueAtRisk(), simulated.getDouble(4));
    assertEquals(simulation.conditionalValueAtRisk(), simulated.getDouble(5));
  }
}
