package dev.facets.core.questionnaire;

import dev.facets.api.Facet;
import dev.facets.api.FacetValues;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The questionnaires of a whole team, one per member, scored together: per facet the mean, spread
 * and range of the members' percentages, the team's tendency from the means, the items on which the
 * members disagree most, and how their capability levels are distributed.
 *
 * <p>The tool is used in workshops where each participant answers for the same organisation; the
 * interesting result is then both where the team stands on average and where its members see the
 * organisation differently. Definitions, with n members:
 * <ul>
 *   <li>mean of a facet: the mean of the members' whole percentages; spread: their standard deviation
 *       dividing by n (a team of one has spread 0); lowest, highest and range (highest minus lowest).
 *   <li>team tendency: the facets whose mean is {@value QuestionnaireScorer#STRONG_PERCENT} % or more
 *       name the {@link TendencyGroup}, so a team of one has its member's tendency.
 *   <li>capability: the mean, lowest and highest score, and how many members are at each level.
 *   <li>disagreements: every item with a spread above 0, widest first, as {@link ItemSpread}s.
 * </ul>
 * Every sum is over whole numbers and exact, so nothing depends on the order of the members except
 * the order in which {@link #members()} lists them. Made by {@link QuestionnaireScorer#scoreTeam}.
 * This class is immutable and thread-safe.
 */
public final class TeamScore {
  private final ScoringMode mode;
  private final List<QuestionnaireAnswers> answers;
  private final List<QuestionnaireScore> members;
  private final List<String> names;
  private final FacetValues means;
  private final FacetValues spreads;
  private final int[] lowest = new int[Facet.COUNT];
  private final int[] highest = new int[Facet.COUNT];
  private final Set<Facet> strong;
  private final double capabilityMean;
  private final int capabilityLowest;
  private final int capabilityHighest;
  private final Map<CapabilityLevel, Integer> levels;
  private final List<ItemSpread> disagreements;

  TeamScore(ScoringMode mode, List<QuestionnaireAnswers> answers, List<QuestionnaireScore> members) {
    this.mode = mode;
    this.answers = List.copyOf(answers);
    this.members = List.copyOf(members);
    List<String> named = new ArrayList<>();
    for (int i = 0; i < answers.size(); i++) {
      named.add(answers.get(i).respondent().orElse("respondent " + (i + 1)));
    }
    this.names = List.copyOf(named);
    double[] mean = new double[Facet.COUNT];
    double[] spread = new double[Facet.COUNT];
    Set<Facet> strongFacets = EnumSet.noneOf(Facet.class);
    for (Facet facet : Facet.ordered()) {
      int[] values = new int[members.size()];
      for (int i = 0; i < values.length; i++) {
        values[i] = members.get(i).percentage(facet);
      }
      mean[facet.ordinal()] = mean(values);
      spread[facet.ordinal()] = deviation(values);
      lowest[facet.ordinal()] = min(values);
      highest[facet.ordinal()] = max(values);
      if (mean[facet.ordinal()] >= QuestionnaireScorer.STRONG_PERCENT) {
        strongFacets.add(facet);
      }
    }
    this.means = FacetValues.of(mean);
    this.spreads = FacetValues.of(spread);
    this.strong = Collections.unmodifiableSet(strongFacets);
    int[] capabilities = new int[members.size()];
    Map<CapabilityLevel, Integer> counts = new EnumMap<>(CapabilityLevel.class);
    for (CapabilityLevel level : CapabilityLevel.values()) {
      counts.put(level, 0);
    }
    for (int i = 0; i < capabilities.length; i++) {
      capabilities[i] = members.get(i).capabilityScore();
      counts.merge(members.get(i).capabilityLevel(), 1, Integer::sum);
    }
    this.capabilityMean = mean(capabilities);
    this.capabilityLowest = min(capabilities);
    this.capabilityHighest = max(capabilities);
    this.levels = Collections.unmodifiableMap(counts);
    this.disagreements = disagreements(answers);
  }

  private static List<ItemSpread> disagreements(List<QuestionnaireAnswers> answers) {
    List<ItemSpread> spreads = new ArrayList<>();
    for (Question question : Questionnaire.STANDARD.questions()) {
      int width = question.format() == QuestionFormat.TICK_BOX || question.format() == QuestionFormat.YES_NO ? 1
          : QuestionnaireAnswers.MAX_RATING;
      for (QuestionItem item : question.items()) {
        int[] values = new int[answers.size()];
        for (int i = 0; i < values.length; i++) {
          values[i] = answers.get(i).value(question, item);
        }
        double spread = deviation(values) / width;
        if (spread > 0) {
          spreads.add(new ItemSpread(question, item, spread, min(values), max(values)));
        }
      }
    }
    // Stable: equal spreads keep the questionnaire's order.
    spreads.sort(Comparator.comparingDouble(ItemSpread::spread).reversed());
    return List.copyOf(spreads);
  }

  private static double mean(int[] values) {
    long sum = 0;
    for (int value : values) {
      sum += value;
    }
    return (double) sum / values.length;
  }

  /**
   * The standard deviation dividing by n, from exact whole-number sums: sqrt(n sum x^2 - (sum x)^2) / n,
   * the same whatever the order of the values.
   */
  private static double deviation(int[] values) {
    long sum = 0;
    long squares = 0;
    for (int value : values) {
      sum += value;
      squares += (long) value * value;
    }
    long n = values.length;
    return Math.sqrt(n * squares - sum * sum) / n;
  }

  private static int min(int[] values) {
    int min = Integer.MAX_VALUE;
    for (int value : values) {
      min = Math.min(min, value);
    }
    return min;
  }

  private static int max(int[] values) {
    int max = Integer.MIN_VALUE;
    for (int value : values) {
      max = Math.max(max, value);
    }
    return max;
  }

  /** {@return the scoring mode} */
  public ScoringMode mode() {
    return mode;
  }

  /** {@return the number of members, at least 1} */
  public int size() {
    return members.size();
  }

  /** {@return each member's answers, in the order given} */
  public List<QuestionnaireAnswers> answers() {
    return answers;
  }

  /** {@return each member's score, in the order given} */
  public List<QuestionnaireScore> members() {
    return members;
  }

  /** {@return each member's name: the answers' respondent, or {@code respondent N} (1-based) when none is given} */
  public List<String> names() {
    return names;
  }

  /** {@return the mean percentage of each facet} */
  public FacetValues means() {
    return means;
  }

  /** {@return the standard deviation of each facet's percentages, dividing by the number of members} */
  public FacetValues spreads() {
    return spreads;
  }

  /**
   * {@return the lowest percentage of a facet among the members, 0 to 100}
   *
   * @param facet the facet
   */
  public int lowest(Facet facet) {
    return lowest[facet.ordinal()];
  }

  /**
   * {@return the highest percentage of a facet among the members, 0 to 100}
   *
   * @param facet the facet
   */
  public int highest(Facet facet) {
    return highest[facet.ordinal()];
  }

  /**
   * {@return the range of a facet's percentages: highest minus lowest, 0 to 100 (0 for a team of one)}
   *
   * @param facet the facet
   */
  public int range(Facet facet) {
    return highest(facet) - lowest(facet);
  }

  /**
   * {@return the facets whose mean percentage is {@value QuestionnaireScorer#STRONG_PERCENT} or more, in
   * facet order}
   */
  public Set<Facet> strongFacets() {
    return strong;
  }

  /** {@return the team's tendency group, from its mean percentages} */
  public TendencyGroup tendency() {
    return TendencyGroup.of(strong);
  }

  /** {@return the mean capability score} */
  public double capabilityMean() {
    return capabilityMean;
  }

  /** {@return the lowest capability score among the members} */
  public int capabilityLowest() {
    return capabilityLowest;
  }

  /** {@return the highest capability score among the members} */
  public int capabilityHighest() {
    return capabilityHighest;
  }

  /** {@return how many members are at each capability level, every level present (0 where none is)} */
  public Map<CapabilityLevel, Integer> capabilityLevels() {
    return levels;
  }

  /** {@return every item some members answered differently, widest spread first, ties in questionnaire order} */
  public List<ItemSpread> disagreements() {
    return disagreements;
  }

  /**
   * {@return the {@code count} items of widest spread (fewer when fewer items have any spread)}
   *
   * @param count how many items at most; 0 or less gives none
   */
  public List<ItemSpread> widestDisagreements(int count) {
    return disagreements.subList(0, Math.min(Math.max(0, count), disagreements.size()));
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof TeamScore)) {
      return false;
    }
    TeamScore that = (TeamScore) other;
    return mode == that.mode && answers.equals(that.answers);
  }

  @Override
  public int hashCode() {
    return Objects.hash(mode, answers);
  }

  /** For example {@code TeamScore[compatible, 3 members, means=..., tendency=primarily-adaptive]}. */
  @Override
  public String toString() {
    return "TeamScore[" + mode.jsonName() + ", " + members.size() + " members, means=" + means + ", tendency="
        + tendency().jsonName() + ", capability mean " + capabilityMean + "]";
  }
}
