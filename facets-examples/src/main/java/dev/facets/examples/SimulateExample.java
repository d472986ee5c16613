package dev.facets.examples;

import dev.facets.api.Facet;
import dev.facets.api.FacetMix;
import dev.facets.api.ImpactEstimate;
import dev.facets.api.Initiative;
import dev.facets.api.Portfolio;
import dev.facets.core.simulate.OutcomeDistribution;
import dev.facets.core.simulate.OutcomeSimulator;
import dev.facets.core.simulate.SimulationSettings;
import dev.facets.report.Numbers;
import java.io.PrintStream;

/**
 * {@code facets simulate} in Java: a Monte Carlo simulation of which initiatives succeed and what
 * they yield, through {@link OutcomeSimulator#DEFAULT}; the same seed gives the same numbers on any
 * number of threads. Run it: {@code java -cp facets.jar dev.facets.examples.SimulateExample}.
 */
public final class SimulateExample {
  /** The number of trials. */
  static final int TRIALS = 100_000;

  private SimulateExample() {}

  /** Runs the example, printing to standard output. */
  public static void main(String[] args) {
    run(System.out);
  }

  /** Runs the example, printing to {@code out}. */
  public static void run(PrintStream out) {
    Portfolio portfolio = new Portfolio.Builder().name("two trials")
        .addInitiatives(new Initiative.Builder().id("a").budget(1).successProbability(0.5)
            .impact(ImpactEstimate.of(1, 2, 3)).facets(FacetMix.pure(Facet.ENHANCEMENT)).build())
        .addInitiatives(new Initiative.Builder().id("b").budget(1).successProbability(0.8)
            .impact(ImpactEstimate.of(0, 1, 2)).facets(FacetMix.pure(Facet.MISSION)).build())
        .build();
    OutcomeDistribution outcome = OutcomeSimulator.DEFAULT.simulate(
        portfolio, SimulationSettings.trials(TRIALS).withSeed(42));
    out.println("mean total: " + Numbers.fixed(outcome.mean(), 4));
    out.println("standard error: " + Numbers.fixed(outcome.standardError(), 4));
    out.println("probability of no success: " + Numbers.fixed(outcome.probabilityNoSuccess(), 4));
  }
}
