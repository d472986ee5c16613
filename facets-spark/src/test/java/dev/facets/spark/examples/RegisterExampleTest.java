package dev.facets.spark.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.facets.api.AxisPosition;
import dev.facets.api.Driver;
import dev.facets.api.FacetMix;
import dev.facets.api.Initiative;
import dev.facets.api.Portfolio;
import dev.facets.api.Purpose;
import dev.facets.api.Weighting;
import dev.facets.core.score.PortfolioScorer;
import dev.facets.spark.FacetScoreAggregatorTest;
import dev.facets.spark.LocalSpark;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's example, end to end in local mode: a generated CSV register in, Parquet scores out. */
class RegisterExampleTest {
  @TempDir
  Path folder;

  @Test
  void theExampleWritesEveryPortfoliosScoreAsParquet() throws IOException {
    Path register = folder.resolve("register.csv");
    RegisterExample.generate(register, 3, 4, 40, 5);
    SparkSession spark = LocalSpark.session();
    String scores = folder.resolve("scores.parquet").toString();
    RegisterExample.score(spark, register.toString(), scores);

    List<Row> written = spark.read().parquet(scores).orderBy("country", "ministry").collectAsList();
    Map<String, List<Initiative>> expected = readBack(register);
    assertEquals(12, written.size());
    assertEquals(12, expected.size());
    for (Row row : written) {
      String key = row.getString(0) + "/" + row.getString(1);
      Portfolio portfolio = new Portfolio.Builder().name(key).addAllInitiatives(expected.get(key)).build();
      FacetScoreAggregatorTest.assertScore(
          PortfolioScorer.DEFAULT.score(portfolio, Weighting.budget()), row.getStruct(2));
    }
  }

  /** The register's portfolios, read back line by line without Spark: the independent path. */
  private static Map<String, List<Initiative>> readBack(Path register) throws IOException {
    Map<String, List<Initiative>> portfolios = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(register);
    assertEquals(String.join(",", RegisterExample.REGISTER.fieldNames()), lines.get(0));
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",", -1);
      Initiative.Builder initiative = new Initiative.Builder().id(cells[2]).budget(Double.parseDouble(cells[3]));
      if (!(cells[4] + cells[5] + cells[6] + cells[7]).isEmpty()) {
        double[] weights = new double[4];
        for (int f = 0; f < 4; f++) {
          weights[f] = cells[4 + f].isEmpty() ? 0 : Double.parseDouble(cells[4 + f]);
        }
        initiative.facets(FacetMix.of(weights));
      } else if (!cells[8].isEmpty()) {
        initiative.position(AxisPosition.of(Double.parseDouble(cells[8]), Double.parseDouble(cells[9])));
      } else {
        initiative.purpose(Purpose.parse(cells[10])).driver(Driver.parse(cells[11]));
      }
      portfolios.computeIfAbsent(cells[0] + "/" + cells[1], key -> new ArrayList<>()).add(initiative.build());
    }
    return portfolios;
  }
}
