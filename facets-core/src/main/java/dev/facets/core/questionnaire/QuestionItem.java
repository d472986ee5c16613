package dev.facets.core.questionnaire;

import dev.facets.api.Facet;
import java.util.Objects;
import java.util.Optional;

/**
 * One item of a questionnaire question: a statement to rate, an option to rank or tick, with the
 * facet it counts towards and its weight.
 *
 * <p>The wording is the library's own short paraphrase, not the Portfolio Exploration Tool's text.
 * Items of the portfolio-management questions (17 to 24) count towards no facet. This class is
 * immutable and thread-safe.
 */
public final class QuestionItem {
  private final String key;
  private final String wording;
  private final Facet facet;
  private final Facet petFacet;
  private final double weight;

  QuestionItem(String key, String wording, Facet facet, Facet petFacet, double weight) {
    this.key = key;
    this.wording = wording;
    this.facet = facet;
    this.petFacet = petFacet;
    this.weight = weight;
  }

  /** {@return the key that names this item in an answers file ({@code "milestones"})} */
  public String key() {
    return key;
  }

  /** {@return the item's statement, in the library's own words} */
  public String wording() {
    return wording;
  }

  /**
   * {@return the facet this item counts towards in a scoring mode; empty for portfolio-management items}
   *
   * <p>Only two items of question 2 differ between the modes: the corrected mode tags them as worded,
   * the others as the tool does.
   *
   * @param mode the scoring mode, which decides how two items of question 2 are tagged
   */
  public Optional<Facet> facet(ScoringMode mode) {
    return Optional.ofNullable(mode.toolTags() ? petFacet : facet);
  }

  /**
   * {@return the points per unit of answer value (see {@link QuestionFormat}): 1 for rated and ranked items,
   * -1 for a reverse-scored item, 0.5 for a half-scale item, the points of a tick or of a yes}
   */
  public double weight() {
    return weight;
  }

  /** {@return whether agreeing with this item lowers the score: a reverse-scored capability item} */
  public boolean reverse() {
    return weight < 0;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof QuestionItem)) {
      return false;
    }
    QuestionItem that = (QuestionItem) other;
    return key.equals(that.key) && wording.equals(that.wording) && facet == that.facet
        && petFacet == that.petFacet && Double.compare(weight, that.weight) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, wording, facet, petFacet, weight);
  }

  /** For example {@code milestones (enhancement, weight 1.0)}. */
  @Override
  public String toString() {
    String tag = facet == petFacet ? String.valueOf(facet) : facet + ", compatible mode " + petFacet;
    return key + " (" + (facet == null && petFacet == null ? "capability" : tag.toLowerCase(java.util.Locale.ROOT))
        + ", weight " + weight + ")";
  }
}
