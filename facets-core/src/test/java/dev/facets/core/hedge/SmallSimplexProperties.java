package dev.facets.core.hedge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.facets.core.hedge.SmallSimplex.Relation;
import dev.facets.core.hedge.SmallSimplex.Result;
import dev.facets.core.hedge.SmallSimplex.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The warm start ({@link SmallSimplex#reoptimize}) against a cold solve of the same rows, on random
 * programmes shaped like the cutting-plane master: shares x_f summing to a budget, upper bounds, a
 * lower bound (a {@code >=} row, so phase 1 leaves an artificial column behind), and cut rows
 * {@code s <= (g + 1).x + offset} arriving one or a few at a time after the first optimum. Some
 * offsets are negative, so the cuts can make the programme infeasible (the warm start must then fall
 * back and agree).
 */
class SmallSimplexProperties {
  private static final double TOLERANCE = 1e-9;

  @Test
  void warmStartReachesTheColdOptimumAndBound() {
    int[] counts = new int[3]; // rounds whose new rows cut off the previous optimum; all rounds; infeasible ends
    qt().withFixedSeed(71).withExamples(400)
        .forAll(integers().between(2, 4), integers().between(1, 30), integers().all())
        .checkAssert((shares, rounds, seed) -> {
          SplittableRandom random = new SplittableRandom(seed);
          int variables = shares + 1;
          int s = shares;
          double budget = 0.2 + 0.8 * random.nextDouble();
          List<Object[]> fixed = new ArrayList<>();
          double[] sum = new double[variables];
          java.util.Arrays.fill(sum, 0, shares, 1);
          fixed.add(new Object[] {sum, Relation.EQUAL, budget});
          for (int f = 0; f < shares; f++) {
            if (random.nextInt(3) == 0) {
              double[] row = new double[variables];
              row[f] = 1;
              fixed.add(new Object[] {row, Relation.LESS_EQUAL, budget * (0.3 + random.nextDouble())});
            }
          }
          if (random.nextBoolean()) {
            double[] row = new double[variables];
            row[0] = 1;
            fixed.add(new Object[] {row, Relation.GREATER_EQUAL, budget * 0.2 * random.nextDouble()});
          }
          double[] c = new double[variables];
          for (int f = 0; f < shares; f++) {
            c[f] = random.nextInt(4) == 0 ? 0 : random.nextDouble() - 0.5;
          }
          c[s] = 0.1 + random.nextDouble();
          double[] upper = new double[variables];
          java.util.Arrays.fill(upper, 0, shares, budget);
          upper[s] = 2 * budget + 1;
          List<Object[]> cuts = new ArrayList<>();
          cuts.add(cut(random, variables, s));
          SmallSimplex warm = new SmallSimplex(variables);
          fixed.forEach(row -> add(warm, row));
          cuts.forEach(row -> add(warm, row));
          Result previous = warm.maximize(c, upper, 10_000);
          for (int round = 0; round < rounds && previous.status() == Status.OPTIMAL; round++) {
            int arriving = random.nextInt(4) == 0 ? 2 + random.nextInt(3) : 1;
            boolean cutsOff = false;
            for (int k = 0; k < arriving; k++) {
              Object[] row = cut(random, variables, s);
              cuts.add(row);
              add(warm, row);
              cutsOff |= Vectors.dot((double[]) row[0], previous.x()) > (double) row[2] + TOLERANCE;
            }
            counts[0] += cutsOff ? 1 : 0;
            counts[1]++;
            Result next = warm.reoptimize(10_000);
            SmallSimplex cold = new SmallSimplex(variables);
            fixed.forEach(row -> add(cold, row));
            cuts.forEach(row -> add(cold, row));
            Result expected = cold.maximize(c, upper, 10_000);
            assertEquals(expected.status(), next.status(), "round " + round);
            if (next.status() != Status.OPTIMAL) {
              counts[2]++;
              break;
            }
            assertEquals(expected.value(), next.value(), TOLERANCE, "round " + round);
            assertEquals(expected.bound(), next.bound(), TOLERANCE, "round " + round);
            assertTrue(next.bound() >= next.value() - 1e-12, "the bound lies below the vertex's value");
            for (Object[] row : fixed) {
              assertFeasible(row, next.x());
            }
            for (Object[] row : cuts) {
              assertFeasible(row, next.x());
            }
            previous = next;
          }
        });
    // The dual simplex path is taken often, and the fallback from an infeasible warm start sometimes.
    assertTrue(counts[0] > counts[1] / 5 && counts[2] > 10, java.util.Arrays.toString(counts));
  }

  /** {@code s - (g + 1).x <= offset}, g in [-1, 1], offset mostly 0 (the master's shape), sometimes negative. */
  private static Object[] cut(SplittableRandom random, int variables, int s) {
    double[] row = new double[variables];
    for (int f = 0; f < s; f++) {
      row[f] = -(random.nextInt(5) == 0 ? 1 : 2 * random.nextDouble());
    }
    row[s] = 1;
    double offset = random.nextInt(3) == 0 ? random.nextDouble() - 0.6 : 0;
    return new Object[] {row, Relation.LESS_EQUAL, offset};
  }

  private static void add(SmallSimplex simplex, Object[] row) {
    simplex.addRow((double[]) row[0], (Relation) row[1], (double) row[2]);
  }

  private static void assertFeasible(Object[] row, double[] x) {
    double lhs = Vectors.dot((double[]) row[0], x);
    double rhs = (double) row[2];
    switch ((Relation) row[1]) {
      case LESS_EQUAL -> assertTrue(lhs <= rhs + TOLERANCE, lhs + " <= " + rhs);
      case GREATER_EQUAL -> assertTrue(lhs >= rhs - TOLERANCE, lhs + " >= " + rhs);
      case EQUAL -> assertEquals(rhs, lhs, TOLERANCE);
    }
  }
}
