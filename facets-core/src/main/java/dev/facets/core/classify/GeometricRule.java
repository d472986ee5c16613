package dev.facets.core.classify;

import dev.facets.api.AxisPosition;
import dev.facets.api.Checks;
import dev.facets.api.Facet;
import dev.facets.api.FacetMix;
import dev.facets.api.Zone;

/**
 * The geometric rule of the file contract: a position on the diamond to a facet mix and a zone.
 *
 * <p>With u = uncertainty and d = directedness the raw weights are enhancement = max(0, -u),
 * anticipatory = max(0, u), mission = max(0, d), adaptive = max(0, -d), divided by their sum; at the
 * origin the mix is uniform and the zone mixed. A zone is the dominant facet when its weight reaches
 * the purity threshold, else the change type of the two largest weights when those are neighbours,
 * else mixed; ties go to the first facet in the order enhancement, mission, adaptive, anticipatory.
 * Opposite facets can never both weigh in a geometric mix, so only explicit mixes reach "mixed" away
 * from the origin. This class is immutable and thread-safe.
 */
public final class GeometricRule {
  /** The contract's default purity threshold: a facet owning two thirds of the mix is pure. */
  public static final double DEFAULT_PURITY = 2.0 / 3.0;

  /** The rule with the default purity threshold. */
  public static final GeometricRule DEFAULT = new GeometricRule(DEFAULT_PURITY);

  private final double purity;

  private GeometricRule(double purity) {
    this.purity = purity;
  }

  /**
   * The rule with the given purity threshold, in (0.25, 1]: at or below a quarter every mix would be
   * pure.
   */
  public static GeometricRule withPurity(double purity) {
    if (!(purity > 0.25 && purity <= 1)) {
      throw new dev.facets.api.InvalidValueException("purity", Checks.render(purity), "be in (0.25, 1]");
    }
    return new GeometricRule(purity);
  }

  /** The purity threshold. */
  public double purity() {
    return purity;
  }

  /** The facet mix of a position: uniform at the origin. */
  public FacetMix mix(AxisPosition position) {
    double u = position.uncertainty();
    double d = position.directedness();
    if (u == 0 && d == 0) {
      return FacetMix.uniform();
    }
    return FacetMix.of(Math.max(0, -u), Math.max(0, d), Math.max(0, -d), Math.max(0, u));
  }

  /** The zone of a position: mixed at the origin, else the zone of its mix. */
  public Zone zone(AxisPosition position) {
    if (position.uncertainty() == 0 && position.directedness() == 0) {
      return Zone.MIXED;
    }
    return zone(mix(position));
  }

  /**
   * The zone of a mix: the dominant facet at or above the purity threshold, else the change type of
   * the two largest weights if they are neighbours, else mixed.
   */
  public Zone zone(FacetMix mix) {
    Facet first = mix.dominant();
    if (mix.weight(first) >= purity) {
      return Zone.of(first);
    }
    Facet second = null;
    for (Facet facet : Facet.ordered()) {
      if (facet != first && (second == null || mix.weight(facet) > mix.weight(second))) {
        second = facet;
      }
    }
    return Zone.between(first, second);
  }
}
