package dev.facets.core.score;

import static dev.facets.core.score.ScoreAssertions.RELATIVE;
import static dev.facets.core.score.ScoreAssertions.assertClose;
import static dev.facets.core.score.ScoreAssertions.theory;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.facets.api.Facet;
import dev.facets.api.Generators;
import dev.facets.api.Stage;
import dev.facets.api.Weighting;
import dev.facets.api.Zone;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The monoid laws of {@link FacetTally}: merging slices of a register in any order and grouping gives
 * the tally of the whole, with {@link FacetTally#EMPTY} as identity.
 */
class FacetTallyProperties {
  /** Three consecutive slices of a generated portfolio, cut at generated points. */
  private static Gen<FacetTally[]> slices() {
    return Generators.portfolios().zip(integers().between(0, 30), integers().between(0, 30), (portfolio, a, b) -> {
      ColumnarPortfolio columns = ColumnarPortfolio.of(portfolio, Weighting.budget());
      int n = columns.size();
      int first = Math.min(a, b) % (n + 1);
      int second = Math.max(first, Math.max(a, b) % (n + 1));
      return new FacetTally[] {
          columns.tally(0, first), columns.tally(first, second), columns.tally(second, n), columns.tally()};
    });
  }

  @Test
  void emptyIsTheIdentity() {
    theory(61).forAll(slices()).checkAssert(t -> {
      assertEquals(t[3], t[3].merge(FacetTally.EMPTY));
      assertEquals(t[3], FacetTally.EMPTY.merge(t[3]));
      assertEquals(FacetTally.EMPTY, FacetTally.empty());
    });
  }

  @Test
  void mergingIsCommutative() {
    theory(62).forAll(slices()).checkAssert(t -> {
      assertEquals(t[0].merge(t[1]), t[1].merge(t[0]));
      assertEquals(t[1].merge(t[2]), t[2].merge(t[1]));
    });
  }

  @Test
  void mergingIsAssociative() {
    theory(63).forAll(slices()).checkAssert(t ->
        assertTalliesClose(t[0].merge(t[1]).merge(t[2]), t[0].merge(t[1].merge(t[2]))));
  }

  @Test
  void mergedSlicesTallyTheWhole() {
    theory(64).forAll(slices()).checkAssert(t -> {
      assertTalliesClose(t[3], t[0].merge(t[1]).merge(t[2]));
      assertTalliesClose(t[3], t[2].merge(t[0]).merge(t[1]));
    });
  }

  static void assertTalliesClose(FacetTally expected, FacetTally actual) {
    assertEquals(expected.count(), actual.count());
    double scale = expected.totalWeight();
    assertClose(expected.totalWeight(), actual.totalWeight(), scale, RELATIVE, "total");
    for (Facet facet : Facet.ordered()) {
      assertClose(expected.facetMass(facet), actual.facetMass(facet), scale, RELATIVE, facet.toString());
    }
    for (Zone zone : Zone.values()) {
      assertClose(expected.zoneMass(zone), actual.zoneMass(zone), scale, RELATIVE, zone.toString());
    }
    for (Stage stage : Stage.values()) {
      assertClose(expected.stageMass(stage), actual.stageMass(stage), scale, RELATIVE, stage.toString());
    }
    assertClose(expected.unspecifiedStageMass(), actual.unspecifiedStageMass(), scale, RELATIVE, "unspecified");
  }
}
