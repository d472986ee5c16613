package dev.facets.core.select;

import dev.facets.api.EnumNames;
import dev.facets.api.Facet;
import dev.facets.api.FacetMix;
import dev.facets.api.TargetMix;
import java.util.Objects;

/**
 * How far a funded portfolio's facet shares p lie from a target mix t.
 *
 * <p>Both are metrics on the simplex, with {@code Euclidean >= total variation} there: p - t sums to
 * zero, so its positive and negative parts each weigh the total variation TV, and spreading a mass of
 * TV over at most four coordinates gives a Euclidean norm of at least TV. The selector's lower bounds
 * use that inequality. The values equal the scoring engine's target gap
 * ({@code dev.facets.core.score.TargetGap}); the selector computes them itself, in its inner loop.
 */
public enum DistanceMeasure {
  /** Total variation, {@code 1/2 sum_f |p_f - t_f|}, in [0, 1]: the share of weight that must move. */
  TOTAL_VARIATION,
  /** Euclidean, {@code sqrt(sum_f (p_f - t_f)^2)}, in [0, sqrt 2]. */
  EUCLIDEAN;

  private static final EnumNames<DistanceMeasure> NAMES = EnumNames.camelCase(DistanceMeasure.class, "distance");

  /** {@return the camelCase name used in JSON ({@code "totalVariation"}, {@code "euclidean"})} */
  public String jsonName() {
    return NAMES.name(this);
  }

  /**
   * {@return the measure of a JSON or command-line name ({@code "totalVariation"}, {@code "euclidean"}); the
   * inverse of {@link #jsonName()}}
   *
   * @param name the name, exactly as {@link #jsonName()} gives it
   * @throws dev.facets.api.InvalidValueException naming the measures allowed
   */
  public static DistanceMeasure parse(String name) {
    return NAMES.parse(name);
  }

  /**
   * {@return the distance between a facet mix and a target by this measure: in [0, 1] for total
   * variation, [0, sqrt 2] for Euclidean; 0 exactly when they are equal}
   *
   * @param shares the facet shares, a funded set's mix, say
   * @param target the target mix
   */
  public double between(FacetMix shares, TargetMix target) {
    Objects.requireNonNull(shares, "shares");
    Objects.requireNonNull(target, "target");
    return between(shares.toArray(), target.mix().toArray());
  }

  /** The distance between two four-element arrays in facet order (both on the simplex). */
  double between(double[] shares, double[] target) {
    double sum = 0;
    for (int f = 0; f < Facet.COUNT; f++) {
      double gap = shares[f] - target[f];
      sum += this == TOTAL_VARIATION ? Math.abs(gap) : gap * gap;
    }
    return this == TOTAL_VARIATION ? sum / 2 : Math.sqrt(sum);
  }
}
