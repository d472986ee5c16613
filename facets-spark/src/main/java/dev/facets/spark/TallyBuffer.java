package dev.facets.spark;

import dev.facets.api.FacetMix;
import dev.facets.api.Initiative;
import dev.facets.api.Zone;
import dev.facets.core.score.FacetTally;

/**
 * The aggregation buffer of {@link FacetScoreAggregator}: a {@link FacetTally} of the rows seen so far
 * and a short batch of rows not yet tallied.
 *
 * <p>A tally is immutable, so adding rows one at a time would copy it per row; the batch is tallied
 * through the engine's columnar path every {@value #BATCH} rows and merged in. A tally merges
 * associatively (to double-double precision), so however Spark splits and combines the buffers, the
 * score is the scorer's on the same rows within its stated 1e-12. Spark keeps one buffer per group
 * and task, and serialises it (with Kryo, whose field serialiser keeps the tally's compensated sums
 * to the bit) only between its partial and final aggregation. Mutable, confined to one task at a time.
 */
public final class TallyBuffer {
  /** Rows per batch: small, because an aggregation holds a buffer for each of many groups at once. */
  static final int BATCH = 128;
  private static final String[] IDS = new String[BATCH];

  static {
    for (int i = 0; i < BATCH; i++) {
      IDS[i] = "r" + i;
    }
  }

  private FacetTally tally = FacetTally.EMPTY;
  private final double[] weights = new double[BATCH];
  private final FacetMix[] mixes = new FacetMix[BATCH];
  private final Zone[] zones = new Zone[BATCH];
  private int pending;

  TallyBuffer() {}

  /** Adds an initiative under budget weighting. */
  void add(Initiative initiative) {
    weights[pending] = initiative.budget();
    mixes[pending] = CoreEngines.mix(initiative);
    zones[pending] = CoreEngines.zone(initiative);
    pending++;
    if (pending == BATCH) {
      flush();
    }
  }

  /** Adds the rows of another buffer, which must not be used afterwards. */
  TallyBuffer merge(TallyBuffer other) {
    tally = tally().merge(other.tally());
    return this;
  }

  /** The tally of every row added or merged. */
  FacetTally tally() {
    flush();
    return tally;
  }

  private void flush() {
    if (pending == 0) {
      return;
    }
    tally = tally.merge(CoreEngines.tally(IDS, weights, mixes, zones, pending));
    java.util.Arrays.fill(mixes, null);
    java.util.Arrays.fill(zones, null);
    pending = 0;
  }
}
