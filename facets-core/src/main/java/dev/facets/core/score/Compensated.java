package dev.facets.core.score;

import dev.facets.api.CompensatedSum;

/**
 * Compensated (double-double) sums kept as two parallel arrays: slot k holds the running sum
 * {@code sum[k]} and the exact rounding errors collected so far, {@code error[k]}; the value is
 * {@code sum[k] + error[k]}.
 *
 * <p>Each addition computes the exact error of the addition ({@link #error}), so
 * a sum of n terms is accurate to about {@code n eps^2} of their magnitude instead of {@code n eps},
 * merging two sums keeps both error terms, and merging is exactly commutative (the exact error does
 * not depend on the order of its operands). Static helpers only: the hot loop owns its arrays.
 */
final class Compensated {
  private Compensated() {}

  /** Adds {@code x} to slot {@code k}. */
  static void add(double[] sum, double[] error, int k, double x) {
    double s = sum[k];
    double t = s + x;
    error[k] += error(s, x, t);
    sum[k] = t;
  }

  /**
   * The exact rounding error of {@code t = s + x}, {@code t} being {@code s + x} as computed (also
   * for callers that keep a sum in locals): {@link CompensatedSum#error}, the one implementation.
   */
  static double error(double s, double x, double t) {
    return CompensatedSum.error(s, x, t);
  }

  /** The value of slot {@code k} after removing {@code x}, without cancelling the error terms. */
  static double minus(double[] sum, double[] error, int k, double x) {
    double s = sum[k];
    double t = s - x;
    return t + (error[k] + error(s, -x, t));
  }

  /**
   * The value of slot {@code k}: sum plus collected error, rounded once. A sum that overflowed is
   * reported as the infinity it is (its error term, infinity minus infinity, is NaN).
   */
  static double value(double[] sum, double[] error, int k) {
    return Double.isInfinite(sum[k]) ? sum[k] : sum[k] + error[k];
  }

  /**
   * Writes the merge of two compensated arrays into {@code sum}/{@code error}; the errors of both
   * sides and of the merge itself are kept, and each slot is left {@link #normalise normalised}.
   */
  static void merge(
      double[] sumA, double[] errorA, double[] sumB, double[] errorB, double[] sum, double[] error) {
    for (int k = 0; k < sum.length; k++) {
      double a = sumA[k];
      double b = sumB[k];
      double t = a + b;
      sum[k] = t;
      error[k] = (errorA[k] + errorB[k]) + error(a, b, t);
    }
    normalise(sum, error);
  }

  /**
   * Rewrites each slot as the sum rounded once plus what that rounding left out (so
   * {@code sum = fl(sum + error)}), which makes equal values equal pairs: the same masses, however
   * they were split and merged, compare equal. {@code -0.0} is stored as {@code 0.0}.
   * The value is unchanged: the error term is exact.
   */
  static void normalise(double[] sum, double[] error) {
    for (int k = 0; k < sum.length; k++) {
      double s = sum[k];
      double e = error[k];
      if (Double.isInfinite(s)) {
        error[k] = 0.0; // an overflowed sum stays the infinity it is; its error term is NaN
        continue;
      }
      double t = s + e;
      sum[k] = t + 0.0;
      error[k] = error(s, e, t) + 0.0;
    }
  }
}
