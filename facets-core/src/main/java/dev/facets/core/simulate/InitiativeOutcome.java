package dev.facets.core.simulate;

import dev.facets.api.Facet;
import java.util.Objects;

/**
 * What one initiative contributed in a simulation.
 *
 * <p>The contributions are additive: over all initiatives, the mean contributions sum to the
 * distribution's mean, and the tail contributions to its CVaR (up to rounding), because a trial's
 * total is the sum of its initiatives' values. The tail contribution is the initiative's value
 * averaged over the worst alpha of trials (with the boundary trials weighted fractionally, as the
 * CVaR is): how much it still delivers when the portfolio does badly. This class is immutable and
 * thread-safe.
 */
public final class InitiativeOutcome {
  private final String id;
  private final Facet dominantFacet;
  private final double successRate;
  private final double meanContribution;
  private final double tailContribution;

  private InitiativeOutcome(
      String id, Facet dominantFacet, double successRate, double meanContribution, double tailContribution) {
    this.id = Objects.requireNonNull(id, "id");
    this.dominantFacet = Objects.requireNonNull(dominantFacet, "dominantFacet");
    this.successRate = successRate;
    this.meanContribution = meanContribution;
    this.tailContribution = tailContribution;
  }

  static InitiativeOutcome of(
      String id, Facet dominantFacet, double successRate, double meanContribution, double tailContribution) {
    return new InitiativeOutcome(id, dominantFacet, successRate, meanContribution, tailContribution);
  }

  /** {@return the initiative's id} */
  public String id() {
    return id;
  }

  /**
   * {@return the dominant facet of its mix: the facet whose success probability it counts towards}
   */
  public Facet dominantFacet() {
    return dominantFacet;
  }

  /** {@return the fraction of trials in which it succeeded, in [0, 1]} */
  public double successRate() {
    return successRate;
  }

  /**
   * {@return its value (impact times scenario multiplier, 0 on failure) averaged over all trials,
   * in the impact estimates' unit}
   */
  public double meanContribution() {
    return meanContribution;
  }

  /** {@return its value averaged over the worst alpha of trials, the tail the CVaR measures} */
  public double tailContribution() {
    return tailContribution;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof InitiativeOutcome)) {
      return false;
    }
    InitiativeOutcome that = (InitiativeOutcome) other;
    return id.equals(that.id) && dominantFacet == that.dominantFacet
        && Double.compare(successRate, that.successRate) == 0
        && Double.compare(meanContribution, that.meanContribution) == 0
        && Double.compare(tailContribution, that.tailContribution) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, dominantFacet, successRate, meanContribution, tailContribution);
  }

  @Override
  public String toString() {
    return "InitiativeOutcome[" + id + ", " + dominantFacet.jsonName() + ", successRate=" + successRate
        + ", mean=" + meanContribution + ", tail=" + tailContribution + "]";
  }
}
