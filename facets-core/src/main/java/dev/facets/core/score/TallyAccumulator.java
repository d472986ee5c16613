package dev.facets.core.score;

import dev.facets.api.Facet;
import dev.facets.api.Zone;

/**
 * The mutable accumulator behind a {@link FacetTally}: the hot loop of the columnar path. It adds
 * rows of primitive columns into preallocated sums, so tallying allocates nothing per initiative.
 * Confined to one thread; {@link #toTally()} hands its arrays over and ends its use.
 *
 * <h2>Blocked summation</h2>
 *
 * <p>Rows are summed in blocks of {@link #BLOCK} rows aligned on row numbers that are multiples of
 * {@code BLOCK} (counted from the first row of the columns, not of the slice). Inside a block, every
 * quantity is a plain floating-point sum split over two independent accumulators (even and odd rows),
 * so the loop runs at the speed of reading the columns; each block's sums then enter a compensated
 * (double-double) running sum, whose own error is of order {@code u^2} per block. Rows of a slice
 * outside whole aligned blocks (its ends, or a slice shorter than a block) are added one by one to the
 * compensated sums, exactly as before blocking existed, so a register under {@code BLOCK} rows
 * tallies to the same bits as ever.
 *
 * <p>Accuracy, with {@code u = 2^-53} and every weight and mix weight non-negative (so that relative
 * bounds hold): a block's facet mass is two sequential sums of 32 rounded products, added: within
 * {@code (31 + 1 + 1) u = 33u} of the exact mass of its rows; a (zone, stage) cell's weight in a
 * block is two sums of at most 32 weights, added: within {@code 32u}. Masses over many blocks are
 * compensated sums of these, so every facet mass is within about {@code 33u} of exact, and every
 * zone mass, stage mass and the total within about {@code 32u}. A facet share ({@code mass / sum of
 * the four masses}, by {@link dev.facets.api.FacetMix#of}) is then within {@code 33u + 36u + u = 70u}
 * (7.8e-15) of its exact value, a zone or stage share ({@code mass / total}) within {@code 65u}
 * (7.2e-15): both under the documented 1e-14 ({@code docs/metrics.md#share-accuracy}). Because
 * blocks are aligned on absolute row numbers, a slice's whole blocks are the whole register's
 * blocks, summed to the same bits; tallies of any split, merged, differ from the whole only where a
 * block was cut (those rows summed row by row, the more exactly), so they agree with the whole
 * within the same bounds.
 */
final class TallyAccumulator {
  /**
   * Rows per block: small enough that the plain sums inside a block stay within the bounds above,
   * large enough that folding a block into the compensated sums (the 64 cells and four facets) costs
   * little per row. A multiple of two (the two accumulators) and a divisor of
   * {@link StreamingTally}'s batch.
   */
  static final int BLOCK = 64;

  /** Stage slots per zone in the cells: the six stages and the unspecified one. */
  static final int STAGE_SLOTS = FacetTally.UNSPECIFIED + 1;

  /**
   * (zone, stage) cells, padded from 63 to a power of two: a cell index masked with {@code CELLS - 1}
   * needs no bounds check, and the fold's loop runs over whole vectors.
   */
  static final int CELLS = 64;

  private final double[] sum = new double[FacetTally.SLOTS];
  private final double[] error = new double[FacetTally.SLOTS];
  /** One compensated sum per (zone, stage) cell, folded into the total, zone and stage slots at the end. */
  private final double[] cellSum = new double[CELLS];
  private final double[] cellError = new double[CELLS];
  /** A block's plain sums per cell: even rows, then odd rows (two chains, so runs of one cell do not serialise). */
  private final double[] blockCells = new double[2 * CELLS];
  /** A block's four facet sums, handed from {@link #sumBlock} to the compensated sums. */
  private final double[] blockFacets = new double[Facet.COUNT];
  private long count;

  /** The cell of a zone ordinal and a stage slot ({@link FacetTally#UNSPECIFIED} when absent). */
  static byte cell(int zone, int stage) {
    return (byte) (zone * STAGE_SLOTS + stage);
  }

  /** The zone ordinal of a cell. */
  static int zoneOf(byte cell) {
    return cell / STAGE_SLOTS;
  }

  /** The stage slot of a cell ({@link FacetTally#UNSPECIFIED} when the stage is absent). */
  static int stageOf(byte cell) {
    return cell % STAGE_SLOTS;
  }

