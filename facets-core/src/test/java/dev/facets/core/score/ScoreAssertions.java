package dev.facets.core.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.facets.api.Facet;
import dev.facets.api.Stage;
import dev.facets.api.Zone;
import java.util.OptionalDouble;
import org.quicktheories.QuickTheory;

/** Comparisons of scores and attributions within a relative tolerance, shared by the score tests. */
final class ScoreAssertions {
  /** The agreement the brief asks of two computations of the same number: 1e-12 relative. */
  static final double RELATIVE = 1e-12;

  private ScoreAssertions() {}

  /**
   * A seeded theory that may retry generation often. The shared generators filter with
   * {@code assuming} inside nested generators (mixes with some weight, funded portfolios), and
   * QuickTheories counts every retry of an example against a default budget of 10, which its
   * boundary examples (all draws at their minimum: zero weights, zero budgets) exhaust for most
   * seeds.
   */
  static QuickTheory theory(long seed) {
    return org.quicktheories.QuickTheory.qt().withFixedSeed(seed).withGenerateAttempts(10_000);
  }

  /**
   * Asserts {@code |a - b| <= tolerance * max(|a|, |b|, scale)}: relative, with {@code scale} the
   * natural size of the quantity (1 for shares and indices, the total weight for weights), so that a
   * value near zero is compared at the size of what it was computed from.
   */
  static void assertClose(double expected, double actual, double scale, double tolerance, String what) {
    double bound = tolerance * Math.max(scale, Math.max(Math.abs(expected), Math.abs(actual)));
    assertTrue(Math.abs(expected - actual) <= bound,
        () -> what + ": expected " + expected + ", got " + actual + " (difference " + Math.abs(expected - actual)
            + " > " + bound + ")");
  }

  static void assertClose(OptionalDouble expected, OptionalDouble actual, double scale, double tolerance, String what) {
    assertEquals(expected.isPresent(), actual.isPresent(), () -> what + ": " + expected + " vs " + actual);
    if (expected.isPresent()) {
      assertClose(expected.getAsDouble(), actual.getAsDouble(), scale, tolerance, what);
    }
  }

  /** The scale of a metric: the total weight for the transfer, 1 for the rest. */
  static double scale(Metric metric, PortfolioScore score) {
    return metric == Metric.TRANSFER ? score.totalWeight() : 1;
  }

  /** Asserts that two scores agree in every number within {@code tolerance}, relative. */
  static void assertScoresClose(PortfolioScore expected, PortfolioScore actual, double tolerance) {
    assertEquals(expected.portfolioName(), actual.portfolioName());
    assertEquals(expected.initiatives(), actual.initiatives());
    assertEquals(expected.conventions(), actual.conventions());
    assertClose(expected.totalWeight(), actual.totalWeight(), 0, tolerance, "totalWeight");
    for (Facet facet : Facet.ordered()) {
      assertClose(expected.facetShares().weight(facet), actual.facetShares().weight(facet), 1, tolerance,
          "share of " + facet);
    }
    for (Zone zone : Zone.values()) {
      assertClose(expected.zoneShares().get(zone), actual.zoneShares().get(zone), 1, tolerance, "zone " + zone);
    }
    for (Stage stage : Stage.values()) {
      assertClose(expected.stageShares().get(stage), actual.stageShares().get(stage), 1, tolerance, "stage " + stage);
    }
    assertClose(expected.unspecifiedStageShare(), actual.unspecifiedStageShare(), 1, tolerance, "unspecified stage");
    for (Metric metric : Metric.values()) {
      assertClose(expected.value(metric), actual.value(metric), scale(metric, expected), tolerance, metric.jsonName());
    }
    assertClose(expected.lean().uncertainty(), actual.lean().uncertainty(), 1, tolerance, "lean uncertainty");
    assertClose(expected.lean().directedness(), actual.lean().directedness(), 1, tolerance, "lean directedness");
    assertEquals(expected.targetGap().isPresent(), actual.targetGap().isPresent());
    expected.targetGap().ifPresent(gap -> {
      TargetGap other = actual.targetGap().get();
      for (Facet facet : Facet.ordered()) {
        assertClose(gap.perFacet().get(facet), other.perFacet().get(facet), 1, tolerance, "gap of " + facet);
        assertClose(gap.perFacetBudget().get(facet), other.perFacetBudget().get(facet), expected.totalWeight(),
            tolerance, "budget gap of " + facet);
      }
    });
  }

  /** Asserts that two attributions agree in every contribution within {@code tolerance}, relative. */
  static void assertAttributionsClose(Attribution expected, Attribution actual, double tolerance) {
    assertScoresClose(expected.score(), actual.score(), tolerance);
    assertEquals(expected.initiativeIds(), actual.initiativeIds());
    assertEquals(expected.metrics(), actual.metrics());
    for (Metric metric : expected.metrics()) {
      double scale = scale(metric, expected.score());
      for (String id : expected.initiativeIds()) {
        Contribution a = expected.initiative(id, metric);
        Contribution b = actual.initiative(id, metric);
        assertClose(a.valueWithout(), b.valueWithout(), scale, tolerance, metric.jsonName() + " without " + id);
        assertClose(a.eulerShare(), b.eulerShare(), scale, tolerance, metric.jsonName() + " Euler of " + id);
        assertEquals(a.note(), b.note());
      }
      for (Facet facet : Facet.ordered()) {
        Contribution a = expected.facet(facet, metric);
        Contribution b = actual.facet(facet, metric);
        assertClose(a.valueWithout(), b.valueWithout(), scale, tolerance, metric.jsonName() + " without " + facet);
        assertClose(a.eulerShare(), b.eulerShare(), scale, tolerance, metric.jsonName() + " Euler of " + facet);
      }
    }
  }
}
