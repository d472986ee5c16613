package dev.facets.core.questionnaire;

import dev.facets.api.EnumNames;

/**
 * The portfolio-management capability badge of the questionnaire: low below 36, high from 72,
 * medium in between, on the score of 0 to 108 that questions 17 to 24 give.
 */
public enum CapabilityLevel {
  /** A score below {@value #MEDIUM_FROM}. */
  LOW,
  /** A score from {@value #MEDIUM_FROM} to below {@value #HIGH_FROM}. */
  MEDIUM,
  /** A score of {@value #HIGH_FROM} or more. */
  HIGH;

  private static final EnumNames<CapabilityLevel> NAMES = EnumNames.hyphenated(CapabilityLevel.class, "capabilityLevel");

  /** The lowest medium score. */
  public static final int MEDIUM_FROM = 36;

  /** The lowest high score. */
  public static final int HIGH_FROM = 72;

  /**
   * {@return the level of a capability score}
   *
   * @param score a capability score, normally 0 to 108; any integer has a level (below 0 is low,
   *     above 108 high)
   */
  public static CapabilityLevel of(int score) {
    return score < MEDIUM_FROM ? LOW : score < HIGH_FROM ? MEDIUM : HIGH;
  }

  /** {@return the name used in output ({@code "medium"})} */
  public String jsonName() {
    return NAMES.name(this);
  }

  /**
   * {@return the level of an output name; the inverse of {@link #jsonName()}}
   *
   * @param name {@code "low"}, {@code "medium"} or {@code "high"}
   * @throws dev.facets.api.InvalidValueException naming the allowed names if it is none of them
   */
  public static CapabilityLevel parse(String name) {
    return NAMES.parse(name);
  }
}
