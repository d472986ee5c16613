package dev.facets.api;

import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * A named future and what each facet pays off in it (higher is better), with an optional
 * probability.
 *
 * <p>Whether probabilities are given is decided for a whole {@link ScenarioSet}: all scenarios carry
 * one, or none does and they are equally likely. Build with {@code new Scenario.Builder()} or
 * {@link #of(String, FacetValues)}. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Scenario {
  Scenario() {}

  /**
   * {@return a scenario without a probability of its own}
   *
   * @param name the scenario's name, not blank
   * @param payoff what one unit on each facet pays in this future, not null
   */
  public static Scenario of(String name, FacetValues payoff) {
    return new Builder().name(name).payoff(payoff).build();
  }

  /**
   * Checks a scenario probability: finite and in [0, 1], where 1 may be exceeded by the set's
   * summing tolerance, so that a lone scenario of probability 1 + 1e-10 is accepted as its set's sum
   * would be.
   *
   * @param probability the probability to check
   * @return {@code probability}
   */
  public static double checkProbability(double probability) {
    return Checks.inClosedRange(probability, 0, 1 + ScenarioSet.PROBABILITY_TOLERANCE, "probability");
  }

  /**
   * {@return a scenario with a probability in [0, 1]}
   *
   * @param name the scenario's name, not blank
   * @param probability how likely the future is, in [0, 1]
   * @param payoff what one unit on each facet pays in this future, not null
   */
  public static Scenario of(String name, double probability, FacetValues payoff) {
    return new Builder().name(name).probability(probability).payoff(payoff).build();
  }

  /** {@return the scenario's name, unique within its set and not blank} */
  public abstract String name();

  /** {@return the probability, in [0, 1], when given} */
  public abstract OptionalDouble probability();

  /** {@return what each facet pays off in this future: finite, any sign} */
  public abstract FacetValues payoff();

  @Value.Check
  void check() {
    Checks.notBlank(name(), "name");
    probability().ifPresent(Scenario::checkProbability);
  }

  /** Builds a {@link Scenario}; {@code name} and {@code payoff} are required. */
  public static class Builder {
    private final ImmutableScenario.Builder generated = ImmutableScenario.builder();

    /** Creates an empty builder. */
    public Builder() {}

    /**
     * Sets every attribute from a built value: single values are replaced, lists and maps are
     * added to.
     *
     * @param instance the value to copy, not null
     * @return this builder
     */
    public final Builder from(Scenario instance) {
      generated.from(instance);
      return this;
    }

    /**
     * Sets the {@link Scenario#name() name}.
     *
     * @param name the value, not null
     * @return this builder
     */
    public final Builder name(String name) {
      generated.name(name);
      return this;
    }

    /**
     * Sets the optional {@link Scenario#probability() probability}.
     *
     * @param probability the value
     * @return this builder
     */
    public final Builder probability(double probability) {
      generated.probability(probability);
      return this;
    }

    /**
     * Sets the optional {@link Scenario#probability() probability}; an empty optional leaves it absent.
     *
     * @param probability the value or empty, not null
     * @return this builder
     */
    public final Builder probability(OptionalDouble probability) {
      generated.probability(NullValueException.check(probability, "probability"));
      return this;
    }

    /**
     * Sets the {@link Scenario#payoff() payoff}.
     *
     * @param payoff the value, not null
     * @return this builder
     */
    public final Builder payoff(FacetValues payoff) {
      generated.payoff(payoff);
      return this;
    }


    /**
     * {@return the scenario built from the attributes set so far}
     *
     * @throws IllegalArgumentException if a required attribute is missing or a value is invalid
     */
    public Scenario build() {
      return generated.build();
    }
  }
}
