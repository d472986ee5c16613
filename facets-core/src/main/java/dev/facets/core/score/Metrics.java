package dev.facets.core.score;

import dev.facets.api.Facet;

/**
 * The formulas of every {@link Metric} and of their Euler weights, on primitive arrays so that the
 * columnar path can evaluate a portfolio-without-one-initiative per row with no allocation.
 *
 * <p>Arrays are indexed in facet order; a metric's value sits at its ordinal. Inside this package an
 * undefined value (a gap metric without a target, KL where some {@code t = 0 < p}, a leave-one-out with no
 * weight left) is NaN; public types turn it into an empty {@code OptionalDouble} and never show it.
 */
final class Metrics {
  static final int COUNT = Metric.values().length;
  static final int F = Facet.COUNT;
  private static final double LN_4 = Math.log(F);

  private Metrics() {}

  /**
   * Writes {@code masses / sum(masses)} into {@code shares} and returns the sum. The arithmetic
   * (summed in facet order, one division each) is the one of {@code FacetMix.of}, so the shares a
   * score publishes as a mix are bit for bit the ones its indices were computed from.
   */
  static double normalise(double[] masses, double[] shares) {
    double sum = 0;
    for (int f = 0; f < F; f++) {
      sum += masses[f];
    }
    for (int f = 0; f < F; f++) {
      shares[f] = masses[f] / sum + 0.0;
    }
    return sum;
  }

  /**
   * {@code ln(p / t)} for {@code p, t > 0}, finite for every such pair of doubles: the quotient,
   * which is the more accurate near {@code p = t}, while it is a normal double; else (a target share
   * of 1e-320 makes {@code p / t} overflow, a share of 1e-320 against a large target makes it
   * subnormal or zero) the difference of the logarithms, which cannot overflow.
   */
  static double logRatio(double p, double t) {
    double quotient = p / t;
    if (quotient >= Double.MIN_NORMAL && quotient <= Double.MAX_VALUE) {
      return Math.log(quotient);
    }
    return Math.log(p) - Math.log(t);
  }

  /**
   * Evaluates every metric of the shares {@code p} into {@code out}.
   *
   * @param target the target shares, or null for none (the gap metrics are then NaN)
   * @param totalWeight the weight behind the shares, which prices the transfer
   */
  static void evaluate(double[] p, double totalWeight, double[] target, double[] disparity, double[] out) {
    int variety = 0;
    double entropy = 0;
    double hhi = 0;
    double rao = 0;
    for (int f = 0; f < F; f++) {
      double pf = p[f];
      variety += pf > ScoreConventions.VARIETY_THRESHOLD ? 1 : 0;
      entropy -= pf > 0 ? pf * Math.log(pf) : 0;
      hhi += pf * pf;
      for (int g = 0; g < F; g++) {
        rao += disparity[f * F + g] * pf * p[g];
      }
    }
    out[Metric.VARIETY.ordinal()] = variety;
    out[Metric.SHANNON_ENTROPY.ordinal()] = entropy;
    out[Metric.EVENNESS.ordinal()] = entropy / LN_4;
    out[Metric.HHI.ordinal()] = hhi;
    out[Metric.NORMALIZED_HHI.ordinal()] = (hhi - 0.25) / 0.75;
    out[Metric.GINI_SIMPSON.ordinal()] = 1 - hhi;
    out[Metric.EFFECTIVE_FACETS.ordinal()] = 1 / hhi;
    out[Metric.SHANNON_EFFECTIVE_FACETS.ordinal()] = Math.exp(entropy);
    out[Metric.RAO_STIRLING.ordinal()] = rao;
    if (target == null) {
      for (Metric metric : Metric.values()) {
        if (metric.isTargetGap()) {
          out[metric.ordinal()] = Double.NaN;
        }
      }
      return;
    }
    double absolute = 0;
    double squares = 0;
    double roots = 0;
    double kl = 0;
    for (int f = 0; f < F; f++) {
      double d = p[f] - target[f];
      absolute += Math.abs(d);
      squares += d * d;
      // ½ Σ (√p − √t)² equals 1 − Σ √(p t) on the simplex and cannot go negative by rounding.
      double r = Math.sqrt(p[f]) - Math.sqrt(target[f]);
      roots += r * r;
      if (p[f] > 0) {
        kl += target[f] > 0 ? p[f] * logRatio(p[f], target[f]) : Double.NaN;
      }
    }
    double tv = absolute / 2;
    out[Metric.TOTAL_VARIATION.ordinal()] = tv;
    out[Metric.HELLINGER.ordinal()] = Math.sqrt(roots / 2);
    out[Metric.EUCLIDEAN.ordinal()] = Math.sqrt(squares);
    out[Metric.KL_DIVERGENCE.ordinal()] = kl;
    out[Metric.TRANSFER.ordinal()] = tv * totalWeight;
  }

