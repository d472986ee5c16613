package dev.facets.core.score;

import dev.facets.api.AxisPosition;
import dev.facets.api.Checks;
import dev.facets.api.Facet;
import dev.facets.api.FacetMix;
import dev.facets.api.Stage;
import dev.facets.api.TargetMix;
import dev.facets.api.Zone;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The score of a portfolio under a weighting: what {@code facets score} prints.
 *
 * <p>With weights w_i and mixes m_i, the facet shares are {@code p_f = sum_i w_i m_if / sum_i w_i}
 * (soft membership: an initiative that is 70 % enhancement puts 70 % of its weight there). Zone and
 * stage shares give each initiative's whole weight to its zone and to its stage (or to the
 * unspecified bucket). The lean is the net pull on each axis: uncertainty
 * {@code p_anticipatory - p_enhancement}, directedness {@code p_mission - p_adaptive}. The balance
 * indices and, with a target, the target gap are computed from the facet shares under the recorded
 * {@link ScoreConventions}. This class is immutable and thread-safe.
 */
public final class PortfolioScore {
  private final String portfolio;
  private final long initiatives;
  private final ScoreConventions conventions;
  private final double totalWeight;
  private final FacetMix facetShares;
  private final Map<Zone, Double> zoneShares;
  private final Map<Stage, Double> stageShares;
  private final double unspecifiedStageShare;
  private final double[] values;
  private final Balance balance;
  private final AxisPosition lean;
  private final Optional<TargetGap> targetGap;

  private PortfolioScore(String portfolio, long initiatives, ScoreConventions conventions, double totalWeight,
      FacetMix facetShares, Map<Zone, Double> zoneShares, Map<Stage, Double> stageShares,
      double unspecifiedStageShare, double[] values, Optional<TargetGap> targetGap) {
    this.portfolio = portfolio;
    this.initiatives = initiatives;
    this.conventions = conventions;
    this.totalWeight = totalWeight;
    this.facetShares = facetShares;
    this.zoneShares = zoneShares;
    this.stageShares = stageShares;
    this.unspecifiedStageShare = unspecifiedStageShare;
    this.values = values;
    this.balance = Balance.ofValues(values, conventions.disparity());
    this.lean = AxisPosition.of(
        facetShares.weight(Facet.ANTICIPATORY) - facetShares.weight(Facet.ENHANCEMENT),
        facetShares.weight(Facet.MISSION) - facetShares.weight(Facet.ADAPTIVE));
    this.targetGap = targetGap;
  }

  /**
   * The score of a tally's masses: the one place where masses become shares, used by both paths.
   *
   * @throws dev.facets.api.InvalidValueException if the total weight is zero (or not finite)
   */
  static PortfolioScore of(String portfolio, ScoreConventions conventions, FacetTally tally, Optional<TargetMix> target) {
    Checks.notBlank(portfolio, "portfolio");
    Objects.requireNonNull(target, "target");
    double total = Weights.checkTotal(tally.totalWeight(), conventions.weighting(), portfolio);
    double[] masses = new double[Metrics.F];
    for (Facet facet : Facet.ordered()) {
      masses[facet.ordinal()] = tally.facetMass(facet);
    }
    // The indices are computed from the published mix itself; the leave-one-out path normalises
    // with FacetMix.normalise, the same arithmetic without the allocation.
    FacetMix shares = FacetMix.of(masses);
    double[] p = shares.toArray();
    double[] values = new double[Metrics.COUNT];
    double[] t = target.map(mix -> mix.mix().toArray()).orElse(null);
    Metrics.evaluate(p, total, t, conventions.disparity().flat(), values);
    Map<Zone, Double> zones = new EnumMap<>(Zone.class);
    for (Zone zone : Zone.values()) {
      zones.put(zone, tally.zoneMass(zone) / total + 0.0);
    }
    Map<Stage, Double> stages = new EnumMap<>(Stage.class);
    for (Stage stage : Stage.values()) {
      stages.put(stage, tally.stageMass(stage) / total + 0.0);
    }
    Optional<TargetGap> gap = target.map(mix -> TargetGap.ofValues(p, total, mix, values, conventions.disparity()));
    return new PortfolioScore(portfolio, tally.count(), conventions, total, shares,
        Collections.unmodifiableMap(zones), Collections.unmodifiableMap(stages),
        tally.unspecifiedStageMass() / total + 0.0, values, gap);
  }

