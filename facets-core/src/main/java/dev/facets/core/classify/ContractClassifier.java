package dev.facets.core.classify;

import dev.facets.api.Checks;
import dev.facets.api.Classification;
import dev.facets.api.Classifier;
import dev.facets.api.Initiative;
import java.util.ArrayList;
import java.util.List;

/**
 * The classifier of the file contract: each initiative's mix from its first available source
 * (explicit {@code facets}, else {@code position}, else {@code purpose} with {@code driver}), and its
 * zone by the rule that belongs to that source.
 *
 * <p>Explicit facets get their zone by the generalised geometric rule, positions by the geometric
 * rule, purpose and driver by the Portfolio Exploration Tool's zone table (so the purpose "all" is
 * mixed even though its mix is uniform). The mix always equals {@link InitiativeMixes#of}. For
 * classification from organisational signals see {@link EvidenceClassifier#asClassifier}. This class
 * is immutable and thread-safe.
 */
public final class ContractClassifier implements Classifier {
  /** The contract's classifier with the default purity threshold of 2/3. */
  public static final ContractClassifier DEFAULT = new ContractClassifier(GeometricRule.DEFAULT);

  private final GeometricRule rule;

  private ContractClassifier(GeometricRule rule) {
    this.rule = rule;
  }

  /**
   * {@return this classifier with another purity threshold, in (0.25, 1]; it changes the zones of explicit
   * mixes and positions, never a mix}
   *
   * @param purity the least weight of the dominant facet for a pure zone, in (0.25, 1] (default 2/3)
   * @throws dev.facets.api.InvalidValueException if the threshold is outside (0.25, 1]
   */
  public ContractClassifier withPurity(double purity) {
    return new ContractClassifier(rule.withPurity(purity));
  }

  @Override
  public Classification classify(Initiative initiative) {
    String who = "Initiative " + Checks.quote(initiative.id());
    if (initiative.facets().isPresent()) {
      return withHeader(who + ": its explicit facet weights give the mix; the generalised geometric rule gives the zone.",
          rule.classify(initiative.facets().get()));
    }
    if (initiative.position().isPresent()) {
      return withHeader(who + ": no explicit weights, so its position on the diamond gives the mix and zone.",
          rule.classify(initiative.position().get()));
    }
    // Initiative guarantees a source, so purpose and driver are both here.
    return withHeader(who + ": no explicit weights or position, so the project mapping of its purpose and driver"
        + " gives the mix and zone.",
        ProjectMapping.classify(initiative.purpose().get(), initiative.driver().get()));
  }

  private static Classification withHeader(String header, Classification classification) {
    List<String> lines = new ArrayList<>();
    lines.add(header);
    lines.addAll(classification.explanation());
    return new Classification.Builder().from(classification).explanation(lines).build();
  }

  @Override
  public String toString() {
    return "ContractClassifier[purity=" + rule.purity() + "]";
  }
}
