package dev.facets.core.questionnaire;

import java.util.Objects;

/**
 * How far the members of a team disagree on one item of the questionnaire: the spread of their
 * answers, made comparable across answer formats.
 *
 * <p>An answer's value is what the item scores before its weight ({@link QuestionFormat}): a rating
 * 0 to 4, the points of a rank (4, 2, 1, 0), 1 for a ticked box or a yes and 0 otherwise. The spread
 * is the standard deviation of those values over the respondents (dividing by their number, not one
 * less: a team of one has spread 0) divided by the width of the item's scale (4, or 1 for ticks and
 * yes-or-no questions), so it runs from 0 (everyone answered alike) to 0.5 (half the team at each
 * end). The values do not depend on the scoring mode. This class is immutable and thread-safe.
 */
public final class ItemSpread {
  private final Question question;
  private final QuestionItem item;
  private final double spread;
  private final int lowest;
  private final int highest;

  ItemSpread(Question question, QuestionItem item, double spread, int lowest, int highest) {
    this.question = question;
    this.item = item;
    this.spread = spread;
    this.lowest = lowest;
    this.highest = highest;
  }

  /** {@return the question} */
  public Question question() {
    return question;
  }

  /** {@return the item (for a yes-or-no question, its one item {@code yes})} */
  public QuestionItem item() {
    return item;
  }

  /** {@return the item's name in an answers file: {@code q3.milestones}; a yes-or-no question is {@code q17}} */
  public String key() {
    return question.format() == QuestionFormat.YES_NO ? question.key() : question.key() + "." + item.key();
  }

  /** {@return what the item says, or for a yes-or-no question what the question asks} */
  public String wording() {
    return question.format() == QuestionFormat.YES_NO ? question.topic() : item.wording();
  }

  /** {@return the spread, 0 to 0.5: the standard deviation of the answer values over the scale's width} */
  public double spread() {
    return spread;
  }

  /** {@return the lowest answer value given} */
  public int lowest() {
    return lowest;
  }

  /** {@return the highest answer value given} */
  public int highest() {
    return highest;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof ItemSpread)) {
      return false;
    }
    ItemSpread that = (ItemSpread) other;
    return question.equals(that.question) && item.equals(that.item) && Double.compare(spread, that.spread) == 0
        && lowest == that.lowest && highest == that.highest;
  }

  @Override
  public int hashCode() {
    return Objects.hash(question.number(), item.key(), spread, lowest, highest);
  }

  /** For example {@code q3.milestones: spread 0.5 (0 to 4)}. */
  @Override
  public String toString() {
    return key() + ": spread " + spread + " (" + lowest + " to " + highest + ")";
  }
}
