package dev.facets.core.score;

import static dev.facets.core.score.ScoreAssertions.theory;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.facets.api.Facet;
import dev.facets.api.FacetMix;
import dev.facets.api.Generators;
import dev.facets.api.Stage;
import dev.facets.api.Zone;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The accuracy the columnar path documents ({@code TallyAccumulator}): every share within 1e-14,
 * relative, of its exact value computed in {@link BigDecimal} from the same columns, and the tallies
 * of any split of a register, merged in any order, within 1e-14 of the whole. The registers are
 * long enough for several blocks of {@link TallyAccumulator#BLOCK} rows with ends outside them, and
 * include the orders that are hard for plain sums: rows sorted by cell (one cell for a whole block)
 * and a dominant weight at the head of a block.
 */
class ScoreAccuracyProperties {
  /** The documented accuracy of every share and of a split against the whole. */
  private static final double SHARE_ACCURACY = 1e-14;

  /** One row as the builder takes it. */
  private static final class Row {
    final double weight;
    final FacetMix mix;
    final Zone zone;
    final Optional<Stage> stage;

    Row(double weight, FacetMix mix, Zone zone, Optional<Stage> stage) {
      this.weight = weight;
      this.mix = mix;
      this.zone = zone;
      this.stage = stage;
    }

    int cell() {
      return TallyAccumulator.cell(zone.ordinal(), stage.map(Stage::ordinal).orElse(FacetTally.UNSPECIFIED));
    }
  }

  private static Gen<Row> rows() {
    Gen<Optional<Stage>> stages = Generate.enumValues(Stage.class).map(Optional::of)
        .mix(Generate.constant(Optional.<Stage>empty()), 15);
    return Generators.budgets().zip(Generators.facetMixes(), Generate.enumValues(Zone.class), stages, Row::new);
  }

  /** How the generated rows are ordered before they become a register. */
  private enum Order {
    AS_DRAWN,
    BY_CELL,
    DOMINANT_FIRST_OF_EACH_BLOCK
  }

  /** Registers of 1 to 700 rows, with some weight, in one of the orders. */
  private static Gen<ColumnarPortfolio> registers() {
    return lists().of(rows()).ofSizeBetween(1, 700).zip(Generate.enumValues(Order.class), (drawn, order) -> {
      List<Row> rows = new ArrayList<>(drawn);
      rows.add(new Row(1, FacetMix.uniform(), Zone.SUSTAINING, Optional.empty())); // never zero in total
      switch (order) {
        case BY_CELL:
          rows.sort(Comparator.comparingInt(Row::cell));
          break;
        case DOMINANT_FIRST_OF_EACH_BLOCK:
          for (int block = 0; block < rows.size(); block += TallyAccumulator.BLOCK) {
            Row row = rows.get(block);
            rows.set(block, new Row(1e15, row.mix, row.zone, row.stage));
          }
          break;
        case AS_DRAWN:
          break;
        default:
          throw new AssertionError(order);
      }
      return register(rows, -1);
    });
  }

  @Test
  void everyShareIsWithinItsBoundOfTheExactValue() {
    theory(0xACC1L).withExamples(300).forAll(registers()).checkAssert(columns -> {
      PortfolioScore score = PortfolioScorer.DEFAULT.score(columns);
      Exact exact = new Exact(columns);
      for (Facet facet : Facet.ordered()) {
        assertRelative(exact.facetShare(facet), score.facetShares().weight(facet), facet.toString());
      }
      for (Zone zone : Zone.values()) {
        assertRelative(exact.zoneShare(zone), score.zoneShares().get(zone), zone.toString());
      }
      for (Stage stage : Stage.values()) {
        assertRelative(exact.stageShare(stage.ordinal()), score.stageShares().get(stage), stage.toString());
      }
      assertRelative(exact.stageShare(FacetTally.UNSPECIFIED), score.unspecifiedStageShare(), "unspecified");
    });
  }

  @Test
  void anySplitMergedInAnyOrderScoresLikeTheWhole() {
    theory(0xACC2L).withExamples(300).forAll(registers(), lists().of(integers().allPositive()).ofSizeBetween(0, 12),
        integers().all()).checkAssert((columns, cuts, seed) -> {
          List<Integer> points = new ArrayList<>();
          points.add(0);
          cuts.forEach(cut -> points.add(cut % (columns.size() + 1)));
          points.add(columns.size());
          Collections.sort(points);
          List<FacetTally> slices = new ArrayList<>();
          for (int i = 0; i + 1 < points.size(); i++) {
            slices.add(columns.tally(points.get(i), points.get(i + 1)));
          }
          Collections.shuffle(slices, new Random(seed));
          FacetTally merged = FacetTally.EMPTY;
          for (FacetTally slice : slices) {
            merged = slice.merge(merged);
          }
          assertEquals(columns.size(), merged.count());
          assertScoresAgree(PortfolioScorer.DEFAULT.score(columns),
              PortfolioScorer.DEFAULT.score(columns.name(), columns.weighting(), merged));
        });
  }

  @Test
  void theParallelTallyScoresLikeTheSequentialOne() {
    ForkJoinPool pool = new ForkJoinPool(3);
    try {
      theory(0xACC3L).withExamples(100).forAll(registers(), integers().between(1, 200)).checkAssert((columns, leaf) ->
          assertScoresAgree(PortfolioScorer.DEFAULT.score(columns),
              PortfolioScorer.DEFAULT.score(columns.name(), columns.weighting(), columns.tallyParallel(pool, leaf))));
    } finally {
      pool.shutdown();
    }
  }

  /** A register of 10^5 rows: many blocks, against the exact shares. */
  @Test
  void aLongRegisterKeepsItsShares() {
    SplittableRandom random = new SplittableRandom(0xACC4L);
    ColumnarPortfolio.Builder builder = new ColumnarPortfolio.Builder("long", "budget");
    for (int i = 0; i < 100_000; i++) {
      double weight = Math.rint(Math.exp(11 + 1.5 * random.nextGaussian()));
      FacetMix mix = FacetMix.of(random.nextDouble(), random.nextDouble(), random.nextDouble(), random.nextDouble());
      Zone zone = Zone.values()[random.nextInt(9)];
      if (random.nextInt(10) == 0) {
        builder.add("i" + i, weight, mix, zone);
      } else {
        builder.add("i" + i, weight, mix, zone, Stage.values()[random.nextInt(6)]);
      }
    }
    ColumnarPortfolio columns = builder.build();
    PortfolioScore score = PortfolioScorer.DEFAULT.score(columns);
    Exact exact = new Exact(columns);
    for (Facet facet : Facet.ordered()) {
      assertRelative(exact.facetShare(facet), score.facetShares().weight(facet), facet.toString());
    }
    for (Zone zone : Zone.values()) {
      assertRelative(exact.zoneShare(zone), score.zoneShares().get(zone), zone.toString());
    }
  }

  /**
   * Leave-one-out from a blocked tally ({@code ColumnarRows}): removing a row by subtraction, or
   * summing the rest afresh when the row holds nearly everything, gives the score of the register
   * without it within the attribution's 1e-12, also for a row of 98 % to 99.99 % of the weight.
   */
  @Test
  void leavingOneOutOfALongRegisterScoresTheRest() {
    Gen<Double> dominance = Generate.pick(List.of(0.5, 0.98, 0.99, 0.999, 0.9999));
    theory(0xACC5L).withExamples(60).forAll(lists().of(rows()).ofSizeBetween(64, 300), dominance,
        integers().between(0, 299)).checkAssert((drawn, share, pick) -> {
          List<Row> rows = new ArrayList<>(drawn);
          rows.add(new Row(1, FacetMix.uniform(), Zone.SUSTAINING, Optional.empty()));
          int dominant = pick % rows.size();
          double others = rows.stream().mapToDouble(row -> row.weight).sum() - rows.get(dominant).weight;
          Row big = rows.get(dominant);
          rows.set(dominant, new Row(others * share / (1 - share), big.mix, big.zone, big.stage));
          ColumnarPortfolio columns = register(rows, -1);
          ColumnarPortfolio without = register(rows, dominant);
          Attribution attribution = PortfolioScorer.DEFAULT.attribute(columns);
          PortfolioScore rest = PortfolioScorer.DEFAULT.score(without);
          for (Metric metric : attribution.metrics()) {
            ScoreAssertions.assertClose(rest.value(metric),
                attribution.initiative("i" + dominant, metric).valueWithout(), ScoreAssertions.scale(metric, rest),
                ScoreAssertions.RELATIVE, metric + " without the dominant row");
          }
        });
  }

  /** The register of {@code rows}, without row {@code skipped} (none if negative), ids by position. */
  private static ColumnarPortfolio register(List<Row> rows, int skipped) {
    ColumnarPortfolio.Builder builder = new ColumnarPortfolio.Builder("accuracy", "budget");
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      if (i != skipped) {
        if (row.stage.isPresent()) {
          builder.add("i" + i, row.weight, row.mix, row.zone, row.stage.get());
        } else {
          builder.add("i" + i, row.weight, row.mix, row.zone);
        }
      }
    }
    return builder.build();
  }

  private static void assertScoresAgree(PortfolioScore whole, PortfolioScore merged) {
    for (Facet facet : Facet.ordered()) {
      assertRelative(whole.facetShares().weight(facet), merged.facetShares().weight(facet), facet.toString());
    }
    for (Zone zone : Zone.values()) {
      assertRelative(whole.zoneShares().get(zone), merged.zoneShares().get(zone), zone.toString());
    }
    for (Stage stage : Stage.values()) {
      assertRelative(whole.stageShares().get(stage), merged.stageShares().get(stage), stage.toString());
    }
    assertRelative(whole.unspecifiedStageShare(), merged.unspecifiedStageShare(), "unspecified");
    assertRelative(whole.totalWeight(), merged.totalWeight(), "total weight");
  }

  /** {@code |actual - expected| <= 1e-14 |expected|}: relative to the value itself, zero only for zero. */
  private static void assertRelative(double expected, double actual, String what) {
    assertTrue(Math.abs(actual - expected) <= SHARE_ACCURACY * Math.abs(expected),
        () -> what + ": expected " + expected + ", got " + actual + " (relative difference "
            + Math.abs(actual - expected) / Math.abs(expected) + ")");
  }

  /** The shares of a register's columns in exact arithmetic (exact products and sums), rounded once. */
  private static final class Exact {
    private final BigDecimal[] facetMasses = new BigDecimal[Facet.COUNT];
    private final BigDecimal[] zoneMasses = new BigDecimal[Zone.values().length];
    private final BigDecimal[] stageMasses = new BigDecimal[FacetTally.UNSPECIFIED + 1];
    private BigDecimal total = BigDecimal.ZERO;

    Exact(ColumnarPortfolio columns) {
      Arrays.fill(facetMasses, BigDecimal.ZERO);
      Arrays.fill(zoneMasses, BigDecimal.ZERO);
      Arrays.fill(stageMasses, BigDecimal.ZERO);
      for (int row = 0; row < columns.size(); row++) {
        BigDecimal weight = new BigDecimal(columns.weight(row));
        for (int f = 0; f < Facet.COUNT; f++) {
          facetMasses[f] = facetMasses[f].add(weight.multiply(new BigDecimal(columns.mixWeight(row, f))));
        }
        zoneMasses[columns.zone(row).ordinal()] = zoneMasses[columns.zone(row).ordinal()].add(weight);
        int stage = columns.stage(row).map(Stage::ordinal).orElse(FacetTally.UNSPECIFIED);
        stageMasses[stage] = stageMasses[stage].add(weight);
        total = total.add(weight);
      }
    }

    double facetShare(Facet facet) {
      BigDecimal sum = BigDecimal.ZERO;
      for (BigDecimal mass : facetMasses) {
        sum = sum.add(mass);
      }
      return facetMasses[facet.ordinal()].divide(sum, MathContext.DECIMAL128).doubleValue();
    }

    double zoneShare(Zone zone) {
      return zoneMasses[zone.ordinal()].divide(total, MathContext.DECIMAL128).doubleValue();
    }

    double stageShare(int slot) {
      return stageMasses[slot].divide(total, MathContext.DECIMAL128).doubleValue();
    }
  }
}
