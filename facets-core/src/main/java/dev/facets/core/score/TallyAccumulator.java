package dev.facets.core.score;

import dev.facets.api.Facet;

/**
 * The mutable accumulator behind a {@link FacetTally}: the hot loop of the columnar path. It adds a
 * row of primitive columns into preallocated compensated sums, so tallying allocates nothing per
 * initiative. Confined to one thread; {@link #toTally()} hands its arrays over and ends its use.
 */
final class TallyAccumulator {
  private final double[] sum = new double[FacetTally.SLOTS];
  private final double[] error = new double[FacetTally.SLOTS];
  private long count;

  /**
   * Adds one initiative: its weight, its mix at {@code mixes[offset .. offset + 3]}, its zone
   * ordinal and its stage slot ({@link FacetTally#UNSPECIFIED} when absent).
   */
  void add(double weight, double[] mixes, int offset, int zone, int stage) {
    count++;
    Compensated.add(sum, error, FacetTally.TOTAL, weight);
    for (int f = 0; f < Facet.COUNT; f++) {
      Compensated.add(sum, error, FacetTally.FACETS + f, weight * mixes[offset + f]);
    }
    Compensated.add(sum, error, FacetTally.ZONES + zone, weight);
    Compensated.add(sum, error, FacetTally.STAGES + stage, weight);
  }

  /** The weight and facet masses so far, into {@code masses}; returns the total weight. */
  double masses(double[] masses) {
    for (int f = 0; f < Facet.COUNT; f++) {
      masses[f] = Compensated.value(sum, error, FacetTally.FACETS + f);
    }
    return Compensated.value(sum, error, FacetTally.TOTAL);
  }

  /** The tally of what was added; the accumulator must not be used afterwards. */
  FacetTally toTally() {
    return FacetTally.ofOwned(count, sum, error);
  }
}
