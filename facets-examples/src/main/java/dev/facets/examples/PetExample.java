package dev.facets.examples;

import dev.facets.api.Facet;
import dev.facets.core.io.QuestionnaireAnswersReader;
import dev.facets.core.questionnaire.QuestionnaireAnswers;
import dev.facets.core.questionnaire.QuestionnaireScore;
import dev.facets.core.questionnaire.QuestionnaireScorer;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;

/**
 * {@code facets pet} in Java: the Portfolio Exploration Tool's questionnaire scored through
 * {@link QuestionnaireScorer#PET_COMPATIBLE} (the command's default mode): a percentage per facet,
 * the tendency and the capability level. Run it on the bundled answers:
 * {@code java -cp facets.jar dev.facets.examples.PetExample}.
 */
public final class PetExample {
  private PetExample() {}

  /** Scores the bundled answers ({@code examples/pet-answers.json}), printing to standard output. */
  public static void main(String[] args) {
    try (InputStream in = PetExample.class.getResourceAsStream("/examples/pet-answers.json")) {
      run(QuestionnaireAnswersReader.read(in, "bundled examples/pet-answers.json"), System.out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Scores {@code answers}, printing to {@code out}. */
  public static void run(QuestionnaireAnswers answers, PrintStream out) {
    QuestionnaireScore score = QuestionnaireScorer.PET_COMPATIBLE.score(answers);
    for (Facet facet : Facet.values()) {
      out.println(facet.jsonName() + ": " + score.percentage(facet) + " %");
    }
    out.println("tendency: " + score.tendency().label());
    out.println("capability: " + score.capabilityScore() + " (" + score.capabilityLevel().jsonName() + ")");
  }
}
