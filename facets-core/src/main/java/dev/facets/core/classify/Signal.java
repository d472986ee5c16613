package dev.facets.core.classify;

import dev.facets.api.Checks;
import dev.facets.api.InvalidValueException;
import java.util.Objects;

/**
 * One observation about an initiative: in a {@link Dimension}, which option was seen
 * ({@code procurement: agile}), and how strongly, from just above 0 to 1 (the default).
 *
 * <p>Which facets an option points at is not the signal's business but the
 * {@linkplain EvidenceRules rule set}'s, so one description can be read under different rules.
 * This class is immutable and thread-safe.
 */
public final class Signal {
  private final Dimension dimension;
  private final String option;
  private final double strength;

  private Signal(Dimension dimension, String option, double strength) {
    this.dimension = dimension;
    this.option = option;
    this.strength = strength;
  }

  /**
   * {@return a signal seen at full strength}
   *
   * @param dimension the dimension observed
   * @param option the option seen, a key of the rule set in that dimension ({@code "agile"}), not blank
   * @throws InvalidValueException if the option is blank
   */
  public static Signal of(Dimension dimension, String option) {
    return of(dimension, option, 1);
  }

  /**
   * {@return a signal seen with a strength in (0, 1]}
   *
   * @param dimension the dimension observed
   * @param option the option seen, a key of the rule set in that dimension ({@code "agile"}), not blank
   * @param strength how strongly it was seen, in (0, 1]; it scales the rule's weights
   * @throws InvalidValueException if the option is blank or the strength is outside (0, 1]
   */
  public static Signal of(Dimension dimension, String option, double strength) {
    Objects.requireNonNull(dimension, "dimension");
    Checks.notBlank(option, "option");
    return new Signal(dimension, option, Checks.inHalfOpenRange(strength, 0, 1, "strength"));
  }

  /** {@return the dimension} */
  public Dimension dimension() {
    return dimension;
  }

  /** {@return the option seen, a key of the rule set ({@code "agile"})} */
  public String option() {
    return option;
  }

  /** {@return how strongly it was seen, in (0, 1]} */
  public double strength() {
    return strength;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Signal)) {
      return false;
    }
    Signal that = (Signal) other;
    return dimension == that.dimension && option.equals(that.option)
        && Double.compare(strength, that.strength) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(dimension, option, strength);
  }

  /** For example {@code procurement:agile} or {@code procurement:agile@0.5}. */
  @Override
  public String toString() {
    return dimension.jsonName() + ":" + option + (strength == 1 ? "" : "@" + strength);
  }
}
