package dev.facets.api;


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

  private static final EnumNames<Priority> NAMES = EnumNames.hyphenated(Priority.class, "priority");

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
    return NAMES.name(this);
  }

  /** The priority of a file name; the inverse of {@link #jsonName()}. */
  public static Priority parse(String name) {
    return NAMES.parse(name);
  }
}
