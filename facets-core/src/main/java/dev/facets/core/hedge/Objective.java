package dev.facets.core.hedge;

import dev.facets.api.EnumNames;

/**
 * What a scenario-robust allocation optimises, with the contract's command-line names.
 *
 * <p>Each objective is one of the metrics of {@link Robustness}, so an allocation found for an
 * objective can be checked by evaluating it: {@link #valueOf(Robustness)} is the number the allocator
 * reports as the objective value.
 */
public enum Objective {
  /** Maximise the worst-case value {@code min_s V_s} (Wald's maximin). */
  MAXIMIN(false),
  /**
   * Minimise the maximum regret {@code max_s (max_f P_sf - V_s)} (Savage). Regret is measured against
   * the best single facet of each scenario, as {@code facets hedge} reports it, also when facet bounds
   * keep that facet out of reach.
   */
  MINIMAX_REGRET(true),
  /** Maximise the probability-weighted expected value {@code sum_s p_s V_s}. */
  EXPECTED(false),
  /** Maximise the CVaR: the mean value over the worst {@code alpha} of probability mass. */
  CVAR(false);

  private static final EnumNames<Objective> NAMES = EnumNames.hyphenated(Objective.class, "objective");

  private final boolean minimised;

  Objective(boolean minimised) {
    this.minimised = minimised;
  }

  /** {@return the command-line and JSON name ({@code "minimax-regret"})} */
  public String jsonName() {
    return NAMES.name(this);
  }

  /** {@return whether smaller is better (only for regret)} */
  public boolean isMinimised() {
    return minimised;
  }

  /**
   * {@return the value of this objective for an evaluated allocation (CVaR at the evaluation's alpha)}
   *
   * @param robustness the evaluation of an allocation across the scenarios
   */
  public double valueOf(Robustness robustness) {
    return switch (this) {
      case MAXIMIN -> robustness.worstCase();
      case MINIMAX_REGRET -> robustness.maxRegret();
      case EXPECTED -> robustness.expectedValue();
      case CVAR -> robustness.cvar();
    };
  }

  /**
   * {@return the objective of a command-line name: {@code maximin}, {@code minimax-regret}, {@code expected}
   * or {@code cvar}}
   *
   * @param name the name, exactly as listed (lower case, hyphenated)
   * @throws dev.facets.api.InvalidValueException naming the allowed names
   */
  public static Objective parse(String name) {
    return NAMES.parse(name);
  }
}
