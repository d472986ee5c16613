package dev.facets.core.classify;

import dev.facets.api.FacetValues;
import java.util.Objects;

/**
 * What one signal added to an evidence-based classification: its rule, its share of the evidence
 * per facet, and how much of it supports the facets that decided the zone.
 *
 * <p>The shares of all signals add up, facet by facet, to the classification's mix, so a reader can
 * see exactly where each percentage came from. This class is immutable and thread-safe.
 */
public final class SignalContribution {
  private final Signal signal;
  private final EvidenceRule rule;
  private final FacetValues shares;
  private final double support;

  SignalContribution(Signal signal, EvidenceRule rule, FacetValues shares, double support) {
    this.signal = signal;
    this.rule = rule;
    this.shares = shares;
    this.support = support;
  }

  /** {@return the signal} */
  public Signal signal() {
    return signal;
  }

  /** {@return the rule that read it} */
  public EvidenceRule rule() {
    return rule;
  }

  /** {@return its share of all the evidence, per facet: strength times rule weight over the total evidence} */
  public FacetValues shares() {
    return shares;
  }

  /** {@return its share of all the evidence, over every facet, in (0, 1]; the shares of all signals sum to 1} */
  public double total() {
    double total = 0;
    for (double share : shares.toArray()) {
      total += share;
    }
    return total;
  }

  /** {@return the part of its share on the facets that decided the zone: what ranks it in the explanation} */
  public double support() {
    return support;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof SignalContribution)) {
      return false;
    }
    SignalContribution that = (SignalContribution) other;
    return signal.equals(that.signal) && rule.equals(that.rule) && shares.equals(that.shares)
        && Double.compare(support, that.support) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(signal, rule, shares, support);
  }

  /** For example {@code procurement:agile {enhancement=0.0, ...} support 0.125}. */
  @Override
  public String toString() {
    return signal + " " + shares + " support " + support;
  }
}
