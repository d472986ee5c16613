package dev.facets.cli;

import dev.facets.api.Weighting;
import picocli.CommandLine.Option;

/**
 * {@code --weight budget|count|priority}, declared once for {@code score}, {@code compare},
 * {@code hedge} and {@code optimize}, so that it means one weighting with one default everywhere.
 */
final class WeightOption {
  /** The help text of every {@code --weight}; {@code optimize} says when it applies before it. */
  static final String DESCRIPTION = "What an initiative weighs in the facet shares: ${COMPLETION-CANDIDATES} "
      + "(default: ${DEFAULT-VALUE}).";

  @Option(names = "--weight", defaultValue = Defaults.WEIGHT, description = DESCRIPTION)
  Name weight;

  /** The weightings the command offers, by their command-line names. */
  enum Name {
    budget,
    count,
    priority;

    /** The engine's weighting of this name. */
    Weighting weighting() {
      return Weighting.parse(name());
    }
  }

  /** The weighting asked for. */
  Weighting weighting() {
    return weight.weighting();
  }
}
