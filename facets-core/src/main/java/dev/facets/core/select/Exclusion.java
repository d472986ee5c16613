package dev.facets.core.select;

import dev.facets.api.Checks;
import dev.facets.api.InvalidValueException;
import java.util.Objects;

/**
 * A mutual exclusion, "never fund both {@code first} and {@code second}"; symmetric, so
 * {@code of("a", "b")} equals {@code of("b", "a")}.
 *
 * <p>An initiative excluding itself is rejected: it would silently forbid the initiative, which
 * forcing it out says plainly. This class is immutable and thread-safe.
 */
public final class Exclusion {
  private final String first;
  private final String second;

  private Exclusion(String first, String second) {
    this.first = first;
    this.second = second;
  }

  /**
   * {@return the exclusion "not both {@code first} and {@code second}"}
   *
   * @param first one initiative's id, not blank
   * @param second the other initiative's id, not blank and not {@code first}
   * @throws InvalidValueException if an id is blank or the two are the same
   */
  public static Exclusion of(String first, String second) {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(second, "second");
    Checks.notBlank(first, "first");
    Checks.notBlank(second, "second");
    if (first.equals(second)) {
      throw new InvalidValueException(
          "second", Checks.quote(second), "differ from first (an initiative cannot exclude itself)");
    }
    return new Exclusion(first, second);
  }

  /** {@return one of the two initiatives, as given first} */
  public String first() {
    return first;
  }

  /** {@return the other initiative} */
  public String second() {
    return second;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Exclusion)) {
      return false;
    }
    Exclusion that = (Exclusion) other;
    return (first.equals(that.first) && second.equals(that.second))
        || (first.equals(that.second) && second.equals(that.first));
  }

  @Override
  public int hashCode() {
    return first.hashCode() + second.hashCode();
  }

  /** {@return the command-line form, {@code first:second}} */
  @Override
  public String toString() {
    return first + ":" + second;
  }
}
