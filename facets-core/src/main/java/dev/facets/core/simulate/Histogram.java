package dev.facets.core.simulate;

import java.util.Arrays;

/**
 * Equal-width bins of the simulated totals, for charts: {@code bins + 1} ascending edges from the
 * smallest to the largest total, and a count per bin.
 *
 * <p>Bin j holds the totals x with edges[j] &lt;= x &lt; edges[j + 1]; the last bin also holds the
 * largest total, so the counts sum to the number of trials. When every total is the same there is
 * one bin whose two edges are that total. This class is immutable and thread-safe.
 */
public final class Histogram {
  private final double[] edges;
  private final long[] counts;

  private Histogram(double[] edges, long[] counts) {
    this.edges = edges;
    this.counts = counts;
  }

  /** The histogram of ascending-sorted totals, with {@code bins} bins (one when all are equal). */
  static Histogram ofSorted(double[] sorted, int bins) {
    double min = sorted[0];
    double max = sorted[sorted.length - 1];
    if (min == max) {
      return new Histogram(new double[] {min, max}, new long[] {sorted.length});
    }
    double[] edges = new double[bins + 1];
    for (int j = 0; j < bins; j++) {
      edges[j] = min + (max - min) * j / bins;
    }
    edges[bins] = max;
    long[] counts = new long[bins];
    for (int j = 0; j < bins; j++) {
      int end = j == bins - 1 ? sorted.length : SortedSample.countBelow(sorted, edges[j + 1]);
      counts[j] = end - SortedSample.countBelow(sorted, edges[j]);
    }
    return new Histogram(edges, counts);
  }

  /** {@return the number of bins: the settings' count, or 1 when every total is the same} */
  public int bins() {
    return counts.length;
  }

  /** {@return the bin edges in ascending order, one more than the bins (a copy)} */
  public double[] edges() {
    return edges.clone();
  }

  /** {@return the number of totals in each bin (a copy); they sum to the number of trials} */
  public long[] counts() {
    return counts.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Histogram
        && Arrays.equals(edges, ((Histogram) other).edges)
        && Arrays.equals(counts, ((Histogram) other).counts);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(edges) + Arrays.hashCode(counts);
  }

  @Override
  public String toString() {
    return "Histogram[edges=" + Arrays.toString(edges) + ", counts=" + Arrays.toString(counts) + "]";
  }
}
