package dev.facets.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.facets.api.AxisPosition;
import dev.facets.api.Driver;
import dev.facets.api.Facet;
import dev.facets.api.FacetMix;
import dev.facets.api.Initiative;
import dev.facets.api.Portfolio;
import dev.facets.api.Purpose;
import dev.facets.api.Weighting;
import dev.facets.api.Zone;
import dev.facets.core.score.PortfolioScore;
import dev.facets.core.score.PortfolioScorer;
import dev.facets.spark.examples.RegisterExample;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

public class FacetScoreAggregatorTest {
  /** The example's register: country, ministry (the group), id, budget, then every source of a mix. */
  static final StructType REGISTER = RegisterExample.REGISTER;

  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = LocalSpark.session();
  }

  /** A register row of an initiative, every source it has in its column, the others null. */
  static Row row(String group, Initiative initiative) {
    Object[] values = new Object[REGISTER.size()];
    values[0] = "c";
    values[1] = group;
    values[2] = initiative.id();
    values[3] = initiative.budget();
    initiative.facets().ifPresent(mix -> {
      for (Facet facet : Facet.ordered()) {
        values[4 + facet.ordinal()] = mix.weight(facet);
      }
    });
    initiative.position().ifPresent(position -> {
      values[8] = position.uncertainty();
      values[9] = position.directedness();
    });
    initiative.purpose().ifPresent(purpose -> values[10] = purpose.jsonName());
    initiative.driver().ifPresent(driver -> values[11] = driver.jsonName());
    return RowFactory.create(values);
  }

  /** A register row with an explicit mix (a null weight is a missing one) and nothing else. */
  static Row mixRow(String group, Double budget, Double enhancement, Double mission, Double adaptive,
      Double anticipatory) {
    return RowFactory.create("c", group, "x", budget, enhancement, mission, adaptive, anticipatory, null, null,
        null, null);
  }

  static Portfolio portfolio(String name, List<Initiative> initiatives) {
    return new Portfolio.Builder().name(name).addAllInitiatives(initiatives).build();
  }

  static Dataset<Row> register(SparkSession spark, List<Row> rows, int partitions) {
    return spark.createDataFrame(rows, REGISTER).repartition(partitions);
  }

  /** Asserts a score struct equals the engine's score within the engine's stated 1e-12 (relative for the weight). */
  public static void assertScore(PortfolioScore expected, Row actual) {
    assertEquals(expected.initiatives(), actual.getLong(0));
    assertEquals(expected.totalWeight(), actual.getDouble(1), 1e-12 * expected.totalWeight());
    Row shares = actual.getStruct(2);
    for (Facet facet : Facet.ordered()) {
      assertEquals(expected.facetShares().weight(facet), shares.getDouble(facet.ordinal()), 1e-12, facet.jsonName());
    }
    Row zones = actual.getStruct(3);
    for (Zone zone : Zone.values()) {
      assertEquals(expected.zoneShares().get(zone), zones.getDouble(zone.ordinal()), 1e-12, zone.jsonName());
    }
    Row balance = actual.getStruct(4);
    assertEquals(expected.balance().variety(), balance.getInt(0));
    double[] indices = {expected.balance().shannonEntropy(), expected.balance().evenness(), expected.balance().hhi(),
        expected.balance().normalizedHhi(), expected.balance().giniSimpson(), expected.balance().effectiveFacets(),
        expected.balance().shannonEffectiveFacets(), expected.balance().raoStirling()};
    for (int i = 0; i < indices.length; i++) {
      assertEquals(indices[i], balance.getDouble(1 + i), 1e-12, balance.schema().fields()[1 + i].name());
    }
    assertEquals(expected.lean().uncertainty(), actual.getStruct(5).getDouble(0), 1e-12);
    assertEquals(expected.lean().directedness(), actual.getStruct(5).getDouble(1), 1e-12);
  }

  @Test
  void twoInitiativesScoreAsComputedByHand() {
    // Budget 1 all enhancement, budget 3 all mission: shares 1/4 and 3/4. hhi = 1/16 + 9/16 = 0.625;
    // H = -(0.25 ln 0.25 + 0.75 ln 0.75) = 0.5623351446188083; evenness H / ln 4 = 0.4056390622295664;
    // Rao-Stirling 2 d p q with neighbours d = sqrt(2)/2: 2 * 0.7071067811865476 * 3/16 = 0.2651650429449553;
    // lean: directedness = 3/4 - 0 = 0.75, uncertainty = 0 - 1/4 = -0.25.
    List<Row> rows = List.of(
        mixRow("a", 1.0, 1.0, null, null, null),
        mixRow("a", 3.0, null, 1.0, null, null));
    register(spark, rows, 2).createOrReplaceTempView("hand");
    Row score = spark.sql("SELECT facets_score(budget, enhancement, mission, adaptive, anticipatory) AS s FROM hand")
        .first().getStruct(0);
    assertEquals(2, score.getLong(0));
    assertEquals(4.0, score.getDouble(1));
    assertEquals(0.25, score.getStruct(2).getDouble(0), 1e-15);
    assertEquals(0.75, score.getStruct(2).getDouble(1), 1e-15);
    Row balance = score.getStruct(4);
    assertEquals(2, balance.getInt(0));
    assertEquals(0.5623351446188083, balance.getDouble(1), 1e-15);
    assertEquals(0.4056390622295664, balance.getDouble(2), 1e-15);
    assertEquals(0.625, balance.getDouble(3), 1e-15);
    assertEquals(0.2651650429449553, balance.getDouble(8), 1e-15);
    assertEquals(-0.25, score.getStruct(5).getDouble(0), 1e-15);
    assertEquals(0.75, score.getStruct(5).getDouble(1), 1e-15);
  }

  @Test
  void groupsScoreAsThePortfolioScorerWhateverThePartitioning() {
    Random random = new Random(7);
    List<Row> rows = new ArrayList<>();
    List<List<Initiative>> groups = new ArrayList<>();
    for (int g = 0; g < 5; g++) {
      List<Initiative> initiatives = new ArrayList<>();
      for (int i = 0; i < 300 + 97 * g; i++) {
        Initiative initiative = new Initiative.Builder().id("g" + g + "-" + i).budget(Math.exp(10 * random.nextDouble()))
            .facets(FacetMix.of(random.nextDouble(), random.nextDouble() * g, random.nextDouble(), random.nextDouble()))
            .build();
        initiatives.add(initiative);
        rows.add(row("m" + g, initiative));
      }
      groups.add(initiatives);
    }
    for (int partitions : new int[] {1, 3, 8}) {
      register(spark, rows, partitions).createOrReplaceTempView("register");
      List<Row> scores = spark.sql("SELECT ministry, facets_score(budget, enhancement, mission, adaptive, anticipatory)"
          + " FROM register GROUP BY ministry ORDER BY ministry").collectAsList();
      assertEquals(5, scores.size());
      for (int g = 0; g < 5; g++) {
        assertEquals("m" + g, scores.get(g).getString(0));
        PortfolioScore expected = PortfolioScorer.DEFAULT.score(
            portfolio("m" + g, groups.get(g)), Weighting.budget());
        assertScore(expected, scores.get(g).getStruct(1));
      }
    }
  }

  @Test
  void positionsAndPurposesGiveTheEnginesMixesAndZones() {
    List<Initiative> initiatives = new ArrayList<>();
    double[] coordinates = {-1, -0.6, -0.2, 0, 0.3, 0.7, 1};
    for (double u : coordinates) {
      for (double d : coordinates) {
        initiatives.add(new Initiative.Builder().id("p" + initiatives.size()).budget(1 + initiatives.size())
            .position(AxisPosition.of(u, d)).build());
      }
    }
    List<Initiative> purposes = new ArrayList<>();
    for (Purpose purpose : Purpose.values()) {
      for (Driver driver : Driver.values()) {
        purposes.add(new Initiative.Builder().id("q" + purposes.size()).budget(2 + purposes.size())
            .purpose(purpose).driver(driver).build());
      }
    }
    List<Row> rows = new ArrayList<>();
    initiatives.forEach(initiative -> rows.add(row("position", initiative)));
    purposes.forEach(initiative -> rows.add(row("purpose", initiative)));
    register(spark, rows, 3).createOrReplaceTempView("sources");
    Row byPosition = spark.sql("SELECT facets_score_position(budget, uncertainty, directedness) FROM sources"
        + " WHERE ministry = 'position'").first();
    assertScore(PortfolioScorer.DEFAULT.score(portfolio("p", initiatives), Weighting.budget()),
        byPosition.getStruct(0));
    Row byPurpose = spark.sql("SELECT facets_score_purpose(budget, purpose, driver) FROM sources"
        + " WHERE ministry = 'purpose'").first();
    assertScore(PortfolioScorer.DEFAULT.score(portfolio("q", purposes), Weighting.budget()),
        byPurpose.getStruct(0));
    List<Initiative> all = new ArrayList<>(initiatives);
    all.addAll(purposes);
    Row any = spark.sql("SELECT facets_score_any(budget, enhancement, mission, adaptive, anticipatory,"
        + " uncertainty, directedness, purpose, driver) FROM sources").first();
    assertScore(PortfolioScorer.DEFAULT.score(portfolio("all", all), Weighting.budget()),
        any.getStruct(0));
  }

  @Test
  void theDatasetApiGivesTheSameColumn() {
    List<Row> rows = List.of(
        mixRow("a", 2.0, 1.0, 1.0, null, null),
        mixRow("a", 2.0, null, null, 1.0, 3.0));
    Dataset<Row> register = register(spark, rows, 2);
    Row viaColumn = register.groupBy("ministry").agg(FacetsSpark.score(MixSource.FACETS,
        functions.col("budget"), functions.col("enhancement"), functions.col("mission"),
        functions.col("adaptive"), functions.col("anticipatory")).as("score")).first();
    register.createOrReplaceTempView("api");
    Row viaSql = spark.sql("SELECT ministry, facets_score(budget, enhancement, mission, adaptive, anticipatory)"
        + " FROM api GROUP BY ministry").first();
    assertEquals(viaSql.getStruct(1), viaColumn.getStruct(1));
    // (1/4, 1/4, 1/8, 3/8) by hand: each initiative holds half the budget.
    assertEquals(Arrays.asList(0.25, 0.25, 0.125, 0.375),
        Arrays.asList(viaColumn.getStruct(1).getStruct(2).getDouble(0), viaColumn.getStruct(1).getStruct(2).getDouble(1),
            viaColumn.getStruct(1).getStruct(2).getDouble(2), viaColumn.getStruct(1).getStruct(2).getDouble(3)));
    IllegalArgumentException wrongArity = assertThrows(IllegalArgumentException.class,
        () -> FacetsSpark.score(MixSource.POSITION, functions.col("budget")));
    assertEquals("facets_score_position takes 3 columns (budget, uncertainty, directedness), not 1",
        wrongArity.getMessage());
  }

  @Test
  void aGroupWithoutBudgetHasNullSharesAndBadRowsNameTheColumn() {
    List<Row> rows = List.of(
        mixRow("zero", 0.0, 1.0, null, null, null),
        mixRow("ok", 1.0, 1.0, null, null, null));
    register(spark, rows, 1).createOrReplaceTempView("zero");
    List<Row> scores = spark.sql("SELECT ministry, facets_score(budget, enhancement, mission, adaptive, anticipatory)"
        + " FROM zero GROUP BY ministry ORDER BY ministry").collectAsList();
    assertEquals(1.0, scores.get(0).getStruct(1).getStruct(2).getDouble(0));
    Row zero = scores.get(1).getStruct(1);
    assertEquals(1, zero.getLong(0));
    assertEquals(0.0, zero.getDouble(1));
    for (int field = 2; field < zero.size(); field++) {
      assertNull(zero.get(field), zero.schema().fields()[field].name());
    }

    register(spark, List.of(mixRow("bad", -5.0, 1.0, null, null, null)), 1)
        .createOrReplaceTempView("negative");
    Exception negative = assertThrows(Exception.class, () -> spark.sql(
        "SELECT facets_score(budget, enhancement, mission, adaptive, anticipatory) FROM negative").collectAsList());
    assertTrue(rootMessage(negative).contains("budget") && rootMessage(negative).contains("-5"), rootMessage(negative));

    register(spark, List.of(RowFactory.create("c", "bad", "x", 1.0, null, null, null, null, 0.5, null, null, null)), 1)
        .createOrReplaceTempView("half");
    Exception half = assertThrows(Exception.class, () -> spark.sql("SELECT facets_score_any(budget, enhancement,"
        + " mission, adaptive, anticipatory, uncertainty, directedness, purpose, driver) FROM half").collectAsList());
    assertTrue(rootMessage(half).contains("directedness") && rootMessage(half).contains("null"), rootMessage(half));
  }

  static String rootMessage(Throwable failure) {
    Throwable cause = failure;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    return cause.getMessage();
  }
}
