package dev.facets.core.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.facets.api.Facet;
import dev.facets.api.FacetMix;
import dev.facets.api.Stage;
import dev.facets.api.Zone;
import org.junit.jupiter.api.Test;

/** The tally's sums, its compensation across merges, and its value semantics. */
class FacetTallyTest {
  /** 1e16 in one slice and a thousand ones in another: a plain double sum loses every one. */
  private static ColumnarPortfolio largeAndSmall() {
    ColumnarPortfolio.Builder builder = new ColumnarPortfolio.Builder("Large and small", "budget")
        .add("large", 1e16, FacetMix.pure(Facet.MISSION), Zone.MISSION, Stage.DIFFUSE);
    for (int i = 0; i < 1000; i++) {
      builder.add("small-" + i, 1, FacetMix.halves(Facet.ENHANCEMENT, Facet.MISSION), Zone.SUSTAINING);
    }
    return builder.build();
  }

  @Test
  void compensationSurvivesMerging() {
    ColumnarPortfolio columns = largeAndSmall();
    // The ulp of 1e16 is 2, so 1e16 + 1 rounds back to 1e16: the naive sum is 1e16.
    double naive = 0;
    for (int i = 0; i < columns.size(); i++) {
      naive += columns.weight(i);
    }
    assertEquals(1e16, naive);
    // 1e16 + 1000 is even, so a double holds it exactly, and the tally gets it however it is split.
    assertEquals(1e16 + 1000, columns.tally().totalWeight());
    FacetTally merged = columns.tally(0, 1).merge(columns.tally(1, 500)).merge(columns.tally(500, 1001));
    assertEquals(1e16 + 1000, merged.totalWeight());
    FacetTally reversed = columns.tally(500, 1001).merge(columns.tally(1, 500).merge(columns.tally(0, 1)));
    assertEquals(1e16 + 1000, reversed.totalWeight());
    // Mission mass 1e16 + 500, enhancement 500; zones and stages likewise.
    assertEquals(1e16 + 500, merged.facetMass(Facet.MISSION));
    assertEquals(500, merged.facetMass(Facet.ENHANCEMENT));
    assertEquals(1000, merged.zoneMass(Zone.SUSTAINING));
    assertEquals(1e16, merged.stageMass(Stage.DIFFUSE));
    assertEquals(1000, merged.unspecifiedStageMass());
    assertEquals(1001, merged.count());
  }

  /**
   * The price of blocked summation, within its bound: the whole register's first block holds 1e16
   * and 63 rows of mass one half on the mission facet; the block's even rows go into one plain sum
   * after 1e16, where each half is below half an ulp (2) and vanishes: 31 halves, 15.5, are lost,
   * leaving 1e16 + 484.5, rounded to the even 1e16 + 484. That is 1.6e-15 of the mass, within the
   * documented 33u = 3.7e-15. The slices above cut that block, so their rows went one by one into
   * the compensated sums and lost nothing.
   */
  @Test
  void aBlockLosesAtMostItsBound() {
    FacetTally whole = largeAndSmall().tally();
    assertEquals(1e16 + 484, whole.facetMass(Facet.MISSION));
    assertEquals(1e16 + 500, whole.facetMass(Facet.MISSION), 33 * 0x1p-53 * (1e16 + 500));
    assertEquals(500, whole.facetMass(Facet.ENHANCEMENT));
    assertEquals(1e16 + 1000, whole.totalWeight()); // the cells: 1e16 alone in its cell
  }

  @Test
  void theEmptyTallyHoldsNothing() {
    assertEquals(0, FacetTally.EMPTY.count());
    assertEquals(0, FacetTally.EMPTY.totalWeight());
    for (Facet facet : Facet.ordered()) {
      assertEquals(0, FacetTally.EMPTY.facetMass(facet));
    }
    assertEquals(FacetTally.EMPTY, largeAndSmall().tally(3, 3));
  }

  @Test
  void equalityAndNulls() {
    ColumnarPortfolio columns = largeAndSmall();
    new EqualsTester()
        .addEqualityGroup(FacetTally.EMPTY, FacetTally.empty(), columns.tally(5, 5))
        // Split on a block boundary: the same blocks, summed to the same bits, merged.
        .addEqualityGroup(columns.tally(), columns.tally(0, TallyAccumulator.BLOCK)
            .merge(columns.tally(TallyAccumulator.BLOCK, 1001)))
        .addEqualityGroup(columns.tally(1, 3), columns.tally(3, 5))
        .testEquals();
    assertNotEquals(columns.tally(0, 1), columns.tally(1, 2));
    new NullPointerTester().testAllPublicInstanceMethods(columns.tally());
    assertEquals("FacetTally[count=2, totalWeight=2.0, facets={enhancement=1.0, mission=1.0, adaptive=0.0,"
        + " anticipatory=0.0}]", columns.tally(1, 3).toString());
  }
}
