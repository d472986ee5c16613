package dev.facets.api;


/** The lifecycle stage of an initiative, following OPSI's innovation lifecycle. */
public enum Stage {
  /** Identifying problems and opportunities. */
  IDENTIFY,
  /** Generating ideas. */
  GENERATE,
  /** Developing proposals into something that can be tested. */
  DEVELOP,
  /** Implementing. */
  IMPLEMENT,
  /** Evaluating what happened. */
  EVALUATE,
  /** Diffusing lessons and practices. */
  DIFFUSE;

  private static final EnumNames<Stage> NAMES = EnumNames.hyphenated(Stage.class, "stage");

  /** {@return the lower-case name used in files ({@code "implement"})} */
  public String jsonName() {
    return NAMES.name(this);
  }

  /**
   * {@return the stage of a file name; the inverse of {@link #jsonName()}}
   *
   * @param name a file name, not null
   * @throws InvalidValueException listing the names allowed if none matches
   */
  public static Stage parse(String name) {
    return NAMES.parse(name);
  }
}
