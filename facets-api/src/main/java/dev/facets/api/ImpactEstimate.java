package dev.facets.api;

import org.immutables.value.Value;

/**
 * A three-point estimate of what an initiative yields if it succeeds: low, most likely (mode) and
 * high, with {@code low <= mode <= high}, all finite. The Monte Carlo engine draws from the
 * triangular distribution they define. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ImpactEstimate {
  /** The default estimate: exactly 1 (every success counts once). */
  public static final ImpactEstimate UNIT = of(1, 1, 1);

  ImpactEstimate() {}

  /**
   * {@return the estimate of the three points, {@code low <= mode <= high}, all finite}
   *
   * @param low the lowest plausible impact, finite
   * @param mode the most likely impact, finite, in [low, high]
   * @param high the highest plausible impact, finite
   */
  public static ImpactEstimate of(double low, double mode, double high) {
    return ImmutableImpactEstimate.of(low, mode, high);
  }

  /** {@return the lowest plausible impact} */
  @Value.Parameter
  public abstract double low();

  /** {@return the most likely impact} */
  @Value.Parameter
  public abstract double mode();

  /** {@return the highest plausible impact} */
  @Value.Parameter
  public abstract double high();

  /**
   * {@return the mean of the triangular distribution: (low + mode + high) / 3, finite for any finite points}
   * When the plain sum overflows, the thirds are summed instead and the result kept within
   * [low, high], where the mean always lies (the thirds of three points near the largest double may
   * still round past it).
   */
  public double mean() {
    double mean = (low() + mode() + high()) / 3;
    if (Double.isFinite(mean)) {
      return mean;
    }
    return Math.min(high(), Math.max(low(), low() / 3 + mode() / 3 + high() / 3));
  }

  @Value.Check
  void check() {
    Checks.finite(low(), "low");
    Checks.finite(mode(), "mode");
    Checks.finite(high(), "high");
    if (!(low() <= mode())) {
      throw new InvalidValueException("mode", Checks.render(mode()), "be >= low " + low());
    }
    if (!(mode() <= high())) {
      throw new InvalidValueException("high", Checks.render(high()), "be >= mode " + mode());
    }
  }
}