  /**
   * Writes the Euler weights {@code e_f} of a metric, so that facet f's Euler share is
   * {@code p_f e_f} and initiative i's is {@code s_i sum_f m_if e_f} (s_i its weight share); both sum
   * to the metric. With g the gradient of the metric's formula and k its degree,
   * {@code e_f = I + (g_f - sum_g p_g g_g) / k}, which is {@code dI_k/dx_f / k} for the homogeneous
   * form I_k at the shares. A facet with no share gets weight 0: only a weightless initiative can hold
   * it, and its share is 0 whatever the weight.
   *
   * @param values the metric values of {@code p}, as {@link #evaluate} wrote them
   * @return false when the metric has no Euler share here: no homogeneous form, undefined (KL), or
   *     not differentiable (Hellinger and Euclidean where the shares meet the target)
   */
  static boolean eulerWeights(
      Metric metric, double[] p, double[] target, double[] values, double[] disparity, double totalWeight,
      double[] e) {
    double value = values[metric.ordinal()];
    return switch (metric) {
      // No homogeneous form: a count, and the exponential of the entropy.
      case VARIETY, SHANNON_EFFECTIVE_FACETS -> false;
      case SHANNON_ENTROPY -> logWeights(p, 1, e);
      case EVENNESS -> logWeights(p, LN_4, e);
      case HHI -> hhiWeights(p, e);
      case NORMALIZED_HHI -> normalizedHhiWeights(p, e);
      case GINI_SIMPSON -> giniSimpsonWeights(p, e);
      case EFFECTIVE_FACETS -> effectiveFacetsWeights(p, values[Metric.HHI.ordinal()], e);
      case RAO_STIRLING -> raoStirlingWeights(p, disparity, e);
      case TOTAL_VARIATION -> transferWeights(p, target, values[Metric.TOTAL_VARIATION.ordinal()], 1, e);
      case TRANSFER -> transferWeights(p, target, values[Metric.TOTAL_VARIATION.ordinal()], totalWeight, e);
      case EUCLIDEAN -> value != 0 && euclideanWeights(p, target, value, e);
      case HELLINGER -> value != 0 && hellingerWeights(p, target, value, e);
      case KL_DIVERGENCE -> !Double.isNaN(value) && klWeights(p, target, e);
    };
  }

  /** Entropy ({@code scale} 1) and evenness ({@code scale} ln 4): {@code -ln p_f / scale}. */
  private static boolean logWeights(double[] p, double scale, double[] e) {
    for (int f = 0; f < F; f++) {
      e[f] = p[f] > 0 ? -Math.log(p[f]) / scale : 0;
    }
    return true;
  }

  private static boolean hhiWeights(double[] p, double[] e) {
    System.arraycopy(p, 0, e, 0, F);
    return true;
  }

  private static boolean normalizedHhiWeights(double[] p, double[] e) {
    for (int f = 0; f < F; f++) {
      e[f] = (p[f] - 0.25) / 0.75;
    }
    return true;
  }

  private static boolean giniSimpsonWeights(double[] p, double[] e) {
    for (int f = 0; f < F; f++) {
      e[f] = 1 - p[f];
    }
    return true;
  }

  private static boolean effectiveFacetsWeights(double[] p, double hhi, double[] e) {
    for (int f = 0; f < F; f++) {
      e[f] = p[f] / (hhi * hhi);
    }
    return true;
  }

  private static boolean raoStirlingWeights(double[] p, double[] disparity, double[] e) {
    for (int f = 0; f < F; f++) {
      double dp = 0;
      for (int g = 0; g < F; g++) {
        dp += disparity[f * F + g] * p[g];
      }
      e[f] = dp;
    }
    return true;
  }

  /** Total variation ({@code unit} 1) and the transfer ({@code unit} the total weight). */
  private static boolean transferWeights(double[] p, double[] target, double tv, double unit, double[] e) {
    double signed = 0;
    for (int f = 0; f < F; f++) {
      signed += p[f] * Math.signum(p[f] - target[f]);
    }
    for (int f = 0; f < F; f++) {
      e[f] = unit * (tv + (Math.signum(p[f] - target[f]) - signed) / 2);
    }
    return true;
  }

  /** Only where the shares are off the target ({@code value != 0}): it is not differentiable there. */
  private static boolean euclideanWeights(double[] p, double[] target, double value, double[] e) {
    double along = 0;
    for (int f = 0; f < F; f++) {
      along += p[f] * (p[f] - target[f]);
    }
    for (int f = 0; f < F; f++) {
      e[f] = value + ((p[f] - target[f]) - along) / value;
    }
    return true;
  }

  /** Only where the shares are off the target ({@code value != 0}): it is not differentiable there. */
  private static boolean hellingerWeights(double[] p, double[] target, double value, double[] e) {
    // With r = sqrt p - sqrt t (and sum p = 1), the gradient term BC - sqrt(t_f / p_f) is
    // r_f / sqrt p_f - sum_g sqrt p_g r_g: written so, nothing of size 1 cancels near the target.
    double pull = 0;
    for (int f = 0; f < F; f++) {
      pull += Math.sqrt(p[f]) * (Math.sqrt(p[f]) - Math.sqrt(target[f]));
    }
    for (int f = 0; f < F; f++) {
      double root = Math.sqrt(p[f]);
      e[f] = p[f] > 0 ? value + ((root - Math.sqrt(target[f])) / root - pull) / (2 * value) : 0;
    }
    return true;
  }

  /** Only where KL is defined (no {@code t_f = 0 < p_f}). */
  private static boolean klWeights(double[] p, double[] target, double[] e) {
    for (int f = 0; f < F; f++) {
      e[f] = p[f] > 0 ? logRatio(p[f], target[f]) : 0;
    }
    return true;
  }
}
