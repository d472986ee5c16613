package dev.facets.core.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.facets.api.Facet;
import dev.facets.core.questionnaire.QuestionnaireAnswers.YesNo;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class QuestionnaireProperties {
  private static final Set<String> REVERSE = Set.of("adHoc", "suspicion", "littleRespect", "noSharing");

  /** The facet questions of a format. */
  private static Gen<Question> facetQuestions(QuestionFormat... formats) {
    List<Question> matching = new ArrayList<>();
    for (Question question : Questionnaire.STANDARD.questions().subList(0, Questionnaire.FACET_QUESTIONS)) {
      if (List.of(formats).contains(question.format())) {
        matching.add(question);
      }
    }
    return Generate.pick(matching);
  }

  /**
   * Complete answers drawn from a seed, with a bias that is sometimes all-lowest, sometimes
   * all-highest, so that the extremes of every score are reached.
   */
  static Gen<QuestionnaireAnswers> answers() {
    Gen<Integer> bias = Generate.frequency(
        Pair.of(1, Generate.constant(0)), Pair.of(1, Generate.constant(4)), Pair.of(6, Generate.constant(-1)));
    return integers().all().zip(bias, QuestionnaireProperties::draw);
  }

  /** Answers from a seed; bias 0 answers everything lowest, 4 highest, -1 at random. */
  static QuestionnaireAnswers draw(int seed, int bias) {
    return RandomAnswers.draw(seed, bias);
  }

  @Test
  void percentagesAndCapabilityStayInTheirRanges() {
    qt().withFixedSeed(31).forAll(answers()).checkAssert(answers -> {
      for (ScoringMode mode : ScoringMode.values()) {
        QuestionnaireScorer scorer = QuestionnaireScorer.of(mode);
        QuestionnaireScore score = scorer.score(answers);
        for (Facet facet : Facet.ordered()) {
          assertTrue(score.percentage(facet) >= 0 && score.percentage(facet) <= 100, score.toString());
          double points = score.points().get(facet);
          assertTrue(points >= 0 && points <= QuestionnaireScorer.attainable(scorer.mode()).get(facet));
          assertEquals(0, points * 2 % 1, 0.0, "points come in halves");
        }
        assertTrue(score.capabilityScore() >= QuestionnaireScorer.capabilityMinimum(mode)
            && score.capabilityScore() <= QuestionnaireScorer.capabilityMaximum(mode), score.toString());
        assertTrue(score.capabilityScore() >= 0 && score.capabilityScore() <= 108, score.toString());
      }
    });
  }

  @Test
  void percentagesAreRoundedPointsOverTheNormaliser() {
    qt().withFixedSeed(32).forAll(answers()).checkAssert(answers -> {
      for (ScoringMode mode : ScoringMode.values()) {
        QuestionnaireScorer scorer = QuestionnaireScorer.of(mode);
        QuestionnaireScore score = scorer.score(answers);
        for (Facet facet : Facet.ordered()) {
          double normaliser = scorer.mode() == ScoringMode.CORRECTED && facet == Facet.ANTICIPATORY ? 60 : 64;
          // Math.round is half-up, which is half away from zero for these non-negative values.
          assertEquals(Math.round(score.points().get(facet) * 100 / normaliser), score.percentage(facet));
          assertEquals(score.percentage(facet) >= 50, score.strongFacets().contains(facet));
        }
        assertEquals(score.strongFacets(), score.tendency().strongFacets());
      }
    });
  }

  @Test
  void theModesDifferOnlyInQuestionTwoAndTheAnticipatoryNormaliser() {
    qt().withFixedSeed(33).forAll(answers()).checkAssert(answers -> {
      QuestionnaireScore compatible = QuestionnaireScorer.PET_COMPATIBLE.score(answers);
      QuestionnaireScore corrected = QuestionnaireScorer.CORRECTED.score(answers);
      List<String> ranking = answers.ranking(2);
      double external = QuestionnaireAnswers.RANK_VALUES.get(ranking.indexOf("externalDemands"));
      double ahead = QuestionnaireAnswers.RANK_VALUES.get(ranking.indexOf("aheadOfCurve"));
      assertEquals(corrected.points().get(Facet.ENHANCEMENT), compatible.points().get(Facet.ENHANCEMENT));
      assertEquals(corrected.points().get(Facet.MISSION), compatible.points().get(Facet.MISSION));
      assertEquals(corrected.points().get(Facet.ADAPTIVE) - external + ahead, compatible.points().get(Facet.ADAPTIVE));
      assertEquals(corrected.points().get(Facet.ANTICIPATORY) - ahead + external,
          compatible.points().get(Facet.ANTICIPATORY));
      assertEquals(corrected.capabilityScore(), compatible.capabilityScore());
    });
  }

  @Test
  void capabilityIsTheOffsetPlusTheItemValues() {
    qt().withFixedSeed(34).forAll(answers()).checkAssert(answers -> {
      int expected = 16;
      expected += answers.yesNo(17) == YesNo.YES ? 4 : 0;
      expected += answers.yesNo(19) == YesNo.YES ? 4 : 0;
      expected += answers.yesNo(20) == YesNo.YES ? 8 : 0;
      for (int n : new int[] {18, 21, 22, 23, 24}) {
        for (String key : Questionnaire.STANDARD.question(n).keys()) {
          expected += (REVERSE.contains(key) ? -1 : 1) * answers.rating(n, key);
        }
      }
      QuestionnaireScore score = QuestionnaireScorer.CORRECTED.score(answers);
      assertEquals(expected, score.capabilityScore());
      assertEquals(expected < 36 ? CapabilityLevel.LOW : expected < 72 ? CapabilityLevel.MEDIUM : CapabilityLevel.HIGH,
          score.capabilityLevel());
    });
  }

  @Test
  void publishedNeverPassesSeventyFivePercentAndIsAlwaysMedium() {
    qt().withFixedSeed(37).forAll(answers()).checkAssert(answers -> {
      QuestionnaireScore published = QuestionnaireScorer.PUBLISHED.score(answers);
      for (Facet facet : Facet.ordered()) {
        assertTrue(published.percentage(facet) <= 75, published.toString());
      }
      assertEquals(CapabilityLevel.MEDIUM, published.capabilityLevel(), published.toString());
      // 16, 23 answered items, and a yes to none, q17 or q19, q20 or both 4s, q20 and one, all.
      assertTrue(Set.of(39, 43, 47, 51, 55).contains(published.capabilityScore()), published.toString());
    });
  }

  @Test
  void publishedDiffersFromCompatibleExactlyByTheTicksAndTheCapabilityRatings() {
    qt().withFixedSeed(38).forAll(answers()).checkAssert(answers -> {
      QuestionnaireScore published = QuestionnaireScorer.PUBLISHED.score(answers);
      QuestionnaireScore compatible = QuestionnaireScorer.PET_COMPATIBLE.score(answers);
      // Model: what the ticks gave each facet (compatible tags), and what the rated items gave capability.
      double[] ticks = new double[Facet.COUNT];
      int ratings = 0;
      int items = 0;
      for (Question question : Questionnaire.STANDARD.questions()) {
        for (QuestionItem item : question.items()) {
          if (question.format() == QuestionFormat.TICK_BOX && answers.ticked(question.number()).contains(item.key())) {
            ticks[item.facet(ScoringMode.PET_COMPATIBLE).orElseThrow().ordinal()] += item.weight();
          } else if (!question.facetOrientation() && question.format() == QuestionFormat.LIKERT) {
            ratings += (item.reverse() ? -1 : 1) * answers.rating(question.number(), item.key());
            items++;
          }
        }
      }
      for (Facet facet : Facet.ordered()) {
        assertEquals(compatible.points().get(facet) - ticks[facet.ordinal()], published.points().get(facet));
      }
      assertEquals(23, items);
      assertEquals(compatible.capabilityScore() - ratings + items, published.capabilityScore());
    });
  }

  @Test
  void publishedAndCompatibleAgreeWithoutTicksAndWithEveryCapabilityItemWorthOne() {
    // A reverse item is worth 0 to -4 in the intended scoring, never the 1 the published tool gives
    // it: rated 0 it is worth 0, so four positive items rated 2 (worth 1 + 1) carry its point.
    qt().withFixedSeed(39).forAll(answers(), integers().between(0, 1000)).checkAssert((answers, pick) -> {
      QuestionnaireAnswers plain = withoutTicksAndCapabilityWorthOnePerItem(answers, pick);
      QuestionnaireScore published = QuestionnaireScorer.PUBLISHED.score(plain);
      QuestionnaireScore compatible = QuestionnaireScorer.PET_COMPATIBLE.score(plain);
      assertEquals(compatible.points(), published.points());
      assertEquals(compatible.percentages(), published.percentages());
      assertEquals(compatible.tendency(), published.tendency());
      assertEquals(compatible.capabilityScore(), published.capabilityScore());
      assertEquals(compatible.capabilityLevel(), published.capabilityLevel());
    });
  }

  /**
   * The answers with no box ticked, every positive rated capability item at 1, every reverse one at
   * 0, and four positive items (picked from {@code pick}) at 2, so that the intended capability
   * points equal one per item.
   */
  private static QuestionnaireAnswers withoutTicksAndCapabilityWorthOnePerItem(QuestionnaireAnswers answers, int pick) {
    List<String> positives = new ArrayList<>();
    for (Question question : Questionnaire.STANDARD.questions().subList(Questionnaire.FACET_QUESTIONS, Questionnaire.QUESTIONS)) {
      for (QuestionItem item : question.items()) {
        if (question.format() == QuestionFormat.LIKERT && !item.reverse()) {
          positives.add(question.key() + "." + item.key());
        }
      }
    }
    java.util.Collections.shuffle(positives, new Random(pick));
    Set<String> doubled = Set.copyOf(positives.subList(0, 4));
    QuestionnaireAnswers result = answers;
    for (Question question : Questionnaire.STANDARD.questions()) {
      int n = question.number();
      if (question.format() == QuestionFormat.TICK_BOX) {
        result = rebuild(result, n, builder -> builder.ticks(n, List.of()));
      } else if (!question.facetOrientation() && question.format() == QuestionFormat.LIKERT) {
        result = rebuild(result, n, builder -> {
          for (QuestionItem item : question.items()) {
            int rating = item.reverse() ? 0 : doubled.contains(question.key() + "." + item.key()) ? 2 : 1;
            builder.rating(n, item.key(), rating);
          }
        });
      }
    }
    return result;
  }

  @Test
  void agreeingMoreWithAFacetItemNeverLowersThatFacetNorMovesAnother() {
    qt().withFixedSeed(35)
        .forAll(answers(), facetQuestions(QuestionFormat.LIKERT, QuestionFormat.HALF_SCALE), integers().between(0, 7))
        .checkAssert((answers, question, itemIndex) -> {
          QuestionItem item = question.items().get(itemIndex % question.items().size());
          int rating = answers.rating(question.number(), item.key());
          if (rating == 4) {
            return;
          }
          QuestionnaireAnswers raised = withRating(answers, question.number(), item.key(), rating + 1);
          for (ScoringMode mode : ScoringMode.values()) {
            QuestionnaireScore before = QuestionnaireScorer.of(mode).score(answers);
            QuestionnaireScore after = QuestionnaireScorer.of(mode).score(raised);
            Facet facet = item.facet(mode).orElseThrow();
            for (Facet other : Facet.ordered()) {
              double expected = before.points().get(other) + (other == facet ? item.weight() : 0);
              assertEquals(expected, after.points().get(other), question + " " + item);
            }
            assertTrue(after.percentage(facet) >= before.percentage(facet));
          }
        });
  }

  @Test
  void tickingAnotherBoxAddsItsPointsExceptInPublishedMode() {
    qt().withFixedSeed(36).forAll(answers(), facetQuestions(QuestionFormat.TICK_BOX), integers().between(0, 15))
        .checkAssert((answers, question, boxIndex) -> {
          QuestionItem box = question.items().get(boxIndex % question.items().size());
          if (answers.ticked(question.number()).contains(box.key())) {
            return;
          }
          QuestionnaireAnswers more = withTick(answers, question.number(), box.key());
          for (ScoringMode mode : ScoringMode.values()) {
            Facet facet = box.facet(mode).orElseThrow();
            double added = mode == ScoringMode.PUBLISHED ? 0 : box.weight();
            assertEquals(QuestionnaireScorer.of(mode).score(answers).points().get(facet) + added,
                QuestionnaireScorer.of(mode).score(more).points().get(facet));
          }
        });
  }

  @Test
  void theGeneratorReachesTheExtremes() {
    List<QuestionnaireScore> scores = new ArrayList<>();
    qt().withFixedSeed(31).forAll(answers()).checkAssert(a -> scores.add(QuestionnaireScorer.CORRECTED.score(a)));
    assertTrue(scores.stream().anyMatch(s -> s.capabilityScore() == 0));
    assertTrue(scores.stream().anyMatch(s -> s.capabilityScore() == 108));
    assertTrue(scores.stream().anyMatch(s -> s.capabilityLevel() == CapabilityLevel.MEDIUM));
    assertTrue(scores.stream().anyMatch(s -> s.tendency() == TendencyGroup.WEAK_IN_ALL));
    assertTrue(scores.stream().anyMatch(s -> s.strongFacets().size() == 4));
    assertTrue(scores.stream().anyMatch(s -> s.strongFacets().size() == 1));
  }

  /** A copy of the answers with one rating changed, rebuilt through the public builder. */
  private static QuestionnaireAnswers withRating(QuestionnaireAnswers answers, int question, String key, int rating) {
    return rebuild(answers, question, builder -> {
      for (String k : Questionnaire.STANDARD.question(question).keys()) {
        builder.rating(question, k, k.equals(key) ? rating : answers.rating(question, k));
      }
    });
  }

  private static QuestionnaireAnswers withTick(QuestionnaireAnswers answers, int question, String key) {
    return rebuild(answers, question, builder -> {
      List<String> ticked = new ArrayList<>(answers.ticked(question));
      ticked.add(key);
      builder.ticks(question, ticked);
    });
  }

  private static QuestionnaireAnswers rebuild(QuestionnaireAnswers answers, int changed,
      java.util.function.Consumer<QuestionnaireAnswers.Builder> change) {
    return RandomAnswers.changed(answers, changed, change);
  }
}
