package dev.facets.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.facets.api.Facet;
import dev.facets.core.questionnaire.QuestionnaireAnswers;
import dev.facets.core.questionnaire.QuestionnaireScore;
import dev.facets.core.questionnaire.QuestionnaireScorer;
import dev.facets.core.questionnaire.ScoringMode;
import dev.facets.report.QuestionnaireReport;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code facets pet ANSWERS.json}: scores a respondent's questionnaire answers as module 1 of the
 * OECD Portfolio Exploration Tool does (facet percentages, strong facets, tendency group, and
 * portfolio-management capability), as its authors intended, as it is published, or corrected. The answers format is described in
 * {@code docs/questionnaire.md}.
 */
@Command(name = "pet", mixinStandardHelpOptions = true,
    description = {"Score questionnaire answers: facet percentages, tendency group and capability level.",
        "'facets pet team A.json B.json ...' scores a team's questionnaires together."},
    subcommands = PetTeamCommand.class)
final class PetCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  // Optional for picocli, so that 'facets pet team ...' needs no answers file of its own; call()
  // requires it.
  @Parameters(index = "0", arity = "0..1", paramLabel = "ANSWERS.json", description = "The respondent's answers (JSON).")
  Path file;

  @Mixin ScoringModeOption scoring;

  @Mixin OutputOptions output;

  @Mixin PetFiles files;

  @Override
  public Integer call() {
    if (file == null) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "Missing required parameter: 'ANSWERS.json' (or the subcommand 'team')");
    }
    files.check(spec);
    QuestionnaireAnswers answers = Inputs.answers(file);
    QuestionnaireScore score = QuestionnaireScorer.of(scoring.mode).score(answers);
    QuestionnaireAnswers named = answers.respondent().isPresent() ? answers
        : answers.withRespondent(ReportCommand.stem(file));
    ObjectNode json = JsonOut.object();
    if (answers.respondent().isPresent()) {
      json.put("respondent", answers.respondent().get());
    } else {
      json.putNull("respondent");
    }
    json.put("mode", scoring.mode.jsonName());
    json.set("points", JsonOut.facets(score.points().toArray()));
    json.set("normalisers", JsonOut.facets(score.normalisers().toArray()));
    ObjectNode percentages = json.putObject("percentages");
    Facet.ordered().forEach(facet -> percentages.put(facet.jsonName(), score.percentage(facet)));
    ArrayNode strong = json.putArray("strongFacets");
    score.strongFacets().forEach(facet -> strong.add(facet.jsonName()));
    json.put("tendencyGroup", score.tendency().jsonName());
    ObjectNode capability = json.putObject("capability");
    capability.put("score", score.capabilityScore());
    capability.put("maximum", QuestionnaireScorer.capabilityMaximum());
    capability.put("level", score.capabilityLevel().jsonName());
    files.write(() -> QuestionnaireReport.of(answers, score), List.of(named), List.of(score), List.of(file));
    output.emit(spec.commandLine().getOut(), json, () -> text(answers, score), List.of(file));
    return FacetsCommand.OK;
  }

  private static String text(QuestionnaireAnswers answers, QuestionnaireScore score) {
    StringBuilder text = new StringBuilder();
    String n = System.lineSeparator();
    text.append(answers.respondent().orElse("Questionnaire")).append(": scored ")
        .append(modeInWords(score.mode())).append(n);
    text.append("Facet orientation (strong from ").append(QuestionnaireScorer.STRONG_PERCENT).append(" %):").append(n);
    for (Facet facet : Facet.ordered()) {
      int percentage = score.percentage(facet);
      String line = String.format(Locale.ROOT, "  %-13s %3d %%  %-25s %s", facet.jsonName(), percentage,
          "#".repeat(Math.round(percentage / 4f)), score.strongFacets().contains(facet) ? "strong" : "");
      text.append(line.stripTrailing()).append(n);
    }
    text.append("Tendency: ").append(score.tendency().label()).append(n);
    text.append("Portfolio-management capability: ").append(score.capabilityScore()).append(" of ")
        .append(QuestionnaireScorer.capabilityMaximum()).append(" (").append(score.capabilityLevel().jsonName())
        .append(')').append(n);
    return text.toString();
  }

  /** How a mode scores, for the first line of the text output. */
  static String modeInWords(ScoringMode mode) {
    return switch (mode) {
      case PET_COMPATIBLE -> "as the Portfolio Exploration Tool's authors intended it";
      case PUBLISHED -> "exactly as the published Portfolio Exploration Tool does (ticked boxes add nothing,"
            + " each rated capability item adds 1)";
      case CORRECTED -> "with question 2 as worded and anticipatory out of 60";
    };
  }
}
