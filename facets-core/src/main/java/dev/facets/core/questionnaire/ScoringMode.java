package dev.facets.core.questionnaire;

import dev.facets.api.EnumNames;

/**
 * How the questionnaire is scored: as the published Portfolio Exploration Tool actually scores it,
 * as its authors meant it to, or with its slips corrected.
 *
 * <ul>
 *   <li>{@link #PET_COMPATIBLE} ({@code compatible}) is the scoring the tool's authors intended: the
 *       tool's facet tags (question 2 included, see below), every facet out of 64, every ticked box
 *       adding its points and the capability score summing the ratings.
 *   <li>{@link #PUBLISHED} ({@code published}) is what the published tool really computes, two
 *       defects of its code included: a ticked box of questions 10, 13, 14 and 15 adds nothing, so no
 *       facet can pass 75 %; and each answered item of the rated capability questions (18 and 21 to
 *       24) adds 1 whatever its rating, reverse items too, so a complete questionnaire scores 39, 43,
 *       47, 51 or 55 and its capability level is always medium. Use it to compare with results
 *       already taken from the live tool.
 *   <li>{@link #CORRECTED} ({@code corrected}) is the intended scoring with the tool's two slips
 *       fixed: in question 2 the tool tags the item about changing course on external demands as
 *       anticipatory and the item about being ahead of the curve as adaptive, the reverse of what
 *       they say; and it divides every facet by 64 although anticipatory can reach only 60
 *       (question 6 has no anticipatory item), so anticipatory tops out at 94 %.
 * </ul>
 */
public enum ScoringMode {
  /** As the tool's authors intended it: the tool's question-2 tags, every facet out of 64. */
  PET_COMPATIBLE("compatible"),
  /**
   * As the published tool computes it: the compatible scoring, except that ticked boxes add nothing
   * and each rated capability item adds 1.
   */
  PUBLISHED("published"),
  /** Question-2 tags as worded, every facet out of the points it can attain (anticipatory 60). */
  CORRECTED("corrected");

  private static final EnumNames<ScoringMode> NAMES = EnumNames.of(ScoringMode.class, "mode", m -> m.jsonName);

  private final String jsonName;

  ScoringMode(String jsonName) {
    this.jsonName = jsonName;
  }

  /** {@return the name used on the command line and in output ({@code "compatible"}, {@code "published"})} */
  public String jsonName() {
    return NAMES.name(this);
  }

  /** Whether items are tagged as the tool tags them (question 2 swapped): every mode but corrected. */
  boolean toolTags() {
    return this != CORRECTED;
  }

  /** Whether a ticked box adds its points: in every mode but published. */
  boolean ticksCount() {
    return this != PUBLISHED;
  }

  /** Whether a rated capability item adds its rating (else 1 for being answered): all but published. */
  boolean capabilityRatingsCount() {
    return this != PUBLISHED;
  }

  /**
   * {@return the mode of a command-line name; the inverse of {@link #jsonName()}}
   *
   * @param name the name, lower case and hyphenated as {@link #jsonName()} gives it
   * @throws dev.facets.api.InvalidValueException naming the allowed names if it is none of them
   */
  public static ScoringMode parse(String name) {
    return NAMES.parse(name);
  }
}
