package dev.facets.core.select;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Validity of the lower bounds: at a random search node, each bound is at most the least objective
 * value of any feasible completion, found by enumerating them all. A bound above it would let the
 * search discard an optimum.
 */
class NodeBoundProperties {
  @Test
  void hullBoundNeverExceedsACompletion() {
    assertValid(HullBound::new);
  }

  @Test
  void linearProgramBoundNeverExceedsACompletion() {
    assertValid(LinearProgramBound::new);
  }

  @Test
  void theLinearProgramIsAtLeastAsTightAsTheHullOnAverage() {
    // Not a rule for every node (the hull's per-scenario caps use a weight floor the relaxation
    // spreads differently), but over many nodes the exact relaxation must bound at least as high
    // in total; a broken model would show up here as a lower total.
    double[] totals = new double[2];
    qt().withFixedSeed(7).withExamples(150).withGenerateAttempts(10_000)
        .forAll(SelectionGenerators.problems(10), longs().all())
        .checkAssert((problem, seed) -> {
          SelectionInstance instance = SelectionInstance.of(problem);
          if (!instance.feasible()) {
            return;
          }
          Node node = load(instance, randomNode(instance, new Random(seed)));
          double[] hull = new HullBound(instance).lowerBounds(node);
          double[] linear = new LinearProgramBound(instance).lowerBounds(node);
          if (hull != null && linear != null) {
            totals[0] += Arrays.stream(hull).sum();
            totals[1] += Arrays.stream(linear).sum();
          }
        });
    assertTrue(totals[1] >= totals[0] - 1e-9, () -> "hull " + totals[0] + " > linear program " + totals[1]);
  }

  private static void assertValid(Function<SelectionInstance, NodeBound> bounds) {
    qt().withFixedSeed(11).withExamples(300).withGenerateAttempts(10_000)
        .forAll(SelectionGenerators.problems(10), longs().all())
        .checkAssert((problem, seed) -> {
          SelectionInstance instance = SelectionInstance.of(problem);
          if (!instance.feasible()) {
            return;
          }
          long[] sets = randomNode(instance, new Random(seed));
          double[] lower = bounds.apply(instance).lowerBounds(load(instance, sets));
          double[] least = leastCompletion(problem, instance, sets[0], sets[1]);
          if (least == null) {
            return; // nothing to bound: any answer is valid
          }
          assertTrue(lower != null, "a node with a scorable completion was called empty");
          for (int k = 0; k < least.length; k++) {
            int objective = k;
            assertTrue(lower[k] <= least[k] + 1e-12,
                () -> "bound " + Arrays.toString(lower) + " above the best completion " + Arrays.toString(least)
                    + " on objective " + objective);
          }
        });
  }

  private static Node load(SelectionInstance instance, long[] sets) {
    Node node = new Node(instance);
    node.load(sets[0], sets[1]);
    return node;
  }

  /**
   * The funded and excluded sets of a node reached by random fund/exclude decisions from the root,
   * made as the search makes them.
   */
  static long[] randomNode(SelectionInstance instance, Random random) {
    long in = instance.rootIn;
    long out = instance.rootOut;
    Node node = new Node(instance);
    int steps = random.nextInt(instance.size + 1);
    for (int step = 0; step < steps; step++) {
      long free = node.free(in, out);
      if (free == 0) {
        break;
      }
      int j = nthBit(free, random.nextInt(Long.bitCount(free)));
      long added = random.nextBoolean() ? instance.fund(j, in, out) : 0;
      if (added != 0) {
        in |= added;
        out |= instance.excludedWith(in, added);
      } else {
        out |= instance.withDependents(SelectionInstance.bit(j));
      }
    }
    return new long[] {in, out};
  }

  private static int nthBit(long set, int n) {
    long rest = set;
    for (int i = 0; i < n; i++) {
      rest &= rest - 1;
    }
    return Long.numberOfTrailingZeros(rest);
  }

  /** The least value of each objective over the node's feasible completions, or null for none. */
  static double[] leastCompletion(SelectionProblem problem, SelectionInstance instance, long in, long out) {
    Oracle oracle = new Oracle(problem);
    long free = instance.all() & ~in & ~out;
    int[] freeIndices = new int[Long.bitCount(free)];
    int count = 0;
    for (long rest = free; rest != 0; rest &= rest - 1) {
      freeIndices[count++] = Long.numberOfTrailingZeros(rest);
    }
    double[] least = null;
    for (long pick = 0; pick < (1L << count); pick++) {
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < instance.size; i++) {
        boolean chosen = (in & SelectionInstance.bit(i)) != 0;
        for (int k = 0; k < count; k++) {
          chosen |= freeIndices[k] == i && (pick & (1L << k)) != 0;
        }
        if (chosen) {
          ids.add(instance.candidates[i].id());
        }
      }
      if (!ids.isEmpty() && oracle.feasible(ids)) {
        double[] value = oracle.objectives(oracle.set(ids));
        if (least == null) {
          least = value;
        } else {
          for (int k = 0; k < value.length; k++) {
            least[k] = Math.min(least[k], value[k]);
          }
        }
      }
    }
    return least;
  }
}
