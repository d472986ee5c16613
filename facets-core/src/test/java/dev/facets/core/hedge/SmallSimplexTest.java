package dev.facets.core.hedge;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.facets.core.hedge.SmallSimplex.Relation;
import dev.facets.core.hedge.SmallSimplex.Result;
import dev.facets.core.hedge.SmallSimplex.Status;
import org.junit.jupiter.api.Test;

/**
 * The master's simplex on hand-solved programmes: each optimum is worked out in a comment, and the
 * certified bound must equal it (the dual is exact on these) and never lie below it.
 */
class SmallSimplexTest {
  private static final double EPS = 1e-12;
  private static final double INF = Double.POSITIVE_INFINITY;

  @Test
  void lessEqualRowsFromTheSlackBasis() {
    // max 3x + 2y, x + y <= 4, x + 3y <= 6, x <= 3. Vertices (0,0) 0, (3,0) 9, (3,1) 11, (0,2) 4:
    // the optimum 11 at (3, 1), where all three rows bind (a degenerate vertex).
    Result result = new SmallSimplex(2)
        .addRow(new double[] {1, 1}, Relation.LESS_EQUAL, 4)
        .addRow(new double[] {1, 3}, Relation.LESS_EQUAL, 6)
        .addRow(new double[] {1, 0}, Relation.LESS_EQUAL, 3)
        .maximize(new double[] {3, 2}, new double[] {3, 2}, 100);
    assertOptimal(result, new double[] {3, 1}, 11);
  }

  @Test
  void greaterEqualRowsNeedPhaseOne() {
    // min x + y (max -x - y), x + 2y >= 4, 3x + y >= 6. The rows cross at x = 8/5, y = 6/5, sum 14/5;
    // the other vertices (4, 0) and (0, 6) sum to 4 and 6.
    Result result = new SmallSimplex(2)
        .addRow(new double[] {1, 2}, Relation.GREATER_EQUAL, 4)
        .addRow(new double[] {3, 1}, Relation.GREATER_EQUAL, 6)
        .maximize(new double[] {-1, -1}, new double[] {INF, INF}, 100);
    assertOptimal(result, new double[] {1.6, 1.2}, -2.8);
  }

  @Test
  void anEqualityRowAndNegativeRightHandSides() {
    // max x + 2y + 3z, x + y + z = 1, z <= 0.5, -y >= -0.3: fill z, then y, then x: (0.2, 0.3, 0.5), 2.3.
    Result result = new SmallSimplex(3)
        .addRow(new double[] {1, 1, 1}, Relation.EQUAL, 1)
        .addRow(new double[] {0, 0, 1}, Relation.LESS_EQUAL, 0.5)
        .addRow(new double[] {0, -1, 0}, Relation.GREATER_EQUAL, -0.3)
        .maximize(new double[] {1, 2, 3}, new double[] {1, 1, 1}, 100);
    assertOptimal(result, new double[] {0.2, 0.3, 0.5}, 2.3);
  }

  @Test
  void aRedundantEqualityKeepsItsArtificialHarmlessly() {
    // x + y = 1 twice (the second doubled): max x is 1 at (1, 0).
    Result result = new SmallSimplex(2)
        .addRow(new double[] {1, 1}, Relation.EQUAL, 1)
        .addRow(new double[] {2, 2}, Relation.EQUAL, 2)
        .maximize(new double[] {1, 0}, new double[] {1, 1}, 100);
    assertOptimal(result, new double[] {1, 0}, 1);
  }

  @Test
  void bealesCyclingExampleEndsUnderBlandsRule() {
    // Beale (1955): Dantzig's rule cycles on it from the slack basis. max 3/4 a - 20 b + 1/2 c - 6 d,
    // 1/4 a - 8 b - c + 9 d <= 0, 1/2 a - 12 b - 1/2 c + 3 d <= 0, c <= 1. Optimum 5/4 at a = c = 1:
    // the first row gives 1/4 - 1 < 0, the second 1/2 - 1/2 = 0.
    Result result = new SmallSimplex(4)
        .addRow(new double[] {0.25, -8, -1, 9}, Relation.LESS_EQUAL, 0)
        .addRow(new double[] {0.5, -12, -0.5, 3}, Relation.LESS_EQUAL, 0)
        .addRow(new double[] {0, 0, 1, 0}, Relation.LESS_EQUAL, 1)
        .maximize(new double[] {0.75, -20, 0.5, -6}, new double[] {INF, INF, 1, INF}, 100);
    assertOptimal(result, new double[] {1, 0, 1, 0}, 1.25);
  }