  /** NaN, the package's mark of an undefined value, as an empty optional. */
  static OptionalDouble defined(double value) {
    return Double.isNaN(value) ? OptionalDouble.empty() : OptionalDouble.of(value);
  }

  /** {@return the name of the portfolio scored} */
  public String portfolioName() {
    return portfolio;
  }

  /** {@return the number of initiatives scored, {@code >= 1}} */
  public long initiatives() {
    return initiatives;
  }

  /** {@return the conventions: weighting, log base, n, variety threshold, disparity} */
  public ScoreConventions conventions() {
    return conventions;
  }

  /** {@return the sum of the weights, finite and {@code > 0}, in the weighting's unit} */
  public double totalWeight() {
    return totalWeight;
  }

  /**
   * {@return the facet shares p (a mix: non-negative, summing to 1); see
   * {@code docs/metrics.md#facet-shares}}
   */
  public FacetMix facetShares() {
    return facetShares;
  }

  /** {@return the share of weight in each of the nine zones (every zone present, summing to 1)} */
  public Map<Zone, Double> zoneShares() {
    return zoneShares;
  }

  /**
   * {@return the share of weight at each of the six lifecycle stages: every stage present, 0 when
   * none is there; they sum to 1 minus {@link #unspecifiedStageShare()}}
   */
  public Map<Stage, Double> stageShares() {
    return stageShares;
  }

  /**
   * {@return the share of weight whose stage is not given, in [0, 1]; with {@link #stageShares()}
   * it sums to 1}
   */
  public double unspecifiedStageShare() {
    return unspecifiedStageShare;
  }

  /** {@return the nine balance indices of the facet shares} */
  public Balance balance() {
    return balance;
  }

  /**
   * {@return the net lean on both axes, each in [-1, 1]: uncertainty is anticipatory minus
   * enhancement share, directedness mission minus adaptive share}
   */
  public AxisPosition lean() {
    return lean;
  }

  /** {@return the gap to the target, or empty when the scorer had none} */
  public Optional<TargetGap> targetGap() {
    return targetGap;
  }

  /**
   * {@return the value of any metric: empty for a target-gap metric without a target, and for KL
   * where it is undefined (the target is 0 on a facet the portfolio holds)}
   *
   * @param metric the metric, not null
   */
  public OptionalDouble value(Metric metric) {
    return defined(values[metric.ordinal()]);
  }

  /** All metric values by ordinal, NaN where undefined; a copy. */
  double[] values() {
    return values.clone();
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof PortfolioScore)) {
      return false;
    }
    PortfolioScore that = (PortfolioScore) other;
    return portfolio.equals(that.portfolio) && initiatives == that.initiatives
        && conventions.equals(that.conventions) && Double.compare(totalWeight, that.totalWeight) == 0
        && facetShares.equals(that.facetShares) && zoneShares.equals(that.zoneShares)
        && stageShares.equals(that.stageShares)
        && Double.compare(unspecifiedStageShare, that.unspecifiedStageShare) == 0
        && balance.equals(that.balance) && targetGap.equals(that.targetGap);
  }

  @Override
  public int hashCode() {
    return Objects.hash(portfolio, initiatives, conventions, totalWeight, facetShares, zoneShares, stageShares,
        unspecifiedStageShare, balance, targetGap);
  }

  /** A one-line summary: portfolio, weighting, total weight, shares, balance, lean, gap. */
  @Override
  public String toString() {
    return "PortfolioScore[portfolio=" + portfolio + ", initiatives=" + initiatives + ", " + conventions
        + ", totalWeight=" + totalWeight + ", facetShares=" + facetShares + ", zoneShares=" + zoneShares
        + ", stageShares=" + stageShares + ", unspecifiedStage=" + unspecifiedStageShare + ", " + balance
        + ", lean=" + lean + ", targetGap=" + targetGap + "]";
  }
}
