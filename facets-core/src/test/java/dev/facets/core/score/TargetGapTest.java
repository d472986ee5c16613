package dev.facets.core.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.facets.api.Facet;
import dev.facets.api.FacetMix;
import dev.facets.api.InvalidValueException;
import dev.facets.api.TargetMix;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The target gap and rebalancing plan against values worked out by hand. */
class TargetGapTest {
  private static final double EXACT = 1e-12;
  private static final FacetMix SHARES = FacetMix.of(0.4, 0.3, 0.2, 0.1);

  @Test
  void theGapToAUniformTarget() {
    // p = (0.4, 0.3, 0.2, 0.1), t = 1/4 each, W = 10.
    TargetGap gap = TargetGap.of(SHARES, 10, TargetMix.of(1, 1, 1, 1), Disparity.DIAMOND);
    // TV = 1/2 (0.15 + 0.05 + 0.05 + 0.15) = 0.2
    assertEquals(0.2, gap.totalVariation(), EXACT);
    // Euclidean = sqrt(0.0225 + 0.0025 + 0.0025 + 0.0225) = sqrt(0.05)
    assertEquals(Math.sqrt(0.05), gap.euclidean(), EXACT);
    // BC = sum sqrt(p / 4) = (0.632456 + 0.547723 + 0.447214 + 0.316228) / 2 = 0.971810;
    // Hellinger = sqrt(1 - 0.971810) = 0.167900
    assertEquals(0.16789959640267496, gap.hellinger(), EXACT);
    // KL = sum p ln(4p) = ln 4 - H = 1.386294 - 1.279854 = 0.106440
    assertEquals(0.10644013528622318, gap.klDivergence().getAsDouble(), EXACT);
    assertEquals(Math.log(4) - 1.2798542258336674, gap.klDivergence().getAsDouble(), EXACT);
    // t - p = (-0.15, -0.05, 0.05, 0.15); times W = 10: (-1.5, -0.5, 0.5, 1.5); transfer 0.2 * 10 = 2.
    assertEquals(-0.15, gap.perFacet().get(Facet.ENHANCEMENT), EXACT);
    assertEquals(-0.05, gap.perFacet().get(Facet.MISSION), EXACT);
    assertEquals(0.05, gap.perFacet().get(Facet.ADAPTIVE), EXACT);
    assertEquals(0.15, gap.perFacet().get(Facet.ANTICIPATORY), EXACT);
    assertEquals(-1.5, gap.perFacetBudget().get(Facet.ENHANCEMENT), 1e-11);
    assertEquals(1.5, gap.perFacetBudget().get(Facet.ANTICIPATORY), 1e-11);
    assertEquals(2, gap.transfer(), 1e-11);
  }

  @Test
  void theRebalancingPlanMovesToNeighboursFirst() {
    // Givers: enhancement 1.5, mission 0.5; receivers: adaptive 0.5, anticipatory 1.5.
    // Neighbour pairs (d = sqrt2/2): enhancement-adaptive, mission-anticipatory; the first in facet
    // order moves first: enhancement -> adaptive 0.5 (adaptive full), then mission -> anticipatory
    // 0.5 (mission empty), then only the opposite pair is left: enhancement -> anticipatory 1.0.
    TargetGap gap = TargetGap.of(SHARES, 10, TargetMix.of(1, 1, 1, 1), Disparity.DIAMOND);
    List<BudgetTransfer> plan = gap.rebalancing();
    assertEquals(3, plan.size(), plan::toString);
    assertMove(plan.get(0), Facet.ENHANCEMENT, Facet.ADAPTIVE, 0.5);
    assertMove(plan.get(1), Facet.MISSION, Facet.ANTICIPATORY, 0.5);
    assertMove(plan.get(2), Facet.ENHANCEMENT, Facet.ANTICIPATORY, 1.0);
    assertEquals(2, plan.stream().mapToDouble(BudgetTransfer::amount).sum(), 1e-11);
  }

  private static void assertMove(BudgetTransfer move, Facet from, Facet to, double amount) {
    assertEquals(from, move.from(), move::toString);
    assertEquals(to, move.to(), move::toString);
    assertEquals(amount, move.amount(), 1e-11, move::toString);
  }

  @Test
  void klIsUndefinedWhereTheTargetIsZeroOnAHeldFacet() {
    // The target has no anticipatory, the shares 0.1 of it: KL = +infinity, reported as empty.
    TargetGap gap = TargetGap.of(SHARES, 1, TargetMix.of(1, 1, 1, 0), Disparity.DIAMOND);
    assertTrue(gap.klDivergence().isEmpty());
    assertTrue(gap.value(Metric.KL_DIVERGENCE).isEmpty());
    // The other way round it is defined: p has no anticipatory, t does; KL sums over p > 0 only.
    // p = (1/3, 1/3, 1/3, 0), t = 1/4 each: KL = ln(4/3) = 0.287682
    TargetGap reverse = TargetGap.of(FacetMix.of(1, 1, 1, 0), 1, TargetMix.of(1, 1, 1, 1), Disparity.DIAMOND);
    assertEquals(Math.log(4.0 / 3), reverse.klDivergence().getAsDouble(), EXACT);
  }

  @Test
  void disjointMixesAreAtTheLargestDistances() {
    // All on enhancement against all on anticipatory: TV 1, Hellinger 1, Euclidean sqrt 2, one move.
    TargetGap gap = TargetGap.of(FacetMix.pure(Facet.ENHANCEMENT), 3,
        TargetMix.of(FacetMix.pure(Facet.ANTICIPATORY)), Disparity.DIAMOND);
    assertEquals(1, gap.totalVariation(), EXACT);
    assertEquals(1, gap.hellinger(), EXACT);
    assertEquals(Math.sqrt(2), gap.euclidean(), EXACT);
    assertEquals(List.of(BudgetTransfer.of(Facet.ENHANCEMENT, Facet.ANTICIPATORY, 3)), gap.rebalancing());
  }

  @Test
  void aTargetOfAllZerosIsRejected() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> TargetMix.of(0, 0, 0, 0));
    assertEquals("facets", e.field());
    assertTrue(e.getMessage().contains("have a weight > 0"), e.getMessage());
    InvalidValueException parsed = assertThrows(InvalidValueException.class,
        () -> TargetMix.parse("enhancement=0,mission=0"));
    assertEquals("facets", parsed.field());
  }

  @Test
  void valueRejectsBalanceIndicesAndBadTransfersAreRejected() {
    TargetGap gap = TargetGap.of(SHARES, 1, TargetMix.of(1, 1, 1, 1), Disparity.DIAMOND);
    assertEquals(gap.totalVariation(), gap.value(Metric.TOTAL_VARIATION).getAsDouble());
    assertThrows(InvalidValueException.class, () -> gap.value(Metric.HHI));
    assertThrows(InvalidValueException.class, () -> TargetGap.of(SHARES, Double.NaN, TargetMix.of(1, 1, 1, 1),
        Disparity.DIAMOND));
    assertThrows(InvalidValueException.class, () -> BudgetTransfer.of(Facet.MISSION, Facet.MISSION, 1));
    assertThrows(InvalidValueException.class, () -> BudgetTransfer.of(Facet.MISSION, Facet.ADAPTIVE, 0));
    assertThrows(InvalidValueException.class,
        () -> BudgetTransfer.of(Facet.MISSION, Facet.ADAPTIVE, Double.POSITIVE_INFINITY));
  }
}
