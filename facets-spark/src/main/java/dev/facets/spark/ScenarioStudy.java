package dev.facets.spark;

import dev.facets.api.Facet;
import dev.facets.api.FacetMix;
import dev.facets.api.Portfolio;
import dev.facets.api.ScenarioSet;
import dev.facets.api.TargetMix;
import dev.facets.api.Weighting;
import dev.facets.core.hedge.AllocationOutcome;
import dev.facets.core.hedge.Robustness;
import dev.facets.core.score.PortfolioScore;
import dev.facets.core.score.TargetGap;
import dev.facets.core.simulate.OutcomeDistribution;
import dev.facets.core.simulate.SimulationSettings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Scenario studies: a Dataset of jobs mapped to a Dataset of results, each job an in-process call of
 * the engines on an executor. See {@link FacetsSpark#study} for the columns. Stateless.
 */
final class ScenarioStudy {
  /** A job's columns. */
  static final StructType JOB_SCHEMA = new StructType()
      .add("portfolioId", DataTypes.StringType)
      .add("scenarios", DataTypes.StringType)
      .add("target", DataTypes.StringType)
      .add("objective", DataTypes.StringType);

  /** A result's columns. */
  static final StructType RESULT_SCHEMA = resultSchema();

  private ScenarioStudy() {}

  private static StructType resultSchema() {
    StructType gap = new StructType().add("totalVariation", DataTypes.DoubleType, false)
        .add("hellinger", DataTypes.DoubleType, false).add("euclidean", DataTypes.DoubleType, false)
        .add("transfer", DataTypes.DoubleType, false);
    StructType robustness = new StructType().add("expectedValue", DataTypes.DoubleType, false)
        .add("worstCase", DataTypes.DoubleType, false).add("maxRegret", DataTypes.DoubleType, false)
        .add("cvar", DataTypes.DoubleType, false).add("hurwicz", DataTypes.DoubleType, false);
    StructType optimal = new StructType().add("status", DataTypes.StringType, false)
        .add("allocation", FacetScoreAggregator.facetStruct(), true).add("objectiveValue", DataTypes.DoubleType, true)
        .add("diagnosis", DataTypes.StringType, true);
    StructType simulation = new StructType().add("trials", DataTypes.IntegerType, false)
        .add("seed", DataTypes.LongType, false).add("mean", DataTypes.DoubleType, false)
        .add("standardDeviation", DataTypes.DoubleType, false).add("valueAtRisk", DataTypes.DoubleType, false)
        .add("conditionalValueAtRisk", DataTypes.DoubleType, false)
        .add("probabilityNoSuccess", DataTypes.DoubleType, false);
    return new StructType()
        .add("portfolioId", DataTypes.StringType, true)
        .add("objective", DataTypes.StringType, true)
        .add("target", DataTypes.StringType, true)
        .add("error", DataTypes.StringType, true)
        .add("score", FacetScoreAggregator.SCHEMA, true)
        .add("targetGap", gap, true)
        .add("robustness", robustness, true)
        .add("optimal", optimal, true)
        .add("simulation", simulation, true);
  }

  static Dataset<Row> run(Dataset<Row> jobs, Dataset<Row> portfolios, int trials, long seed) {
    // Rejects bad trials here, on the driver, rather than in every job.
    SimulationSettings checked = SimulationSettings.trials(trials).withSeed(seed);
    Objects.requireNonNull(checked);
    Dataset<Row> named = portfolios.selectExpr("id AS facetsPortfolioId", "portfolio AS facetsPortfolio");
    Dataset<Row> joined = jobs.select("portfolioId", "scenarios", "target", "objective")
        .join(named, jobs.col("portfolioId").equalTo(named.col("facetsPortfolioId")), "left")
        .select("portfolioId", "scenarios", "target", "objective", "facetsPortfolio");
    return joined.mapPartitions((org.apache.spark.api.java.function.MapPartitionsFunction<Row, Row>) rows -> {
      Map<String, Portfolio> parsed = new HashMap<>();
      List<Row> out = new ArrayList<>();
      rows.forEachRemaining(row -> out.add(result(row, parsed, trials, seed)));
      return out.iterator();
    }, Encoders.row(RESULT_SCHEMA));
  }

  /** One job's result, or its failure with the reason: one bad job never sinks the study. */
  static Row result(Row job, Map<String, Portfolio> parsed, int trials, long seed) {
    String id = job.getString(0);
    String target = job.getString(2);
    String objective = job.getString(3);
    try {
      if (id == null) {
        throw new IllegalArgumentException("portfolioId must be given");
      }
      if (job.isNullAt(4)) {
        throw new IllegalArgumentException("portfolioId \"" + id + "\" names no portfolio");
      }
      if (job.isNullAt(1) || objective == null) {
        throw new IllegalArgumentException((job.isNullAt(1) ? "scenarios" : "objective") + " must be given");
      }
      Portfolio portfolio = parsed.computeIfAbsent(id, key -> CoreEngines.readPortfolio(job.getString(4), "portfolio " + key));
      ScenarioSet scenarios = CoreEngines.readScenarios(job.getString(1), "scenarios of " + id);
      Optional<TargetMix> targetMix = Optional.ofNullable(target).map(TargetMix::parse);
      PortfolioScore score = CoreEngines.score(portfolio, Weighting.budget(), targetMix);
      Robustness robustness = CoreEngines.robustness(score.facetShares(), scenarios);
      AllocationOutcome optimal = CoreEngines.optimize(scenarios, CoreEngines.objective(objective));
      OutcomeDistribution simulation = CoreEngines.simulate(portfolio, Optional.of(scenarios),
          SimulationSettings.trials(trials).withSeed(seed).withThreads(1));
      return RowFactory.create(id, objective, target, null, FacetScoreAggregator.row(score),
          score.targetGap().map(ScenarioStudy::gap).orElse(null), robustness(robustness), optimal(optimal),
          RowFactory.create(trials, seed, simulation.mean(), simulation.standardDeviation(),
              simulation.valueAtRisk(), simulation.conditionalValueAtRisk(), simulation.probabilityNoSuccess()));
    } catch (RuntimeException e) {
      String reason = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
      return RowFactory.create(id, objective, target, reason, null, null, null, null, null);
    }
  }

  private static Row gap(TargetGap gap) {
    return RowFactory.create(gap.totalVariation(), gap.hellinger(), gap.euclidean(), gap.transfer());
  }

  private static Row robustness(Robustness robustness) {
    return RowFactory.create(robustness.expectedValue(), robustness.worstCase(), robustness.maxRegret(),
        robustness.cvar(), robustness.hurwicz());
  }

  private static Row optimal(AllocationOutcome outcome) {
    Row allocation = outcome.allocation().map(ScenarioStudy::shares).orElse(null);
    Double value = outcome.objectiveValue().isPresent() ? outcome.objectiveValue().getAsDouble() : null;
    String diagnosis = outcome.isOptimal() ? null : outcome.diagnosis();
    return RowFactory.create(outcome.status().jsonName(), allocation, value, diagnosis);
  }

  static Row shares(FacetMix mix) {
    Object[] values = new Object[Facet.COUNT];
    for (Facet facet : Facet.ordered()) {
      values[facet.ordinal()] = mix.weight(facet);
    }
    return RowFactory.create(values);
  }
}
