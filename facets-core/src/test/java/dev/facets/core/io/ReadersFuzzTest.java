package dev.facets.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.facets.api.Checks;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;

/**
 * Coverage-guided fuzzing of the file readers (portfolio, scenario and target JSON, portfolio CSV,
 * questionnaire answers as JSON and as CSV) with Jazzer: whatever bytes a file holds, a reader either returns a valid
 * value that round-trips through its writer (where it has one), or throws one
 * {@link InputException} with a one-line message. Anything else (a NullPointerException, an
 * IllegalStateException from a builder, a StackOverflowError, an OutOfMemoryError) is a finding.
 *
 * <p>{@code mvn verify} runs each target in regression mode over its committed inputs
 * ({@code src/test/resources/dev/facets/core/io/ReadersFuzzTestInputs/<method>/}): seeds plus
 * every crash ever found. {@code docs/fuzzing.md} says how to fuzz one target for real.
 */
class ReadersFuzzTest {
  /** Tokens of the file formats, so that the mutator builds structure rather than noise. */
  @DictionaryEntries({
    "\"name\"", "\"asOf\"", "\"currency\"", "\"initiatives\"", "\"id\"", "\"budget\"", "\"position\"",
    "\"uncertainty\"", "\"directedness\"", "\"facets\"", "\"purpose\"", "\"driver\"", "\"stage\"",
    "\"priority\"", "\"successProbability\"", "\"impact\"", "\"low\"", "\"mode\"", "\"high\"", "\"tags\"",
    "\"enhancement\"", "\"mission\"", "\"adaptive\"", "\"anticipatory\"", "\"all\"", "\"leaders\"",
    "\"efficiency\"", "\"bottom-up\"", "\"future\"", "\"implement\"", "\"medium\"", "\"2026-11-01\"",
    "\"scenarios\"", "\"probability\"", "\"payoff\"", "1e308", "-0.0", "4.9E-324", "null", "true"
  })
  @FuzzTest
  void portfolio(byte[] input) {
    readsOrRejects(input, FacetsJson::readPortfolio, FacetsJson::writePortfolio);
  }

  @DictionaryEntries({
    "\"scenarios\"", "\"name\"", "\"probability\"", "\"payoff\"", "\"enhancement\"", "\"mission\"",
    "\"adaptive\"", "\"anticipatory\"", "1e308", "-0.0", "0.5", "1e-10", "null"
  })
  @FuzzTest
  void scenarios(byte[] input) {
    readsOrRejects(input, FacetsJson::readScenarios, FacetsJson::writeScenarios);
  }

  @DictionaryEntries({
    "\"enhancement\"", "\"mission\"", "\"adaptive\"", "\"anticipatory\"", "1e308", "4.9E-324", "-0.0", "null"
  })
  @FuzzTest
  void targetMix(byte[] input) {
    readsOrRejects(input, FacetsJson::readTarget, FacetsJson::writeTarget);
  }

  @DictionaryEntries({
    "id,name,budget", "position.uncertainty", "position.directedness", "facets.enhancement", "facets.mission",
    "facets.adaptive", "facets.anticipatory", "purpose", "driver", "stage", "priority", "successProbability",
    "impact.low", "impact.mode", "impact.high", "tags", "# name: ", "# currency: ", "# asOf: ", "\"\"",
    "'=", "bottom-up", "1e308", "-0.0"
  })
  @FuzzTest
  void csvPortfolio(byte[] input) {
    readsOrRejects(input, FacetsCsv::readPortfolio, FacetsCsv::writePortfolio);
  }

  @DictionaryEntries({
    "\"respondent\"", "\"answers\"", "\"q1\"", "\"q2\"", "\"q10\"", "\"q17\"", "\"yes\"", "\"no\"",
    "\"efficiency\"", "\"goals\"", "\"change\"", "\"futures\"", "\"goal\"", "\"optimisation\""
  })
  @FuzzTest
  void questionnaireAnswers(byte[] input) {
    try {
      QuestionnaireAnswersReader.read(new ByteArrayInputStream(input), "fuzz.json");
    } catch (InputException e) {
      checkMessage(e);
    }
  }

  @DictionaryEntries({
    "respondent", "q1.efficiency", "q2.goal", "q10.optimisation", "q17", "q24.noSharing", "yes", "no", "unsure",
    "\"\"", "'=", ",0", ",1", ",4"
  })
  @FuzzTest
  void csvAnswers(byte[] input) {
    readsOrRejects(input, QuestionnaireCsv::read, (answers, out) -> QuestionnaireCsv.write(answers, out));
  }

  /**
   * The property of every reader: the input is read into a value that its writer writes back to an
   * equal value, or rejected with one {@link InputException}; nothing else may escape.
   */
  static <T> void readsOrRejects(byte[] input, BiFunction<InputStream, String, T> read, BiConsumer<T, Writer> write) {
    T value;
    try {
      value = read.apply(new ByteArrayInputStream(input), "fuzz.json");
    } catch (InputException e) {
      checkMessage(e);
      return;
    }
    StringWriter written = new StringWriter();
    write.accept(value, written);
    byte[] bytes = written.toString().getBytes(StandardCharsets.UTF_8);
    assertEquals(value, read.apply(new ByteArrayInputStream(bytes), "written"));
  }

  /** The error a user sees: one line free of control characters, starting with the source. */
  static void checkMessage(InputException e) {
    String message = e.getMessage();
    if (!message.startsWith(Checks.oneLine(e.source()) + ":") || !message.equals(Checks.oneLine(message))) {
      throw new AssertionError("not a one-line error naming its source: " + message, e);
    }
  }
}
