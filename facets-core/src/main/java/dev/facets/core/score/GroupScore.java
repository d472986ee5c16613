package dev.facets.core.score;

import dev.facets.api.FacetMix;
import java.util.Objects;
import java.util.Optional;

/**
 * One group of a grouped portfolio ({@link PortfolioGroups}): its key value, how many initiatives it
 * holds, their total weight, and their score (facet shares and balance) when that weight is above
 * zero. A group whose initiatives all weigh nothing has no shares: its score is empty. The group's
 * {@link FacetTally} is kept so that groups can be merged (disjoint groups merge into the tally of
 * their union). This class is immutable and thread-safe.
 */
public final class GroupScore {
  private final Optional<String> key;
  private final FacetTally tally;
  private final Optional<PortfolioScore> score;

  GroupScore(Optional<String> key, FacetTally tally, Optional<PortfolioScore> score) {
    this.key = Objects.requireNonNull(key, "key");
    this.tally = Objects.requireNonNull(tally, "tally");
    this.score = Objects.requireNonNull(score, "score");
  }

  /**
   * {@return the group's value of the key, as the file spells it; empty for the initiatives without
   * one}
   */
  public Optional<String> key() {
    return key;
  }

  /** {@return the number of initiatives in the group, at least 1} */
  public long initiatives() {
    return tally.count();
  }

  /** {@return the group's total weight, {@code >= 0}, in the weighting's unit} */
  public double totalWeight() {
    return tally.totalWeight();
  }

  /** {@return the group's tally: mergeable with other groups' tallies} */
  public FacetTally tally() {
    return tally;
  }

  /** {@return the group's score, or empty when its total weight is zero} */
  public Optional<PortfolioScore> score() {
    return score;
  }

  /** {@return the group's facet shares, or empty when its total weight is zero} */
  public Optional<FacetMix> facetShares() {
    return score.map(PortfolioScore::facetShares);
  }

  /** {@return the balance of the group's facet shares, or empty when its total weight is zero} */
  public Optional<Balance> balance() {
    return score.map(PortfolioScore::balance);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof GroupScore)) {
      return false;
    }
    GroupScore that = (GroupScore) other;
    return key.equals(that.key) && tally.equals(that.tally) && score.equals(that.score);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, tally, score);
  }

  /** For example {@code GroupScore[key=Health, initiatives=4, totalWeight=2.0E6, ...]}. */
  @Override
  public String toString() {
    return "GroupScore[key=" + key.orElse("null") + ", initiatives=" + initiatives() + ", totalWeight="
        + totalWeight() + ", facetShares=" + facetShares().map(FacetMix::toString).orElse("none") + "]";
  }
}
