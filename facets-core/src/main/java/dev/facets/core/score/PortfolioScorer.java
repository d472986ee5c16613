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
 * tallied in one allocation-free pass of blocked, compensated sums: every share within 1e-14 of its
 * exact value, {@code docs/metrics.md#share-accuracy}); the tests hold it within 1e-12 to a
 * reference path, the definitions written out over the object model. A
 * {@link FacetTally} computed anywhere (slices, threads, nodes) and merged scores with
 * {@link #score(String, String, FacetTally)}.
 *
 * <p>Errors are {@link IllegalArgumentException}s naming the field and the value: a weight that is
 * NaN, infinite or negative (with the initiative's id), and a total weight of zero, for which no
 * share exists. {@link #DEFAULT} uses the contract's diamond disparity and has no target;
 * {@link #withDisparity} and {@link #withTarget} return configured copies. This class is immutable and
 * thread-safe.
 */
public final class PortfolioScorer {
  /** The scorer of the contract: Rao-Stirling and rebalancing under {@link Disparity#DIAMOND}, no target. */
  public static final PortfolioScorer DEFAULT = new PortfolioScorer(Disparity.DIAMOND, Optional.empty());

  private final Disparity disparity;
  private final Optional<TargetMix> target;

  private PortfolioScorer(Disparity disparity, Optional<TargetMix> target) {
    this.disparity = disparity;
    this.target = target;
  }

  /**
   * {@return this scorer with its own disparity matrix (for Rao-Stirling and for pricing
   * rebalancing moves), and the same target if it has one}
   *
   * @param disparity the matrix, not null; it is recorded in every score's {@link ScoreConventions}
   */
  public PortfolioScorer withDisparity(Disparity disparity) {
    return new PortfolioScorer(Objects.requireNonNull(disparity, "disparity"), target);
  }

  /**
   * {@return this scorer with a target mix: its scores carry the gap to the target and a
   * rebalancing plan} A caller holding an {@code Optional<TargetMix>} writes
   * {@code target.map(scorer::withTarget).orElse(scorer)}.
   *
   * @param target the target mix, not null; it replaces any target this scorer had
   */
  public PortfolioScorer withTarget(TargetMix target) {
    return new PortfolioScorer(disparity, Optional.of(Objects.requireNonNull(target, "target")));
  }

  /** {@return the disparity matrix of this scorer, {@link Disparity#DIAMOND} unless set} */
  public Disparity disparity() {
    return disparity;
  }

  /** {@return the target mix of this scorer, or empty when it has none} */
  public Optional<TargetMix> target() {
    return target;
  }

  /**
   * {@return the score of a portfolio under a weighting, with the gap to this scorer's target if it
   * has one}
   *
   * @param portfolio the portfolio, not null
   * @param weighting what each initiative weighs, not null
   * @throws dev.facets.api.InvalidValueException if a weight is NaN, infinite or negative, or the
   *     total weight is zero
   */
  public PortfolioScore score(Portfolio portfolio, Weighting weighting) {
    return score(ColumnarPortfolio.of(portfolio, weighting));
  }

  /**
   * {@return the score of a columnar portfolio, tallied sequentially}
   *
   * @param portfolio the portfolio, weights already checked, not null
   * @throws dev.facets.api.InvalidValueException if the total weight is zero
   */
  public PortfolioScore score(ColumnarPortfolio portfolio) {
    return score(portfolio.name(), portfolio.weighting(), portfolio.tally());
  }

  /**
   * {@return the score of a columnar portfolio, tallied in slices on a fork/join pool; the same
   * score as {@link #score(ColumnarPortfolio)} within the sums' accuracy (1e-14 on each share)}
   *
   * @param portfolio the portfolio, weights already checked, not null
   * @param pool the pool that tallies the slices, not null
   * @throws dev.facets.api.InvalidValueException if the total weight is zero
   */
  public PortfolioScore scoreParallel(ColumnarPortfolio portfolio, ForkJoinPool pool) {
    return score(portfolio.name(), portfolio.weighting(), portfolio.tallyParallel(pool));
  }

  /**
   * The score of a tally, however it was made (for instance merged from tallies computed on several
   * nodes).
   *
   * @param portfolio the portfolio's name, recorded in the score; not blank
   * @param weighting the name of the weighting behind the tally, recorded in the score; not blank
   * @param tally the tally, not null
   * @return the score, with the gap to this scorer's target if it has one
   * @throws dev.facets.api.InvalidValueException if the tally's total weight is zero
   */
  public PortfolioScore score(String portfolio, String weighting, FacetTally tally) {
    Objects.requireNonNull(portfolio, "portfolio");
    Objects.requireNonNull(weighting, "weighting");
    Objects.requireNonNull(tally, "tally");
    return PortfolioScore.of(portfolio, ScoreConventions.of(weighting, disparity), tally, target);
  }

  /**
   * {@return the attribution of every metric to the portfolio's initiatives and facets (columnar
   * path; see {@link #attribute(ColumnarPortfolio)})}
   *
   * @param portfolio the portfolio, not null
   * @param weighting what each initiative weighs, not null
   * @throws dev.facets.api.InvalidValueException if a weight is NaN, infinite or negative, or the
   *     total weight is zero
   */
  public Attribution attribute(Portfolio portfolio, Weighting weighting) {
    return attribute(ColumnarPortfolio.of(portfolio, weighting));
  }

  /**
   * Attribution of every metric to a columnar portfolio's initiatives and facets: one pass for the
   * tally, then each leave-one-out in O(1) by subtraction from it; the result holds O(n) doubles per
   * metric.
   *
   * @param portfolio the portfolio, weights already checked, not null
   * @return the attribution, with the target-gap metrics when this scorer has a target
   * @throws dev.facets.api.InvalidValueException if the total weight is zero
   */
  public Attribution attribute(ColumnarPortfolio portfolio) {
    FacetTally tally = portfolio.tally();
    PortfolioScore score = score(portfolio.name(), portfolio.weighting(), tally);
    return Attribution.of(score, new ColumnarRows(portfolio, tally), target);
  }

  /**
   * Scores many portfolios, one result each in their order: a portfolio that cannot be scored (zero
   * total weight, a bad weight, a weighting that throws, a null entry) becomes a failure with its
   * reason, and the batch goes on.
   *
   * @param portfolios the portfolios, not null; its entries may be null (each becomes a failure)
   * @param weighting what each initiative weighs, not null
   * @return one result per portfolio, in order, {@link ScoreResult#index()} its position;
   *     unmodifiable
   */
  public List<ScoreResult> scoreAll(List<Portfolio> portfolios, Weighting weighting) {
    Objects.requireNonNull(portfolios, "portfolios");
    Objects.requireNonNull(weighting, "weighting");
    List<ScoreResult> results = new ArrayList<>(portfolios.size());
    for (int i = 0; i < portfolios.size(); i++) {
      Portfolio portfolio = portfolios.get(i);
      String name = portfolio == null ? "portfolios[" + i + "]" : portfolio.name();
      try {
        if (portfolio == null) {
          throw new IllegalArgumentException("portfolios[" + i + "] must not be null");
        }
        results.add(ScoreResult.success(i, score(portfolio, weighting)));
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

  /** For example {@code PortfolioScorer[diamond]}, or with a target {@code PortfolioScorer[diamond, target=...]}. */
  @Override
  public String toString() {
    return "PortfolioScorer[" + disparity.name() + target.map(t -> ", target=" + t).orElse("") + "]";
  }
}
