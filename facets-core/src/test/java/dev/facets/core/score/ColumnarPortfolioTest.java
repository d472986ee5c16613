package dev.facets.core.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.common.testing.NullPointerTester;
import dev.facets.api.AxisPosition;
import dev.facets.api.Driver;
import dev.facets.api.Facet;
import dev.facets.api.FacetMix;
import dev.facets.api.InvalidValueException;
import dev.facets.api.Portfolio;
import dev.facets.api.Purpose;
import dev.facets.api.Stage;
import dev.facets.api.TargetMix;
import dev.facets.api.Weighting;
import dev.facets.api.Zone;
import java.lang.management.ManagementFactory;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.Test;

/** The columns of a portfolio and the checks of the row-by-row builder. */
class ColumnarPortfolioTest {
  @Test
  void columnsHoldWhatTheInitiativesSay() {
    Portfolio portfolio = PortfolioScorerTest.portfolio("Columns",
        PortfolioScorerTest.initiative("a", 3).position(AxisPosition.of(-0.8, 0.2)).stage(Stage.GENERATE),
        PortfolioScorerTest.initiative("b", 1).purpose(Purpose.ENHANCEMENT).driver(Driver.FUTURE));
    ColumnarPortfolio columns = ColumnarPortfolio.of(portfolio, Weighting.budget());
    assertEquals("Columns", columns.name());
    assertEquals("budget", columns.weighting());
    assertEquals(2, columns.size());
    assertEquals("b", columns.id(1));
    assertEquals(Optional.of(1), columns.row("b"));
    assertEquals(Optional.empty(), columns.row("c"));
    assertEquals(3, columns.weight(0));
    assertEquals(0.8, columns.mix(0).weight(Facet.ENHANCEMENT), 1e-15);
    assertEquals(Zone.ENHANCEMENT, columns.zone(0));
    // Enhancement purpose with the future driver: opposite facets, so mixed, halves on both.
    assertEquals(Zone.MIXED, columns.zone(1));
    assertEquals(FacetMix.halves(Facet.ENHANCEMENT, Facet.ANTICIPATORY), columns.mix(1));
    assertEquals(Optional.of(Stage.GENERATE), columns.stage(0));
    assertEquals(Optional.empty(), columns.stage(1));
    assertThrows(IndexOutOfBoundsException.class, () -> columns.weight(2));
    assertThrows(IndexOutOfBoundsException.class, () -> columns.tally(1, 3));
  }

  @Test
  void anExplicitMixWithAnOppositePairAtAQuarterIsMixedOnBothPaths() {
    // Contract v1.1. a: the uniform mix (both pairs at 1/4); b: enhancement 0.5 with anticipatory
    // 0.25 (mission 0.25): mixed, not sustaining; c: enhancement 0.6, mission 0.4: sustaining.
    // Budgets 1, 2, 3 of 6: mixed 3/6 = 0.5, sustaining 3/6 = 0.5.
    Portfolio portfolio = PortfolioScorerTest.portfolio("Pairs",
        PortfolioScorerTest.initiative("a", 1).facets(FacetMix.uniform()),
        PortfolioScorerTest.initiative("b", 2).facets(FacetMix.of(2, 1, 0, 1)),
        PortfolioScorerTest.initiative("c", 3).facets(FacetMix.of(3, 2, 0, 0)));
    ColumnarPortfolio columns = ColumnarPortfolio.of(portfolio, Weighting.budget());
    assertEquals(Zone.MIXED, columns.zone(0));
    assertEquals(Zone.MIXED, columns.zone(1));
    assertEquals(Zone.SUSTAINING, columns.zone(2));
    for (PortfolioScore score : java.util.List.of(
        PortfolioScorer.DEFAULT.score(portfolio, Weighting.budget()),
        PortfolioScorer.DEFAULT.score(columns, Optional.empty()),
        ReferenceScorer.score(PortfolioScorer.DEFAULT, portfolio, Weighting.budget(), Optional.empty()))) {
      assertEquals(0.5, score.zoneShares().get(Zone.MIXED), 1e-15);
      assertEquals(0.5, score.zoneShares().get(Zone.SUSTAINING), 1e-15);
    }
  }

