package dev.facets.core.classify;

import dev.facets.api.Classifier;

/**
 * The classifiers of the file contract: each initiative's mix from its first available source
 * (explicit {@code facets}, else {@code position}, else {@code purpose} with {@code driver}), and its
 * zone by the rule that belongs to that source.
 *
 * <p>Explicit facets get their zone by the generalised geometric rule, positions by the geometric
 * rule, purpose and driver by the Portfolio Exploration Tool's zone table (so the purpose "all" is
 * mixed even though its mix is uniform). The mix always equals {@link InitiativeMixes#of}. For
 * classification from organisational signals see {@link EvidenceClassifier#asClassifier}.
 */
public final class Classifiers {
  /** The contract's classifier with the default purity threshold of 2/3. */
  public static final Classifier DEFAULT = new ContractClassifier(GeometricRule.DEFAULT);

  private Classifiers() {}

  /**
   * The contract's classifier with another purity threshold, in (0.25, 1]; it changes the zones of
   * explicit mixes and positions, never a mix.
   *
   * @throws dev.facets.api.InvalidValueException if the threshold is outside (0.25, 1]
   */
  public static Classifier withPurity(double purity) {
    return new ContractClassifier(GeometricRule.withPurity(purity));
  }
}
