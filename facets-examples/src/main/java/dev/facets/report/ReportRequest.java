package dev.facets.report;

import dev.facets.api.Checks;
import dev.facets.api.Portfolio;
import dev.facets.api.ScenarioSet;
import dev.facets.api.TargetMix;
import dev.facets.api.Weighting;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What a report is about: a portfolio and, optionally, the scenarios to hedge against, the target
 * mix to compare with and a budget limit to select initiatives under, plus the simulation's trials
 * and seed and, for the footer, the report's {@link Provenance}.
 *
 * <p>Defaults: budget weighting, {@value #DEFAULT_TRIALS} trials, seed {@value #DEFAULT_SEED}, a
 * trade-off curve of {@value #TRADE_OFF_POINTS} points. This class is immutable and thread-safe.
 */
public final class ReportRequest {
  /** The default number of Monte Carlo trials. */
  public static final int DEFAULT_TRIALS = 10_000;
  /** The default seed of the Monte Carlo simulation. */
  public static final long DEFAULT_SEED = 42;
  /** The number of points on the trade-off curve (lambda = 0, 0.1, ..., 1). */
  public static final int TRADE_OFF_POINTS = 11;

  private final Portfolio portfolio;
  private final Weighting weighting;
  private final Optional<ScenarioSet> scenarios;
  private final Optional<TargetMix> target;
  private final int trials;
  private final long seed;
  private final OptionalDouble budgetLimit;
  private final Optional<Provenance> provenance;

  private ReportRequest(Portfolio portfolio, Weighting weighting, Optional<ScenarioSet> scenarios,
      Optional<TargetMix> target, int trials, long seed, OptionalDouble budgetLimit, Optional<Provenance> provenance) {
    this.portfolio = Objects.requireNonNull(portfolio, "portfolio");
    this.weighting = Objects.requireNonNull(weighting, "weighting");
    this.scenarios = Objects.requireNonNull(scenarios, "scenarios");
    this.target = Objects.requireNonNull(target, "target");
    this.trials = Checks.atLeast(trials, 2, "trials");
    this.seed = seed;
    this.budgetLimit = Objects.requireNonNull(budgetLimit, "budgetLimit");
    this.provenance = Objects.requireNonNull(provenance, "provenance");
  }

  /** A report on a portfolio, weighted by budget, with no scenarios and no target. */
  public static ReportRequest of(Portfolio portfolio) {
    return new ReportRequest(portfolio, Weighting.budget(), Optional.empty(), Optional.empty(), DEFAULT_TRIALS,
        DEFAULT_SEED, OptionalDouble.empty(), Optional.empty());
  }

  /** This request with the scenarios to hedge against (and to simulate under). */
  public ReportRequest withScenarios(ScenarioSet scenarios) {
    return new ReportRequest(portfolio, weighting, Optional.of(scenarios), target, trials, seed, budgetLimit, provenance);
  }

  /** This request with the target mix to compare the facet shares with. */
  public ReportRequest withTarget(TargetMix target) {
    return new ReportRequest(portfolio, weighting, scenarios, Optional.of(target), trials, seed, budgetLimit, provenance);
  }

  /** This request with another weighting of initiatives (budget by default). */
  public ReportRequest withWeighting(Weighting weighting) {
    return new ReportRequest(portfolio, weighting, scenarios, target, trials, seed, budgetLimit, provenance);
  }

  /**
   * This request with another number of Monte Carlo trials.
   *
   * @throws dev.facets.api.InvalidValueException if {@code trials < 2}
   */
  public ReportRequest withTrials(int trials) {
    return new ReportRequest(portfolio, weighting, scenarios, target, trials, seed, budgetLimit, provenance);
  }

  /** This request with another Monte Carlo seed. */
  public ReportRequest withSeed(long seed) {
    return new ReportRequest(portfolio, weighting, scenarios, target, trials, seed, budgetLimit, provenance);
  }

  /**
   * This request with a budget limit: the report then selects which whole initiatives to fund under
   * it, as {@code facets select --budget} does.
   *
   * @throws dev.facets.api.InvalidValueException if the limit is negative or not finite
   */
  public ReportRequest withBudgetLimit(double budgetLimit) {
    Checks.finiteNonNegative(budgetLimit, "budgetLimit");
    return new ReportRequest(portfolio, weighting, scenarios, target, trials, seed, OptionalDouble.of(budgetLimit),
        provenance);
  }

  /** This request with where the report comes from, for its footer. */
  public ReportRequest withProvenance(Provenance provenance) {
    return new ReportRequest(portfolio, weighting, scenarios, target, trials, seed, budgetLimit,
        Optional.of(provenance));
  }

  /** The portfolio. */
  public Portfolio portfolio() {
    return portfolio;
  }

  /** How initiatives are weighted into facet shares. */
  public Weighting weighting() {
    return weighting;
  }

  /** The scenarios, if given. */
  public Optional<ScenarioSet> scenarios() {
    return scenarios;
  }

  /** The target mix, if given. */
  public Optional<TargetMix> target() {
    return target;
  }

  /** The number of Monte Carlo trials. */
  public int trials() {
    return trials;
  }

  /** The Monte Carlo seed. */
  public long seed() {
    return seed;
  }

  /** The budget limit to select initiatives under, if given. */
  public OptionalDouble budgetLimit() {
    return budgetLimit;
  }

  /** Where the report comes from, if recorded. */
  public Optional<Provenance> provenance() {
    return provenance;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof ReportRequest)) {
      return false;
    }
    ReportRequest that = (ReportRequest) other;
    return portfolio.equals(that.portfolio) && weighting.name().equals(that.weighting.name())
        && scenarios.equals(that.scenarios) && target.equals(that.target) && trials == that.trials && seed == that.seed
        && budgetLimit.equals(that.budgetLimit) && provenance.equals(that.provenance);
  }

  @Override
  public int hashCode() {
    return Objects.hash(portfolio, weighting.name(), scenarios, target, trials, seed, budgetLimit, provenance);
  }

  /** For example {@code ReportRequest{portfolio='Ministry', weighting=budget, scenarios=4, target=none, trials=10000, seed=42, budgetLimit=none}}. */
  @Override
  public String toString() {
    return "ReportRequest{portfolio=" + Checks.quote(portfolio.name()) + ", weighting=" + weighting.name()
        + ", scenarios=" + scenarios.map(set -> String.valueOf(set.size())).orElse("none")
        + ", target=" + target.map(TargetMix::toString).orElse("none") + ", trials=" + trials + ", seed=" + seed
        + ", budgetLimit=" + (budgetLimit.isPresent() ? String.valueOf(budgetLimit.getAsDouble()) : "none") + "}";
  }
}
