package dev.facets.core.classify;

import dev.facets.api.Checks;

/**
 * How the questionnaire is scored: exactly as the published Portfolio Exploration Tool does, or with
 * its two slips corrected.
 *
 * <p>The two modes differ in two places only. In question 2 the tool tags the item about changing
 * course on external demands as anticipatory and the item about being ahead of the curve as
 * adaptive, the reverse of what their wording says; and it divides every facet's points by 64,
 * although anticipatory can reach only 60 (question 6 has no anticipatory item), so anticipatory
 * tops out at 94 %. In both modes ticked boxes add their points: see {@link QuestionnaireScorer}.
 */
public enum ScoringMode {
  /** As published: the tool's question-2 tags, every facet out of 64. */
  PET_COMPATIBLE("compatible"),
  /** Question-2 tags as worded, every facet out of the points it can attain (anticipatory 60). */
  CORRECTED("corrected");

  private final String jsonName;

  ScoringMode(String jsonName) {
    this.jsonName = jsonName;
  }

  /** The name used on the command line and in output ({@code "compatible"}, {@code "corrected"}). */
  public String jsonName() {
    return jsonName;
  }

  /** The mode of a command-line name; the inverse of {@link #jsonName()}. */
  public static ScoringMode parse(String name) {
    return Checks.oneOf(values(), ScoringMode::jsonName, name, "mode");
  }
}
