package dev.facets.core.questionnaire;

import dev.facets.api.Facet;
import dev.facets.api.FacetValues;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The scores of one respondent's questionnaire: points and percentage per facet, strong facets,
 * tendency group, and portfolio-management capability, with the mode and normalisers that made them.
 *
 * <p>Made by {@link QuestionnaireScorer#score}. This class is immutable and thread-safe.
 */
public final class QuestionnaireScore {
  private final ScoringMode mode;
  private final FacetValues points;
  private final FacetValues normalisers;
  private final int[] percentages;
  private final Set<Facet> strong;
  private final int capability;

  QuestionnaireScore(ScoringMode mode, FacetValues points, FacetValues normalisers, int[] percentages,
      Set<Facet> strong, int capability) {
    this.mode = mode;
    this.points = points;
    this.normalisers = normalisers;
    this.percentages = percentages.clone();
    Set<Facet> copy = EnumSet.noneOf(Facet.class);
    copy.addAll(strong);
    this.strong = Collections.unmodifiableSet(copy);
    this.capability = capability;
  }

  /** {@return the scoring mode} */
  public ScoringMode mode() {
    return mode;
  }

  /** {@return the points of each facet, from 0 to its attainable maximum, in steps of 0.5} */
  public FacetValues points() {
    return points;
  }

  /** {@return what each facet's points were divided by} */
  public FacetValues normalisers() {
    return normalisers;
  }

  /**
   * {@return the percentage of one facet, 0 to 100: its points over its normaliser, rounded half up}
   *
   * @param facet the facet
   */
  public int percentage(Facet facet) {
    return percentages[facet.ordinal()];
  }

  /** {@return the percentages in facet order} */
  public Map<Facet, Integer> percentages() {
    Map<Facet, Integer> map = new EnumMap<>(Facet.class);
    for (Facet facet : Facet.ordered()) {
      map.put(facet, percentages[facet.ordinal()]);
    }
    return Collections.unmodifiableMap(map);
  }

  /** {@return the facets at {@value QuestionnaireScorer#STRONG_PERCENT} % or more, in facet order} */
  public Set<Facet> strongFacets() {
    return strong;
  }

  /** {@return the tendency group of the strong facets} */
  public TendencyGroup tendency() {
    return TendencyGroup.of(strong);
  }

  /** {@return the portfolio-management capability score, 0 to 108} */
  public int capabilityScore() {
    return capability;
  }

  /** {@return the capability level of the score} */
  public CapabilityLevel capabilityLevel() {
    return CapabilityLevel.of(capability);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof QuestionnaireScore)) {
      return false;
    }
    QuestionnaireScore that = (QuestionnaireScore) other;
    return mode == that.mode && points.equals(that.points) && normalisers.equals(that.normalisers)
        && Arrays.equals(percentages, that.percentages) && capability == that.capability;
  }

  @Override
  public int hashCode() {
    return Objects.hash(mode, points, normalisers, Arrays.hashCode(percentages), capability);
  }

  /** For example {@code QuestionnaireScore[compatible, percentages={ENHANCEMENT=63, ...}, ...]}. */
  @Override
  public String toString() {
    return "QuestionnaireScore[" + mode.jsonName() + ", points=" + points + ", percentages=" + percentages()
        + ", tendency=" + tendency().jsonName() + ", capability=" + capability + " (" + capabilityLevel().jsonName()
        + ")]";
  }
}
