package dev.facets.core.score;

import dev.facets.api.Facet;
import dev.facets.api.FacetMix;
import dev.facets.api.Initiative;
import dev.facets.api.Portfolio;
import dev.facets.api.Stage;
import dev.facets.api.TargetMix;
import dev.facets.api.Weighting;
import dev.facets.api.Zone;
import dev.facets.core.classify.InitiativeMixes;
import dev.facets.core.classify.InitiativeZones;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The reference path: the contract's definitions over the object model, written to be read, not to
 * be fast. Every mass is a plain {@code DoubleStream.sum()} of {@code w_i m_if} over the initiatives,
 * and a portfolio without an initiative is summed again from scratch (O(n^2) for an attribution).
 * The property tests hold the columnar path ({@link PortfolioScorer#score},
 * {@link PortfolioScorer#attribute}) to this one within 1e-12. A test oracle, so it lives with the
 * tests and not in the public API.
 */
final class ReferenceScorer implements Rows {
  private final List<Initiative> initiatives;
  private final double[] weights;
  private final FacetMix[] mixes;

  ReferenceScorer(Portfolio portfolio, Weighting weighting) {
    this.initiatives = portfolio.initiatives();
    int n = initiatives.size();
    this.weights = new double[n];
    this.mixes = new FacetMix[n];
    for (int i = 0; i < n; i++) {
      weights[i] = Weights.of(weighting, initiatives.get(i), i);
      mixes[i] = InitiativeMixes.of(initiatives.get(i));
    }
  }

  /** The score by the reference path: the definitions over the object model. */
  static PortfolioScore score(
      PortfolioScorer scorer, Portfolio portfolio, Weighting weighting, Optional<TargetMix> target) {
    ReferenceScorer reference = new ReferenceScorer(portfolio, weighting);
    return scorer.score(portfolio.name(), weighting.name(), reference.tally(), target);
  }

  /** Attribution by the reference path: each leave-one-out summed again from scratch. */
  static Attribution attribute(
      PortfolioScorer scorer, Portfolio portfolio, Weighting weighting, Optional<TargetMix> target) {
    ReferenceScorer reference = new ReferenceScorer(portfolio, weighting);
    return Attribution.of(score(scorer, portfolio, weighting, target), reference, target);
  }

  /** The tally of the whole portfolio, every slot summed by its definition. */
  FacetTally tally() {
    double[] sums = new double[FacetTally.SLOTS];
    sums[FacetTally.TOTAL] = all().mapToDouble(i -> weights[i]).sum();
    for (Facet facet : Facet.ordered()) {
      sums[FacetTally.FACETS + facet.ordinal()] = all().mapToDouble(i -> weights[i] * mixes[i].weight(facet)).sum();
    }
    for (Zone zone : Zone.values()) {
      sums[FacetTally.ZONES + zone.ordinal()] =
          all().filter(i -> InitiativeZones.of(initiatives.get(i)) == zone).mapToDouble(i -> weights[i]).sum();
    }
    for (Stage stage : Stage.values()) {
      sums[FacetTally.STAGES + stage.ordinal()] = all()
          .filter(i -> initiatives.get(i).stage().equals(Optional.of(stage)))
          .mapToDouble(i -> weights[i]).sum();
    }
    sums[FacetTally.STAGES + FacetTally.UNSPECIFIED] =
        all().filter(i -> initiatives.get(i).stage().isEmpty()).mapToDouble(i -> weights[i]).sum();
    return FacetTally.ofOwned(initiatives.size(), sums, new double[FacetTally.SLOTS]);
  }

  private IntStream all() {
    return IntStream.range(0, initiatives.size());
  }

  @Override
  public int size() {
    return initiatives.size();
  }

  @Override
  public String id(int row) {
    return initiatives.get(row).id();
  }

  @Override
  public double weight(int row) {
    return weights[row];
  }

  @Override
  public double mixWeight(int row, int facet) {
    return mixes[row].weight(Facet.ordered().get(facet));
  }

  @Override
  public double massesWithout(int row, double[] masses) {
    for (Facet facet : Facet.ordered()) {
      masses[facet.ordinal()] = all().filter(i -> i != row).mapToDouble(i -> weights[i] * mixes[i].weight(facet)).sum();
    }
    return all().filter(i -> i != row).mapToDouble(i -> weights[i]).sum();
  }
}
