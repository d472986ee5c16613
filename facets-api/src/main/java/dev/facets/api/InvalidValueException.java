package dev.facets.api;

import java.util.Objects;

/**
 * An invalid value given to a facets type: names the field, the offending value and the rule broken.
 *
 * <p>The field is a path relative to the value being built ({@code budget},
 * {@code initiatives[3].id}), so a reader can prefix its own location ({@code initiatives[3]}) and a
 * caller always learns exactly what to fix. It is an {@link IllegalArgumentException}, as every
 * invalid argument in facets is.
 */
public final class InvalidValueException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final String value;
  private final String rule;

  /**
   * Creates the exception.
   *
   * @param field the field, as a path relative to the value being built
   * @param value the offending value, rendered for a person ({@code "NaN"}, {@code "'x'"})
   * @param rule what the value must be, phrased to follow "must" ("be finite and >= 0")
   */
  public InvalidValueException(String field, String value, String rule) {
    super(Objects.requireNonNull(field, "field") + " must " + Objects.requireNonNull(rule, "rule")
        + ", got " + Objects.requireNonNull(value, "value"));
    this.field = field;
    this.value = value;
    this.rule = rule;
  }

  /** {@return the field, as a path relative to the value being built} */
  public String field() {
    return field;
  }

  /** {@return the offending value, as rendered in the message} */
  public String value() {
    return value;
  }

  /** {@return what the value must be ("be finite and >= 0")} */
  public String rule() {
    return rule;
  }

  /**
   * {@return the same error with its field placed under a parent path, so {@code budget} under
   * {@code initiatives[3]} becomes {@code initiatives[3].budget}}
   *
   * @param parent the parent's path, such as {@code initiatives[3]}; empty leaves the field as it
   *     is
   */
  public InvalidValueException under(String parent) {
    Objects.requireNonNull(parent, "parent");
    if (parent.isEmpty()) {
      return this;
    }
    String joined = field.startsWith("[") ? parent + field : parent + "." + field;
    InvalidValueException moved = new InvalidValueException(joined, value, rule);
    moved.setStackTrace(getStackTrace());
    return moved;
  }
}
