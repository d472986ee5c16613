package dev.facets.core.simulate;

import dev.facets.api.Facet;

/**
 * The partial sums of one block of trials (or of the blocks merged so far): moments of the totals
 * and of the number of successes, counts of trials without success and with a success per facet,
 * and per initiative its summed value and its number of successes. Integers are exact; the doubles
 * are summed in trial order within a block and merged in block order. Mutable; confined to one
 * thread at a time (a worker while the block runs, the merge step afterwards).
 */
final class BlockStats implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  final Moments totals = new Moments();
  final Moments successes = new Moments();
  long successSum;
  long noSuccess;
  final long[] facetHits = new long[Facet.COUNT];
  /**
   * Per initiative i, its summed value at i; from n = the number of initiatives on, its value in the
   * last trial run here (the kernel's {@code valuesAt}, in the same array for speed).
   */
  final double[] initiativeSums;
  final long[] initiativeSuccesses;

  BlockStats(int initiatives) {
    initiativeSums = new double[2 * initiatives];
    initiativeSuccesses = new long[initiatives];
  }

  /** Where the values of the last trial run here start in {@link #initiativeSums}. */
  int valuesAt() {
    return initiativeSuccesses.length;
  }

  /**
   * Runs a trial of {@code kernel} from {@code random} into these sums: its initiatives' values and
   * successes straight into the per-initiative sums, its total and counts afterwards.
   */
  double run(TrialKernel kernel, TrialStream random, TrialKernel.Trial trial) {
    double total = kernel.run(random, trial, initiativeSums, 0, valuesAt(), initiativeSuccesses);
    totals.add(total);
    successes.add(trial.successes);
    successSum += trial.successes;
    noSuccess += trial.successes == 0 ? 1 : 0;
    for (int f = 0; f < Facet.COUNT; f++) {
      facetHits[f] += (trial.facetMask >>> f) & 1;
    }
    return total;
  }

  /** Adds the trials of {@code other}, a later block. */
  void merge(BlockStats other) {
    totals.merge(other.totals);
    successes.merge(other.successes);
    successSum += other.successSum;
    noSuccess += other.noSuccess;
    for (int f = 0; f < Facet.COUNT; f++) {
      facetHits[f] += other.facetHits[f];
    }
    for (int i = 0; i < initiativeSuccesses.length; i++) {
      initiativeSums[i] += other.initiativeSums[i];
      initiativeSuccesses[i] += other.initiativeSuccesses[i];
    }
  }
}
