package dev.facets.report;

/**
 * The units the report's figures are in, named once so that two unrelated "values" never stand side
 * by side without saying which is which: a scenario value is in the scenario file's payoff units, a
 * simulated total in the portfolio file's impact units, and neither converts into the other.
 */
final class Units {
  /** Payoffs of the scenario file: what one unit of weight on a facet returns in a scenario. */
  static final String PAYOFF = "payoff units";
  /** Impacts of the portfolio file's low / most likely / high estimates. */
  static final String IMPACT = "impact units";
  /** The header of a portfolio's value in a scenario. */
  static final String PAYOFF_VALUE = "Scenario value (" + PAYOFF + ")";

  private Units() {}
}
