package dev.facets.cli;

import picocli.CommandLine.Option;

/**
 * {@code --trials} and {@code --seed}, declared once for every command that simulates
 * ({@code simulate}, {@code report}, {@code chart histogram}), with the same defaults, so that the
 * same command line gives the same numbers in each.
 */
final class MonteCarloOptions {
  @Option(names = "--trials", paramLabel = "N", defaultValue = Defaults.TRIALS,
      description = "Monte Carlo trials, at least 2 (default: ${DEFAULT-VALUE}).")
  int trials;

  @Option(names = "--seed", paramLabel = "S", defaultValue = Defaults.SEED,
      description = "The random seed: the same seed gives the same numbers, for any --threads (default: ${DEFAULT-VALUE}).")
  long seed;
}
