package dev.facets.core.simulate;

/**
 * Order statistics of an ascending-sorted sample: the quantile estimator and the lower tail. Stateless.
 */
final class SortedSample {
  private SortedSample() {}

  /** The number of elements strictly below {@code x} (the insertion point of the first x). */
  static int countBelow(double[] sorted, double x) {
    int low = 0;
    int high = sorted.length;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (sorted[middle] < x) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  /** The number of elements at or below {@code x}. */
  static int countAtOrBelow(double[] sorted, double x) {
    int low = 0;
    int high = sorted.length;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (sorted[middle] <= x) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  /**
   * The quantile at {@code level} in [0, 1] by linear interpolation between order statistics
   * (Hyndman and Fan's type 7, the default of R and NumPy): with h = (N - 1) level and j = floor(h),
   * x_(j) + (h - j)(x_(j+1) - x_(j)) on 0-based order statistics. Clamping to x_(j+1) keeps the
   * estimate monotone in the level despite rounding.
   */
  static double quantile(double[] sorted, double level) {
    double h = (sorted.length - 1) * level;
    int j = (int) Math.floor(h);
    if (j >= sorted.length - 1) {
      return sorted[sorted.length - 1];
    }
    double below = sorted[j];
    double above = sorted[j + 1];
    return Math.min(above, below + (h - j) * (above - below));
  }
}
