package dev.facets.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.facets.api.FacetMix;
import dev.facets.api.FacetValues;
import dev.facets.api.ImpactEstimate;
import dev.facets.api.Initiative;
import dev.facets.api.Portfolio;
import dev.facets.api.Scenario;
import dev.facets.api.ScenarioSet;
import dev.facets.core.simulate.Correlation;
import dev.facets.core.simulate.OutcomeDistribution;
import dev.facets.core.simulate.OutcomeSimulator;
import dev.facets.core.simulate.SimulationControl;
import dev.facets.core.simulate.SimulationSettings;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DistributedSimulationTest {
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = LocalSpark.session();
  }

  static Portfolio portfolio() {
    List<Initiative> initiatives = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      initiatives.add(new Initiative.Builder().id("i" + i).budget(1e5 * (1 + i))
          .facets(FacetMix.of(i % 4 == 0 ? 1 : 0.1, i % 4 == 1 ? 1 : 0.2, i % 4 == 2 ? 1 : 0, i % 4 == 3 ? 1 : 0.3))
          .successProbability(0.2 + 0.05 * i).impact(ImpactEstimate.of(0.5, 1 + 0.1 * i, 3 + i))
          .addTags(i % 3 == 0 ? "digital" : "health").build());
    }
    return new Portfolio.Builder().name("simulated").addAllInitiatives(initiatives).build();
  }

  static ScenarioSet futures() {
    return ScenarioSet.of(List.of(
        Scenario.of("steady", 0.6, FacetValues.of(1.2, 1.0, 0.8, 0.5)),
        Scenario.of("shock", 0.4, FacetValues.of(0.4, 0.9, 1.3, 1.6))));
  }

  @Test
  void theDistributedSimulationIsTheOneMachineResultBitForBitForAnyPartitioning() {
    // 5 000 trials in blocks of 512: ten blocks, the last one short; correlated by tag, under scenarios.
    SimulationSettings settings = SimulationSettings.trials(5000).withSeed(20261202L).withBlockSize(512)
        .withCorrelation(Correlation.byTag(0.4)).withThreads(2);
    OutcomeDistribution expected = OutcomeSimulator.DEFAULT.simulate(
        portfolio(), futures(), settings, SimulationControl.DEFAULT);
    for (int partitions : new int[] {1, 3, 10, 16}) {
      OutcomeDistribution distributed =
          FacetsSpark.simulate(spark, portfolio(), futures(), settings, partitions);
      assertEquals(expected, distributed, "partitions " + partitions);
      assertEquals(Double.doubleToRawLongBits(expected.conditionalValueAtRisk()),
          Double.doubleToRawLongBits(distributed.conditionalValueAtRisk()));
      assertEquals(expected.initiatives(), distributed.initiatives());
    }
  }

  @Test
  void withoutScenariosToo() {
    SimulationSettings settings = SimulationSettings.trials(3000).withSeed(7).withBlockSize(1000).withThreads(1);
    assertEquals(OutcomeSimulator.DEFAULT.simulate(portfolio(), settings),
        FacetsSpark.simulate(spark, portfolio(), settings, 2));
    IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
        () -> FacetsSpark.simulate(spark, portfolio(), settings, 0));
    assertEquals("partitions must be >= 1, got 0", none.getMessage());
  }
}
