package dev.facets.core.simulate;

/**
 * The worst {@code alpha} of a sample of totals: its VaR, its CVaR and the weight each trial has in
 * it. Outcomes are good when high, so the tail is the lower one.
 *
 * <p>With N sorted totals x_(1) &lt;= ... &lt;= x_(N) and tail mass k = alpha N:
 * <ul>
 *   <li>VaR is the lower alpha-quantile, x_(ceil(k)) (the smallest total whose empirical CDF
 *       reaches alpha), reported as a level of the total, not as a loss.</li>
 *   <li>CVaR is the mean of the worst mass k: the totals below the boundary value b = x_(floor(k)+1)
 *       count fully and b counts for the remaining mass, (sum_{x &lt; b} x + (k - L) b) / k with L
 *       the number of totals below b. It lies between the minimum and the VaR.</li>
 *   <li>The weight of a trial in the tail is 1 below b, (k - L) / E at b (shared equally by the E
 *       trials tied at b, so that no arbitrary order among ties matters) and 0 above; the weights
 *       sum to k, and the weighted mean of the totals is the CVaR. Initiatives' tail contributions
 *       use the same weights, as (sum over trials below b + (k - L) (sum over tied trials) / E) / k,
 *       which is exact when every trial ties.</li>
 * </ul>
 * The tie convention is the one of the scenario tails of {@code facets hedge} ({@code hedge/Tail}):
 * the atom at the boundary value gets the missing mass, shared among the tied outcomes in proportion
 * to their probabilities (here equal). The two stay separate classes because the shapes differ: a
 * sample of up to millions of equally likely totals, sorted once, whose per-trial weights are never
 * stored (the replay asks for them by total), against a few weighted, unsorted scenarios whose
 * weights the optimiser needs one by one in linear time. Computing this tail through the weighted
 * one would sum probabilities 1/N instead of counting trials and so change the printed CVaR and tail
 * contributions in their last digits.
 *
 * <p>Immutable and thread-safe.
 */
final class LowerTail implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  private final double mass;
  private final double valueAtRisk;
  private final double conditionalValueAtRisk;
  private final double boundary;
  private final double boundaryMass;
  private final int tied;

  private LowerTail(
      double mass, double valueAtRisk, double conditionalValueAtRisk, double boundary, double boundaryMass, int tied) {
    this.mass = mass;
    this.valueAtRisk = valueAtRisk;
    this.conditionalValueAtRisk = conditionalValueAtRisk;
    this.boundary = boundary;
    this.boundaryMass = boundaryMass;
    this.tied = tied;
  }

  /** The tail of ascending-sorted totals at level {@code alpha} in (0, 1). */
  static LowerTail of(double[] sorted, double alpha) {
    int n = sorted.length;
    double mass = alpha * n;
    int boundaryIndex = Math.min(n - 1, (int) Math.floor(mass));
    double boundary = sorted[boundaryIndex];
    int below = SortedSample.countBelow(sorted, boundary);
    int tied = SortedSample.countAtOrBelow(sorted, boundary) - below;
    double sumBelow = 0;
    for (int j = 0; j < below; j++) {
      sumBelow += sorted[j];
    }
    double rest = mass - below;
    int varIndex = Math.max(0, (int) Math.ceil(mass) - 1);
    double valueAtRisk = sorted[varIndex];
    // A mean of values in [min, VaR] lies there too; clamping removes the last-ulp rounding of the sum.
    double cvar = Math.max(sorted[0], Math.min(valueAtRisk, (sumBelow + rest * boundary) / mass));
    return new LowerTail(mass, valueAtRisk, cvar, boundary, rest, tied);
  }

  /** The tail mass k = alpha N, the divisor of tail means. */
  double mass() {
    return mass;
  }

  double valueAtRisk() {
    return valueAtRisk;
  }

  double conditionalValueAtRisk() {
    return conditionalValueAtRisk;
  }

  /** The weight in the tail of a trial with this total: 1, a share of the boundary, or 0. */
  double weight(double total) {
    return total < boundary ? 1 : total == boundary ? boundaryMass / tied : 0;
  }

  /** Whether a trial with this total lies wholly in the tail (below the boundary value). */
  boolean below(double total) {
    return total < boundary;
  }

  /** Whether a trial with this total ties at the boundary value and has a share of the tail. */
  boolean tiedInTail(double total) {
    return total == boundary && boundaryMass > 0;
  }

  /**
   * The mean over the tail of a quantity, from its sum over the trials below the boundary and its
   * sum over the trials tied at it.
   */
  double tailMean(double sumBelow, double sumTied) {
    return (sumBelow + boundaryMass * (sumTied / tied)) / mass;
  }
}
