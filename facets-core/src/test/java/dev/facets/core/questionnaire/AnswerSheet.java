package dev.facets.core.questionnaire;

import dev.facets.core.questionnaire.QuestionnaireAnswers.YesNo;
import java.util.List;

/** A terse way for tests to fill in the questionnaire: ratings in item order, ranks and ticks by key. */
final class AnswerSheet {
  private final QuestionnaireAnswers.Builder builder = new QuestionnaireAnswers.Builder();

  /** Rates the items of a rated question in the order they are shown. */
  AnswerSheet rate(int question, int... ratings) {
    List<String> keys = Questionnaire.STANDARD.question(question).keys();
    if (keys.size() != ratings.length) {
      throw new IllegalArgumentException("q" + question + " has " + keys.size() + " items");
    }
    for (int i = 0; i < ratings.length; i++) {
      builder.rating(question, keys.get(i), ratings[i]);
    }
    return this;
  }

  AnswerSheet rank(int question, String... order) {
    builder.ranking(question, List.of(order));
    return this;
  }

  AnswerSheet tick(int question, String... ticked) {
    builder.ticks(question, List.of(ticked));
    return this;
  }

  AnswerSheet answer(int question, YesNo answer) {
    builder.yesNo(question, answer);
    return this;
  }

  AnswerSheet respondent(String respondent) {
    builder.respondent(respondent);
    return this;
  }

  QuestionnaireAnswers build() {
    return builder.build();
  }
}
