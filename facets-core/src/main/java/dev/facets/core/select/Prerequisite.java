package dev.facets.core.select;

import dev.facets.api.Checks;
import dev.facets.api.InvalidValueException;
import java.util.Objects;

/**
 * A prerequisite link, "fund {@code dependent} only if {@code required} is funded too".
 *
 * <p>Links chain (a requirement of a requirement is a requirement) and may form cycles, which simply
 * make their members all-or-nothing; only an initiative requiring itself is rejected, as it says
 * nothing and is most likely a typo. This class is immutable and thread-safe.
 */
public final class Prerequisite {
  private final String dependent;
  private final String required;

  private Prerequisite(String dependent, String required) {
    this.dependent = dependent;
    this.required = required;
  }

  /**
   * {@return the prerequisite "{@code dependent} only if {@code required}"}
   *
   * @param dependent the id of the initiative that may be funded only with the other, not blank
   * @param required the id of the initiative it needs, not blank and not {@code dependent}
   * @throws InvalidValueException if an id is blank or the two are the same
   */
  public static Prerequisite of(String dependent, String required) {
    Objects.requireNonNull(dependent, "dependent");
    Objects.requireNonNull(required, "required");
    Checks.notBlank(dependent, "dependent");
    Checks.notBlank(required, "required");
    if (dependent.equals(required)) {
      throw new InvalidValueException(
          "required", Checks.quote(required), "differ from dependent (an initiative cannot require itself)");
    }
    return new Prerequisite(dependent, required);
  }

  /** {@return the initiative that may be funded only with the other} */
  public String dependent() {
    return dependent;
  }

  /** {@return the initiative that must be funded whenever the dependent is} */
  public String required() {
    return required;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Prerequisite
        && dependent.equals(((Prerequisite) other).dependent)
        && required.equals(((Prerequisite) other).required);
  }

  @Override
  public int hashCode() {
    return Objects.hash(dependent, required);
  }

  /** {@return the command-line form, {@code dependent:required}} */
  @Override
  public String toString() {
    return dependent + ":" + required;
  }
}
