package dev.facets.core.hedge;

import dev.facets.api.Facet;
import dev.facets.api.FacetMix;
import dev.facets.api.FacetValues;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Where the risk of a facet allocation comes from, given the covariance of the facets' outcomes
 * ({@code docs/metrics.md#risk-decomposition}).
 *
 * <p>With shares w and covariance Sigma: variance {@code w^T Sigma w} and volatility sigma, its
 * square root; marginal contributions {@code (Sigma w)_f / sigma}; risk contributions
 * {@code RC_f = w_f (Sigma w)_f / sigma}, which add up to sigma (Euler: sigma is homogeneous of degree
 * 1); percentage contributions {@code RC_f / sigma}, adding up to 1 and negative for a facet that
 * hedges the others; the diversification ratio {@code sum_f w_f sigma_f / sigma} (Choueifaty, at
 * least 1 for these long-only shares); and the effective number of bets in its PCA form (Meucci
 * 2009): with eigenpairs (lambda_k, e_k), {@code p_k = (e_k . w)^2 lambda_k / sigma^2} and
 * {@code exp(-sum_k p_k ln p_k)}, in [1, 4]. The PCA form depends on the choice of eigenvectors when
 * eigenvalues repeat (for example Sigma = c I), as Meucci notes, and is sensitive to rounding when
 * they nearly do; compare {@link CovarianceMatrix#eigenvalues()} before reading much into it.
 *
 * <p>When the allocation carries no risk at all (sigma = 0 within the covariance's eigenvalue
 * tolerance, possible only with a singular covariance), every ratio to sigma is undefined: those
 * results are then empty rather than NaN, and {@link #isRiskless()} says why. The condition number of
 * the covariance is recorded. This class is immutable and thread-safe.
 */
public final class RiskDecomposition {
  private final FacetMix allocation;
  private final double variance;
  private final double conditionNumber;
  private final double[] marginal; // null when riskless
  private final double diversificationRatio; // NaN when riskless
  private final double effectiveNumberOfBets; // NaN when riskless

  private RiskDecomposition(FacetMix allocation, double variance, double conditionNumber,
      double[] marginal, double diversificationRatio, double effectiveNumberOfBets) {
    this.allocation = allocation;
    this.variance = variance;
    this.conditionNumber = conditionNumber;
    this.marginal = marginal;
    this.diversificationRatio = diversificationRatio;
    this.effectiveNumberOfBets = effectiveNumberOfBets;
  }

  /**
   * {@return the risk decomposition of an allocation under a covariance matrix}
   *
   * @param allocation the facet shares, long-only and summing to 1 as every mix does
   * @param covariance the facets' covariance, singular or not
   */
  public static RiskDecomposition of(FacetMix allocation, CovarianceMatrix covariance) {
    Objects.requireNonNull(allocation, "allocation");
    Objects.requireNonNull(covariance, "covariance");
    double[] w = allocation.toArray();
    double[] sigmaW = covariance.times(w);
    double variance = Math.max(0, Vectors.dot(w, sigmaW));
    // A riskless allocation: its variance is rounding noise on the scale of the largest eigenvalue.
    if (variance <= covariance.zeroThreshold() * Vectors.dot(w, w)) {
      return new RiskDecomposition(allocation, 0, covariance.conditionNumber(), null, Double.NaN, Double.NaN);
    }
    double sigma = Math.sqrt(variance);
    double[] marginal = new double[Facet.COUNT];
    double weightedVolatility = 0;
    for (int f = 0; f < Facet.COUNT; f++) {
      marginal[f] = sigmaW[f] / sigma;
      weightedVolatility += w[f] * covariance.volatility(Facet.ordered().get(f));
    }
    return new RiskDecomposition(allocation, variance, covariance.conditionNumber(), marginal,
        weightedVolatility / sigma, pcaBets(w, covariance));
  }

  private static double pcaBets(double[] w, CovarianceMatrix covariance) {
    double[] lambdas = covariance.eigenvalues();
    double[] mass = new double[Facet.COUNT];
    for (int k = 0; k < Facet.COUNT; k++) {
      double exposure = Vectors.dot(covariance.eigenvector(k), w);
      mass[k] = exposure * exposure * Math.max(0, lambdas[k]);
    }
    double total = Vectors.sum(mass);
    double entropy = 0;
    for (double m : mass) {
      double p = m / total;
      entropy -= p > 0 ? p * Math.log(p) : 0;
    }
    return Math.exp(entropy);
  }

  /** {@return the allocation decomposed} */
  public FacetMix allocation() {
    return allocation;
  }

  /** {@return the portfolio variance {@code w^T Sigma w}, {@code >= 0}; exactly 0 when riskless} */
  public double variance() {
    return variance;
  }

  /** {@return the portfolio volatility sigma, the square root of the variance} */
  public double volatility() {
    return Math.sqrt(variance);
  }

  /** {@return the covariance's condition number ({@code +Infinity} when singular)} */
  public double conditionNumber() {
    return conditionNumber;
  }

  /** {@return whether the allocation carries no risk, so that the ratios to sigma below are empty} */
  public boolean isRiskless() {
    return marginal == null;
  }

  /** {@return the marginal contributions {@code (Sigma w)_f / sigma}; empty when riskless} */
  public Optional<FacetValues> marginalContributions() {
    return isRiskless() ? Optional.empty() : Optional.of(FacetValues.of(marginal));
  }

  /** {@return the risk contributions {@code w_f (Sigma w)_f / sigma}, adding up to sigma; empty when riskless} */
  public Optional<FacetValues> riskContributions() {
    return isRiskless() ? Optional.empty()
        : Optional.of(FacetValues.of(Vectors.times(allocation.toArray(), marginal)));
  }

  /** {@return the risk contributions as fractions of sigma, adding up to 1; empty when riskless} */
  public Optional<FacetValues> percentageContributions() {
    if (isRiskless()) {
      return Optional.empty();
    }
    double[] contributions = Vectors.times(allocation.toArray(), marginal);
    double sigma = volatility();
    for (int f = 0; f < Facet.COUNT; f++) {
      contributions[f] /= sigma;
    }
    return Optional.of(FacetValues.of(contributions));
  }

  /** {@return the diversification ratio {@code sum_f w_f sigma_f / sigma}, {@code >= 1}; empty when riskless} */
  public OptionalDouble diversificationRatio() {
    return isRiskless() ? OptionalDouble.empty() : OptionalDouble.of(diversificationRatio);
  }

  /** {@return the effective number of bets (PCA), in [1, 4]; empty when riskless} */
  public OptionalDouble effectiveNumberOfBets() {
    return isRiskless() ? OptionalDouble.empty() : OptionalDouble.of(effectiveNumberOfBets);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof RiskDecomposition)) {
      return false;
    }
    RiskDecomposition that = (RiskDecomposition) other;
    return allocation.equals(that.allocation) && Double.compare(variance, that.variance) == 0
        && Double.compare(conditionNumber, that.conditionNumber) == 0
        && java.util.Arrays.equals(marginal, that.marginal)
        && Double.compare(diversificationRatio, that.diversificationRatio) == 0
        && Double.compare(effectiveNumberOfBets, that.effectiveNumberOfBets) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(allocation, variance, conditionNumber, diversificationRatio, effectiveNumberOfBets);
  }

  /** {@return the allocation, volatility and risk contributions} */
  @Override
  public String toString() {
    return "RiskDecomposition{" + allocation + ", volatility=" + volatility()
        + (isRiskless() ? ", riskless" : ", riskContributions=" + riskContributions().get()) + "}";
  }
}
