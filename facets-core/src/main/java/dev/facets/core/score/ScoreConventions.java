package dev.facets.core.score;

import dev.facets.api.Checks;
import dev.facets.api.Facet;
import java.util.Objects;

/**
 * The conventions a score was computed under, recorded in every result so that a printed number can
 * be traced back to how it was made: the weighting's name, the logarithm's base (e), the number of
 * facets n that normalises evenness and HHI (4, including facets the portfolio does not hold), the
 * share above which a facet counts towards variety, and the disparity matrix of Rao-Stirling and of
 * rebalancing plans. This class is immutable and thread-safe.
 */
public final class ScoreConventions {
  /** The base of every logarithm: e (entropy in nats). */
  public static final String LOG_BASE = "e";

  /** A facet counts towards variety when its share exceeds this (the contract's 1e-12). */
  public static final double VARIETY_THRESHOLD = 1e-12;

  private final String weighting;
  private final Disparity disparity;

  private ScoreConventions(String weighting, Disparity disparity) {
    this.weighting = weighting;
    this.disparity = disparity;
  }

  /** The conventions of a weighting's name and a disparity matrix. */
  static ScoreConventions of(String weighting, Disparity disparity) {
    Objects.requireNonNull(weighting, "weighting");
    Objects.requireNonNull(disparity, "disparity");
    return new ScoreConventions(Checks.notBlank(weighting, "weighting"), disparity);
  }

  /** {@return the name of the weighting that made the shares ({@code "budget"})} */
  public String weighting() {
    return weighting;
  }

  /** {@return the disparity matrix of Rao-Stirling and of rebalancing plans} */
  public Disparity disparity() {
    return disparity;
  }

  /** {@return the base of the logarithm: always {@value #LOG_BASE}} */
  public String logBase() {
    return LOG_BASE;
  }

  /**
   * {@return the n of evenness and normalised HHI: always 4, whether or not every facet is held}
   */
  public int facetCount() {
    return Facet.COUNT;
  }

  /**
   * {@return the share a facet must exceed to count towards variety: always
   * {@value #VARIETY_THRESHOLD}}
   */
  public double varietyThreshold() {
    return VARIETY_THRESHOLD;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ScoreConventions
        && weighting.equals(((ScoreConventions) other).weighting)
        && disparity.equals(((ScoreConventions) other).disparity);
  }

  @Override
  public int hashCode() {
    return 31 * weighting.hashCode() + disparity.hashCode();
  }

  /** For example {@code ScoreConventions[weighting=budget, logBase=e, n=4, variety>1.0E-12, disparity=diamond]}. */
  @Override
  public String toString() {
    return "ScoreConventions[weighting=" + weighting + ", logBase=" + LOG_BASE + ", n=" + Facet.COUNT
        + ", variety>" + VARIETY_THRESHOLD + ", disparity=" + disparity.name() + "]";
  }
}
