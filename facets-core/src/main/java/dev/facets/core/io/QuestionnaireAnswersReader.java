package dev.facets.core.io;

import com.fasterxml.jackson.core.JsonLocation;
import dev.facets.api.Checks;
import dev.facets.api.InvalidValueException;
import dev.facets.core.questionnaire.Question;
import dev.facets.core.questionnaire.Questionnaire;
import dev.facets.core.questionnaire.QuestionnaireAnswers;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a respondent's questionnaire answers from the JSON format described in
 * {@code docs/questionnaire.md}:
 * <pre>{@code
 * {"respondent": "Innovation unit",
 *  "answers": {"q1": {"efficiency": 3, "goals": 4, "change": 1, "futures": 0},
 *              "q2": ["goal", "efficiency", "externalDemands", "aheadOfCurve"],
 *              "q10": ["optimisation"],
 *              "q17": "yes", ...}}
 * }</pre>
 *
 * <p>The reader is as strict as the other facets readers, so that a typo never passes silently: an
 * unknown or duplicate key, a value of the wrong type or out of range, an unknown or repeated item
 * and a missing answer are each one {@link InputException} naming the file, the line and column, the
 * JSON path ({@code answers.q3.milestones}, {@code answers.q2[1]}) and the value. This class is
 * stateless and thread-safe.
 */
public final class QuestionnaireAnswersReader {
  private static final String ANSWERS = "answers";
  private static final Pattern QUESTION_KEY = Pattern.compile("q([1-9][0-9]?)");

  private QuestionnaireAnswersReader() {}

  /**
   * Reads the answers in a UTF-8 JSON file.
   *
   * @param file the file, not null
   * @return the respondent's answers, complete (every question answered)
   * @throws InputException if the file cannot be opened or read, or breaks the format: the first
   *     problem, naming the file, line, column, JSON path and value
   */
  public static QuestionnaireAnswers read(Path file) {
    return JsonInput.read(InputFiles.open(file), file.toString(), QuestionnaireAnswersReader::answers);
  }

  /**
   * Reads answers from a stream of UTF-8 JSON, closed afterwards.
   *
   * @param input the stream, not null
   * @param source what names the stream in errors
   * @return the respondent's answers, complete
   * @throws InputException if the stream cannot be read or the text breaks the format: the first
   *     problem, naming {@code source}, line, column, JSON path and value
   */
  public static QuestionnaireAnswers read(InputStream input, String source) {
    return JsonInput.read(input, source, QuestionnaireAnswersReader::answers);
  }

  /**
   * Reads answers from JSON text.
   *
   * @param json the text, not null
   * @param source what names the text in errors
   * @return the respondent's answers, complete
   * @throws InputException if the text breaks the format: the first problem, naming
   *     {@code source}, line, column, JSON path and value
   */
  public static QuestionnaireAnswers parse(String json, String source) {
    return read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), source);
  }

  private static QuestionnaireAnswers answers(JsonInput json) {
    JsonLocation start = json.location();
    QuestionnaireAnswers.Builder builder = new QuestionnaireAnswers.Builder();
    JsonLocation[] answersAt = {null};
    json.readObject(key -> {
      switch (key) {
        case "respondent":
          builder.respondent(json.readParsed(text -> Checks.notBlank(text, "respondent")));
          break;
        case ANSWERS:
          answersAt[0] = json.location();
          json.readObject(question -> answer(json, builder, question));
          break;
        default:
          throw json.unknownKey(key, "respondent, " + ANSWERS);
      }
    });
    if (answersAt[0] == null) {
      throw new InputException(json.source(), start.getLineNr(), start.getColumnNr(), ANSWERS,
          ANSWERS + " is required (an object with the answers q1 to q" + Questionnaire.QUESTIONS + "), got nothing",
          null);
    }
    // A missing answer is reported where the answers begin.
    return inAnswers(json, answersAt[0], builder::build);
  }

  private static QuestionnaireAnswers.Builder answer(JsonInput json, QuestionnaireAnswers.Builder builder, String key) {
    Matcher matcher = QUESTION_KEY.matcher(key);
    int n = matcher.matches() ? Integer.parseInt(matcher.group(1)) : 0;
    if (n < 1 || n > Questionnaire.QUESTIONS) {
      throw json.unknownKey(key, "q1 to q" + Questionnaire.QUESTIONS);
    }
    Question question = Questionnaire.STANDARD.question(n);
    JsonLocation at = json.location();
    return switch (question.format()) {
      case LIKERT, HALF_SCALE -> ratings(json, builder, n);
      case RANK -> {
        List<String> order = strings(json);
        yield inAnswers(json, at, () -> builder.ranking(n, order));
      }
      case TICK_BOX -> {
        List<String> ticked = strings(json);
        yield inAnswers(json, at, () -> builder.ticks(n, ticked));
      }
      case YES_NO -> yesNo(json, builder, n, at);
    };
  }

  private static QuestionnaireAnswers.Builder ratings(JsonInput json, QuestionnaireAnswers.Builder builder, int n) {
    json.readObject(item -> {
      JsonLocation itemAt = json.location();
      long rating = json.readLong();
      if (rating != (int) rating) {
        throw json.error("be a whole number from 0 to " + QuestionnaireAnswers.MAX_RATING, "the number " + rating);
      }
      inAnswers(json, itemAt, () -> builder.rating(n, item, (int) rating));
    });
    return builder;
  }

  private static QuestionnaireAnswers.Builder yesNo(JsonInput json, QuestionnaireAnswers.Builder builder, int n,
      JsonLocation at) {
    String text = json.readString();
    try {
      return builder.yesNo(n, QuestionnaireAnswers.YesNo.parse(text));
    } catch (InvalidValueException e) {
      throw json.invalidField(json.pathText(), e, at);
    }
  }

  private static List<String> strings(JsonInput json) {
    List<String> strings = new ArrayList<>();
    json.readArray(index -> strings.add(json.readString()));
    return strings;
  }

  /**
   * Runs a step of the answers builder, whose errors name fields relative to the answers object
   * ({@code q3.milestones}), and reports them under {@code answers} at {@code at}.
   */
  private static <T> T inAnswers(JsonInput json, JsonLocation at, java.util.function.Supplier<T> step) {
    try {
      return step.get();
    } catch (InvalidValueException e) {
      throw json.invalidField(ANSWERS + "." + e.field(), e, at);
    }
  }
}
