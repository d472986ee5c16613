package dev.facets.core.simulate;

import dev.facets.api.Checks;
import dev.facets.api.InvalidValueException;
import java.util.Objects;

/**
 * Whether initiatives succeed independently or share common shocks, and how strongly.
 *
 * <p>Failures cluster: initiatives run by the same unit, on the same theme or in the same facet
 * tend to fail together, which fattens the lower tail. This is modelled by a one-factor Gaussian
 * copula. Each group g (a dominant facet, or a tag) draws a common shock Z_g ~ N(0, 1) per trial;
 * each initiative i draws its own e_i ~ N(0, 1) and succeeds when
 * Phi(sqrt(rho) Z_g + sqrt(1 - rho) e_i) &lt; p_i, that is when the latent sum is below
 * Phi^-1(p_i). The latent variable is standard normal, so every initiative keeps its own success
 * probability p_i; two initiatives of the same group have latent correlation rho.
 *
 * <ul>
 *   <li>{@link Grouping#DOMINANT_FACET}: one group per facet; an initiative belongs to the group of
 *       its dominant facet (ties by facet order).</li>
 *   <li>{@link Grouping#TAG}: one group per distinct tag. An initiative with k distinct tags loads
 *       sqrt(rho / k) on each of their shocks, so its latent variance stays 1 and two initiatives
 *       sharing j of their tags have latent correlation rho j / sqrt(k_1 k_2) (rho when each has the
 *       one same tag: the one-factor model). An initiative without tags has no common shock.</li>
 * </ul>
 *
 * <p>rho = 0 gives exactly the independent model's distribution (Phi(e_i) is uniform), by a
 * different sequence of draws than {@link #NONE}; rho must be below 1, where the idiosyncratic part
 * vanishes. This class is immutable and thread-safe.
 */
public final class Correlation {
  /** How initiatives are grouped to share a common shock. */
  public enum Grouping {
    /** No common shocks: every initiative succeeds independently. */
    NONE,
    /** One shock per facet, shared by the initiatives whose dominant facet it is. */
    DOMINANT_FACET,
    /** One shock per distinct tag, shared by the initiatives that carry the tag. */
    TAG
  }

  /** Independent successes, the default. */
  public static final Correlation NONE = new Correlation(Grouping.NONE, 0);

  private final Grouping grouping;
  private final double rho;

  private Correlation(Grouping grouping, double rho) {
    this.grouping = grouping;
    this.rho = rho;
  }

  /**
   * The correlation of a grouping with latent correlation {@code rho} in [0, 1);
   * {@link Grouping#NONE} only with rho = 0.
   *
   * @param grouping which initiatives share a shock, not null
   * @param rho the latent correlation within a group, in [0, 1)
   * @return the correlation; {@link #NONE} itself for {@link Grouping#NONE}
   * @throws InvalidValueException if rho is outside [0, 1), NaN, or not 0 with
   *     {@link Grouping#NONE}
   */
  public static Correlation of(Grouping grouping, double rho) {
    Objects.requireNonNull(grouping, "grouping");
    if (grouping == Grouping.NONE) {
      if (rho != 0) {
        throw new InvalidValueException("rho", Checks.render(rho), "be 0 when there is no grouping");
      }
      return NONE;
    }
    if (!(rho >= 0 && rho < 1)) {
      throw new InvalidValueException("rho", Checks.render(rho), "be in [0, 1)");
    }
    return new Correlation(grouping, rho + 0.0);
  }

  /**
   * {@return the model in which initiatives sharing a dominant facet share a shock}
   *
   * @param rho the latent correlation within a group, in [0, 1)
   * @throws InvalidValueException if rho is outside [0, 1) or NaN
   */
  public static Correlation byDominantFacet(double rho) {
    return of(Grouping.DOMINANT_FACET, rho);
  }

  /**
   * {@return the model in which initiatives sharing a tag share a shock}
   *
   * @param rho the latent correlation within a group, in [0, 1)
   * @throws InvalidValueException if rho is outside [0, 1) or NaN
   */
  public static Correlation byTag(double rho) {
    return of(Grouping.TAG, rho);
  }

  /** {@return the grouping: which initiatives share a shock} */
  public Grouping grouping() {
    return grouping;
  }

  /** {@return the latent correlation within a group, in [0, 1); 0 for {@link #NONE}} */
  public double rho() {
    return rho;
  }

  /** {@return whether successes are drawn independently, without the copula ({@link #NONE})} */
  public boolean isIndependent() {
    return grouping == Grouping.NONE;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Correlation
        && grouping == ((Correlation) other).grouping
        && Double.compare(rho, ((Correlation) other).rho) == 0;
  }

  @Override
  public int hashCode() {
    return 31 * grouping.hashCode() + Double.hashCode(rho);
  }

  /** For example {@code Correlation[DOMINANT_FACET, rho=0.3]}. */
  @Override
  public String toString() {
    return "Correlation[" + grouping + ", rho=" + rho + "]";
  }
}
