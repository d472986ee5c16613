package dev.facets.core.score;

import dev.facets.api.Portfolio;
import dev.facets.api.TargetMix;
import dev.facets.api.Weighting;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;

/**
 * The entry point of portfolio scoring: facet, zone and stage shares, balance indices, lean, target
 * gap with a rebalancing plan, and attribution of every metric to initiatives and facets.
 *
 * <p>{@link #score} and {@link #attribute} take the fast, columnar path (a {@link ColumnarPortfolio}
 * tallied in one allocation-free pass with compensated sums); the tests hold it within 1e-12 to a
 * reference path, the definitions written out over the object model. A
 * {@link FacetTally} computed anywhere (slices, threads, nodes) and merged scores with
 * {@link #score(String, String, FacetTally, Optional)}.
 *
 * <p>Errors are {@link IllegalArgumentException}s naming the field and the value: a weight that is
 * NaN, infinite or negative (with the initiative's id), and a total weight of zero, for which no
 * share exists. {@link #DEFAULT} uses the contract's diamond disparity. This class is immutable and
 * thread-safe.
 */
public final class PortfolioScorer {
  /** The scorer of the contract: Rao-Stirling and rebalancing under {@link Disparity#DIAMOND}. */
  public static final PortfolioScorer DEFAULT = new PortfolioScorer(Disparity.DIAMOND);

  private final Disparity disparity;

  private PortfolioScorer(Disparity disparity) {
    this.disparity = disparity;
  }

  /** A scorer with its own disparity matrix (for Rao-Stirling and for pricing rebalancing moves). */
  public static PortfolioScorer withDisparity(Disparity disparity) {
    return new PortfolioScorer(Objects.requireNonNull(disparity, "disparity"));
  }

  /** The disparity matrix of this scorer. */
  public Disparity disparity() {
    return disparity;
  }

  /** The score of a portfolio under a weighting, without a target. */
  public PortfolioScore score(Portfolio portfolio, Weighting weighting) {
    return score(portfolio, weighting, Optional.empty());
  }

  /** The score of a portfolio under a weighting, with the gap to a target. */
  public PortfolioScore score(Portfolio portfolio, Weighting weighting, TargetMix target) {
    return score(portfolio, weighting, Optional.of(target));
  }

  /** The score of a portfolio under a weighting, with the gap to the target if one is given. */
  public PortfolioScore score(Portfolio portfolio, Weighting weighting, Optional<TargetMix> target) {
    return score(ColumnarPortfolio.of(portfolio, weighting), target);
  }

  /** The score of a columnar portfolio, tallied sequentially. */
  public PortfolioScore score(ColumnarPortfolio portfolio, Optional<TargetMix> target) {
    return score(portfolio.name(), portfolio.weighting(), portfolio.tally(), target);
  }

  /** The score of a columnar portfolio, tallied in slices on a fork/join pool. */
  public PortfolioScore scoreParallel(ColumnarPortfolio portfolio, Optional<TargetMix> target, ForkJoinPool pool) {
    return score(portfolio.name(), portfolio.weighting(), portfolio.tallyParallel(pool), target);
  }

  /**
   * The score of a tally, however it was made (for instance merged from tallies computed on several
   * nodes).
   *
   * @param portfolio the portfolio's name, recorded in the score
   * @param weighting the name of the weighting behind the tally, recorded in the score
   * @throws dev.facets.api.InvalidValueException if the tally's total weight is zero
   */
  public PortfolioScore score(String portfolio, String weighting, FacetTally tally, Optional<TargetMix> target) {
    Objects.requireNonNull(portfolio, "portfolio");
    Objects.requireNonNull(weighting, "weighting");
    Objects.requireNonNull(tally, "tally");
    Objects.requireNonNull(target, "target");
    return PortfolioScore.of(portfolio, ScoreConventions.of(weighting, disparity), tally, target);
  }

  /** Attribution of every metric to the portfolio's initiatives and facets (columnar path). */
  public Attribution attribute(Portfolio portfolio, Weighting weighting, Optional<TargetMix> target) {
    return attribute(ColumnarPortfolio.of(portfolio, weighting), target);
  }

  /**
   * Attribution of every metric to a columnar portfolio's initiatives and facets: one pass for the
   * tally, then each leave-one-out in O(1) by subtraction from it; the result holds O(n) doubles per
   * metric.
   */
  public Attribution attribute(ColumnarPortfolio portfolio, Optional<TargetMix> target) {
    FacetTally tally = portfolio.tally();
    PortfolioScore score = score(portfolio.name(), portfolio.weighting(), tally, target);
    return Attribution.of(score, new ColumnarRows(portfolio, tally), target);
  }

  /**
   * Scores many portfolios, one result each in their order: a portfolio that cannot be scored (zero
   * total weight, a bad weight, a weighting that throws, a null entry) becomes a failure with its
   * reason, and the batch goes on.
   */
  public List<ScoreResult> scoreAll(List<Portfolio> portfolios, Weighting weighting, Optional<TargetMix> target) {
    Objects.requireNonNull(portfolios, "portfolios");
    Objects.requireNonNull(weighting, "weighting");
    Objects.requireNonNull(target, "target");
    List<ScoreResult> results = new ArrayList<>(portfolios.size());
    for (int i = 0; i < portfolios.size(); i++) {
      Portfolio portfolio = portfolios.get(i);
      String name = portfolio == null ? "portfolios[" + i + "]" : portfolio.name();
      try {
        if (portfolio == null) {
          throw new IllegalArgumentException("portfolios[" + i + "] must not be null");
        }
        results.add(ScoreResult.success(i, score(portfolio, weighting, target)));
      } catch (RuntimeException e) {
        // A custom weighting may throw anything; its failure is this portfolio's, not the batch's.
        results.add(ScoreResult.failure(i, name, reason(e)));
      }
    }
    return List.copyOf(results);
  }

  private static String reason(RuntimeException e) {
    String message = e.getMessage() == null || e.getMessage().isBlank() ? "no message" : e.getMessage();
    return e instanceof IllegalArgumentException ? message : e.getClass().getSimpleName() + ": " + message;
  }

  /** For example {@code PortfolioScorer[diamond]}. */
  @Override
  public String toString() {
    return "PortfolioScorer[" + disparity.name() + "]";
  }
}
