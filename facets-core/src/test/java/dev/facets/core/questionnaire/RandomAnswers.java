package dev.facets.core.questionnaire;

import dev.facets.core.questionnaire.QuestionnaireAnswers.YesNo;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

/** Complete questionnaire answers drawn from a seed, and copies under another name, for tests of any package. */
public final class RandomAnswers {
  private RandomAnswers() {}

  /** Answers from a seed; bias 0 answers everything lowest, 4 highest, -1 at random. */
  public static QuestionnaireAnswers draw(int seed, int bias) {
    Random random = new Random(seed);
    QuestionnaireAnswers.Builder builder = new QuestionnaireAnswers.Builder();
    for (Question question : Questionnaire.STANDARD.questions()) {
      int n = question.number();
      List<String> keys = new ArrayList<>(question.keys());
      switch (question.format()) {
        case LIKERT:
        case HALF_SCALE:
          for (QuestionItem item : question.items()) {
            int high = item.reverse() ? 0 : 4;
            builder.rating(n, item.key(), bias < 0 ? random.nextInt(5) : bias == 4 ? high : 4 - high);
          }
          break;
        case RANK:
          Collections.shuffle(keys, random);
          builder.ranking(n, keys);
          break;
        case TICK_BOX:
          keys.removeIf(key -> bias == 0 || (bias < 0 && random.nextBoolean()));
          builder.ticks(n, keys);
          break;
        default:
          builder.yesNo(n, bias == 4 ? YesNo.YES : bias == 0 ? YesNo.NO : YesNo.values()[random.nextInt(3)]);
      }
    }
    return builder.build();
  }

  /** Random answers from a seed. */
  public static QuestionnaireAnswers draw(int seed) {
    return draw(seed, -1);
  }

  /** The same answers under another respondent name, rebuilt through the public builder. */
  public static QuestionnaireAnswers named(QuestionnaireAnswers answers, String name) {
    return copy(answers, new QuestionnaireAnswers.Builder().respondent(name), -1, builder -> {});
  }

  /**
   * The same answers, rebuilt through the public builder, with question {@code changed} answered by
   * {@code change} instead.
   */
  public static QuestionnaireAnswers changed(QuestionnaireAnswers answers, int changed,
      Consumer<QuestionnaireAnswers.Builder> change) {
    QuestionnaireAnswers.Builder builder = new QuestionnaireAnswers.Builder();
    answers.respondent().ifPresent(builder::respondent);
    return copy(answers, builder, changed, change);
  }

  private static QuestionnaireAnswers copy(QuestionnaireAnswers answers, QuestionnaireAnswers.Builder builder,
      int changed, Consumer<QuestionnaireAnswers.Builder> change) {
    for (Question question : Questionnaire.STANDARD.questions()) {
      int n = question.number();
      if (n == changed) {
        change.accept(builder);
        continue;
      }
      switch (question.format()) {
        case LIKERT:
        case HALF_SCALE:
          question.keys().forEach(key -> builder.rating(n, key, answers.rating(n, key)));
          break;
        case RANK:
          builder.ranking(n, answers.ranking(n));
          break;
        case TICK_BOX:
          builder.ticks(n, answers.ticked(n));
          break;
        default:
          builder.yesNo(n, answers.yesNo(n));
      }
    }
    return builder.build();
  }
}
