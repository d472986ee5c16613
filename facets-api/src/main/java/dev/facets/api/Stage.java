package dev.facets.api;

import java.util.Locale;

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

  /** Computed once: readers and hot loops ask for it, and lower-casing allocates. */
  private final String jsonName = name().toLowerCase(Locale.ROOT);

  /** The lower-case name used in files ({@code "implement"}). */
  public String jsonName() {
    return jsonName;
  }

  /** The stage of a file name; the inverse of {@link #jsonName()}. */
  public static Stage parse(String name) {
    return Checks.oneOf(values(), Stage::jsonName, name, "stage");
  }
}
