package dev.facets.core.simulate;

import java.util.Arrays;

/**
 * Sorts the trials' totals on the simulation's workers. The result is the one {@link Arrays#sort}
 * gives (a sort has one result: the values in ascending {@link Double#compare} order), so the
 * quantiles, the histogram and the tail are the same bits for any number of threads.
 *
 * <p>The array is partitioned around a sampled median into as many parts as there are workers (a
 * power of two), each level's partitions in parallel, and the parts are then sorted in parallel. The
 * sort sat between the two passes on one thread, the largest serial step of a run; now only the first
 * partition (one linear pass) is serial. Totals with many ties may leave parts unequal, which costs
 * speed, not correctness. Stateless.
 */
final class SortedTotals {
  /** Below this length one thread sorts: splitting would cost more than it saves. */
  static final int PARALLEL_FROM = 1 << 14;

  /** Elements sampled for a partition's pivot (their median). */
  private static final int SAMPLE = 31;

  private SortedTotals() {}

  /** Sorts {@code totals} ascending, on the runner's workers. */
  static void sort(double[] totals, BlockRunner runner) {
    int parts = Integer.highestOneBit(Math.max(1, runner.workers()));
    if (parts == 1 || totals.length < PARALLEL_FROM) {
      Arrays.sort(totals);
      return;
    }
    int[] bounds = {0, totals.length};
    while (bounds.length - 1 < parts) {
      int[] current = bounds;
      int[] cuts = new int[current.length - 1];
      runner.each(cuts.length, r -> cuts[r] = partition(totals, current[r], current[r + 1]));
      int[] next = new int[2 * cuts.length + 1];
      for (int r = 0; r < cuts.length; r++) {
        next[2 * r] = current[r];
        next[2 * r + 1] = cuts[r];
      }
      next[next.length - 1] = totals.length;
      bounds = next;
    }
    int[] ranges = bounds;
    runner.each(ranges.length - 1, r -> Arrays.sort(totals, ranges[r], ranges[r + 1]));
  }

  /**
   * Partitions {@code a[from, to)} around the median of a sample: afterwards every element before
   * the returned index compares below the pivot and every element from it on does not.
   */
  static int partition(double[] a, int from, int to) {
    if (to - from < 2) {
      return from;
    }
    double[] sample = new double[SAMPLE];
    for (int k = 0; k < SAMPLE; k++) {
      sample[k] = a[from + (int) ((long) (to - from - 1) * k / (SAMPLE - 1))];
    }
    Arrays.sort(sample);
    double pivot = sample[SAMPLE / 2];
    int i = from;
    int j = to - 1;
    while (true) {
      while (i <= j && Double.compare(a[i], pivot) < 0) {
        i++;
      }
      while (i <= j && Double.compare(a[j], pivot) >= 0) {
        j--;
      }
      if (i >= j) {
        return i;
      }
      double swap = a[i];
      a[i] = a[j];
      a[j] = swap;
      i++;
      j--;
    }
  }
}
