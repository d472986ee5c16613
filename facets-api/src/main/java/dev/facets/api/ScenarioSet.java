package dev.facets.api;

import java.util.List;
import org.immutables.value.Value;

/**
 * The named futures a portfolio is hedged against, with a probability for each.
 *
 * <p>At least one scenario, with unique names. Probabilities are either absent from every scenario
 * (they are then equally likely) or present in every scenario, each in [0, 1], summing to 1 within
 * {@value #PROBABILITY_TOLERANCE}. Build with {@code new ScenarioSet.Builder()} or
 * {@link #of(List)}. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ScenarioSet {
  /** How far the given probabilities may sum from 1. */
  public static final double PROBABILITY_TOLERANCE = 1e-9;

  ScenarioSet() {}

  /**
   * {@return the set of the given scenarios}
   *
   * @param scenarios the scenarios, not empty, names unique
   */
  public static ScenarioSet of(List<Scenario> scenarios) {
    return new Builder().addAllScenarios(scenarios).build();
  }

  /** {@return the scenarios, at least one, with unique names, in their given order} */
  public abstract List<Scenario> scenarios();

  /** {@return the number of scenarios} */
  public int size() {
    return scenarios().size();
  }

  /** {@return whether the probabilities were left out, making the scenarios equally likely} */
  public boolean equallyLikely() {
    return scenarios().get(0).probability().isEmpty();
  }

  /**
   * {@return the probability of the scenario at {@code index}: as given, or 1/size when none are}
   *
   * @param index from 0 to {@code size() - 1}
   */
  public double probability(int index) {
    return probabilities()[index];
  }

  /** {@return the probabilities in scenario order (a copy), exactly as given or all 1/size} */
  public double[] probabilityArray() {
    return probabilities().clone();
  }

  @Value.Lazy
  double[] probabilities() {
    double[] probabilities = new double[size()];
    boolean equal = equallyLikely();
    for (int i = 0; i < probabilities.length; i++) {
      probabilities[i] = equal ? 1.0 / size() : scenarios().get(i).probability().getAsDouble();
    }
    return probabilities;
  }

  @Value.Check
  void check() {
    Checks.notEmpty(scenarios(), "scenarios");
    Checks.uniqueKeys(scenarios(), Scenario::name, "scenarios", "name");
    boolean given = scenarios().get(0).probability().isPresent();
    double sum = 0;
    for (int i = 0; i < size(); i++) {
      Scenario scenario = scenarios().get(i);
      if (scenario.probability().isPresent() != given) {
        throw new InvalidValueException(
            "scenarios[" + i + "].probability",
            scenario.probability().isPresent() ? Checks.render(scenario.probability().getAsDouble()) : "absent",
            given ? "be given, as scenarios[0].probability is" : "be absent, as scenarios[0].probability is");
      }
      sum += given ? scenario.probability().getAsDouble() : 0;
    }
    if (given && Math.abs(sum - 1) > PROBABILITY_TOLERANCE) {
      throw new InvalidValueException(
          "scenarios[*].probability", "a sum of " + sum, "sum to 1 within " + PROBABILITY_TOLERANCE);
    }
  }

  /** Builds a {@link ScenarioSet}; at least one scenario is required. */
  public static class Builder {
    private final ImmutableScenarioSet.Builder generated = ImmutableScenarioSet.builder();

    /** Creates an empty builder. */
    public Builder() {}

    /**
     * Sets every attribute from a built value: single values are replaced, lists and maps are
     * added to.
     *
     * @param instance the value to copy, not null
     * @return this builder
     */
    public final Builder from(ScenarioSet instance) {
      generated.from(instance);
      return this;
    }

    /**
     * Adds one element to {@link ScenarioSet#scenarios() scenarios}.
     *
     * @param element the element, not null
     * @return this builder
     */
    public final Builder addScenarios(Scenario element) {
      generated.addScenarios(element);
      return this;
    }

    /**
     * Adds elements to {@link ScenarioSet#scenarios() scenarios}.
     *
     * @param elements the elements, not null and without nulls
     * @return this builder
     */
    public final Builder addScenarios(Scenario... elements) {
      generated.addScenarios(NullValueException.check(elements, "scenarios"));
      return this;
    }

    /**
     * Replaces the elements of {@link ScenarioSet#scenarios() scenarios}.
     *
     * @param elements the elements, not null and without nulls
     * @return this builder
     */
    public final Builder scenarios(Iterable<? extends Scenario> elements) {
      generated.scenarios(NullValueException.check(elements, "scenarios"));
      return this;
    }

    /**
     * Adds elements to {@link ScenarioSet#scenarios() scenarios}.
     *
     * @param elements the elements, not null and without nulls
     * @return this builder
     */
    public final Builder addAllScenarios(Iterable<? extends Scenario> elements) {
      generated.addAllScenarios(NullValueException.check(elements, "scenarios"));
      return this;
    }


    /**
     * {@return the scenario set built from the attributes set so far}
     *
     * @throws IllegalArgumentException if a required attribute is missing or a value is invalid
     */
    public ScenarioSet build() {
      return generated.build();
    }
  }
}
