package dev.facets.core.score;

import dev.facets.api.Checks;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of scoring one portfolio of a batch: its score, or the reason it could not be scored.
 * One bad portfolio of a batch yields a failure here and never stops the others. This class is
 * immutable and thread-safe.
 */
public final class ScoreResult {
  private final int index;
  private final String portfolio;
  private final Optional<PortfolioScore> score;
  private final Optional<String> failure;

  private ScoreResult(int index, String portfolio, Optional<PortfolioScore> score, Optional<String> failure) {
    this.index = index;
    this.portfolio = portfolio;
    this.score = score;
    this.failure = failure;
  }

  /** A success: the score of the {@code index}-th portfolio of the batch. */
  static ScoreResult success(int index, PortfolioScore score) {
    Checks.atLeast(index, 0, "index");
    return new ScoreResult(index, score.portfolioName(), Optional.of(score), Optional.empty());
  }

  /** A failure of the {@code index}-th portfolio (named {@code portfolio}), with its reason. */
  static ScoreResult failure(int index, String portfolio, String reason) {
    Objects.requireNonNull(portfolio, "portfolio");
    Objects.requireNonNull(reason, "reason");
    Checks.atLeast(index, 0, "index");
    Checks.notBlank(portfolio, "portfolio");
    Checks.notBlank(reason, "reason");
    return new ScoreResult(index, portfolio, Optional.empty(), Optional.of(reason));
  }

  /** {@return the position of the portfolio in the batch, from 0} */
  public int index() {
    return index;
  }

  /**
   * {@return the portfolio's name ({@code portfolios[i]} when it was null and had none to give)}
   */
  public String portfolioName() {
    return portfolio;
  }

  /**
   * {@return whether the portfolio was scored: then {@link #score()} is present, else
   * {@link #failure()}}
   */
  public boolean isSuccess() {
    return score.isPresent();
  }

  /** {@return the score on success, or empty on failure} */
  public Optional<PortfolioScore> score() {
    return score;
  }

  /**
   * {@return the reason on failure, or empty on success: the error's message, naming the field and
   * the value (prefixed with the exception's simple name when it was not an
   * {@link IllegalArgumentException})}
   */
  public Optional<String> failure() {
    return failure;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof ScoreResult)) {
      return false;
    }
    ScoreResult that = (ScoreResult) other;
    return index == that.index && portfolio.equals(that.portfolio) && score.equals(that.score)
        && failure.equals(that.failure);
  }

  @Override
  public int hashCode() {
    return Objects.hash(index, portfolio, score, failure);
  }

  /** For example {@code ScoreResult[0 Example: success]} or {@code ScoreResult[1 Empty: totalWeight must ...]}. */
  @Override
  public String toString() {
    return "ScoreResult[" + index + " " + portfolio + ": " + failure.orElse("success") + "]";
  }
}
