package dev.facets.spark.examples;

import dev.facets.api.Driver;
import dev.facets.api.Purpose;
import dev.facets.spark.FacetsSpark;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.SplittableRandom;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The example of facets-spark's README: a CSV register of many portfolios in, per-portfolio scores
 * as Parquet out.
 *
 * <pre>
 * RegisterExample generate REGISTER.csv COUNTRIES MINISTRIES INITIATIVES SEED
 * RegisterExample score REGISTER.csv SCORES.parquet
 * </pre>
 *
 * {@code generate} writes COUNTRIES x MINISTRIES portfolios of INITIATIVES initiatives each (no
 * Spark needed); each initiative has one mix source, chosen at random: facet weights, a position or
 * a purpose with a driver. {@code score} runs
 * {@code SELECT country, ministry, facets_score_any(...) AS score FROM register GROUP BY country,
 * ministry} and writes the result as Parquet, replacing SCORES.parquet. Without a master set (by
 * {@code spark-submit --master} or {@code -Dspark.master}) it runs in local mode on every core.
 */
public final class RegisterExample {
  /** The register's columns, in file order. */
  public static final StructType REGISTER = new StructType()
      .add("country", DataTypes.StringType)
      .add("ministry", DataTypes.StringType)
      .add("id", DataTypes.StringType)
      .add("budget", DataTypes.DoubleType)
      .add("enhancement", DataTypes.DoubleType)
      .add("mission", DataTypes.DoubleType)
      .add("adaptive", DataTypes.DoubleType)
      .add("anticipatory", DataTypes.DoubleType)
      .add("uncertainty", DataTypes.DoubleType)
      .add("directedness", DataTypes.DoubleType)
      .add("purpose", DataTypes.StringType)
      .add("driver", DataTypes.StringType);

  /** The query of {@code score}, over the view {@code register}. */
  public static final String QUERY = "SELECT country, ministry, facets_score_any(budget, enhancement, mission,"
      + " adaptive, anticipatory, uncertainty, directedness, purpose, driver) AS score"
      + " FROM register GROUP BY country, ministry";

  private RegisterExample() {}

  /** Runs {@code generate} or {@code score}; see the class documentation. */
  public static void main(String[] args) {
    if (args.length == 6 && args[0].equals("generate")) {
      generate(Path.of(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]),
          Long.parseLong(args[5]));
    } else if (args.length == 3 && args[0].equals("score")) {
      SparkSession.Builder builder = SparkSession.builder().appName("facets register scores");
      if (System.getProperty("spark.master") == null) {
        builder.master("local[*]");
      }
      SparkSession spark = builder.getOrCreate();
      try {
        score(spark, args[1], args[2]);
      } finally {
        spark.stop();
      }
    } else {
      System.err.println("usage: RegisterExample generate REGISTER.csv COUNTRIES MINISTRIES INITIATIVES SEED");
      System.err.println("       RegisterExample score REGISTER.csv SCORES.parquet");
      System.exit(2);
    }
  }

  /** Scores every (country, ministry) portfolio of a CSV register and writes the scores as Parquet. */
  public static void score(SparkSession spark, String register, String scores) {
    FacetsSpark.register(spark);
    spark.read().option("header", "true").schema(REGISTER).option("mode", "FAILFAST").csv(register)
        .createOrReplaceTempView("register");
    spark.sql(QUERY).write().mode("overwrite").parquet(scores);
  }

  /**
   * Writes a register of {@code countries * ministries} portfolios of {@code initiatives} each,
   * reproducibly from {@code seed}, atomically (a temporary file moved into place).
   */
  public static void generate(Path file, int countries, int ministries, int initiatives, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Path absolute = file.toAbsolutePath();
    Path folder = absolute.getParent();
    if (folder == null) {
      throw new IllegalArgumentException("the register must be a file in a folder, not " + file);
    }
    try {
      Path temporary = Files.createTempFile(folder, "register", ".csv.tmp");
      try (BufferedWriter out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
        out.write(String.join(",", REGISTER.fieldNames()));
        out.newLine();
        for (int c = 0; c < countries; c++) {
          for (int m = 0; m < ministries; m++) {
            for (int i = 0; i < initiatives; i++) {
              out.write(line("c" + c, "m" + m, "c" + c + "-m" + m + "-" + i, random));
              out.newLine();
            }
          }
        }
      }
      Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /** One initiative: a log-uniform budget (1e3 to 1e7, whole euros) and one mix source. */
  private static String line(String country, String ministry, String id, SplittableRandom random) {
    long budget = Math.round(Math.pow(10, 3 + 4 * random.nextDouble()));
    String[] sources = new String[8];
    int kind = random.nextInt(3);
    if (kind == 0) {
      for (int f = 0; f < 4; f++) {
        sources[f] = random.nextInt(3) == 0 ? "" : Integer.toString(random.nextInt(10));
      }
      sources[random.nextInt(4)] = Integer.toString(1 + random.nextInt(10));
    } else if (kind == 1) {
      sources[4] = Double.toString(Math.round(200 * random.nextDouble() - 100) / 100.0);
      sources[5] = Double.toString(Math.round(200 * random.nextDouble() - 100) / 100.0);
    } else {
      sources[6] = Purpose.values()[random.nextInt(Purpose.values().length)].jsonName();
      sources[7] = Driver.values()[random.nextInt(Driver.values().length)].jsonName();
    }
    StringBuilder text = new StringBuilder().append(country).append(',').append(ministry).append(',').append(id)
        .append(',').append(budget);
    for (String source : sources) {
      text.append(',').append(source == null ? "" : source);
    }
    return text.toString();
  }
}
