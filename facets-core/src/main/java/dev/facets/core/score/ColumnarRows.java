package dev.facets.core.score;

import dev.facets.api.Facet;

/**
 * The columnar path's rows: a portfolio without one initiative is its tally less that row, subtracted
 * inside the compensated sums so that the subtraction itself loses nothing. The tally's masses are
 * within about 33u ({@code u = 2^-53}) of the total weight ({@link TallyAccumulator}), an absolute
 * error the remainder inherits; so when the row holds almost all the weight (what is left is under
 * 2^-6 of the total, which at most one row can meet), the rest is summed afresh instead, and the
 * remainder's shares stay within {@code 70u * 2^6} (5e-13) of its exact shares.
 */
final class ColumnarRows implements Rows {
  private static final double FRESH_BELOW = 0x1p-6;

  private final ColumnarPortfolio columns;
  private final FacetTally tally;
  private final double total;

  ColumnarRows(ColumnarPortfolio columns, FacetTally tally) {
    this.columns = columns;
    this.tally = tally;
    this.total = tally.totalWeight();
  }

  @Override
  public int size() {
    return columns.size();
  }

  @Override
  public String id(int row) {
    return columns.id(row);
  }

  @Override
  public double weight(int row) {
    return columns.weight(row);
  }

  @Override
  public double mixWeight(int row, int facet) {
    return columns.mixWeight(row, facet);
  }

  @Override
  public double massesWithout(int row, double[] masses) {
    double weight = columns.weight(row);
    double left = tally.minus(FacetTally.TOTAL, weight);
    if (left < total * FRESH_BELOW) {
      return columns.massesWithout(row, masses);
    }
    for (int f = 0; f < Facet.COUNT; f++) {
      // The same rounded product the tally added: exact for rows summed one by one, within the
      // tally's bound for rows of a block.
      masses[f] = Math.max(0, tally.minus(FacetTally.FACETS + f, weight * columns.mixWeight(row, f)));
    }
    return left;
  }
}
