package dev.facets.core.questionnaire;

/**
 * How a question of the questionnaire is answered and how an answer turns into points.
 *
 * <p>Every item has a {@linkplain QuestionItem#weight() weight}, and its points are the weight times
 * the answer's value, where the value depends on the format as described on each constant.
 */
public enum QuestionFormat {
  /**
   * One answer per item on a five-point scale, 0 (strongly disagree) to 4 (strongly agree); the value
   * is the answer. Weight 1, or -1 for a reverse-scored capability item.
   */
  LIKERT("a rating from 0 to 4 for each item"),
  /**
   * One answer per item on a five-point scale, 0 to 4, counted at half weight (0, 0.5, 1, 1.5, 2):
   * the value is the answer and the weight 0.5.
   */
  HALF_SCALE("a rating from 0 to 4 for each item"),
  /** The items put in order, first = most; the values are 4, 2, 1 and 0 by rank. Weight 1. */
  RANK("the item keys in order, first = most"),
  /** Tick all that apply; the value is 1 for a ticked box, and the weight is the points per tick. */
  TICK_BOX("the keys of the ticked boxes, possibly none"),
  /** Yes, no or unsure; the value is 1 for yes, and the weight is the points of a yes. */
  YES_NO("yes, no or unsure");

  private final String answer;

  QuestionFormat(String answer) {
    this.answer = answer;
  }

  /** {@return what an answer in this format is, for messages ({@code "yes, no or unsure"})} */
  public String answer() {
    return answer;
  }
}
