package dev.facets.core.classify;

import static dev.facets.api.Facet.ADAPTIVE;
import static dev.facets.api.Facet.ANTICIPATORY;
import static dev.facets.api.Facet.ENHANCEMENT;
import static dev.facets.api.Facet.MISSION;
import static dev.facets.core.classify.Dimension.BAD_NEWS;
import static dev.facets.core.classify.Dimension.DATA;
import static dev.facets.core.classify.Dimension.EVALUATION;
import static dev.facets.core.classify.Dimension.FOCUS;
import static dev.facets.core.classify.Dimension.FUNDING;
import static dev.facets.core.classify.Dimension.MANAGEMENT_STYLE;
import static dev.facets.core.classify.Dimension.PERMISSIONS;
import static dev.facets.core.classify.Dimension.PROCUREMENT;
import static dev.facets.core.classify.Dimension.PUNISHMENT;
import static dev.facets.core.classify.Dimension.RISKS;
import static dev.facets.core.classify.Dimension.STRATEGY;
import static dev.facets.core.classify.Dimension.TECHNOLOGY_STANCE;
import static dev.facets.core.classify.Dimension.TIME_HORIZON;

import dev.facets.api.Checks;
import dev.facets.api.Facet;
import dev.facets.api.InvalidValueException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An immutable set of {@link EvidenceRule}s: for each dimension, the options that can be seen and
 * the facets each is evidence for.
 *
 * <p>{@link #DEFAULT} follows the table of signals in the library's domain brief, drawn from the
 * Portfolio Exploration Tool's questionnaire: each option points at one facet. Where a dimension
 * offers one option per facet, the option weighs 1; where it offers two per facet (risks, data,
 * evaluation, technology stance) each weighs 1/2, so that no dimension says more about a facet than
 * another, as the questionnaire caps every question at 4 points. Risks offer no anticipatory option,
 * as the tool asks none. Start from {@link #DEFAULT}{@code .toBuilder()} to adjust the rules or add
 * a dimension's options of your own. This class is immutable and thread-safe.
 */
public final class EvidenceRules {
  /** The rules of the domain brief's signal table. */
  public static final EvidenceRules DEFAULT = new Builder()
      .one(FOCUS, "efficiency", "efficiency and process improvement", ENHANCEMENT)
      .one(FOCUS, "societal-goals", "big societal goals", MISSION)
      .one(FOCUS, "ongoing-change", "reacting to changes already under way", ADAPTIVE)
      .one(FOCUS, "possible-futures", "preparing for possible futures", ANTICIPATORY)
      .one(MANAGEMENT_STYLE, "milestones", "precise milestones, deadlines and outputs", ENHANCEMENT)
      .one(MANAGEMENT_STYLE, "outcomes", "results that move a broad outcome forward", MISSION)
      .one(MANAGEMENT_STYLE, "iterative", "short, flexible phases that change as the team learns", ADAPTIVE)
      .one(MANAGEMENT_STYLE, "assumption-testing", "alternatives kept open and assumptions tested", ANTICIPATORY)
      .one(STRATEGY, "performance-targets", "unit goals tied to performance targets", ENHANCEMENT)
      .one(STRATEGY, "shared-goals", "everyone knows and delivers the overall goals", MISSION)
      .one(STRATEGY, "own-goals", "units and teams set their own goals", ADAPTIVE)
      .one(STRATEGY, "questioning", "people may question the mission and the strategy", ANTICIPATORY)
      .half(RISKS, "unclear-return", "spending without a clear return", ENHANCEMENT)
      .half(RISKS, "disruption", "breaking rules or disrupting operations", ENHANCEMENT)
      .half(RISKS, "lost-confidence", "losing confidence that the work makes a difference", MISSION)
      .half(RISKS, "missed-goal", "missing a big goal", MISSION)
      .half(RISKS, "criticism", "criticism from stakeholders", ADAPTIVE)
      .half(RISKS, "users-leaving", "users turning away from the service", ADAPTIVE)
      .one(PERMISSIONS, "efficiency-tweaks", "policy or operational tweaks for efficiency", ENHANCEMENT)
      .one(PERMISSIONS, "priority-goal", "whatever a priority goal needs", MISSION)
      .one(PERMISSIONS, "user-options", "exploring options that start from users' needs", ADAPTIVE)
      .one(PERMISSIONS, "against-standards", "working differently, even against the standards", ANTICIPATORY)
      .one(BAD_NEWS, "money-wasted", "money was wasted", ENHANCEMENT)
      .one(BAD_NEWS, "outcome-missed", "a promised outcome was missed", MISSION)
      .one(BAD_NEWS, "service-failure", "a service let its users down", ADAPTIVE)
      .one(BAD_NEWS, "crisis-unforeseen", "a crisis was not seen coming", ANTICIPATORY)
      .one(PUNISHMENT, "overspend", "missed deadlines and overspending", ENHANCEMENT)
      .one(PUNISHMENT, "no-impact", "failing to show impact", MISSION)
      .one(PUNISHMENT, "kept-waiting", "keeping users or partners waiting", ADAPTIVE)
      .one(PUNISHMENT, "not-foreseen", "failing to see a crisis or an opportunity coming", ANTICIPATORY)
      .one(FUNDING, "optimisation", "optimising and digitising processes", ENHANCEMENT)
      .one(FUNDING, "outcome-programmes", "large programmes and challenges aimed at outcomes", MISSION)
      .one(FUNDING, "testing-spaces", "spaces to test new ideas", ADAPTIVE)
      .one(FUNDING, "exploration", "exploratory experiments and research", ANTICIPATORY)
      .one(PROCUREMENT, "waterfall", "full requirements fixed up front", ENHANCEMENT)
      .one(PROCUREMENT, "challenge-based", "challenges that buy outcomes, not specifications", MISSION)
      .one(PROCUREMENT, "agile", "modular, iterative contracts with user feedback", ADAPTIVE)
      .one(PROCUREMENT, "sandbox", "sandboxes funding competing answers to an unclear need", ANTICIPATORY)
      .one(TIME_HORIZON, "budget-cycle", "the fiscal year or budget cycle", ENHANCEMENT)
      .one(TIME_HORIZON, "until-goal", "two to three years, or until the goal is reached", MISSION)
      .one(TIME_HORIZON, "months", "three to six months, as needs emerge", ADAPTIVE)
      .one(TIME_HORIZON, "decade", "five to ten years and beyond", ANTICIPATORY)
      .half(DATA, "administrative", "administrative, transaction and performance data", ENHANCEMENT)
      .half(DATA, "behavioural", "behavioural and user-experience data", ENHANCEMENT)
      .half(DATA, "problem-statistics", "statistics about the specific problem", MISSION)
      .half(DATA, "pooled-impact", "data pooled with partners to follow shared impact", MISSION)
      .half(DATA, "contextual", "contextual and ethnographic insight", ADAPTIVE)
      .half(DATA, "real-time", "real-time data from the web, sensors or public mood", ADAPTIVE)
      .half(DATA, "weak-signals", "weak signals, outliers and trends", ANTICIPATORY)
      .half(DATA, "extreme-cases", "scenarios and extreme cases", ANTICIPATORY)
      .half(EVALUATION, "operational-processes", "how well operational processes run", ENHANCEMENT)
      .half(EVALUATION, "compliant-spending", "whether money is spent compliantly and efficiently", ENHANCEMENT)
      .half(EVALUATION, "public-values", "what the work adds to public values", MISSION)
      .half(EVALUATION, "outcomes", "outcomes and effectiveness", MISSION)
      .half(EVALUATION, "lived-experience", "relevance to people's lived experience", ADAPTIVE)
      .half(EVALUATION, "responsiveness", "how quickly the organisation responds", ADAPTIVE)
      .half(EVALUATION, "near-misses", "near misses and the cost of being surprised", ANTICIPATORY)
      .half(EVALUATION, "technology-potential", "what new technologies could make possible", ANTICIPATORY)
      .half(TECHNOLOGY_STANCE, "efficient-practice", "technology to make current practice efficient", ENHANCEMENT)
      .half(TECHNOLOGY_STANCE, "few-vendors", "a few large vendors", ENHANCEMENT)
      .half(TECHNOLOGY_STANCE, "new-outcomes", "technology to reach outcomes in new ways", MISSION)
      .half(TECHNOLOGY_STANCE, "open-partners", "partners chosen goal by goal, none fixed", MISSION)
      .half(TECHNOLOGY_STANCE, "small-tests", "small tests proposed by staff and users", ADAPTIVE)
      .half(TECHNOLOGY_STANCE, "agile-teams", "many small agile teams", ADAPTIVE)
      .half(TECHNOLOGY_STANCE, "frontier-watch", "a watch on the technology frontier", ANTICIPATORY)
      .half(TECHNOLOGY_STANCE, "research-vendors", "early-stage firms close to research", ANTICIPATORY)
      .build();

  private final Map<Dimension, Map<String, EvidenceRule>> rules;

  private EvidenceRules(Map<Dimension, Map<String, EvidenceRule>> rules) {
    Map<Dimension, Map<String, EvidenceRule>> copy = new EnumMap<>(Dimension.class);
    rules.forEach((dimension, options) -> {
      if (!options.isEmpty()) {
        copy.put(dimension, Collections.unmodifiableMap(new LinkedHashMap<>(options)));
      }
    });
    this.rules = Collections.unmodifiableMap(copy);
  }

  /** {@return a new, empty builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder holding these rules, to adjust them} */
  public Builder toBuilder() {
    Builder builder = new Builder();
    rules().forEach(builder::put);
    return builder;
  }

  /**
   * The rule of an option.
   *
   * @throws InvalidValueException naming {@code field} and the options of the dimension, if the rule
   *     set does not know the option
   */
  EvidenceRule rule(Dimension dimension, String option, String field) {
    Objects.requireNonNull(option, "option");
    Objects.requireNonNull(field, "field");
    EvidenceRule rule = rules.getOrDefault(dimension, Map.of()).get(option);
    if (rule == null) {
      throw new InvalidValueException(field, Checks.quote(option),
          options(dimension).isEmpty() ? "be an option of a dimension these rules cover, not " + dimension.jsonName()
              : "be an option of " + dimension.jsonName() + ": one of " + String.join(", ", options(dimension)));
    }
    return rule;
  }

  /**
   * {@return the option keys of a dimension, in the order they were added; empty if the dimension has
   * none}
   *
   * @param dimension any of the thirteen dimensions
   */
  public List<String> options(Dimension dimension) {
    Objects.requireNonNull(dimension, "dimension");
    return List.copyOf(rules.getOrDefault(dimension, Map.of()).keySet());
  }

  /** {@return every rule, by dimension order and then in the order added} */
  public List<EvidenceRule> rules() {
    List<EvidenceRule> all = new ArrayList<>();
    rules.values().forEach(options -> all.addAll(options.values()));
    return Collections.unmodifiableList(all);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof EvidenceRules && rules.equals(((EvidenceRules) other).rules);
  }

  @Override
  public int hashCode() {
    return rules.hashCode();
  }

  /**
   * {@return the number of rules and dimensions, for example
   * {@code EvidenceRules[66 rules, 13 dimensions]}}
   */
  @Override
  public String toString() {
    return "EvidenceRules[" + rules().size() + " rules, " + rules.size() + " dimensions]";
  }

  /** Collects rules; a rule for an option already present replaces it. Not thread-safe. */
  public static final class Builder {
    private final Map<Dimension, Map<String, EvidenceRule>> rules = new EnumMap<>(Dimension.class);

    private Builder() {}

    /**
     * Adds a rule, replacing any rule of the same dimension and option.
     *
     * @param rule the rule
     * @return this builder
     */
    public Builder put(EvidenceRule rule) {
      Objects.requireNonNull(rule, "rule");
      rules.computeIfAbsent(rule.dimension(), d -> new LinkedHashMap<>()).put(rule.option(), rule);
      return this;
    }

    /**
     * Removes the rule of an option, if there is one.
     *
     * @param dimension the option's dimension
     * @param option the option's key ({@code "agile"})
     * @return this builder
     */
    public Builder remove(Dimension dimension, String option) {
      Map<String, EvidenceRule> options = rules.get(Objects.requireNonNull(dimension, "dimension"));
      if (options != null) {
        options.remove(Objects.requireNonNull(option, "option"));
      }
      return this;
    }

    private Builder one(Dimension dimension, String option, String description, Facet facet) {
      return put(EvidenceRule.of(dimension, option, description, facet, 1));
    }

    private Builder half(Dimension dimension, String option, String description, Facet facet) {
      return put(EvidenceRule.of(dimension, option, description, facet, 0.5));
    }

    /**
     * {@return the rule set}
     *
     * @throws InvalidValueException if it holds no rule
     */
    public EvidenceRules build() {
      if (rules.values().stream().allMatch(Map::isEmpty)) {
        throw new InvalidValueException("rules", "[]", "not be empty");
      }
      return new EvidenceRules(rules);
    }
  }
}
