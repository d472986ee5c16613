package dev.facets.core.questionnaire;

import dev.facets.api.EnumNames;
import static dev.facets.api.Facet.ADAPTIVE;
import static dev.facets.api.Facet.ANTICIPATORY;
import static dev.facets.api.Facet.ENHANCEMENT;
import static dev.facets.api.Facet.MISSION;

import dev.facets.api.Facet;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The portfolio tendency of a questionnaire: which facets are strong (at least 50 %), one group for
 * each of the 2<sup>4</sup> = 16 combinations, as the Portfolio Exploration Tool groups them.
 *
 * <p>The tool attaches an editable statement to each group; those texts are not published, so each
 * group here carries only the library's own short label. The tool's last fallback group ("the void")
 * is unreachable because the sixteen combinations are exhaustive, and it has no constant here.
 */
public enum TendencyGroup {
  /** No facet reaches 50 %. */
  WEAK_IN_ALL("Weak in all facets"),
  /** Only enhancement is strong. */
  PRIMARILY_ENHANCEMENT("Primarily enhancement-oriented", ENHANCEMENT),
  /** Only mission is strong. */
  PRIMARILY_MISSION("Primarily mission-oriented", MISSION),
  /** Only adaptive is strong. */
  PRIMARILY_ADAPTIVE("Primarily adaptive", ADAPTIVE),
  /** Only anticipatory is strong. */
  PRIMARILY_ANTICIPATORY("Primarily anticipatory", ANTICIPATORY),
  /** Enhancement and mission are strong: the sustaining pair. */
  ENHANCEMENT_MISSION("Enhancement and mission", ENHANCEMENT, MISSION),
  /** Enhancement and adaptive are strong: the optimising pair. */
  ENHANCEMENT_ADAPTIVE("Enhancement and adaptive", ENHANCEMENT, ADAPTIVE),
  /** Enhancement and anticipatory are strong: opposite facets. */
  ENHANCEMENT_ANTICIPATORY("Enhancement and anticipatory", ENHANCEMENT, ANTICIPATORY),
  /** Mission and adaptive are strong: opposite facets. */
  MISSION_ADAPTIVE("Mission and adaptive", MISSION, ADAPTIVE),
  /** Mission and anticipatory are strong: the transformative pair. */
  MISSION_ANTICIPATORY("Mission and anticipatory", MISSION, ANTICIPATORY),
  /** Adaptive and anticipatory are strong: the disruptive pair. */
  ADAPTIVE_ANTICIPATORY("Adaptive and anticipatory", ADAPTIVE, ANTICIPATORY),
  /** All but anticipatory are strong. */
  ALL_BUT_ANTICIPATORY("Strong in all but anticipatory", ENHANCEMENT, MISSION, ADAPTIVE),
  /** All but adaptive are strong. */
  ALL_BUT_ADAPTIVE("Strong in all but adaptive", ENHANCEMENT, MISSION, ANTICIPATORY),
  /** All but mission are strong. */
  ALL_BUT_MISSION("Strong in all but mission", ENHANCEMENT, ADAPTIVE, ANTICIPATORY),
  /** All but enhancement are strong. */
  ALL_BUT_ENHANCEMENT("Strong in all but enhancement", MISSION, ADAPTIVE, ANTICIPATORY),
  /** All four facets are strong. */
  ALL_FOUR("Strong in all four facets", ENHANCEMENT, MISSION, ADAPTIVE, ANTICIPATORY);

  private static final EnumNames<TendencyGroup> NAMES = EnumNames.hyphenated(TendencyGroup.class, "tendencyGroup");

  private final String label;
  private final Set<Facet> strong;

  TendencyGroup(String label, Facet... strong) {
    this.label = label;
    EnumSet<Facet> set = EnumSet.noneOf(Facet.class);
    Collections.addAll(set, strong);
    this.strong = Collections.unmodifiableSet(set);
  }

  /**
   * {@return the group of a set of strong facets; every one of the 16 sets has exactly one group}
   *
   * @param strong the facets at {@value QuestionnaireScorer#STRONG_PERCENT} % or more, any of the 16
   *     subsets (empty included)
   */
  public static TendencyGroup of(Set<Facet> strong) {
    for (TendencyGroup group : values()) {
      if (group.strong.equals(strong)) {
        return group;
      }
    }
    throw new AssertionError("the 16 groups cover every set of facets: " + strong);
  }

  /** {@return the strong facets of this group} */
  public Set<Facet> strongFacets() {
    return strong;
  }

  /** {@return a short label for a person ({@code "Primarily adaptive"})} */
  public String label() {
    return label;
  }

  /** {@return the name used in output ({@code "primarily-adaptive"}, {@code "enhancement-mission"})} */
  public String jsonName() {
    return NAMES.name(this);
  }

  /**
   * {@return the group of an output name; the inverse of {@link #jsonName()}}
   *
   * @param name the name, lower case and hyphenated as {@link #jsonName()} gives it
   * @throws dev.facets.api.InvalidValueException naming the allowed names if it is none of them
   */
  public static TendencyGroup parse(String name) {
    return NAMES.parse(name);
  }
}
