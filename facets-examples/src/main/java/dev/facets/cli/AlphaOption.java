package dev.facets.cli;

import picocli.CommandLine.Option;

/**
 * {@code --alpha}, declared once for {@code hedge}, {@code optimize} and {@code simulate}, so that it
 * means one tail with one default everywhere: the worst alpha of probability mass, whose mean value
 * is the CVaR (of the scenarios' values in {@code hedge} and {@code optimize}, of the trials' totals
 * in {@code simulate}, where VaR is its boundary).
 */
final class AlphaOption {
  @Option(names = "--alpha", paramLabel = "A", defaultValue = Defaults.ALPHA,
      description = "The tail of CVaR: the worst A of probability mass, whose mean value is the CVaR, in (0, 1] "
          + "(below 1 in simulate) (default: ${DEFAULT-VALUE}, the worst 20 %).")
  double alpha;
}
