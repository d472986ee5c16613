package dev.facets.core.classify;

import dev.facets.api.AxisPosition;
import dev.facets.api.Classification;
import dev.facets.api.Facet;
import dev.facets.api.FacetMix;
import dev.facets.api.FacetValues;
import dev.facets.api.Zone;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The outcome of classifying an initiative from its signals: the mix, the position it implies, the
 * zone, the signals ranked by what they contributed, and an explanation a person can follow.
 *
 * <p>It records the rule set's conventions that made it, the purity threshold and the conflict
 * share. Made by {@link EvidenceClassifier#classify}. This class is immutable and thread-safe.
 */
public final class EvidenceClassification {
  private final FacetValues evidence;
  private final FacetMix mix;
  private final AxisPosition position;
  private final Zone zone;
  private final Set<Facet> deciding;
  private final boolean conflict;
  private final List<SignalContribution> contributions;
  private final List<String> explanation;
  private final double purity;
  private final double conflictShare;

  EvidenceClassification(FacetValues evidence, FacetMix mix, AxisPosition position, Zone zone, Set<Facet> deciding,
      boolean conflict, List<SignalContribution> contributions, List<String> explanation, double purity,
      double conflictShare) {
    this.evidence = evidence;
    this.mix = mix;
    this.position = position;
    this.zone = zone;
    this.deciding = Set.copyOf(deciding);
    this.conflict = conflict;
    this.contributions = List.copyOf(contributions);
    this.explanation = List.copyOf(explanation);
    this.purity = purity;
    this.conflictShare = conflictShare;
  }

  /** {@return the evidence for each facet: the sum over signals of strength times rule weight} */
  public FacetValues evidence() {
    return evidence;
  }

  /** {@return the mix: each facet's evidence over the total} */
  public FacetMix mix() {
    return mix;
  }

  /** {@return the dominant facet of the mix, ties going to the first in facet order} */
  public Facet dominant() {
    return mix.dominant();
  }

  /**
   * {@return the position the evidence implies: uncertainty = anticipatory minus enhancement share,
   * directedness = mission minus adaptive share, each in [-1, 1]}
   *
   * <p>Opposite facets cancel here, which is why a conflict between them is judged on the mix, not on
   * the position.
   */
  public AxisPosition position() {
    return position;
  }

  /** {@return the zone: mixed when strong evidence points to opposite facets, else by the geometric rule} */
  public Zone zone() {
    return zone;
  }

  /** {@return the facets that decided the zone: the pure facet, a change type's pair, or the facets in conflict} */
  public Set<Facet> decidingFacets() {
    return deciding;
  }

  /** {@return whether opposite facets both held at least the conflict share, making the zone mixed} */
  public boolean conflict() {
    return conflict;
  }

  /** {@return the signals, most support for the zone first (ties: larger total share, then dimension and option)} */
  public List<SignalContribution> contributions() {
    return contributions;
  }

  /** {@return lines for a person: the zone and why, the position, then each signal in rank order} */
  public List<String> explanation() {
    return explanation;
  }

  /** {@return the purity threshold used, in (0.25, 1]} */
  public double purity() {
    return purity;
  }

  /** {@return the share from which evidence for a facet counts as strong when judging a conflict, in (0, 0.5]} */
  public double conflictShare() {
    return conflictShare;
  }

  /** {@return this outcome as a {@link Classification} of method {@code "evidence"}} */
  public Classification toClassification() {
    return new Classification.Builder().method(EvidenceClassifier.METHOD).mix(mix).zone(zone).purity(purity)
        .addAllExplanation(explanation).build();
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof EvidenceClassification)) {
      return false;
    }
    EvidenceClassification that = (EvidenceClassification) other;
    return evidence.equals(that.evidence) && zone == that.zone && contributions.equals(that.contributions)
        && explanation.equals(that.explanation) && Double.compare(purity, that.purity) == 0
        && Double.compare(conflictShare, that.conflictShare) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(evidence, zone, contributions, explanation, purity, conflictShare);
  }

  /** For example {@code EvidenceClassification[zone=sustaining, mix={...}, position=(...)]}. */
  @Override
  public String toString() {
    return "EvidenceClassification[zone=" + zone.jsonName() + ", mix=" + mix + ", position=" + position + "]";
  }
}
