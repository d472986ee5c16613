package dev.facets.core.classify;

import dev.facets.api.Checks;
import dev.facets.api.Facet;
import dev.facets.api.FacetValues;
import dev.facets.api.InvalidValueException;
import java.util.Objects;

/**
 * What one option of a dimension is evidence for: a weight per facet (finite, {@code >= 0}, not
 * all zero) and a description for explanations.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EvidenceRule {
  private final Dimension dimension;
  private final String option;
  private final String description;
  private final FacetValues weights;

  private EvidenceRule(Dimension dimension, String option, String description, FacetValues weights) {
    this.dimension = dimension;
    this.option = option;
    this.description = description;
    this.weights = weights;
  }

  /**
   * {@return a rule that is evidence for each facet with the given weight}
   *
   * @param dimension the dimension the option belongs to
   * @param option the option's key ({@code "agile"}), not blank
   * @param description what the option means, for a person, not blank
   * @param weights the evidence weight per facet, finite, {@code >= 0}, not all zero; only their
   *     ratios and their size relative to other rules' matter
   * @throws InvalidValueException if the option or description is blank, or a weight is negative, or
   *     all weights are zero
   */
  public static EvidenceRule of(Dimension dimension, String option, String description, FacetValues weights) {
    Objects.requireNonNull(dimension, "dimension");
    Checks.notBlank(option, "option");
    Checks.notBlank(description, "description");
    double total = 0;
    for (Facet facet : Facet.ordered()) {
      total += Checks.finiteNonNegative(weights.get(facet), "weights." + facet.jsonName());
    }
    if (!(total > 0)) {
      throw new InvalidValueException("weights", weights.toString(), "have a weight > 0");
    }
    return new EvidenceRule(dimension, option, description, weights);
  }

  /**
   * {@return a rule that is evidence for one facet with the given weight}
   *
   * @param dimension the dimension the option belongs to
   * @param option the option's key ({@code "agile"}), not blank
   * @param description what the option means, for a person, not blank
   * @param facet the one facet it is evidence for
   * @param weight its weight, finite and {@code > 0}
   * @throws InvalidValueException if the option or description is blank, or the weight is not finite
   *     and {@code > 0}
   */
  public static EvidenceRule of(Dimension dimension, String option, String description, Facet facet, double weight) {
    double[] weights = new double[Facet.COUNT];
    weights[facet.ordinal()] = weight;
    return of(dimension, option, description, FacetValues.of(weights));
  }

  /** {@return the dimension} */
  public Dimension dimension() {
    return dimension;
  }

  /** {@return the option's key ({@code "agile"})} */
  public String option() {
    return option;
  }

  /** {@return what the option means, for a person ({@code "agile: modular, iterative, with user feedback"})} */
  public String description() {
    return description;
  }

  /** {@return the evidence weight per facet} */
  public FacetValues weights() {
    return weights;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof EvidenceRule)) {
      return false;
    }
    EvidenceRule that = (EvidenceRule) other;
    return dimension == that.dimension && option.equals(that.option) && description.equals(that.description)
        && weights.equals(that.weights);
  }

  @Override
  public int hashCode() {
    return Objects.hash(dimension, option, description, weights);
  }

  /** For example {@code procurement:agile -> {enhancement=0.0, ...}}. */
  @Override
  public String toString() {
    return dimension.jsonName() + ":" + option + " -> " + weights;
  }
}