  @Test
  void infeasibleAndUnboundedAreTyped() {
    Result infeasible = new SmallSimplex(2)
        .addRow(new double[] {1, 1}, Relation.LESS_EQUAL, 1)
        .addRow(new double[] {1, 1}, Relation.GREATER_EQUAL, 2)
        .maximize(new double[] {1, 0}, new double[] {1, 1}, 100);
    assertEquals(Status.INFEASIBLE, infeasible.status());
    assertTrue(Double.isNaN(infeasible.bound()));
    Result unbounded = new SmallSimplex(2)
        .addRow(new double[] {1, -1}, Relation.LESS_EQUAL, 1)
        .maximize(new double[] {1, 0}, new double[] {INF, INF}, 100);
    assertEquals(Status.UNBOUNDED, unbounded.status());
  }

  @Test
  void thePivotLimitIsTyped() {
    Result result = new SmallSimplex(2)
        .addRow(new double[] {1, 1}, Relation.LESS_EQUAL, 4)
        .addRow(new double[] {1, 3}, Relation.LESS_EQUAL, 6)
        .maximize(new double[] {3, 2}, new double[] {4, 2}, 0);
    assertEquals(Status.PIVOT_LIMIT, result.status());
  }

  @Test
  void anUnboundedVariableWithoutRewardLeavesTheBoundFinite() {
    // max x, x <= 2, y free above: y earns nothing, so its infinite upper bound times its zero
    // excess must count as 0, not NaN; the bound is the optimum 2.
    Result result = new SmallSimplex(2)
        .addRow(new double[] {1, 0}, Relation.LESS_EQUAL, 2)
        .maximize(new double[] {1, 0}, new double[] {2, INF}, 100);
    assertOptimal(result, new double[] {2, 0}, 2);
  }

  @Test
  void reoptimizeGoesOnFromTheLastOptimumAsRowsArrive() {
    // The first programme above, optimum 11 at (3, 1). Adding y <= 0.5 cuts that vertex off (the
    // dual simplex path): x stays at its bound 3, y drops to 0.5, value 10. Adding -x >= -2.5 (a >=
    // row, so a cold solve) moves x to 2.5: value 7.5 + 1 = 8.5, and x + 3y = 4 <= 6 still holds.
    SmallSimplex simplex = new SmallSimplex(2)
        .addRow(new double[] {1, 1}, Relation.LESS_EQUAL, 4)
        .addRow(new double[] {1, 3}, Relation.LESS_EQUAL, 6)
        .addRow(new double[] {1, 0}, Relation.LESS_EQUAL, 3);
    assertThrows(IllegalStateException.class, () -> simplex.reoptimize(100));
    assertOptimal(simplex.maximize(new double[] {3, 2}, new double[] {3, 2}, 100), new double[] {3, 1}, 11);
    assertOptimal(simplex.reoptimize(100), new double[] {3, 1}, 11);
    simplex.addRow(new double[] {0, 1}, Relation.LESS_EQUAL, 0.5);
    assertOptimal(simplex.reoptimize(100), new double[] {3, 0.5}, 10);
    simplex.addRow(new double[] {-1, 0}, Relation.GREATER_EQUAL, -2.5);
    assertOptimal(simplex.reoptimize(100), new double[] {2.5, 0.5}, 8.5);
    // A row no x >= 0 meets: infeasible, warm or cold.
    simplex.addRow(new double[] {1, 1}, Relation.LESS_EQUAL, -1);
    assertEquals(Status.INFEASIBLE, simplex.reoptimize(100).status());
  }

  private static void assertOptimal(Result result, double[] x, double value) {
    assertEquals(Status.OPTIMAL, result.status());
    assertArrayEquals(x, result.x(), EPS);
    assertEquals(value, result.value(), EPS);
    assertEquals(value, result.bound(), EPS);
  }
}