  @Test
  void theBuilderChecksEveryRow() {
    ColumnarPortfolio.Builder builder = new ColumnarPortfolio.Builder("Rows", "custom")
        .add("a", 1, FacetMix.uniform(), Zone.MIXED, Optional.empty());
    InvalidValueException nan = assertThrows(InvalidValueException.class,
        () -> builder.add("b", Double.NaN, FacetMix.uniform(), Zone.MIXED, Optional.empty()));
    assertEquals("initiatives[1].weight must be finite and >= 0 (initiative 'b', weighting 'custom'), got NaN",
        nan.getMessage());
    InvalidValueException repeated = assertThrows(InvalidValueException.class,
        () -> builder.add("a", 1, FacetMix.uniform(), Zone.MIXED, Optional.empty()));
    assertEquals("initiatives[1].id must be unique, but initiatives[0].id has it too, got 'a'", repeated.getMessage());
    assertThrows(InvalidValueException.class, () -> builder.add(" ", 1, FacetMix.uniform(), Zone.MIXED, Optional.empty()));
    assertEquals(1, builder.build().size());
    InvalidValueException empty = assertThrows(InvalidValueException.class,
        () -> new ColumnarPortfolio.Builder("Empty", "budget").build());
    assertEquals("initiatives.size", empty.field());
    assertThrows(InvalidValueException.class, () -> new ColumnarPortfolio.Builder("", "budget"));
    new NullPointerTester().setDefault(FacetMix.class, FacetMix.uniform()).setDefault(String.class, "x").testAllPublicInstanceMethods(builder);
  }

  /**
   * 100,000 rows cycling through the four pure facets with weights 1, 2, 3, 4: facet f holds
   * 25,000 (f + 1), the total is 250,000, so p = (0.1, 0.2, 0.3, 0.4).
   */
  private static ColumnarPortfolio register() {
    ColumnarPortfolio.Builder builder = new ColumnarPortfolio.Builder("Register", "budget");
    for (int i = 0; i < 100_000; i++) {
      Facet facet = Facet.ordered().get(i % 4);
      builder.add("r" + i, i % 4 + 1, FacetMix.pure(facet), Zone.of(facet),
          i % 3 == 0 ? Optional.of(Stage.DEVELOP) : Optional.empty());
    }
    return builder.build();
  }

  @Test
  void tallyingAllocatesNothingPerRow() {
    java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
    assumeTrue(bean instanceof com.sun.management.ThreadMXBean, "the JVM cannot count allocated bytes");
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) bean;
    assumeTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled());
    ColumnarPortfolio columns = register();
    columns.tally(); // loads the classes once, so that only the pass itself is counted
    long thread = Thread.currentThread().getId();
    long before = threads.getThreadAllocatedBytes(thread);
    FacetTally tally = columns.tally();
    long allocated = threads.getThreadAllocatedBytes(thread) - before;
    // The accumulator's two arrays of 21 doubles and the tally: some hundreds of bytes in all, where a
    // single object per row would be megabytes.
    assertTrue(allocated < 16_384, allocated + " bytes allocated to tally 100,000 rows");
    assertEquals(250_000, tally.totalWeight());
  }

  @Test
  void aLargeRegisterGrowsItsColumnsAndScoresInParallel() {
    ColumnarPortfolio columns = register();
    ForkJoinPool pool = new ForkJoinPool(2);
    try {
      PortfolioScore parallel = PortfolioScorer.DEFAULT.scoreParallel(columns, Optional.of(TargetMix.of(1, 1, 1, 1)), pool);
      assertEquals(250_000, parallel.totalWeight());
      assertEquals(100_000, parallel.initiatives());
      PortfolioScorerTest.assertShares(parallel, 0.1, 0.2, 0.3, 0.4);
      assertEquals(0.4, parallel.zoneShares().get(Zone.ANTICIPATORY), 1e-12);
      ScoreAssertions.assertScoresClose(
          PortfolioScorer.DEFAULT.score(columns, Optional.of(TargetMix.of(1, 1, 1, 1))), parallel, 1e-12);
    } finally {
      pool.shutdown();
    }
  }
}
