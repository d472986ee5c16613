package dev.facets.core.simulate;

import dev.facets.api.ImpactEstimate;

/**
 * The triangular distribution of an impact estimate, sampled by its inverse CDF from one uniform.
 *
 * <p>With a = low, c = mode, b = high, the CDF is (x - a)^2 / ((b - a)(c - a)) below the mode and
 * 1 - (b - x)^2 / ((b - a)(b - c)) above it, so for u in [0, 1) the inverse is
 * a + sqrt(u (b - a)(c - a)) when u &lt; F(c) = (c - a) / (b - a), else b - sqrt((1 - u)(b - a)(b - c)).
 * The three constants are computed once per estimate so that the hot loop does one subtraction, two
 * multiplications and one square root per draw, with no branch and no allocation. A degenerate estimate
 * (a = c = b) always yields a; a mode at either end needs no special case (one branch is never
 * taken). Results are clamped to [a, b] against rounding. Immutable and thread-safe.
 */
final class Triangular {
  private final double low;
  private final double high;
  private final double modeCdf;
  private final double lowerSpan;
  private final double upperSpan;

  private Triangular(double low, double high, double modeCdf, double lowerSpan, double upperSpan) {
    this.low = low;
    this.high = high;
    this.modeCdf = modeCdf;
    this.lowerSpan = lowerSpan;
    this.upperSpan = upperSpan;
  }

  /** The sampler of an estimate. */
  static Triangular of(ImpactEstimate impact) {
    double a = impact.low();
    double c = impact.mode();
    double b = impact.high();
    double width = b - a;
    if (width == 0) {
      // F(c) = 1 sends every u to the lower branch, which then adds sqrt(0) to a.
      return new Triangular(a, b, 1, 0, 0);
    }
    return new Triangular(a, b, (c - a) / width, width * (c - a), width * (b - c));
  }

  /** The quantile at {@code u}, a uniform draw in [0, 1). */
  double sample(double u) {
    return sample(u, low, high, modeCdf, lowerSpan, upperSpan);
  }

  /**
   * The quantile at {@code u} from the precomputed constants: the allocation-free hot path.
   *
   * <p>Branch-free: which side of the mode u falls on is as unpredictable as u, and a mispredicted
   * branch cost more than the selections that replace it. The side is the sign bit of u - F(c)
   * (exactly zero only when u = F(c), which takes the upper branch, as {@code u < F(c)} does); the
   * square root's argument and the result are chosen by that mask from the two candidates, so the
   * value is the branching formula's, bit for bit.
   */
  static double sample(double u, double low, double high, double modeCdf, double lowerSpan, double upperSpan) {
    long lower = Double.doubleToRawLongBits(u - modeCdf) >> 63;
    double root = Math.sqrt(select(lower, u * lowerSpan, (1 - u) * upperSpan));
    double x = select(lower, low + root, high - root);
    return Math.min(high, Math.max(low, x));
  }

  /** {@code whenSet} where {@code mask} is all ones, {@code otherwise} where it is zero. */
  private static double select(long mask, double whenSet, double otherwise) {
    return Double.longBitsToDouble(
        Double.doubleToRawLongBits(whenSet) & mask | Double.doubleToRawLongBits(otherwise) & ~mask);
  }

  double low() {
    return low;
  }

  double high() {
    return high;
  }

  double modeCdf() {
    return modeCdf;
  }

  double lowerSpan() {
    return lowerSpan;
  }

  double upperSpan() {
    return upperSpan;
  }
}
