package dev.facets.cli;

import dev.facets.api.Weighting;
import picocli.CommandLine.Option;

/**
 * {@code --weight budget|count|priority}, declared once for {@code score}, {@code compare},
 * {@code hedge} and {@code optimize}, so that it means one weighting with one default everywhere.
 */
final class WeightOption {
  @Option(names = "--weight", defaultValue = Defaults.WEIGHT,
      description = "What an initiative weighs in the facet shares: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Name weight;

  /** The weightings the command offers, by their command-line names. */
  enum Name {
    budget,
    count,
    priority
  }

  /** The weighting asked for. */
  Weighting weighting() {
    return Weighting.parse(weight.name());
  }
}
