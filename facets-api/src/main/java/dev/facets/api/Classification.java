package dev.facets.api;

import java.util.List;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * The outcome of classifying an initiative: its facet mix, its dominant facet, its zone on the
 * diamond, and the lines that explain how they were reached.
 *
 * <p>A classification records how it was made: the {@link #method() method} that produced it and,
 * when a purity threshold decided the zone, that threshold, so that a printed zone can always be
 * traced back to its rule. The dominant facet is derived from the mix (ties go to the first facet in
 * the library's order), so the two can never disagree. Build with
 * {@code new Classification.Builder()}. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Classification {
  Classification() {}

  /** {@return the name of the rule that produced this classification ({@code "geometric"}), not blank} */
  public abstract String method();

  /** {@return the facet mix} */
  public abstract FacetMix mix();

  /** {@return the zone on the diamond} */
  public abstract Zone zone();

  /** {@return the purity threshold that decided the zone, when one did} */
  public abstract OptionalDouble purity();

  /**
   * Lines for a person, in reading order, each not blank; may be empty.
   *
   * @return the explanation's lines, in reading order
   */
  public abstract List<String> explanation();

  /** {@return the facet with the largest weight in the mix, ties going to the first in facet order} */
  public Facet dominant() {
    return mix().dominant();
  }

  @Value.Check
  void check() {
    Checks.notBlank(method(), "method");
    purity().ifPresent(p -> Checks.inClosedRange(p, 0, 1, "purity"));
    for (int i = 0; i < explanation().size(); i++) {
      Checks.notBlank(explanation().get(i), "explanation[" + i + "]");
    }
  }

  /** Builds a {@link Classification}; {@code method}, {@code mix} and {@code zone} are required. */
  public static class Builder {
    private final ImmutableClassification.Builder generated = ImmutableClassification.builder();

    /** Creates an empty builder. */
    public Builder() {}

    /**
     * Sets every attribute from a built value: single values are replaced, lists and maps are
     * added to.
     *
     * @param instance the value to copy, not null
     * @return this builder
     */
    public final Builder from(Classification instance) {
      generated.from(instance);
      return this;
    }

    /**
     * Sets the {@link Classification#method() method}.
     *
     * @param method the value, not null
     * @return this builder
     */
    public final Builder method(String method) {
      generated.method(method);
      return this;
    }

    /**
     * Sets the {@link Classification#mix() mix}.
     *
     * @param mix the value, not null
     * @return this builder
     */
    public final Builder mix(FacetMix mix) {
      generated.mix(mix);
      return this;
    }

    /**
     * Sets the {@link Classification#zone() zone}.
     *
     * @param zone the value, not null
     * @return this builder
     */
    public final Builder zone(Zone zone) {
      generated.zone(zone);
      return this;
    }

    /**
     * Sets the optional {@link Classification#purity() purity}.
     *
     * @param purity the value
     * @return this builder
     */
    public final Builder purity(double purity) {
      generated.purity(purity);
      return this;
    }

    /**
     * Sets the optional {@link Classification#purity() purity}; an empty optional leaves it absent.
     *
     * @param purity the value or empty, not null
     * @return this builder
     */
    public final Builder purity(OptionalDouble purity) {
      generated.purity(NullValueException.check(purity, "purity"));
      return this;
    }

    /**
     * Adds one element to {@link Classification#explanation() explanation}.
     *
     * @param element the element, not null
     * @return this builder
     */
    public final Builder addExplanation(String element) {
      generated.addExplanation(element);
      return this;
    }

    /**
     * Adds elements to {@link Classification#explanation() explanation}.
     *
     * @param elements the elements, not null and without nulls
     * @return this builder
     */
    public final Builder addExplanation(String... elements) {
      generated.addExplanation(NullValueException.check(elements, "explanation"));
      return this;
    }

    /**
     * Replaces the elements of {@link Classification#explanation() explanation}.
     *
     * @param elements the elements, not null and without nulls
     * @return this builder
     */
    public final Builder explanation(Iterable<String> elements) {
      generated.explanation(NullValueException.check(elements, "explanation"));
      return this;
    }

    /**
     * Adds elements to {@link Classification#explanation() explanation}.
     *
     * @param elements the elements, not null and without nulls
     * @return this builder
     */
    public final Builder addAllExplanation(Iterable<String> elements) {
      generated.addAllExplanation(NullValueException.check(elements, "explanation"));
      return this;
    }


    /**
     * {@return the classification built from the attributes set so far}
     *
     * @throws IllegalArgumentException if a required attribute is missing or a value is invalid
     */
    public Classification build() {
      return generated.build();
    }
  }
}
