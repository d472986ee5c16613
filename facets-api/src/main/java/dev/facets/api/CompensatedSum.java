package dev.facets.api;

/**
 * Compensated summation, Neumaier's form of Kahan's: the one way facets adds many doubles without
 * losing digits (the portfolio's total budget here, the columnar tallies of {@code facets-core}).
 *
 * <p>A running sum keeps, besides the rounded sum, the exact rounding errors of its additions
 * ({@link #error}); the value is the sum plus the collected errors, rounded once. A sum of n terms is
 * then accurate to about {@code n eps^2} of their magnitude instead of {@code n eps}, and, unlike
 * Kahan's compensation, also when a term is larger than the sum so far. It is public only so that
 * {@code facets-core} can share it; it holds no state. This class is immutable and thread-safe.
 */
public final class CompensatedSum {
  private CompensatedSum() {}

  /**
   * The exact rounding error of {@code t = s + x}, {@code t} being {@code s + x} as computed.
   *
   * <p>Dekker's FastTwoSum on the operands ordered by magnitude (Neumaier's form): when
   * {@code |s| >= |x|}, {@code s - t} is exact and {@code (s - t) + x} is the error, and the same
   * with the roles swapped. It is the same exact error Knuth's branch-free TwoSum yields, with three
   * floating-point additions instead of six; in a running sum the larger operand is nearly always
   * the sum, so the branch is predicted.
   */
  public static double error(double s, double x, double t) {
    return Math.abs(s) >= Math.abs(x) ? (s - t) + x : (x - t) + s;
  }
}
