package dev.facets.core.simulate;

import dev.facets.api.Checks;
import dev.facets.api.Facet;
import dev.facets.api.InvalidValueException;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.TreeMap;

/**
 * The simulated distribution of what a portfolio delivers: the total value of a trial is the sum
 * over initiatives of impact times scenario multiplier for those that succeed.
 *
 * <p>Conventions, all recorded here through {@link #settings()}:
 * <ul>
 *   <li>{@link #standardDeviation()} is the sample standard deviation (denominator N - 1) of the
 *       totals; {@link #standardError()} is it divided by sqrt(N), the standard error of the mean.</li>
 *   <li>Quantiles interpolate linearly between order statistics (Hyndman and Fan type 7, as R and
 *       NumPy do by default): with h = (N - 1) q, x_(floor h) + (h - floor h)(x_(floor h + 1) -
 *       x_(floor h)) on 0-based sorted totals. They are computed at {@link #QUANTILE_LEVELS}.</li>
 *   <li>Outcomes are good when high, so risk sits in the lower tail. {@link #valueAtRisk()} is the
 *       lower alpha-quantile x_(ceil(alpha N)) (a level of the total, not a loss) and
 *       {@link #conditionalValueAtRisk()} the mean of the worst alpha N trials, the boundary trial
 *       weighted fractionally; minimum &lt;= CVaR &lt;= VaR.</li>
 *   <li>A facet's success probability is the fraction of trials in which at least one initiative
 *       whose dominant facet it is succeeded; it is empty for a facet that is no initiative's
 *       dominant facet (undefined, not 0).</li>
 * </ul>
 * Equality compares every field bit for bit, the settings (and so the thread count) included. This
 * class is immutable and thread-safe.
 */
public final class OutcomeDistribution {
  /** The levels at which quantiles are computed, ascending. */
  public static final List<Double> QUANTILE_LEVELS = List.of(0.01, 0.05, 0.10, 0.25, 0.50, 0.75, 0.90, 0.95, 0.99);

  private final SimulationSettings settings;
  private final int scenarioCount;
  private final double mean;
  private final double standardDeviation;
  private final double minimum;
  private final double maximum;
  private final double[] quantiles;
  private final double valueAtRisk;
  private final double conditionalValueAtRisk;
  private final double probabilityNoSuccess;
  private final double expectedSuccesses;
  private final double successCountStandardDeviation;
  private final double[] facetSuccess;
  private final List<InitiativeOutcome> initiatives;
  private final Histogram histogram;

  /** The parts of a distribution, gathered by the simulator. */
  static final class Parts {
    SimulationSettings settings;
    int scenarioCount;
    double mean;
    double standardDeviation;
    double minimum;
    double maximum;
    double[] quantiles;
    double valueAtRisk;
    double conditionalValueAtRisk;
    double probabilityNoSuccess;
    double expectedSuccesses;
    double successCountStandardDeviation;
    /** Per facet in facet order; NaN for a facet without initiatives. */
    double[] facetSuccess;
    List<InitiativeOutcome> initiatives;
    Histogram histogram;
  }

  private OutcomeDistribution(Parts parts) {
    settings = Objects.requireNonNull(parts.settings, "settings");
    scenarioCount = parts.scenarioCount;
    mean = parts.mean;
    standardDeviation = parts.standardDeviation;
    minimum = parts.minimum;
    maximum = parts.maximum;
    quantiles = parts.quantiles.clone();
    valueAtRisk = parts.valueAtRisk;
    conditionalValueAtRisk = parts.conditionalValueAtRisk;
    probabilityNoSuccess = parts.probabilityNoSuccess;
    expectedSuccesses = parts.expectedSuccesses;
    successCountStandardDeviation = parts.successCountStandardDeviation;
    facetSuccess = parts.facetSuccess.clone();
    initiatives = List.copyOf(parts.initiatives);
    histogram = Objects.requireNonNull(parts.histogram, "histogram");
  }

  static OutcomeDistribution of(Parts parts) {
    return new OutcomeDistribution(parts);
  }

  /**
   * {@return the settings of the run: trials, seed, threads, alpha, correlation, bins, block size}
   */
  public SimulationSettings settings() {
    return settings;
  }

  /** {@return the number of trials N, at least 2} */
  public int trials() {
    return settings.trials();
  }

  /** {@return the seed of the run's root random stream} */
  public long seed() {
    return settings.seed();
  }

  /** {@return the number of worker threads used; no other number depends on it} */
  public int threads() {
    return settings.threads();
  }

  /**
   * {@return the tail level of {@link #valueAtRisk()} and {@link #conditionalValueAtRisk()}, in
   * (0, 1)}
   */
  public double alpha() {
    return settings.alpha();
  }

  /** {@return the correlation model of successes} */
  public Correlation correlation() {
    return settings.correlation();
  }

  /**
   * {@return the number of scenarios drawn from; 0 when none were given (every multiplier is 1)}
   */
  public int scenarioCount() {
    return scenarioCount;
  }

  /** {@return the sample mean of the totals, in the impact estimates' unit} */
  public double mean() {
    return mean;
  }

  /** {@return the sample standard deviation of the totals (denominator N - 1), {@code >= 0}} */
  public double standardDeviation() {
    return standardDeviation;
  }

  /** {@return the standard error of the mean: the standard deviation over sqrt(N)} */
  public double standardError() {
    return standardDeviation / Math.sqrt(settings.trials());
  }

  /** {@return the smallest total of any trial} */
  public double minimum() {
    return minimum;
  }

