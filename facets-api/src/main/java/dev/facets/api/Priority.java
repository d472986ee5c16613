package dev.facets.api;

import java.util.Locale;

/**
 * The priority of an initiative, as the Portfolio Exploration Tool's project mapping asks for it;
 * the tool draws it as the radius of the initiative's bubble (7, 5, 3).
 */
public enum Priority {
  /** High priority: bubble radius 7. */
  HIGH(7),
  /** Medium priority (the default): bubble radius 5. */
  MEDIUM(5),
  /** Low priority: bubble radius 3. */
  LOW(3);

  /** Computed once: readers and hot loops ask for it, and lower-casing allocates. */
  private final String jsonName = name().toLowerCase(Locale.ROOT);

  private final int bubbleSize;

  Priority(int bubbleSize) {
    this.bubbleSize = bubbleSize;
  }

  /** The bubble radius of the Portfolio Exploration Tool: 7, 5 or 3. */
  public int bubbleSize() {
    return bubbleSize;
  }

  /** The lower-case name used in files ({@code "high"}). */
  public String jsonName() {
    return jsonName;
  }

  /** The priority of a file name; the inverse of {@link #jsonName()}. */
  public static Priority parse(String name) {
    return Checks.oneOf(values(), Priority::jsonName, name, "priority");
  }
}
