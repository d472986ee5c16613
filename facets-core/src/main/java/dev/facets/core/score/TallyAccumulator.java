package dev.facets.core.score;

import dev.facets.api.Facet;
import dev.facets.api.Zone;

/**
 * The mutable accumulator behind a {@link FacetTally}: the hot loop of the columnar path. It adds
 * rows of primitive columns into preallocated compensated sums, so tallying allocates nothing per
 * initiative. Confined to one thread; {@link #toTally()} hands its arrays over and ends its use.
 */
final class TallyAccumulator {
  /** Stage slots per zone in the buckets: the six stages and the unspecified one. */
  private static final int STAGE_SLOTS = FacetTally.UNSPECIFIED + 1;

  private final double[] sum = new double[FacetTally.SLOTS];
  private final double[] error = new double[FacetTally.SLOTS];
  /** One compensated sum per (zone, stage) pair, folded into the total, zone and stage slots at the end. */
  private final double[] bucketSum = new double[Zone.values().length * STAGE_SLOTS];
  private final double[] bucketError = new double[bucketSum.length];
  private long count;

  /**
   * Adds rows {@code [from, to)} of the columns: weights, mixes (four per row, row by row), zone
   * ordinals and stage slots ({@link FacetTally#UNSPECIFIED} when absent).
   *
   * <p>The four facet masses, which every row updates, are kept in locals for the length of the
   * loop, so that their compensated sums run in registers instead of through the arrays (a store
   * and a reload per slot and row). Zones and stages are indexed by the row, so they stay in arrays:
   * one compensated sum per (zone, stage) pair, a single indexed addition per row, folded into the
   * total, zone and stage slots (error terms included) when the masses are read. Every addition
   * keeps its exact error ({@link Compensated#error}), so the masses are compensated sums as before;
   * this layout does a row's work in five exact-error additions instead of seven, which is what
   * bounds the pass ({@code PortfolioScoreBenchmark}).
   */
  void add(double[] weights, double[] mixes, byte[] zones, byte[] stages, int from, int to) {
    double enhancement = sum[FacetTally.FACETS];
    double enhancementError = error[FacetTally.FACETS];
    double mission = sum[FacetTally.FACETS + 1];
    double missionError = error[FacetTally.FACETS + 1];
    double adaptive = sum[FacetTally.FACETS + 2];
    double adaptiveError = error[FacetTally.FACETS + 2];
    double anticipatory = sum[FacetTally.FACETS + 3];
    double anticipatoryError = error[FacetTally.FACETS + 3];
    for (int i = from; i < to; i++) {
      double weight = weights[i];
      int row = i * Facet.COUNT;
      double x = weight * mixes[row];
      double t = enhancement + x;
      enhancementError += Compensated.error(enhancement, x, t);
      enhancement = t;
      x = weight * mixes[row + 1];
      t = mission + x;
      missionError += Compensated.error(mission, x, t);
      mission = t;
      x = weight * mixes[row + 2];
      t = adaptive + x;
      adaptiveError += Compensated.error(adaptive, x, t);
      adaptive = t;
      x = weight * mixes[row + 3];
      t = anticipatory + x;
      anticipatoryError += Compensated.error(anticipatory, x, t);
      anticipatory = t;
      Compensated.add(bucketSum, bucketError, zones[i] * STAGE_SLOTS + stages[i], weight);
    }
    sum[FacetTally.FACETS] = enhancement;
    error[FacetTally.FACETS] = enhancementError;
    sum[FacetTally.FACETS + 1] = mission;
    error[FacetTally.FACETS + 1] = missionError;
    sum[FacetTally.FACETS + 2] = adaptive;
    error[FacetTally.FACETS + 2] = adaptiveError;
    sum[FacetTally.FACETS + 3] = anticipatory;
    error[FacetTally.FACETS + 3] = anticipatoryError;
    count += to - from;
  }

  /**
   * The weight and facet masses of what was added, into {@code masses}; returns the total weight.
   * The accumulator must not be used afterwards.
   */
  double masses(double[] masses) {
    finish();
    for (int f = 0; f < Facet.COUNT; f++) {
      masses[f] = Compensated.value(sum, error, FacetTally.FACETS + f);
    }
    return Compensated.value(sum, error, FacetTally.TOTAL);
  }

  /** The tally of what was added; the accumulator must not be used afterwards. */
  FacetTally toTally() {
    finish();
    return FacetTally.ofOwned(count, sum, error);
  }

  /**
   * Folds every (zone, stage) bucket into the total, its zone's slot and its stage's slot, error
   * terms included: the buckets partition the rows, so the total is their sum.
   */
  private void finish() {
    for (int zone = 0; zone < Zone.values().length; zone++) {
      for (int stage = 0; stage < STAGE_SLOTS; stage++) {
        int bucket = zone * STAGE_SLOTS + stage;
        fold(FacetTally.TOTAL, bucket);
        fold(FacetTally.ZONES + zone, bucket);
        fold(FacetTally.STAGES + stage, bucket);
      }
    }
  }

  /** Adds a bucket's compensated sum, value and error term, to a slot. */
  private void fold(int slot, int bucket) {
    Compensated.add(sum, error, slot, bucketSum[bucket]);
    error[slot] += bucketError[bucket];
  }
}