  /** {@return the largest total of any trial} */
  public double maximum() {
    return maximum;
  }

  /**
   * The quantile of the totals at one of the {@link #QUANTILE_LEVELS} (type 7, see the class
   * comment).
   *
   * @param level one of the {@link #QUANTILE_LEVELS}, exactly ({@code 0.05}, not {@code 0.050001})
   * @return the quantile, between {@link #minimum()} and {@link #maximum()}
   * @throws InvalidValueException if {@code level} is not one of them
   */
  public double quantile(double level) {
    int index = QUANTILE_LEVELS.indexOf(level);
    if (index < 0) {
      throw new InvalidValueException("level", Checks.render(level), "be one of " + QUANTILE_LEVELS);
    }
    return quantiles[index];
  }

  /** {@return every computed quantile, keyed by its level, ascending; unmodifiable} */
  public NavigableMap<Double, Double> quantiles() {
    TreeMap<Double, Double> map = new TreeMap<>();
    for (int j = 0; j < quantiles.length; j++) {
      map.put(QUANTILE_LEVELS.get(j), quantiles[j]);
    }
    return Collections.unmodifiableNavigableMap(map);
  }

  /**
   * {@return the lower alpha-quantile of the totals, x_(ceil(alpha N)): a level, not a loss; see
   * {@code docs/metrics.md#cvar}}
   */
  public double valueAtRisk() {
    return valueAtRisk;
  }

  /**
   * {@return the mean total over the worst alpha of trials (expected shortfall as a level):
   * between {@link #minimum()} and {@link #valueAtRisk()}}
   */
  public double conditionalValueAtRisk() {
    return conditionalValueAtRisk;
  }

  /** {@return the fraction of trials in which no initiative succeeded, in [0, 1]} */
  public double probabilityNoSuccess() {
    return probabilityNoSuccess;
  }

  /**
   * {@return the mean number of successful initiatives per trial, from 0 to the number of
   * initiatives}
   */
  public double expectedSuccesses() {
    return expectedSuccesses;
  }

  /**
   * {@return the sample standard deviation of the number of successes per trial: it grows with
   * correlation, as failures cluster}
   */
  public double successCountStandardDeviation() {
    return successCountStandardDeviation;
  }

  /**
   * The fraction of trials in which at least one initiative whose dominant facet is {@code facet}
   * succeeded; empty when no initiative has that dominant facet.
   *
   * @param facet the facet, not null
   * @return the fraction, in [0, 1], or empty (undefined, not 0)
   */
  public OptionalDouble facetSuccessProbability(Facet facet) {
    double value = facetSuccess[facet.ordinal()];
    return Double.isNaN(value) ? OptionalDouble.empty() : OptionalDouble.of(value);
  }

  /**
   * {@return {@link #facetSuccessProbability(Facet)} of the facets where it is defined, in facet
   * order; a facet that is no initiative's dominant facet is absent} Unmodifiable.
   */
  public Map<Facet, Double> facetSuccessProbabilities() {
    Map<Facet, Double> map = new EnumMap<>(Facet.class);
    for (Facet facet : Facet.ordered()) {
      facetSuccessProbability(facet).ifPresent(p -> map.put(facet, p));
    }
    return Collections.unmodifiableMap(map);
  }

  /**
   * {@return per initiative, in portfolio order, its success rate and contributions to the mean and
   * the tail}
   */
  public List<InitiativeOutcome> initiatives() {
    return initiatives;
  }

  /** {@return the histogram of the totals, with {@link SimulationSettings#histogramBins()} bins} */
  public Histogram histogram() {
    return histogram;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof OutcomeDistribution)) {
      return false;
    }
    OutcomeDistribution that = (OutcomeDistribution) other;
    return settings.equals(that.settings) && scenarioCount == that.scenarioCount
        && Double.compare(mean, that.mean) == 0
        && Double.compare(standardDeviation, that.standardDeviation) == 0
        && Double.compare(minimum, that.minimum) == 0
        && Double.compare(maximum, that.maximum) == 0
        && Arrays.equals(quantiles, that.quantiles)
        && Double.compare(valueAtRisk, that.valueAtRisk) == 0
        && Double.compare(conditionalValueAtRisk, that.conditionalValueAtRisk) == 0
        && Double.compare(probabilityNoSuccess, that.probabilityNoSuccess) == 0
        && Double.compare(expectedSuccesses, that.expectedSuccesses) == 0
        && Double.compare(successCountStandardDeviation, that.successCountStandardDeviation) == 0
        && Arrays.equals(facetSuccess, that.facetSuccess)
        && initiatives.equals(that.initiatives)
        && histogram.equals(that.histogram);
  }

  @Override
  public int hashCode() {
    return Objects.hash(settings, mean, standardDeviation, Arrays.hashCode(quantiles), valueAtRisk,
        conditionalValueAtRisk, probabilityNoSuccess, expectedSuccesses, initiatives, histogram);
  }

  /** A one-line summary: the settings, mean, standard deviation, quantiles, VaR and CVaR. */
  @Override
  public String toString() {
    return "OutcomeDistribution[" + settings + ", scenarios=" + scenarioCount + ", mean=" + mean
        + ", standardDeviation=" + standardDeviation + ", quantiles=" + quantiles() + ", var=" + valueAtRisk
        + ", cvar=" + conditionalValueAtRisk + ", probabilityNoSuccess=" + probabilityNoSuccess
        + ", expectedSuccesses=" + expectedSuccesses + "]";
  }
}
