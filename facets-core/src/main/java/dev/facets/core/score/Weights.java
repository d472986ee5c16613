package dev.facets.core.score;

import dev.facets.api.Checks;
import dev.facets.api.Initiative;
import dev.facets.api.InvalidValueException;
import dev.facets.api.Weighting;

/** The one check of a weighting's output, shared by both scoring paths. */
final class Weights {
  private Weights() {}

  /**
   * The weight of the {@code index}-th initiative, which must be finite and {@code >= 0}; a custom
   * weighting that returns NaN, an infinity or a negative number is named with the initiative's id.
   */
  static double of(Weighting weighting, Initiative initiative, int index) {
    return check(weighting.weight(initiative), weighting.name(), initiative.id(), index);
  }

  /** Checks a weight given for an initiative id. */
  static double check(double weight, String weighting, String id, int index) {
    if (!Double.isFinite(weight) || weight < 0) {
      throw new InvalidValueException("initiatives[" + index + "].weight", Checks.render(weight),
          "be finite and >= 0 (initiative " + Checks.quote(id) + ", weighting " + Checks.quote(weighting) + ")");
    }
    return weight + 0.0;
  }

  /** Checks that a total weight can carry shares: finite and above zero. */
  static double checkTotal(double total, String weighting, String portfolio) {
    if (!(total > 0) || Double.isInfinite(total)) {
      throw new InvalidValueException("totalWeight", Checks.render(total),
          "be finite and > 0 to define facet shares (portfolio " + Checks.quote(portfolio)
              + ", weighting " + Checks.quote(weighting) + ")");
    }
    return total;
  }
}
