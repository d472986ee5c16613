package dev.facets.core.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.facets.api.Checks;
import dev.facets.api.InvalidValueException;
import dev.facets.core.classify.Question;
import dev.facets.core.classify.Questionnaire;
import dev.facets.core.classify.QuestionnaireAnswers;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a respondent's questionnaire answers from the JSON file format described in
 * {@code docs/questionnaire.md}.
 *
 * <p>The reader is strict, so that a typo never passes silently: an unknown key, a duplicate key, a
 * value of the wrong type or out of range, and a missing answer are each rejected with an
 * {@link InvalidValueException} whose field is the JSON path ({@code answers.q3.milestones},
 * {@code answers.q2[1]}) and whose message shows the offending value. Malformed JSON is rejected with
 * an {@link IllegalArgumentException} naming the line and column. This class is stateless and
 * thread-safe.
 */
public final class QuestionnaireAnswersReader {
  private static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private static final Pattern QUESTION_KEY = Pattern.compile("q([1-9][0-9]?)");
  private static final String ANSWERS = "answers";
  private static final String RESPONDENT = "respondent";

  private QuestionnaireAnswersReader() {}

  /**
   * Reads the answers in a UTF-8 file.
   *
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException if its content is not valid answers, naming the JSON path
   */
  public static QuestionnaireAnswers read(Path file) throws IOException {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(reader);
    }
  }

  /**
   * Parses answers from a JSON text.
   *
   * @throws IllegalArgumentException if the text is not valid answers, naming the JSON path
   */
  public static QuestionnaireAnswers parse(String json) {
    try {
      return read(new StringReader(json));
    } catch (IOException e) {
      throw new AssertionError("a string reader does not fail", e);
    }
  }

  /**
   * Reads answers from a character stream, which is not closed.
   *
   * @throws IOException if the stream cannot be read
   * @throws IllegalArgumentException if its content is not valid answers, naming the JSON path
   */
  public static QuestionnaireAnswers read(Reader reader) throws IOException {
    JsonNode root;
    try {
      root = MAPPER.readTree(reader);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": ";
      throw new IllegalArgumentException(where + "not well-formed JSON: " + e.getOriginalMessage(), e);
    }
    if (root == null || root.isMissingNode()) {
      throw new InvalidValueException("$", "an empty file", "be a JSON object with \"answers\"");
    }
    return answers(root);
  }

  private static QuestionnaireAnswers answers(JsonNode root) {
    expectObject(root, "$", "a JSON object with \"answers\"");
    QuestionnaireAnswers.Builder builder = new QuestionnaireAnswers.Builder();
    for (Map.Entry<String, JsonNode> field : fields(root)) {
      String key = field.getKey();
      JsonNode value = field.getValue();
      if (key.equals(RESPONDENT)) {
        if (!value.isTextual()) {
          throw new InvalidValueException(RESPONDENT, render(value), "be a string");
        }
        builder.respondent(value.textValue());
      } else if (!key.equals(ANSWERS)) {
        throw unknownKey(key, key, List.of(RESPONDENT, ANSWERS));
      }
    }
    JsonNode answers = root.get(ANSWERS);
    if (answers == null) {
      throw new InvalidValueException(ANSWERS, "absent", "be given, an object with the answers q1 to q"
          + Questionnaire.QUESTIONS);
    }
    expectObject(answers, ANSWERS, "an object with the answers q1 to q" + Questionnaire.QUESTIONS);
    try {
      for (Map.Entry<String, JsonNode> field : fields(answers)) {
        answer(builder, question(field.getKey()), field.getValue());
      }
      return builder.build();
    } catch (InvalidValueException e) {
      throw e.under(ANSWERS);
    }
  }

  /** The question of an answers key, or an unknown-key error (the caller puts it under "answers"). */
  private static Question question(String key) {
    Matcher matcher = QUESTION_KEY.matcher(key);
    int number = matcher.matches() ? Integer.parseInt(matcher.group(1)) : 0;
    if (number < 1 || number > Questionnaire.QUESTIONS) {
      throw new InvalidValueException(key, Checks.quote(key),
          "be a known key: a question from q1 to q" + Questionnaire.QUESTIONS);
    }
    return Questionnaire.STANDARD.question(number);
  }

  private static void answer(QuestionnaireAnswers.Builder builder, Question question, JsonNode value) {
    int n = question.number();
    String path = question.key();
    switch (question.format()) {
      case LIKERT:
      case HALF_SCALE:
        expectObject(value, path, "an object rating each item from 0 to " + QuestionnaireAnswers.MAX_RATING);
        for (Map.Entry<String, JsonNode> item : fields(value)) {
          String itemPath = path + "." + item.getKey();
          question.item(item.getKey(), itemPath);
          JsonNode rating = item.getValue();
          if (!rating.isIntegralNumber() || !rating.canConvertToInt()) {
            throw new InvalidValueException(itemPath, render(rating),
                "be a whole number from 0 to " + QuestionnaireAnswers.MAX_RATING);
          }
          builder.rating(n, item.getKey(), rating.intValue());
        }
        break;
      case RANK:
        builder.ranking(n, strings(value, path, "a list of all item keys, first = most"));
        break;
      case TICK_BOX:
        builder.ticks(n, strings(value, path, "a list of the ticked item keys ([] for none)"));
        break;
      default:
        if (!value.isTextual()) {
          throw new InvalidValueException(path, render(value), "be \"yes\", \"no\" or \"unsure\"");
        }
        try {
          builder.yesNo(n, QuestionnaireAnswers.YesNo.parse(value.textValue()));
        } catch (InvalidValueException e) {
          throw new InvalidValueException(path, e.value(), e.rule());
        }
    }
  }

  private static List<String> strings(JsonNode value, String path, String shape) {
    if (!value.isArray()) {
      throw new InvalidValueException(path, render(value), "be " + shape);
    }
    List<String> strings = new ArrayList<>();
    for (int i = 0; i < value.size(); i++) {
      if (!value.get(i).isTextual()) {
        throw new InvalidValueException(path + "[" + i + "]", render(value.get(i)), "be an item key (a string)");
      }
      strings.add(value.get(i).textValue());
    }
    return strings;
  }

  private static void expectObject(JsonNode node, String path, String shape) {
    if (!node.isObject()) {
      throw new InvalidValueException(path, render(node), "be " + shape);
    }
  }

  private static Iterable<Map.Entry<String, JsonNode>> fields(JsonNode node) {
    return node.properties();
  }

  private static InvalidValueException unknownKey(String path, String key, List<String> known) {
    return new InvalidValueException(path, Checks.quote(key), "be a known key: one of " + String.join(", ", known));
  }

  /** A JSON value as it appears in the file, shortened past 80 characters. */
  private static String render(JsonNode node) {
    String text = node.toString();
    return text.length() > 80 ? text.substring(0, 77) + "..." : text;
  }
}
