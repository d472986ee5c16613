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
 * questionnaire answers as JSON and as CSV, the sheet of an xlsx workbook) with Jazzer: whatever bytes a file holds, a reader either returns a valid
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
   * The sheet of a workbook is the fuzzer's bytes (the rest of the workbook is valid, so that the
   * mutations reach the guard, the XML reader and the cell conversion rather than the ZIP's
   * checksums): the sheet is read as a portfolio equal to its CSV twin, or rejected with one
   * {@link InputException}.
   */
  @DictionaryEntries({
    "<row r=\"2\">", "</row>", "<c r=\"A1\" t=\"inlineStr\"><is><t>", "</t></is></c>", "<c r=\"B2\" s=\"1\"><v>",
    "</v></c>", "<c r=\"C2\" t=\"e\"><v>#N/A</v></c>", "<f>A1*2</f>", " t=\"b\"", " t=\"str\"", " s=\"3\"",
    "<![CDATA[", "_x000D_", "id", "budget", "successProbability", "# asOf:", "46327", "XFD1048576"
  })
  @FuzzTest
  void xlsxSheet(byte[] input) throws java.io.IOException {
    java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("fuzz-xlsx");
    java.nio.file.Path workbook = Workbooks.handMade(folder.resolve("fuzz.xlsx"),
        java.util.List.<String[]>of(new String[] {"Register", new String(input, StandardCharsets.UTF_8)}));
    try {
      dev.facets.api.Portfolio portfolio = FacetsXlsx.readPortfolio(workbook);
      assertEquals(portfolio, FacetsCsv.readPortfolio(FacetsCsv.toCsv(portfolio), "written"));
    } catch (InputException e) {
      checkMessage(e);
    } finally {
      java.nio.file.Files.delete(workbook);
      java.nio.file.Files.delete(folder);
    }
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
