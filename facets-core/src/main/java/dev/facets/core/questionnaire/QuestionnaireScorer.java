package dev.facets.core.questionnaire;

import dev.facets.api.Checks;
import dev.facets.api.Facet;
import dev.facets.api.FacetValues;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Scores a respondent's answers to the questionnaire as module 1 of the OECD Portfolio Exploration
 * Tool does: points and a percentage per facet, the strong facets, the tendency group, and the
 * portfolio-management capability score and level.
 *
 * <p>The rules, applied to {@link Questionnaire#STANDARD}:
 * <ul>
 *   <li>Each item of questions 1 to 16 adds its weight times its value ({@link QuestionFormat}) to the
 *       facet it is tagged with in the {@linkplain ScoringMode mode}: a rating of 0 to 4; half a rating
 *       on questions 6 and 16; 4, 2, 1 and 0 by rank; the points of a ticked box (4 on question 10, 2 on
 *       13 and 14, 1 on 15).
 *   <li>Percentage: points divided by the facet's normaliser, times 100, rounded half away from zero
 *       ({@code round(points / 64 * 100)}). The normaliser is 64 for every facet in
 *       {@link ScoringMode#PET_COMPATIBLE} and {@link ScoringMode#PUBLISHED}; in
 *       {@link ScoringMode#CORRECTED} it is the points the facet can attain, 64, or 60 for
 *       anticipatory.
 *   <li>A facet is strong at {@value #STRONG_PERCENT} % or more; the set of strong facets names the
 *       {@link TendencyGroup}.
 *   <li>Capability: {@value #CAPABILITY_OFFSET} plus the points of questions 17 to 24 (a yes scores 4 on
 *       17 and 19 and 8 on 20; ratings 0 to 4; reverse-scored items 0 to -4), from 0 to 108; the offset
 *       cancels the four reverse items so that the lowest score is 0. See {@link CapabilityLevel}.
 * </ul>
 *
 * <p>{@link ScoringMode#PUBLISHED} reproduces two defects of the published tool's code: its
 * checkbox branch tests a field of the value after splitting it, which current PHP never matches, so
 * a ticked box adds nothing; and its capability loop casts each rated item's answer, an array there,
 * to a number, so each answered item adds 1 whatever its rating. The other modes add the points of
 * each ticked box and sum the capability ratings, as the tool's authors intended. This class is
 * immutable and thread-safe.
 */
public final class QuestionnaireScorer {
  /** The published normaliser of every facet: 16 questions of at most 4 points. */
  public static final int NORMALISER = 64;

  /** The percentage from which a facet is strong. */
  public static final int STRONG_PERCENT = 50;

  /** What the capability score adds to the points of questions 17 to 24. */
  public static final int CAPABILITY_OFFSET = 16;

  /** The scorer the tool's authors intended, with the tool's tags and normaliser. */
  public static final QuestionnaireScorer PET_COMPATIBLE = new QuestionnaireScorer(ScoringMode.PET_COMPATIBLE);

  /** The scorer of the tool as it is published, its two defects included: see {@link ScoringMode#PUBLISHED}. */
  public static final QuestionnaireScorer PUBLISHED = new QuestionnaireScorer(ScoringMode.PUBLISHED);

  /** The scorer with the tool's two slips corrected. */
  public static final QuestionnaireScorer CORRECTED = new QuestionnaireScorer(ScoringMode.CORRECTED);

  private static final int MAX_VALUE = QuestionnaireAnswers.MAX_RATING;

  private final ScoringMode mode;
  private final FacetValues normalisers;

  private QuestionnaireScorer(ScoringMode mode) {
    this.mode = mode;
    this.normalisers = mode == ScoringMode.CORRECTED
        ? attainable(mode)
        : FacetValues.of(NORMALISER, NORMALISER, NORMALISER, NORMALISER);
  }

  /**
   * {@return the scorer of a mode: one of the three constants}
   *
   * @param mode the scoring mode
   */
  public static QuestionnaireScorer of(ScoringMode mode) {
    return switch (Objects.requireNonNull(mode, "mode")) {
      case PET_COMPATIBLE -> PET_COMPATIBLE;
      case PUBLISHED -> PUBLISHED;
      case CORRECTED -> CORRECTED;
    };
  }

  /** {@return the scoring mode} */
  public ScoringMode mode() {
    return mode;
  }

  /**
   * {@return what each facet's points are divided by: 64 each, or the attainable points when corrected
   * (64, 64, 64, 60)}
   */
  public FacetValues normalisers() {
    return normalisers;
  }

  /**
   * The most points each facet can attain in a mode: 64 for enhancement, mission and adaptive and 60
   * for anticipatory (in {@link ScoringMode#PUBLISHED}, where ticks add nothing, 48 and 44), computed
   * from the questionnaire rather than assumed.
   */
  static FacetValues attainable(ScoringMode mode) {
    Objects.requireNonNull(mode, "mode");
    double[] best = new double[Facet.COUNT];
    for (Question question : Questionnaire.STANDARD.questions()) {
      if (!question.facetOrientation()) {
        continue;
      }
      for (Facet facet : Facet.ordered()) {
        int ranked = 0;
        for (QuestionItem item : question.items()) {
          if (item.facet(mode).orElse(null) == facet) {
            best[facet.ordinal()] += question.format() == QuestionFormat.RANK
                ? QuestionnaireAnswers.RANK_VALUES.get(ranked++)
                : Math.max(0, points(mode, question, item, maxValue(question)));
          }
        }
      }
    }
    return FacetValues.of(best);
  }

  /** {@return the highest capability score of the intended scoring, 108: the top of the capability scale} */
  public static int capabilityMaximum() {
    return capabilityMaximum(ScoringMode.PET_COMPATIBLE);
  }

  /** {@return the lowest capability score of the intended scoring, 0} */
  public static int capabilityMinimum() {
    return capabilityMinimum(ScoringMode.PET_COMPATIBLE);
  }

  /**
   * {@return the highest capability score a complete questionnaire can reach in a mode: 108, or 55 in
   * {@link ScoringMode#PUBLISHED} (16, every yes, and 1 per rated item)}
   *
   * @param mode the scoring mode
   */
  public static int capabilityMaximum(ScoringMode mode) {
    return capabilityBound(mode, true);
  }

  /**
   * {@return the lowest capability score a complete questionnaire can reach in a mode: 0, or 39 in
   * {@link ScoringMode#PUBLISHED} (16 and 1 per rated item)}
   *
   * @param mode the scoring mode
   */
  public static int capabilityMinimum(ScoringMode mode) {
    return capabilityBound(mode, false);
  }

  private static int capabilityBound(ScoringMode mode, boolean highest) {
    double total = CAPABILITY_OFFSET;
    for (Question question : Questionnaire.STANDARD.questions()) {
      if (question.facetOrientation()) {
        continue;
      }
      for (QuestionItem item : question.items()) {
        double low = points(mode, question, item, 0);
        double high = points(mode, question, item, maxValue(question));
        total += highest ? Math.max(low, high) : Math.min(low, high);
      }
    }
    return (int) total;
  }

  private static int maxValue(Question question) {
    return switch (question.format()) {
      case LIKERT, HALF_SCALE -> MAX_VALUE;
      case RANK -> QuestionnaireAnswers.RANK_VALUES.get(0);
      case TICK_BOX, YES_NO -> 1;
    };
  }

  /**
   * The points one item adds in a mode, given its answer's value ({@link QuestionFormat}): its
   * weight times the value, except in {@link ScoringMode#PUBLISHED}, where a ticked box adds nothing
   * and a rated capability item adds 1 for being answered, whatever its rating.
   */
  static double points(ScoringMode mode, Question question, QuestionItem item, int value) {
    if (question.facetOrientation()) {
      return question.format() == QuestionFormat.TICK_BOX && !mode.ticksCount() ? 0 : item.weight() * value;
    }
    if (question.format() != QuestionFormat.YES_NO && !mode.capabilityRatingsCount()) {
      // The published tool adds each rated item's answer cast to a number, and its answers are
      // arrays there: any answered item casts to 1. Every item of a complete questionnaire is answered.
      return 1;
    }
    return item.weight() * value;
  }

  /**
   * Scores one respondent's answers.
   *
   * @param answers one respondent's complete answers
   * @return the facet points and percentages, the strong facets and the capability score
   */
  public QuestionnaireScore score(QuestionnaireAnswers answers) {
    Objects.requireNonNull(answers, "answers");
    double[] points = new double[Facet.COUNT];
    int capability = CAPABILITY_OFFSET;
    for (Question question : Questionnaire.STANDARD.questions()) {
      for (QuestionItem item : question.items()) {
        // Weights are multiples of 1/2 and values small integers: every product and sum is exact.
        double itemPoints = points(mode, question, item, answers.value(question, item));
        if (question.facetOrientation()) {
          points[item.facet(mode).orElseThrow().ordinal()] += itemPoints;
        } else {
          capability += (int) itemPoints;
        }
      }
    }
    int[] percentages = new int[Facet.COUNT];
    Set<Facet> strong = EnumSet.noneOf(Facet.class);
    for (Facet facet : Facet.ordered()) {
      int percentage = percentage(points[facet.ordinal()], normalisers.get(facet));
      percentages[facet.ordinal()] = percentage;
      if (percentage >= STRONG_PERCENT) {
        strong.add(facet);
      }
    }
    return new QuestionnaireScore(mode, FacetValues.of(points), normalisers, percentages, strong, capability);
  }

  /**
   * Scores the questionnaires of a team, one per member, each as {@link #score} does, and together:
   * see {@link TeamScore}.
   *
   * @param team each member's answers, at least one
   * @return each member's score and the team's summary
   * @throws dev.facets.api.InvalidValueException naming {@code team} if it is empty
   */
  public TeamScore scoreTeam(List<QuestionnaireAnswers> team) {
    Checks.notEmpty(team, "team");
    List<QuestionnaireScore> scores = new ArrayList<>();
    for (QuestionnaireAnswers answers : team) {
      scores.add(score(Objects.requireNonNull(answers, "answers")));
    }
    return new TeamScore(mode, team, scores);
  }

  /**
   * {@code round(points / normaliser * 100)}, half away from zero, in exact decimal arithmetic so
   * that a point exactly halfway (1.5 of 60 is 2.5 %) always rounds up.
   */
  static int percentage(double points, double normaliser) {
    return new BigDecimal(points).multiply(BigDecimal.valueOf(100))
        .divide(new BigDecimal(normaliser), 0, RoundingMode.HALF_UP).intValueExact();
  }

  @Override
  public String toString() {
    return "QuestionnaireScorer[" + mode.jsonName() + ", normalisers=" + normalisers + "]";
  }
}