  /**
   * Adds rows {@code [from, to)} of the columns: weights, mixes (four per row, row by row) and cells
   * ({@link #cell}). Row numbers are those of the columns: blocks are aligned on them.
   *
   * <p>The four facet masses' compensated sums stay in locals for the length of the loop (registers,
   * not arrays). A whole aligned block is summed plainly by {@link #sumBlock} and its four sums enter
   * the compensated ones; any other row is added by itself, with a single indexed compensated
   * addition for its cell, folded into the total, zone and stage slots when the masses are read.
   */
  void add(double[] weights, double[] mixes, byte[] cells, int from, int to) {
    double enhancement = sum[FacetTally.FACETS];
    double enhancementError = error[FacetTally.FACETS];
    double mission = sum[FacetTally.FACETS + 1];
    double missionError = error[FacetTally.FACETS + 1];
    double adaptive = sum[FacetTally.FACETS + 2];
    double adaptiveError = error[FacetTally.FACETS + 2];
    double anticipatory = sum[FacetTally.FACETS + 3];
    double anticipatoryError = error[FacetTally.FACETS + 3];
    double[] block = blockFacets;
    int i = from;
    while (i < to) {
      double weight = 1;
      double[] terms = block;
      int term = 0;
      if ((i & (BLOCK - 1)) == 0 && to - i >= BLOCK) {
        sumBlock(weights, mixes, cells, i);
        i += BLOCK;
      } else {
        weight = weights[i];
        terms = mixes;
        term = i * Facet.COUNT;
        Compensated.add(cellSum, cellError, cells[i], weight);
        i++;
      }
      // A row's four products, or a block's four sums (weight one): the same rounded numbers as ever.
      double x = weight * terms[term];
      double t = enhancement + x;
      enhancementError += Compensated.error(enhancement, x, t);
      enhancement = t;
      x = weight * terms[term + 1];
      t = mission + x;
      missionError += Compensated.error(mission, x, t);
      mission = t;
      x = weight * terms[term + 2];
      t = adaptive + x;
      adaptiveError += Compensated.error(adaptive, x, t);
      adaptive = t;
      x = weight * terms[term + 3];
      t = anticipatory + x;
      anticipatoryError += Compensated.error(anticipatory, x, t);
      anticipatory = t;
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
   * The whole block starting at row {@code first}: its four facet sums into {@link #blockFacets},
   * each two plain sums (even and odd rows) added, and its cells' weights into the compensated cell
   * sums. The cells go to {@link #blockCells}, even and odd rows apart, then are folded.
   */
  private void sumBlock(double[] weights, double[] mixes, byte[] cells, int first) {
    double[] local = blockCells;
    double enhancementEven = 0;
    double missionEven = 0;
    double adaptiveEven = 0;
    double anticipatoryEven = 0;
    double enhancementOdd = 0;
    double missionOdd = 0;
    double adaptiveOdd = 0;
    double anticipatoryOdd = 0;
    for (int i = first; i < first + BLOCK; i += 2) {
      double even = weights[i];
      double odd = weights[i + 1];
      int row = i * Facet.COUNT;
      enhancementEven += even * mixes[row];
      missionEven += even * mixes[row + 1];
      adaptiveEven += even * mixes[row + 2];
      anticipatoryEven += even * mixes[row + 3];
      enhancementOdd += odd * mixes[row + 4];
      missionOdd += odd * mixes[row + 5];
      adaptiveOdd += odd * mixes[row + 6];
      anticipatoryOdd += odd * mixes[row + 7];
      local[cells[i] & (CELLS - 1)] += even;
      local[CELLS + (cells[i + 1] & (CELLS - 1))] += odd;
    }
    blockFacets[0] = enhancementEven + enhancementOdd;
    blockFacets[1] = missionEven + missionOdd;
    blockFacets[2] = adaptiveEven + adaptiveOdd;
    blockFacets[3] = anticipatoryEven + anticipatoryOdd;
    foldBlockCells();
  }

  /**
   * Adds a block's cell sums (even plus odd rows) to the compensated cell sums and clears them. The
   * exact error is Knuth's branch-free TwoSum, which gives the same error term as
   * {@link Compensated#error} (both are exact) without a branch, so that this loop over all 64 cells
   * compiles to vector instructions: the fold costs about as much as a few rows.
   */
  private void foldBlockCells() {
    double[] local = blockCells;
    double[] cellSum = this.cellSum;
    double[] cellError = this.cellError;
    for (int k = 0; k < CELLS; k++) {
      double s = cellSum[k];
      double x = local[k] + local[CELLS + k];
      double t = s + x;
      double z = t - s;
      cellError[k] += (s - (t - z)) + (x - z);
      cellSum[k] = t;
      local[k] = 0;
      local[CELLS + k] = 0;
    }
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
   * Folds every (zone, stage) cell into the total, its zone's slot and its stage's slot, error
   * terms included: the cells partition the rows, so the total is their sum.
   */
  private void finish() {
    for (int zone = 0; zone < Zone.values().length; zone++) {
      for (int stage = 0; stage < STAGE_SLOTS; stage++) {
        int cell = cell(zone, stage);
        fold(FacetTally.TOTAL, cell);
        fold(FacetTally.ZONES + zone, cell);
        fold(FacetTally.STAGES + stage, cell);
      }
    }
  }

  /** Adds a cell's compensated sum, value and error term, to a slot. */
  private void fold(int slot, int cell) {
    Compensated.add(sum, error, slot, cellSum[cell]);
    error[slot] += cellError[cell];
  }
}
