package dev.facets.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;

/**
 * The tests' Spark: local mode on two threads, no UI, few shuffle partitions, a throw-away warehouse.
 * One session for every test class of the run (starting one costs seconds): the first class to ask
 * starts it, and Spark's shutdown hook stops it when the test JVM exits.
 */
public final class LocalSpark {
  private static SparkSession session;

  private LocalSpark() {}

  public static synchronized SparkSession session() {
    if (session == null) {
      session = start();
    }
    return session;
  }

  private static SparkSession start() {
    try {
      Path warehouse = Files.createTempDirectory("facets-spark-warehouse");
      SparkSession spark = SparkSession.builder()
          .appName("facets-spark tests")
          .master("local[2]")
          .config("spark.ui.enabled", "false")
          .config("spark.ui.showConsoleProgress", "false")
          .config("spark.sql.shuffle.partitions", "4")
          .config("spark.default.parallelism", "4")
          .config("spark.driver.bindAddress", "127.0.0.1")
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.sql.warehouse.dir", warehouse.toUri().toString())
          // Small queries: compiling generated code (Janino) costs more than it saves, and adaptive
          // re-planning has nothing to adapt to.
          .config("spark.sql.codegen.wholeStage", "false")
          .config("spark.sql.codegen.factoryMode", "NO_CODEGEN")
          .config("spark.sql.adaptive.enabled", "false")
          .getOrCreate();
      FacetsSpark.register(spark);
      return spark;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
