package dev.facets.core.select;

/**
 * The lower bound a {@link Selector} prunes its branch and bound with. Both are valid for the
 * ratio objectives; they trade tightness for cost per node.
 */
public enum SelectionBound {
  /** Boxes where the funded shares can still go, facet by facet and scenario by scenario: O(n (4 + S)) per node. */
  HULL("hull"),
  /**
   * Solves the linear relaxation of the fractional selection, with the ratio linearised
   * (Charnes-Cooper), by Commons Math's simplex method: tighter, about a thousand times dearer per node.
   */
  LINEAR_PROGRAM("linearProgram");

  private final String jsonName;

  SelectionBound(String jsonName) {
    this.jsonName = jsonName;
  }

  /** The camelCase name used in JSON. */
  public String jsonName() {
    return jsonName;
  }
}
