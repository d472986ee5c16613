package dev.facets.core.select;

import dev.facets.api.EnumNames;

/**
 * What a selection optimises (see {@link SelectionProblem} for the formulas): the expected value
 * of the funded set, its distance to a target mix, or its maximum regret across scenarios.
 */
public enum SelectionObjective {
  /** The most expected value: the sum of the funded initiatives' expected values. */
  VALUE,
  /** The least distance (total variation) between the funded shares and the target. */
  DISTANCE,
  /** The least maximum regret of the funded shares across the scenarios. */
  REGRET;

  private static final EnumNames<SelectionObjective> NAMES = EnumNames.hyphenated(SelectionObjective.class, "objective");

  /** {@return the name used in JSON and on the command line ({@code value}, {@code distance}, {@code regret})} */
  public String jsonName() {
    return NAMES.name(this);
  }

  /**
   * {@return the objective of a JSON or command-line name; the inverse of {@link #jsonName()}}
   *
   * @param name {@code "value"}, {@code "distance"} or {@code "regret"}
   * @throws dev.facets.api.InvalidValueException naming the objectives allowed
   */
  public static SelectionObjective parse(String name) {
    return NAMES.parse(name);
  }
}
