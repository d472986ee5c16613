package dev.facets.core.io;

import dev.facets.api.Facet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The columns of a portfolio CSV file, in the order the writer puts them: the keys of the JSON
 * portfolio file with nested keys flattened ({@code position.uncertainty}).
 */
enum PortfolioColumn {
  ID("id"),
  NAME("name"),
  BUDGET("budget"),
  UNCERTAINTY("position.uncertainty"),
  DIRECTEDNESS("position.directedness"),
  ENHANCEMENT("facets.enhancement"),
  MISSION("facets.mission"),
  ADAPTIVE("facets.adaptive"),
  ANTICIPATORY("facets.anticipatory"),
  PURPOSE("purpose"),
  DRIVER("driver"),
  STAGE("stage"),
  PRIORITY("priority"),
  SUCCESS_PROBABILITY("successProbability"),
  IMPACT_LOW("impact.low"),
  IMPACT_MODE("impact.mode"),
  IMPACT_HIGH("impact.high"),
  TAGS("tags");

  /** The columns of the facet weights, in facet order. */
  static final List<PortfolioColumn> FACETS = List.of(ENHANCEMENT, MISSION, ADAPTIVE, ANTICIPATORY);
  /** The two coordinates of a position, given together or not at all. */
  static final List<PortfolioColumn> POSITION = List.of(UNCERTAINTY, DIRECTEDNESS);
  /** The three points of an impact estimate, given together or not at all. */
  static final List<PortfolioColumn> IMPACT = List.of(IMPACT_LOW, IMPACT_MODE, IMPACT_HIGH);
  /** Every column name, in order. */
  static final List<String> NAMES;

  static {
    List<String> names = new ArrayList<>();
    for (PortfolioColumn column : values()) {
      names.add(column.header);
    }
    NAMES = Collections.unmodifiableList(names);
  }

  private final String header;

  PortfolioColumn(String header) {
    this.header = header;
  }

  /** The name in the header ({@code position.uncertainty}). */
  String header() {
    return header;
  }

  /** Whether the column holds a number. */
  boolean isNumber() {
    return this == BUDGET || POSITION.contains(this) || FACETS.contains(this) || this == SUCCESS_PROBABILITY
        || IMPACT.contains(this);
  }

  /** Whether a cell of the column may be a percentage ({@code 85%}): a probability or a facet weight. */
  boolean allowsPercent() {
    return this == SUCCESS_PROBABILITY || FACETS.contains(this);
  }

  /** The column of a facet weight. */
  static PortfolioColumn of(Facet facet) {
    return FACETS.get(facet.ordinal());
  }

  /** The column of a header name, if there is one (names are exact: case matters). */
  static Optional<PortfolioColumn> named(String header) {
    for (PortfolioColumn column : values()) {
      if (column.header.equals(header)) {
        return Optional.of(column);
      }
    }
    return Optional.empty();
  }
}
