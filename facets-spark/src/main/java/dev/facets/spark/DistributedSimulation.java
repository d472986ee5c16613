package dev.facets.spark;

import dev.facets.api.Portfolio;
import dev.facets.api.ScenarioSet;
import dev.facets.core.simulate.Correlation;
import dev.facets.core.simulate.OutcomeDistribution;
import dev.facets.core.simulate.SimulationBlocks;
import dev.facets.core.simulate.SimulationSettings;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import scala.Tuple2;

/**
 * The Monte Carlo's blocks on Spark's executors: the measuring pass and the tail's replay each run
 * as one Spark job over the block indices, and the driver merges both in block order.
 *
 * <p>An executor rebuilds the simulation from the portfolio's and scenarios' JSON text (the file
 * format, which reads back to equal values) and the settings' values, and runs the blocks of its
 * partition; the driver gathers the blocks' results (the measuring pass sends each trial's total: 8
 * bytes a trial), finds the tail and assembles the distribution. Block b draws from the b-th split
 * of the seed's stream and the merges follow block order, so the result is bit-identical to the
 * simulator's on one machine for any number of partitions. Stateless.
 */
final class DistributedSimulation {
  private DistributedSimulation() {}

  /** What an executor needs to rebuild the simulation: text and numbers only. */
  private static final class Inputs implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String portfolio;
    private final String scenarios;
    private final int trials;
    private final long seed;
    private final int threads;
    private final double alpha;
    private final Correlation.Grouping grouping;
    private final double rho;
    private final int histogramBins;
    private final int blockSize;

    Inputs(Portfolio portfolio, Optional<ScenarioSet> scenarios, SimulationSettings settings) {
      this.portfolio = CoreEngines.toJson(portfolio);
      this.scenarios = scenarios.map(CoreEngines::toJson).orElse(null);
      this.trials = settings.trials();
      this.seed = settings.seed();
      this.threads = settings.threads();
      this.alpha = settings.alpha();
      this.grouping = settings.correlation().grouping();
      this.rho = settings.correlation().rho();
      this.histogramBins = settings.histogramBins();
      this.blockSize = settings.blockSize();
    }

    SimulationBlocks blocks() {
      SimulationSettings settings = SimulationSettings.trials(trials).withSeed(seed).withThreads(threads).withAlpha(alpha)
          .withCorrelation(Correlation.of(grouping, rho))
          .withHistogramBins(histogramBins).withBlockSize(blockSize);
      return CoreEngines.blocks(CoreEngines.readPortfolio(portfolio, "portfolio"),
          Optional.ofNullable(scenarios).map(json -> CoreEngines.readScenarios(json, "scenarios")), settings);
    }
  }

  static OutcomeDistribution simulate(SparkSession spark, Portfolio portfolio, Optional<ScenarioSet> scenarios,
      SimulationSettings settings, int partitions) {
    SimulationBlocks driver = CoreEngines.blocks(portfolio, scenarios, settings);
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<Inputs> inputs = context.broadcast(new Inputs(portfolio, scenarios, settings));
    try {
      List<Integer> indices = IntStream.range(0, driver.count()).boxed().collect(java.util.stream.Collectors.toList());
      JavaRDD<Integer> blocks = context.parallelize(indices, Math.min(partitions, indices.size()));
      List<SimulationBlocks.Measured> measured = new ArrayList<>(blocks.mapPartitions(part -> {
        SimulationBlocks local = inputs.value().blocks();
        List<SimulationBlocks.Measured> out = new ArrayList<>();
        part.forEachRemaining(block -> out.add(local.measure(block)));
        return out.iterator();
      }).collect());
      measured.sort(Comparator.comparingInt(SimulationBlocks.Measured::block));
      SimulationBlocks.Tail tail = driver.tail(measured);
      Broadcast<SimulationBlocks.Tail> sharedTail = context.broadcast(tail);
      List<Tuple2<Integer, double[]>> replayed = new ArrayList<>(blocks.mapPartitions(part -> {
        SimulationBlocks local = inputs.value().blocks();
        List<Tuple2<Integer, double[]>> out = new ArrayList<>();
        part.forEachRemaining(block -> out.add(new Tuple2<>(block, local.replay(block, sharedTail.value()))));
        return out.iterator();
      }).collect());
      sharedTail.destroy();
      replayed.sort(Comparator.comparingInt(Tuple2::_1));
      List<double[]> replays = new ArrayList<>();
      replayed.forEach(pair -> replays.add(pair._2()));
      return driver.finish(measured, tail, replays);
    } finally {
      inputs.destroy();
    }
  }
}
