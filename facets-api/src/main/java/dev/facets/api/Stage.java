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

  /** The lower-case name used in files ({@code "implement"}). */
  public String jsonName() {
    return NAMES.name(this);
  }

  /** The stage of a file name; the inverse of {@link #jsonName()}. */
  public static Stage parse(String name) {
    return NAMES.parse(name);
  }
}
