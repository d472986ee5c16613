package dev.facets.spark;

import dev.facets.api.Portfolio;
import dev.facets.api.ScenarioSet;
import dev.facets.core.simulate.OutcomeDistribution;
import dev.facets.core.simulate.SimulationSettings;
import java.util.Objects;
import java.util.Optional;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;

/**
 * facets on Apache Spark: the entry point.
 *
 * <ul>
 *   <li>{@link #register} makes the scoring aggregates SQL functions, one per {@link MixSource}:
 *       {@code SELECT ministry, facets_score(budget, enhancement, mission, adaptive, anticipatory)
 *       FROM register GROUP BY ministry}; {@link #score} is the same aggregate as a {@link Column}
 *       for the Dataset API. From PySpark: {@code
 *       spark._jvm.dev.facets.spark.FacetsSpark.register(spark._jsparkSession)}.</li>
 *   <li>{@link #simulate} runs a Monte Carlo simulation's blocks on the executors, with the result of
 *       the simulator on one machine to the bit.</li>
 *   <li>{@link #study} maps a Dataset of scenario-study jobs to their results.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class FacetsSpark {
  private FacetsSpark() {}

  /** Registers the scoring aggregates of every {@link MixSource} as SQL functions of the session. */
  public static void register(SparkSession spark) {
    Objects.requireNonNull(spark, "spark");
    for (MixSource source : MixSource.values()) {
      spark.udf().register(source.functionName(), aggregate(source));
    }
  }

  /** The scoring aggregate of a mix source, as a user-defined function to apply to its columns. */
  public static UserDefinedFunction aggregate(MixSource source) {
    return functions.udaf(new FacetScoreAggregator(source), Encoders.row(source.inputSchema()));
  }

  /**
   * The scoring aggregate as a column: {@code columns} are the budget and then the source's columns
   * ({@link MixSource#inputSchema()}), numbers cast to double.
   *
   * @throws IllegalArgumentException if the number of columns is not the source's
   */
  public static Column score(MixSource source, Column... columns) {
    if (columns.length != source.inputSchema().size()) {
      throw new IllegalArgumentException(source.functionName() + " takes " + source.inputSchema().size()
          + " columns (" + String.join(", ", source.inputSchema().fieldNames()) + "), not " + columns.length);
    }
    return aggregate(source).apply(columns);
  }

  /**
   * Simulates a portfolio with its blocks spread over {@code partitions} Spark tasks; the result
   * equals {@code OutcomeSimulator.DEFAULT.simulate(portfolio, settings, control)} bit for bit, for
   * any number of partitions. The driver holds every trial's total (8 bytes a trial).
   *
   * @throws IllegalArgumentException if {@code partitions < 1}, or as the simulator would
   */
  public static OutcomeDistribution simulate(SparkSession spark, Portfolio portfolio, SimulationSettings settings,
      int partitions) {
    return simulate(spark, portfolio, Optional.empty(), settings, partitions);
  }

  /**
   * Simulates a portfolio under a scenario set with its blocks spread over {@code partitions} Spark
   * tasks; the result equals {@code OutcomeSimulator.DEFAULT.simulate(portfolio, scenarios, settings,
   * control)} bit for bit, for any number of partitions. The driver holds every trial's total (8
   * bytes a trial).
   *
   * @throws IllegalArgumentException if {@code partitions < 1}, or as the simulator would
   */
  public static OutcomeDistribution simulate(SparkSession spark, Portfolio portfolio, ScenarioSet scenarios,
      SimulationSettings settings, int partitions) {
    return simulate(spark, portfolio, Optional.of(Objects.requireNonNull(scenarios, "scenarios")), settings, partitions);
  }

  private static OutcomeDistribution simulate(SparkSession spark, Portfolio portfolio, Optional<ScenarioSet> scenarios,
      SimulationSettings settings, int partitions) {
    Objects.requireNonNull(spark, "spark");
    Objects.requireNonNull(portfolio, "portfolio");
    Objects.requireNonNull(settings, "settings");
    if (partitions < 1) {
      throw new IllegalArgumentException("partitions must be >= 1, got " + partitions);
    }
    return DistributedSimulation.simulate(spark, portfolio, scenarios, settings, partitions);
  }

  /**
   * A scenario study: every job scored, hedged and simulated on the executors.
   *
   * <p>{@code jobs} has the columns {@code portfolioId}, {@code scenarios} (a scenario file's JSON
   * text), {@code target} (a target list such as {@code enhancement=0.4,mission=0.3,...}, or null)
   * and {@code objective} ({@code maximin}, {@code minimax-regret}, {@code expected} or
   * {@code cvar}); {@code portfolios} has {@code id} and {@code portfolio} (a portfolio file's JSON
   * text). Each result row has the job's {@code portfolioId}, {@code objective} and {@code target};
   * the budget-weighted {@code score} ({@link FacetScoreAggregator#SCHEMA}) and its
   * {@code targetGap} (null without a target); the {@code robustness} of the portfolio's facet shares
   * against the scenarios; the {@code optimal} allocation for the objective ({@code status},
   * {@code allocation}, {@code objectiveValue}, {@code diagnosis}); and a {@code simulation} summary
   * under the scenarios ({@code trials} trials from {@code seed}, one thread per job). A job that
   * fails (bad JSON, an unknown portfolio id or objective) has its reason in {@code error} and nulls
   * elsewhere; the others go on.
   *
   * @throws IllegalArgumentException if {@code trials} is below 2
   */
  public static Dataset<Row> study(Dataset<Row> jobs, Dataset<Row> portfolios, int trials, long seed) {
    Objects.requireNonNull(jobs, "jobs");
    Objects.requireNonNull(portfolios, "portfolios");
    return ScenarioStudy.run(jobs, portfolios, trials, seed);
  }
}
