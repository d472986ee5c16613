package dev.facets.core.score;

import dev.facets.api.FacetMix;
import dev.facets.api.InvalidValueException;
import java.util.Arrays;
import java.util.Objects;

/**
 * The balance of a facet mix: the nine indices of the contract, over n = 4 facets with natural
 * logarithms.
 *
 * <p>variety counts the facets with a share above 1e-12; shannonEntropy is {@code -sum p ln p}
 * ({@code 0 ln 0 = 0}); evenness {@code H / ln 4}; hhi {@code sum p^2}; normalizedHhi
 * {@code (hhi - 1/4) / (3/4)}; giniSimpson {@code 1 - hhi}; effectiveFacets {@code 1 / hhi};
 * shannonEffectiveFacets {@code e^H}; raoStirling {@code sum over ordered pairs i != j of d_ij p_i
 * p_j} under the recorded disparity matrix. Gini-Simpson is the plug-in (share) form, not the
 * small-sample count form. They order as {@code 1/hhi <= e^H <= variety}, with equality throughout
 * exactly when the held facets have equal shares. This class is immutable and thread-safe.
 */
public final class Balance {
  private final double[] values;
  private final Disparity disparity;

  private Balance(double[] values, Disparity disparity) {
    this.values = values;
    this.disparity = disparity;
  }

  /**
   * {@return the balance of any facet mix (a portfolio's shares, a target, a proposal)}
   *
   * @param shares the mix, not null
   * @param disparity the matrix of Rao-Stirling, not null
   */
  public static Balance of(FacetMix shares, Disparity disparity) {
    Objects.requireNonNull(disparity, "disparity");
    double[] values = new double[Metrics.COUNT];
    Metrics.evaluate(shares.toArray(), 1, null, disparity.flat(), values);
    return new Balance(values, disparity);
  }

  /** Keeps the balance indices of a full metric evaluation. */
  static Balance ofValues(double[] values, Disparity disparity) {
    return new Balance(Arrays.copyOf(values, Metric.TOTAL_VARIATION.ordinal()), disparity);
  }

  /**
   * {@return the value of a balance index, as its own accessor returns it (variety as a double)}
   *
   * @param metric a balance index, not null
   * @throws InvalidValueException for a target-gap metric, which a balance does not hold
   */
  public double value(Metric metric) {
    if (metric.isTargetGap()) {
      throw new InvalidValueException("metric", metric.jsonName(), "be a balance index, not a target-gap metric");
    }
    return values[metric.ordinal()];
  }

  /** {@return the number of facets with a share above 1e-12: 1 to 4} */
  public int variety() {
    return (int) values[Metric.VARIETY.ordinal()];
  }

  /** {@return Shannon entropy in nats: 0 (one facet) to ln 4 (uniform)} */
  public double shannonEntropy() {
    return values[Metric.SHANNON_ENTROPY.ordinal()];
  }

  /** {@return Pielou evenness {@code H / ln 4}: 0 (one facet) to 1 (uniform)} */
  public double evenness() {
    return values[Metric.EVENNESS.ordinal()];
  }

  /** {@return the Herfindahl-Hirschman index {@code sum p^2}: 1/4 (uniform) to 1 (one facet)} */
  public double hhi() {
    return values[Metric.HHI.ordinal()];
  }

  /** {@return the normalised HHI {@code (hhi - 1/4) / (3/4)}: 0 (uniform) to 1 (one facet)} */
  public double normalizedHhi() {
    return values[Metric.NORMALIZED_HHI.ordinal()];
  }

  /** {@return Gini-Simpson {@code 1 - hhi}: 0 (one facet) to 3/4 (uniform)} */
  public double giniSimpson() {
    return values[Metric.GINI_SIMPSON.ordinal()];
  }

  /** {@return the effective number of facets {@code 1 / hhi}: 1 (one facet) to 4 (uniform)} */
  public double effectiveFacets() {
    return values[Metric.EFFECTIVE_FACETS.ordinal()];
  }

  /** {@return the Shannon effective number of facets {@code e^H}: 1 (one facet) to 4 (uniform)} */
  public double shannonEffectiveFacets() {
    return values[Metric.SHANNON_EFFECTIVE_FACETS.ordinal()];
  }

  /**
   * {@return Rao-Stirling diversity under {@link #disparity()}: 0 for one facet, at most the
   * largest {@code p^T d p} over mixes (3/4 under {@link Disparity#SIMPSON}); see
   * {@code docs/metrics.md#rao-stirling}}
   */
  public double raoStirling() {
    return values[Metric.RAO_STIRLING.ordinal()];
  }

  /** {@return the disparity matrix of {@link #raoStirling()}} */
  public Disparity disparity() {
    return disparity;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Balance
        && Arrays.equals(values, ((Balance) other).values) && disparity.equals(((Balance) other).disparity);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(values) + disparity.hashCode();
  }

  /** For example {@code Balance[variety=4, shannonEntropy=1.27..., ..., raoStirling=0.55...]}. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("Balance[");
    for (int m = 0; m < values.length; m++) {
      text.append(m == 0 ? "" : ", ").append(Metric.byOrdinal(m).jsonName()).append('=').append(values[m]);
    }
    return text.append(']').toString();
  }
}
