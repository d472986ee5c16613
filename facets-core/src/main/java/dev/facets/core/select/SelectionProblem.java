package dev.facets.core.select;

import dev.facets.api.Checks;
import dev.facets.api.Facet;
import dev.facets.api.Initiative;
import dev.facets.api.InvalidValueException;
import dev.facets.api.Portfolio;
import dev.facets.api.ScenarioSet;
import dev.facets.api.TargetMix;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * A go/no-go selection problem: which whole initiatives of a portfolio to fund under a budget limit,
 * with prerequisite and exclusion links and forced decisions, to come close to a target facet mix
 * and/or to keep the maximum regret across scenarios low ({@code docs/metrics.md#selection}).
 *
 * <p>An initiative costs its budget unless {@link Builder#cost(String, double)} says otherwise (a
 * first-year tranche, say), but its weight in the funded facet mix is always its budget: the shares
 * of a funded set S are {@code p_f = sum_{i in S} b_i m_if / sum_{i in S} b_i}, the budget-weighted
 * mixes of {@link dev.facets.core.classify.InitiativeMixes#of}. The objectives are
 * <ul>
 *   <li>the distance {@code d(p, t)} to the {@link #target() target} by the chosen
 *       {@link #distance() measure} (total variation unless chosen), when a target is given;
 *   <li>the maximum regret {@code max_s (max_f P_sf - sum_f p_f P_sf)} over the
 *       {@link #scenarios() scenarios}, when they are given (the regret of {@code facets hedge}).
 * </ul>
 * At least one of the two must be given, unless an {@link #objective() objective} is chosen.
 *
 * <p><b>With an objective</b> ({@link Builder#objective}), the selection optimises that one objective
 * under every constraint given, and may also trace a {@link #frontAxis() front}. The objectives are
 * the expected value {@code sum_{i in S} v_i} (most), the distance above (least; total variation
 * only, as it is linear once multiplied by the funded budget) or the maximum regret (least). The
 * expected value of initiative i is {@code v_i = successProbability_i * (low_i + mode_i + high_i) / 3
 * * g_i}, where {@code g_i = sum_s pi_s sum_f m_if P_sf} with the scenarios' probabilities
 * {@code pi_s} (equal when they have none) when there are scenarios, else {@code g_i = 1}. The
 * constraints: the funded cost at most the budget limit and at least the {@link #minSpend() minimum
 * spend}; each funded share within its {@link #minShares() minimum} and {@link #maxShares()
 * maximum}; the distance to the target at most {@link #maxDistance()}; the maximum regret at most
 * {@link #maxRegret()}; the links and forced decisions. Without an objective, none of these new
 * constraints may be given, and the problem asks for the Pareto front of distance and regret as
 * before.
 *
 * <p>Everything is checked on {@link Builder#build()}: unknown
 * ids, self-links, a forced decision both ways, a negative or non-finite budget limit or cost, a
 * time limit that is not positive. Whether the constraints can be met together is not an input
 * error but an answer: the selector reports it as {@link SelectionStatus#INFEASIBLE} with a
 * diagnosis. Build with {@code new SelectionProblem.Builder()}. This class is immutable and
 * thread-safe.
 */
public final class SelectionProblem {
  /**
   * The most initiatives that can be candidates (not forced out) for the Pareto search without an
   * objective, which keeps sets in a {@code long}; with an objective there is no such limit.
   */
  public static final int MAX_CANDIDATES = 64;

  /** The time limit unless one is given. */
  public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(60);

  private final Portfolio portfolio;
  private final double budgetLimit;
  private final Map<String, Double> costs;
  private final Optional<TargetMix> target;
  private final DistanceMeasure distance;
  private final Optional<ScenarioSet> scenarios;
  private final List<Prerequisite> prerequisites;
  private final List<Exclusion> exclusions;
  private final Set<String> forcedIn;
  private final Set<String> forcedOut;
  private final Duration timeLimit;
  private final Optional<SelectionObjective> objective;
  private final double minSpend;
  private final Map<Facet, Double> minShares;
  private final Map<Facet, Double> maxShares;
  private final OptionalDouble maxDistance;
  private final OptionalDouble maxRegret;
  private final Optional<SelectionObjective> frontAxis;
  private final double frontResolution;

  private SelectionProblem(Builder builder) {
    this.portfolio = builder.portfolio;
    this.budgetLimit = builder.budgetLimit;
    this.costs = Collections.unmodifiableMap(new LinkedHashMap<>(builder.costs));
    this.target = Optional.ofNullable(builder.target);
    this.distance = builder.distance;
    this.scenarios = Optional.ofNullable(builder.scenarios);
    this.prerequisites = List.copyOf(builder.prerequisites);
    this.exclusions = List.copyOf(builder.exclusions);
    this.forcedIn = Collections.unmodifiableSet(new LinkedHashSet<>(builder.forcedIn));
    this.forcedOut = Collections.unmodifiableSet(new LinkedHashSet<>(builder.forcedOut));
    this.timeLimit = builder.timeLimit;
    this.objective = Optional.ofNullable(builder.objective);
    this.minSpend = builder.minSpend;
    this.minShares = Collections.unmodifiableMap(new EnumMap<>(builder.minShares));
    this.maxShares = Collections.unmodifiableMap(new EnumMap<>(builder.maxShares));
    this.maxDistance = builder.maxDistance;
    this.maxRegret = builder.maxRegret;
    this.frontAxis = Optional.ofNullable(builder.frontAxis);
    this.frontResolution = builder.frontResolution;
  }

  /**
   * {@return the one objective to optimise under every constraint; empty for the Pareto front of distance
   * and regret without the constraints that come with an objective}
   */
  public Optional<SelectionObjective> objective() {
    return objective;
  }

  /** {@return the least the funded initiatives must cost together: finite and {@code >= 0} (0 unless given)} */
  public double minSpend() {
    return minSpend;
  }

  /** {@return the least share of each facet given in the funded mix, in [0, 1]; facets not given are free} */
  public Map<Facet, Double> minShares() {
    return minShares;
  }

  /** {@return the greatest share of each facet given in the funded mix, in [0, 1]; facets not given are free} */
  public Map<Facet, Double> maxShares() {
    return maxShares;
  }

  /** {@return the greatest distance (total variation) from the target allowed, when given} */
  public OptionalDouble maxDistance() {
    return maxDistance;
  }

  /** {@return the greatest maximum regret across the scenarios allowed, when given} */
  public OptionalDouble maxRegret() {
    return maxRegret;
  }

  /**
   * {@return with the value objective, the other axis of a front to trace
   * ({@link SelectionObjective#DISTANCE} or {@link SelectionObjective#REGRET}): the most value at each
   * bound on that axis on a grid of {@link #frontResolution()}, keeping the non-dominated points;
   * empty when no front is asked for}
   */
  public Optional<SelectionObjective> frontAxis() {
    return frontAxis;
  }

  /** {@return the grid step of the front's bounds, in the units of its axis (0.01 unless given)} */
  public double frontResolution() {
    return frontResolution;
  }

  /** {@return the portfolio whose initiatives are the candidates} */
  public Portfolio portfolio() {
    return portfolio;
  }

  /** {@return the most the funded initiatives may cost together: finite and {@code >= 0}} */
  public double budgetLimit() {
    return budgetLimit;
  }

  /** {@return the costs given explicitly, by initiative id; any other initiative costs its budget} */
  public Map<String, Double> costs() {
    return costs;
  }

  /**
   * {@return the cost of funding an initiative: its {@link #costs() given cost}, else its budget; in
   * the portfolio's currency, finite and {@code >= 0}}
   *
   * @param initiative an initiative of the {@link #portfolio()} (any other costs its budget)
   */
  public double cost(Initiative initiative) {
    Double given = costs.get(initiative.id());
    return given != null ? given : initiative.budget();
  }

  /** {@return the target facet mix, when the distance objective is wanted} */
  public Optional<TargetMix> target() {
    return target;
  }

  /** {@return how the distance to the target is measured: total variation unless chosen} */
  public DistanceMeasure distance() {
    return distance;
  }

  /** {@return the scenarios, when the maximum-regret objective is wanted} */
  public Optional<ScenarioSet> scenarios() {
    return scenarios;
  }

  /** {@return the prerequisite links, as given} */
  public List<Prerequisite> prerequisites() {
    return prerequisites;
  }

  /** {@return the mutual exclusions, as given} */
  public List<Exclusion> exclusions() {
    return exclusions;
  }

  /** {@return the ids that must be funded, in the order given} */
  public Set<String> forcedIn() {
    return forcedIn;
  }

  /** {@return the ids that must not be funded, in the order given} */
  public Set<String> forcedOut() {
    return forcedOut;
  }

  /** {@return how long the search may run before it returns its best selections so far} */
  public Duration timeLimit() {
    return timeLimit;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof SelectionProblem)) {
      return false;
    }
    SelectionProblem that = (SelectionProblem) other;
    return portfolio.equals(that.portfolio)
        && Double.compare(budgetLimit, that.budgetLimit) == 0
        && costs.equals(that.costs)
        && target.equals(that.target)
        && distance == that.distance
        && scenarios.equals(that.scenarios)
        && prerequisites.equals(that.prerequisites)
        && exclusions.equals(that.exclusions)
        && forcedIn.equals(that.forcedIn)
        && forcedOut.equals(that.forcedOut)
        && timeLimit.equals(that.timeLimit)
        && objective.equals(that.objective)
        && Double.compare(minSpend, that.minSpend) == 0
        && minShares.equals(that.minShares)
        && maxShares.equals(that.maxShares)
        && maxDistance.equals(that.maxDistance)
        && maxRegret.equals(that.maxRegret)
        && frontAxis.equals(that.frontAxis)
        && Double.compare(frontResolution, that.frontResolution) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(portfolio, budgetLimit, costs, target, distance, scenarios, prerequisites,
        exclusions, forcedIn, forcedOut, timeLimit, objective, minSpend, minShares, maxShares, maxDistance,
        maxRegret, frontAxis, frontResolution);
  }

  @Override
  public String toString() {
    return "SelectionProblem{portfolio=" + portfolio.name() + ", initiatives=" + portfolio.size()
        + ", budgetLimit=" + budgetLimit + ", costs=" + costs + ", target=" + target.map(TargetMix::toString).orElse("none")
        + ", distance=" + distance.jsonName() + ", scenarios=" + scenarios.map(ScenarioSet::size).map(String::valueOf).orElse("none")
        + ", prerequisites=" + prerequisites + ", exclusions=" + exclusions + ", forcedIn=" + forcedIn
        + ", forcedOut=" + forcedOut + ", timeLimit=" + timeLimit
        + ", objective=" + objective.map(SelectionObjective::jsonName).orElse("none") + ", minSpend=" + minSpend
        + ", minShares=" + minShares + ", maxShares=" + maxShares + ", maxDistance=" + maxDistance
        + ", maxRegret=" + maxRegret + ", front=" + frontAxis.map(SelectionObjective::jsonName).orElse("none")
        + ", frontResolution=" + frontResolution + "}";
  }

  /**
   * Builds a {@link SelectionProblem}; the portfolio, the budget limit and a target or scenarios
   * are required. Not thread-safe; each {@code build()} checks everything and copies.
   */
  public static final class Builder {
    private Portfolio portfolio;
    private double budgetLimit = Double.NaN;
    private boolean budgetLimitGiven;
    private final Map<String, Double> costs = new LinkedHashMap<>();
    private TargetMix target;
    private DistanceMeasure distance = DistanceMeasure.TOTAL_VARIATION;
    private ScenarioSet scenarios;
    private final List<Prerequisite> prerequisites = new ArrayList<>();
    private final List<Exclusion> exclusions = new ArrayList<>();
    private final Set<String> forcedIn = new LinkedHashSet<>();
    private final Set<String> forcedOut = new LinkedHashSet<>();
    private Duration timeLimit = DEFAULT_TIME_LIMIT;
    private SelectionObjective objective;
    private double minSpend;
    private final Map<Facet, Double> minShares = new EnumMap<>(Facet.class);
    private final Map<Facet, Double> maxShares = new EnumMap<>(Facet.class);
    private OptionalDouble maxDistance = OptionalDouble.empty();
    private OptionalDouble maxRegret = OptionalDouble.empty();
    private SelectionObjective frontAxis;
    private double frontResolution = 0.01;

    /** An empty builder. */
    public Builder() {}

    /**
     * Sets the portfolio whose initiatives are the candidates (required).
     *
     * @param portfolio the portfolio; every id named elsewhere in the problem must be one of its
     *     initiatives'
     * @return this builder
     */
    public Builder portfolio(Portfolio portfolio) {
      this.portfolio = Objects.requireNonNull(portfolio, "portfolio");
      return this;
    }

    /**
     * Sets the budget limit (required).
     *
     * @param budgetLimit the most the funded initiatives may cost together, in the portfolio's
     *     currency: finite and {@code >= 0}, checked on build
     * @return this builder
     */
    public Builder budgetLimit(double budgetLimit) {
      this.budgetLimit = budgetLimit;
      this.budgetLimitGiven = true;
      return this;
    }

    /**
     * Sets the cost of one initiative, instead of its budget (a first-year tranche, say); its weight
     * in the funded mix stays its budget.
     *
     * @param id the initiative's id, checked on build
     * @param cost what funding it costs: finite and {@code >= 0}, checked on build
     * @return this builder
     */
    public Builder cost(String id, double cost) {
      costs.put(Objects.requireNonNull(id, "id"), cost);
      return this;
    }

    /**
     * Sets the costs of several initiatives, as {@link #cost(String, double)}.
     *
     * @param costs the cost of each initiative given, by id
     * @return this builder
     */
    public Builder costs(Map<String, Double> costs) {
      costs.forEach(this::cost);
      return this;
    }

    /**
     * Sets the target mix, which asks for the distance objective (or allows a distance constraint).
     *
     * @param target the facet mix to come close to
     * @return this builder
     */
    public Builder target(TargetMix target) {
      this.target = Objects.requireNonNull(target, "target");
      return this;
    }

    /**
     * Sets how the distance to the target is measured.
     *
     * @param distance the measure, total variation unless set; only total variation goes with an
     *     objective
     * @return this builder
     */
    public Builder distance(DistanceMeasure distance) {
      this.distance = Objects.requireNonNull(distance, "distance");
      return this;
    }

    /**
     * Sets the scenarios, which ask for the maximum-regret objective (or allow a regret constraint,
     * and weigh the expected values of the value objective).
     *
     * @param scenarios the scenarios
     * @return this builder
     */
    public Builder scenarios(ScenarioSet scenarios) {
      this.scenarios = Objects.requireNonNull(scenarios, "scenarios");
      return this;
    }

    /**
     * Adds the link "fund {@code dependent} only if {@code required} is funded".
     *
     * @param dependent the id of the initiative that needs the other, not blank
     * @param required the id of the initiative it needs, not blank and not {@code dependent}
     * @return this builder
     * @throws InvalidValueException if an id is blank or the two are the same
     */
    public Builder requires(String dependent, String required) {
      return prerequisite(Prerequisite.of(dependent, required));
    }

    /**
     * Adds a prerequisite link.
     *
     * @param prerequisite the link; its ids are checked on build
     * @return this builder
     */
    public Builder prerequisite(Prerequisite prerequisite) {
      prerequisites.add(Objects.requireNonNull(prerequisite, "prerequisite"));
      return this;
    }

    /**
     * Adds prerequisite links, in their order.
     *
     * @param prerequisites the links; their ids are checked on build
     * @return this builder
     */
    public Builder prerequisites(Collection<Prerequisite> prerequisites) {
      prerequisites.forEach(this::prerequisite);
      return this;
    }

    /**
     * Adds the exclusion "never fund both {@code first} and {@code second}".
     *
     * @param first one initiative's id, not blank
     * @param second the other initiative's id, not blank and not {@code first}
     * @return this builder
     * @throws InvalidValueException if an id is blank or the two are the same
     */
    public Builder excludes(String first, String second) {
      return exclusion(Exclusion.of(first, second));
    }

    /**
     * Adds a mutual exclusion.
     *
     * @param exclusion the exclusion; its ids are checked on build
     * @return this builder
     */
    public Builder exclusion(Exclusion exclusion) {
      exclusions.add(Objects.requireNonNull(exclusion, "exclusion"));
      return this;
    }

    /**
     * Adds mutual exclusions, in their order.
     *
     * @param exclusions the exclusions; their ids are checked on build
     * @return this builder
     */
    public Builder exclusions(Collection<Exclusion> exclusions) {
      exclusions.forEach(this::exclusion);
      return this;
    }

    /**
     * Adds ids that must be funded (their prerequisites then must be too).
     *
     * @param ids initiative ids, checked on build; none may also be forced out
     * @return this builder
     */
    public Builder forceIn(String... ids) {
      for (String id : ids) {
        forcedIn.add(Objects.requireNonNull(id, "id"));
      }
      return this;
    }

    /**
     * Adds ids that must not be funded (nor then anything that requires them).
     *
     * @param ids initiative ids, checked on build; none may also be forced in
     * @return this builder
     */
    public Builder forceOut(String... ids) {
      for (String id : ids) {
        forcedOut.add(Objects.requireNonNull(id, "id"));
      }
      return this;
    }

    /**
     * Sets how long the search may run before it returns its best selections so far.
     *
     * @param timeLimit the time limit, positive ({@link SelectionProblem#DEFAULT_TIME_LIMIT} unless set),
     *     checked on build
     * @return this builder
     */
    public Builder timeLimit(Duration timeLimit) {
      this.timeLimit = Objects.requireNonNull(timeLimit, "timeLimit");
      return this;
    }

    /**
     * Sets the one objective to optimise under every constraint (see {@link SelectionProblem}).
     *
     * @param objective the objective; distance needs a target, regret needs scenarios
     * @return this builder
     */
    public Builder objective(SelectionObjective objective) {
      this.objective = Objects.requireNonNull(objective, "objective");
      return this;
    }

    /**
     * Sets the least the funded set must cost (needs an objective).
     *
     * @param minSpend the minimum spend, in the portfolio's currency: finite and {@code >= 0}, checked
     *     on build
     * @return this builder
     */
    public Builder minSpend(double minSpend) {
      this.minSpend = minSpend;
      return this;
    }

    /**
     * Sets the least share of a facet in the funded mix (needs an objective).
     *
     * @param facet the facet
     * @param share its minimum share, in [0, 1], checked on build
     * @return this builder
     */
    public Builder minShare(Facet facet, double share) {
      minShares.put(Objects.requireNonNull(facet, "facet"), share);
      return this;
    }

    /**
     * Sets the greatest share of a facet in the funded mix (needs an objective).
     *
     * @param facet the facet
     * @param share its maximum share, in [0, 1], checked on build
     * @return this builder
     */
    public Builder maxShare(Facet facet, double share) {
      maxShares.put(Objects.requireNonNull(facet, "facet"), share);
      return this;
    }

    /**
     * Sets the greatest distance to the target (needs an objective and a target).
     *
     * @param maxDistance the greatest total variation from the target, in [0, 1], checked on build
     * @return this builder
     */
    public Builder maxDistance(double maxDistance) {
      this.maxDistance = OptionalDouble.of(maxDistance);
      return this;
    }

    /**
     * Sets the greatest maximum regret (needs an objective and scenarios).
     *
     * @param maxRegret the bound, in the units of the scenarios' payoffs: finite and {@code >= 0},
     *     checked on build
     * @return this builder
     */
    public Builder maxRegret(double maxRegret) {
      this.maxRegret = OptionalDouble.of(maxRegret);
      return this;
    }

    /**
     * Asks, with the value objective, for the front of value against distance or regret, on a grid
     * of the given resolution (finite and {@code > 0}, in the axis' units).
     *
     * @param axis the other axis, {@link SelectionObjective#DISTANCE} or
     *     {@link SelectionObjective#REGRET}, checked on build
     * @param resolution the grid step of the bounds on that axis, finite and {@code > 0}, checked on
     *     build
     * @return this builder
     */
    public Builder front(SelectionObjective axis, double resolution) {
      this.frontAxis = Objects.requireNonNull(axis, "axis");
      this.frontResolution = resolution;
      return this;
    }

    /**
     * Checks everything and builds the problem.
     *
     * @return the problem
     * @throws InvalidValueException naming the field and the value at fault
     */
    public SelectionProblem build() {
      if (portfolio == null) {
        throw new InvalidValueException("portfolio", "absent", "be given");
      }
      if (!budgetLimitGiven) {
        throw new InvalidValueException("budgetLimit", "absent", "be given");
      }
      Checks.finiteNonNegative(budgetLimit, "budgetLimit");
      if (objective == null) {
        checkWithoutObjective();
      } else {
        checkObjective();
      }
      if (timeLimit.isNegative() || timeLimit.isZero()) {
        throw new InvalidValueException("timeLimit", timeLimit.toString(), "be > 0");
      }
      costs.forEach((id, cost) -> {
        knownId(id, "costs");
        Checks.finiteNonNegative(cost, "costs['" + id + "']");
      });
      for (int i = 0; i < prerequisites.size(); i++) {
        knownId(prerequisites.get(i).dependent(), "prerequisites[" + i + "].dependent");
        knownId(prerequisites.get(i).required(), "prerequisites[" + i + "].required");
      }
      for (int i = 0; i < exclusions.size(); i++) {
        knownId(exclusions.get(i).first(), "exclusions[" + i + "].first");
        knownId(exclusions.get(i).second(), "exclusions[" + i + "].second");
      }
      forcedIn.forEach(id -> knownId(id, "forcedIn"));
      for (String id : forcedOut) {
        knownId(id, "forcedOut");
        if (forcedIn.contains(id)) {
          throw new InvalidValueException("forcedOut", Checks.quote(id), "not also be in forcedIn");
        }
      }
      int candidates = portfolio.size() - forcedOut.size();
      if (objective == null && candidates > MAX_CANDIDATES) {
        throw new InvalidValueException("portfolio.initiatives",
            candidates + " initiatives not forced out", "number at most " + MAX_CANDIDATES
                + " (force some out, or split the portfolio)");
      }
      return new SelectionProblem(this);
    }

    private void checkWithoutObjective() {
      if (target == null && scenarios == null) {
        throw new InvalidValueException(
            "target", "absent", "be given, or scenarios: a selection needs at least one objective");
      }
      String constrained = minSpend != 0 ? "minSpend" : !minShares.isEmpty() ? "minShares"
          : !maxShares.isEmpty() ? "maxShares" : maxDistance.isPresent() ? "maxDistance"
          : maxRegret.isPresent() ? "maxRegret" : frontAxis != null ? "front" : null;
      if (constrained != null) {
        throw new InvalidValueException("objective", "absent", "be given with " + constrained);
      }
    }

    private void checkObjective() {
      Checks.finiteNonNegative(minSpend, "minSpend");
      minShares.forEach((facet, share) -> Checks.inClosedRange(share, 0, 1, "minShares." + facet.jsonName()));
      maxShares.forEach((facet, share) -> Checks.inClosedRange(share, 0, 1, "maxShares." + facet.jsonName()));
      if (objective == SelectionObjective.DISTANCE && target == null) {
        throw new InvalidValueException("target", "absent", "be given with the distance objective");
      }
      if (objective == SelectionObjective.REGRET && scenarios == null) {
        throw new InvalidValueException("scenarios", "absent", "be given with the regret objective");
      }
      if (maxDistance.isPresent()) {
        Checks.inClosedRange(maxDistance.getAsDouble(), 0, 1, "maxDistance");
        if (target == null) {
          throw new InvalidValueException("target", "absent", "be given with maxDistance");
        }
      }
      if (maxRegret.isPresent()) {
        Checks.finiteNonNegative(maxRegret.getAsDouble(), "maxRegret");
        if (scenarios == null) {
          throw new InvalidValueException("scenarios", "absent", "be given with maxRegret");
        }
      }
      if (frontAxis != null) {
        if (frontAxis == SelectionObjective.VALUE) {
          throw new InvalidValueException("front", "value", "be distance or regret (value is the other axis)");
        }
        if (objective != SelectionObjective.VALUE) {
          throw new InvalidValueException("front", frontAxis.jsonName(), "go with the value objective, not "
              + objective.jsonName());
        }
        if (frontAxis == SelectionObjective.DISTANCE && target == null) {
          throw new InvalidValueException("target", "absent", "be given with a distance front");
        }
        if (frontAxis == SelectionObjective.REGRET && scenarios == null) {
          throw new InvalidValueException("scenarios", "absent", "be given with a regret front");
        }
        Checks.finitePositive(frontResolution, "frontResolution");
      }
      if (target != null && distance != DistanceMeasure.TOTAL_VARIATION) {
        throw new InvalidValueException("distance", distance.jsonName(),
            "be totalVariation with an objective (only it is linear in the funded budget)");
      }
    }

    private void knownId(String id, String field) {
      if (portfolio.initiative(id).isEmpty()) {
        throw new InvalidValueException(
            field, Checks.quote(id), "be the id of an initiative of portfolio " + Checks.quote(portfolio.name()));
      }
    }
  }
}
