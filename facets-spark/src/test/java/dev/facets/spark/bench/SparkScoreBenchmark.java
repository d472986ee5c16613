package dev.facets.spark.bench;

import dev.facets.api.FacetMix;
import dev.facets.api.Initiative;
import dev.facets.api.Weighting;
import dev.facets.core.score.PortfolioScore;
import dev.facets.core.score.PortfolioScorer;
import dev.facets.core.score.StreamingTally;
import dev.facets.spark.FacetsSpark;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.SparkSession;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scoring a register of {@code size} initiatives in {@code groups} groups: Spark's local mode against
 * the same work in one JVM, so that Spark's overhead is measured rather than guessed.
 *
 * <ul>
 *   <li>{@code SCORER}, the baseline: one thread, one {@link StreamingTally} per group, each row made
 *       an {@link Initiative} (as the aggregate does) and tallied, then {@code PortfolioScorer.DEFAULT}
 *       on each group's tally.</li>
 *   <li>{@code SPARK_FACETS}: {@code SELECT grp, facets_score(...) FROM register GROUP BY grp} over
 *       the same rows, cached in Spark's memory, in local mode on every core; the 100 score structs
 *       collected to the driver.</li>
 *   <li>{@code SPARK_SUMS}: the same GROUP BY with Spark's own {@code sum(budget * enhancement)}, ...
 *       in place of facets: Spark's floor for the scan and the aggregation, so that SPARK_FACETS
 *       minus SPARK_SUMS is what facets' per-row work costs inside Spark.</li>
 * </ul>
 * The rows are computed from their index by integer formulas, the same in Java and in SQL.
 *
 * <p>It lives in facets-spark's tests, not in {@code benchmarks.jar}: Spark (hundreds of MB, provided
 * by the cluster) would otherwise become a dependency of the benchmarks module, and the other modules
 * must not depend on Spark. Run it as facets-spark's README says, with a short run on a shared
 * machine ({@code -f 1 -wi 1 -i 3}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g", "-XX:+IgnoreUnrecognizedVMOptions",
    "--add-opens=java.base/java.lang=ALL-UNNAMED", "--add-opens=java.base/java.lang.invoke=ALL-UNNAMED",
    "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED", "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/java.net=ALL-UNNAMED", "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.util=ALL-UNNAMED", "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
    "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
    "--add-opens=java.base/jdk.internal.ref=ALL-UNNAMED", "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.cs=ALL-UNNAMED", "--add-opens=java.base/sun.security.action=ALL-UNNAMED",
    "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED", "-Dio.netty.tryReflectionSetAccessible=true"})
public class SparkScoreBenchmark {
  /** Who does the work. */
  public enum Implementation {
    SCORER, SPARK_FACETS, SPARK_SUMS
  }

  @Param({"10000000"})
  public int size;

  @Param({"100"})
  public int groups;

  @Param({"SCORER", "SPARK_FACETS", "SPARK_SUMS"})
  public Implementation implementation;

  private SparkSession spark;

  @Setup(Level.Trial)
  public void setUp() {
    if (implementation == Implementation.SCORER) {
      return;
    }
    spark = SparkSession.builder().appName("SparkScoreBenchmark").master("local[*]")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4")
        .config("spark.driver.bindAddress", "127.0.0.1").config("spark.driver.host", "127.0.0.1")
        .getOrCreate();
    FacetsSpark.register(spark);
    spark.range(size).selectExpr("CAST(id % " + groups + " AS INT) AS grp",
        "CAST(1000 + (id * 7919) % 100000 AS DOUBLE) AS budget", "CAST(id % 7 AS DOUBLE) AS enhancement",
        "CAST(1 + id % 5 AS DOUBLE) AS mission", "CAST(id % 3 AS DOUBLE) AS adaptive",
        "CAST(id % 11 AS DOUBLE) AS anticipatory").cache().createOrReplaceTempView("register");
    spark.sql("SELECT count(*) FROM register").collectAsList();
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Benchmark
  public Object score() {
    switch (implementation) {
      case SCORER:
        return scorer();
      case SPARK_FACETS:
        return spark.sql("SELECT grp, facets_score(budget, enhancement, mission, adaptive, anticipatory)"
            + " FROM register GROUP BY grp").collectAsList();
      default:
        return spark.sql("SELECT grp, sum(budget), sum(budget * enhancement), sum(budget * mission),"
            + " sum(budget * adaptive), sum(budget * anticipatory) FROM register GROUP BY grp").collectAsList();
    }
  }

  private List<PortfolioScore> scorer() {
    List<StreamingTally> tallies = new ArrayList<>();
    for (int g = 0; g < groups; g++) {
      tallies.add(new StreamingTally(Weighting.budget()));
    }
    for (long id = 0; id < size; id++) {
      tallies.get((int) (id % groups)).add(new Initiative.Builder().id("row")
          .budget(1000 + (id * 7919) % 100000)
          .facets(FacetMix.of(id % 7, 1 + id % 5, id % 3, id % 11)).build());
    }
    List<PortfolioScore> scores = new ArrayList<>();
    for (int g = 0; g < groups; g++) {
      scores.add(PortfolioScorer.DEFAULT.score("g" + g, "budget", tallies.get(g).tally()));
    }
    return scores;
  }
}
