package dev.facets.core.score;

import dev.facets.api.EnumNames;
import java.util.OptionalDouble;

/**
 * Every number the scorer reports about a portfolio's facet shares: the nine balance indices and,
 * given a target mix, the five measures of the target gap. Attribution is asked per metric.
 *
 * <p>The Euler degree is the degree k for which the metric, extended off the simplex as the unique
 * function homogeneous of degree k that agrees with it on the simplex, is the metric's defining
 * formula read as a function of the shares (the target scaled with the shares' sum): entropy
 * {@code -sum p ln(p / S)} has degree 1, {@code sum p^2} degree 2, {@code 1 / sum p^2} degree -2, a
 * distance degree 1, Hellinger degree 1/2. Euler's theorem then splits the metric exactly: the
 * contributions {@code x_j dI/dx_j / k} sum to the metric. Variety and {@code e^H} have no such
 * degree (a count; an exponential), so they have no Euler share.
 */
public enum Metric {
  /** The number of facets with a share above {@link ScoreConventions#VARIETY_THRESHOLD}. */
  VARIETY(Double.NaN, false),
  /** Shannon entropy {@code -sum p ln p}, natural logarithm, in [0, ln 4]. */
  SHANNON_ENTROPY(1, false),
  /** Pielou evenness {@code H / ln 4}, in [0, 1]. */
  EVENNESS(1, false),
  /** Herfindahl-Hirschman index {@code sum p^2}, in [1/4, 1]. */
  HHI(2, false),
  /** Normalised HHI {@code (hhi - 1/4) / (3/4)}, in [0, 1]. */
  NORMALIZED_HHI(2, false),
  /** Gini-Simpson {@code 1 - hhi}, in [0, 3/4]. */
  GINI_SIMPSON(2, false),
  /** Effective number of facets {@code 1 / hhi} (Hill number of order 2), in [1, 4]. */
  EFFECTIVE_FACETS(-2, false),
  /** Shannon effective number of facets {@code e^H} (Hill number of order 1), in [1, 4]. */
  SHANNON_EFFECTIVE_FACETS(Double.NaN, false),
  /** Rao-Stirling diversity {@code sum over ordered pairs i != j of d_ij p_i p_j}. */
  RAO_STIRLING(2, false),
  /** Total variation {@code 1/2 sum |p - t|}, in [0, 1]. */
  TOTAL_VARIATION(1, true),
  /** Hellinger distance {@code sqrt(1 - sum sqrt(p t))}, in [0, 1]. */
  HELLINGER(0.5, true),
  /** Euclidean distance {@code ||p - t||_2}. */
  EUCLIDEAN(1, true),
  /** Kullback-Leibler divergence {@code sum p ln(p / t)}; undefined where some {@code t = 0 < p}. */
  KL_DIVERGENCE(1, true),
  /** The least weight that must move between facets to reach the target: total variation times total weight. */
  TRANSFER(1, true);

  private static final EnumNames<Metric> NAMES = EnumNames.camelCase(Metric.class, "metric");

  private static final Metric[] VALUES = values();

  private final double eulerDegree;
  private final boolean targetGap;

  Metric(double eulerDegree, boolean targetGap) {
    this.eulerDegree = eulerDegree;
    this.targetGap = targetGap;
  }

  static Metric byOrdinal(int ordinal) {
    return VALUES[ordinal];
  }

  /** {@return the key used in the JSON of {@code facets score} ({@code "shannonEntropy"})} */
  public String jsonName() {
    return NAMES.name(this);
  }

  /**
   * {@return whether the metric measures the gap to a target mix (so exists only when a target is
   * given)}
   */
  public boolean isTargetGap() {
    return targetGap;
  }

  /**
   * {@return the degree of the homogeneous form whose Euler decomposition attributes this metric,
   * or empty when the metric has none (variety, {@code e^H})}
   */
  public OptionalDouble eulerDegree() {
    return Double.isNaN(eulerDegree) ? OptionalDouble.empty() : OptionalDouble.of(eulerDegree);
  }

  /**
   * {@return the metric of a JSON key; the inverse of {@link #jsonName()}}
   *
   * @param name a key such as {@code "shannonEntropy"}, exactly as {@link #jsonName()} spells it
   * @throws dev.facets.api.InvalidValueException if the name is none of the metrics
   */
  public static Metric parse(String name) {
    return NAMES.parse(name);
  }
}
