package dev.facets.core.classify;

import dev.facets.api.EnumNames;

/**
 * The thirteen organisational dimensions in which an initiative shows its facets, after the signals
 * that OPSI's Portfolio Exploration Tool asks about. An {@link EvidenceRules rule set} says which
 * observations of each dimension point at which facets.
 */
public enum Dimension {
  /** What the work focuses on. */
  FOCUS("Focus"),
  /** How the work is managed. */
  MANAGEMENT_STYLE("Management style"),
  /** How strategy and goals are set. */
  STRATEGY("Strategy"),
  /** Which risks are taken seriously. */
  RISKS("Risks taken seriously"),
  /** What may be done without asking permission. */
  PERMISSIONS("Allowed without permission"),
  /** Which bad news gets attention. */
  BAD_NEWS("Bad news that gets attention"),
  /** What gets punished. */
  PUNISHMENT("What gets punished"),
  /** What gets funded. */
  FUNDING("What gets funded"),
  /** How goods and services are bought. */
  PROCUREMENT("Procurement"),
  /** The time horizon that counts. */
  TIME_HORIZON("Time horizon"),
  /** Which data are used. */
  DATA("Data used"),
  /** What gets evaluated. */
  EVALUATION("What gets evaluated"),
  /** How technology is approached. */
  TECHNOLOGY_STANCE("Technology stance");

  private static final EnumNames<Dimension> NAMES = EnumNames.hyphenated(Dimension.class, "dimension");

  private final String label;

  Dimension(String label) {
    this.label = label;
  }

  /** {@return the label for a person ({@code "Time horizon"})} */
  public String label() {
    return label;
  }

  /** {@return the name used in files and on the command line ({@code "time-horizon"})} */
  public String jsonName() {
    return NAMES.name(this);
  }

  /**
   * {@return the dimension of a file name; the inverse of {@link #jsonName()}}
   *
   * @param name the name, lower case and hyphenated as {@link #jsonName()} gives it
   * @throws dev.facets.api.InvalidValueException naming the allowed names if it is none of them
   */
  public static Dimension parse(String name) {
    return NAMES.parse(name);
  }
}
