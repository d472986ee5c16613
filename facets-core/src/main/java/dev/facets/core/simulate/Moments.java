package dev.facets.core.simulate;

/**
 * Count, mean and sum of squared deviations of a stream of numbers (Welford's update), mergeable
 * with Chan's formula.
 *
 * <p>The merge is what makes a parallel run bit-identical to a sequential one: each block keeps its
 * own moments and the blocks are merged in block order, so the floating-point operations never
 * depend on which thread ran which block. Centred sums are used rather than sums of squares because
 * they do not cancel catastrophically when the spread is small next to the mean. Mutable; confined
 * to one thread at a time.
 */
final class Moments implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  private long count;
  private double mean;
  private double squaredDeviations;

  /** Adds one observation. */
  void add(double x) {
    count++;
    double delta = x - mean;
    mean += delta / count;
    squaredDeviations += delta * (x - mean);
  }

  /** Adds every observation of {@code other}, as if they had been added here after ours. */
  void merge(Moments other) {
    if (other.count == 0) {
      return;
    }
    if (count == 0) {
      count = other.count;
      mean = other.mean;
      squaredDeviations = other.squaredDeviations;
      return;
    }
    long total = count + other.count;
    double delta = other.mean - mean;
    mean += delta * ((double) other.count / total);
    squaredDeviations += other.squaredDeviations
        + delta * delta * ((double) count * other.count / total);
    count = total;
  }

  long count() {
    return count;
  }

  double mean() {
    return mean;
  }

  /** The sample variance (denominator count - 1); needs two observations. */
  double sampleVariance() {
    return count < 2 ? Double.NaN : Math.max(0, squaredDeviations) / (count - 1);
  }
}
