package dev.facets.core.score;

import dev.facets.api.Initiative;
import java.util.Optional;

/**
 * An initiative's attribute by name. The one place that reads attributes for grouping, so that the
 * grouping does not depend on how the API stores them.
 */
final class Attributes {
  private Attributes() {}

  /** The value of the named attribute, or empty when the initiative does not carry it. */
  static Optional<String> value(Initiative initiative, String name) {
    return Optional.empty();
  }
}
