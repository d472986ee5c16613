package dev.facets.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.facets.api.Facet;
import dev.facets.core.questionnaire.CapabilityLevel;
import dev.facets.core.questionnaire.ItemSpread;
import dev.facets.core.questionnaire.QuestionnaireAnswers;
import dev.facets.core.questionnaire.QuestionnaireScore;
import dev.facets.core.questionnaire.QuestionnaireScorer;
import dev.facets.core.questionnaire.TeamScore;
import dev.facets.core.io.QuestionnaireCsv;
import dev.facets.report.QuestionnaireReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code facets pet team INPUT...}: a team's questionnaires, one per member, scored together
 * ({@link TeamScore}): per facet the mean, spread and range, the team's tendency from the means, the
 * items of widest disagreement, the capability levels, and each member's own result.
 *
 * <p>An INPUT is an answers file ({@code .json}), a folder (every {@code .json} file in it, by name),
 * or a CSV file with one respondent per row ({@link QuestionnaireCsv}). A member is named by its
 * {@code respondent}, else by its file's name; a name given twice gets {@code (2)}, {@code (3)}, ...
 */
@Command(name = "team", mixinStandardHelpOptions = true,
    description = {"Score a team's questionnaires together.",
        "Per facet the mean, spread and range, the team's tendency, where the members disagree most, and the"
            + " capability levels."})
final class PetTeamCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "INPUT",
      description = "Answers files (.json), folders of them, or CSV files with one respondent per row.")
  List<Path> inputs;

  @Mixin ScoringModeOption scoring;

  @Option(names = "--top", paramLabel = "N", defaultValue = Defaults.TOP,
      description = "How many items of widest disagreement to name (default: ${DEFAULT-VALUE}).")
  int top;

  @Mixin OutputOptions output;

  @Mixin PetFiles files;

  @Override
  public Integer call() {
    if (top < 0) {
      throw OptionValues.invalid(spec, "--top", "top must be >= 0, got " + top);
    }
    files.check(spec);
    List<Path> read = new ArrayList<>();
    List<QuestionnaireAnswers> team = named(read(read));
    TeamScore score = QuestionnaireScorer.of(scoring.mode).scoreTeam(team);
    files.write(() -> QuestionnaireReport.ofTeam(score, top), team, score.members(), read);
    output.emit(spec.commandLine().getOut(), json(score), () -> text(score), read);
    return FacetsCommand.OK;
  }

  /** Every member's answers, with the file each came from (for unnamed members), in input order. */
  private List<Member> read(List<Path> read) {
    List<Member> members = new ArrayList<>();
    for (Path input : inputs) {
      if (Files.isDirectory(input)) {
        List<Path> found = jsonFiles(input);
        if (found.isEmpty()) {
          throw new IllegalArgumentException(input + ": a folder of answers must hold at least one .json file, got none");
        }
        for (Path file : found) {
          read.add(file);
          members.add(new Member(Inputs.answers(file), file));
        }
      } else if (String.valueOf(input.getFileName()).toLowerCase(Locale.ROOT).endsWith(".csv")) {
        read.add(input);
        QuestionnaireCsv.read(input).forEach(answers -> members.add(new Member(answers, input)));
      } else {
        read.add(input);
        members.add(new Member(Inputs.answers(input), input));
      }
    }
    return members;
  }

  private static List<Path> jsonFiles(Path folder) {
    try (Stream<Path> listing = Files.list(folder)) {
      return listing.filter(path -> String.valueOf(path.getFileName()).toLowerCase(Locale.ROOT).endsWith(".json"))
          .filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new IllegalArgumentException(folder + ": cannot be read: " + e.getMessage(), e);
    }
  }

  /** Names every member: its respondent, else its file's name; a repeated name gets a number. */
  private static List<QuestionnaireAnswers> named(List<Member> members) {
    Map<String, Integer> seen = new HashMap<>();
    List<QuestionnaireAnswers> team = new ArrayList<>();
    for (Member member : members) {
      String name = member.answers().respondent().orElse(ReportCommand.stem(member.file()));
      int count = seen.merge(name, 1, Integer::sum);
      team.add(member.answers().withRespondent(count == 1 ? name : name + " (" + count + ")"));
    }
    return team;
  }

  /** One member's answers and the file they were read from. */
  private record Member(QuestionnaireAnswers answers, Path file) {}

  private ObjectNode json(TeamScore score) {
    ObjectNode json = JsonOut.object();
    json.put("mode", score.mode().jsonName());
    json.put("respondents", score.size());
    ObjectNode facets = json.putObject("facets");
    for (Facet facet : Facet.ordered()) {
      ObjectNode node = facets.putObject(facet.jsonName());
      node.put("mean", score.means().get(facet));
      node.put("spread", score.spreads().get(facet));
      node.put("lowest", score.lowest(facet));
      node.put("highest", score.highest(facet));
      node.put("range", score.range(facet));
    }
    ArrayNode strong = json.putArray("strongFacets");
    score.strongFacets().forEach(facet -> strong.add(facet.jsonName()));
    json.put("tendencyGroup", score.tendency().jsonName());
    ObjectNode capability = json.putObject("capability");
    capability.put("mean", score.capabilityMean());
    capability.put("lowest", score.capabilityLowest());
    capability.put("highest", score.capabilityHighest());
    capability.put("maximum", QuestionnaireScorer.capabilityMaximum());
    ObjectNode levels = capability.putObject("levels");
    for (CapabilityLevel level : CapabilityLevel.values()) {
      levels.put(level.jsonName(), score.capabilityLevels().get(level));
    }
    ArrayNode disagreements = json.putArray("disagreements");
    for (ItemSpread item : score.widestDisagreements(top)) {
      ObjectNode node = disagreements.addObject();
      node.put("item", item.key());
      node.put("wording", item.wording());
      node.put("spread", item.spread());
      node.put("lowest", item.lowest());
      node.put("highest", item.highest());
    }
    ArrayNode members = json.putArray("members");
    for (int i = 0; i < score.size(); i++) {
      QuestionnaireScore member = score.members().get(i);
      ObjectNode node = members.addObject();
      node.put("respondent", score.names().get(i));
      ObjectNode percentages = node.putObject("percentages");
      Facet.ordered().forEach(facet -> percentages.put(facet.jsonName(), member.percentage(facet)));
      node.put("tendencyGroup", member.tendency().jsonName());
      ObjectNode own = node.putObject("capability");
      own.put("score", member.capabilityScore());
      own.put("level", member.capabilityLevel().jsonName());
    }
    return json;
  }

  private String text(TeamScore score) {
    StringBuilder text = new StringBuilder();
    String n = System.lineSeparator();
    text.append("A team of ").append(score.size()).append(score.size() == 1 ? " respondent" : " respondents")
        .append(", scored ").append(PetCommand.modeInWords(score.mode())).append(n);
    text.append("Facet orientation (strong from ").append(QuestionnaireScorer.STRONG_PERCENT).append(" % on the mean):")
        .append(n);
    text.append(String.format(Locale.ROOT, "  %-13s %6s %7s %7s %7s%n", "", "mean", "spread", "lowest", "highest"));
    for (Facet facet : Facet.ordered()) {
      String line = String.format(Locale.ROOT, "  %-13s %5.1f %% %7.1f %5d %% %5d %%  %s", facet.jsonName(),
          score.means().get(facet), score.spreads().get(facet), score.lowest(facet), score.highest(facet),
          score.strongFacets().contains(facet) ? "strong" : "");
      text.append(line.stripTrailing()).append(n);
    }
    text.append("Team tendency: ").append(score.tendency().label()).append(n);
    text.append("Portfolio-management capability: mean ").append(String.format(Locale.ROOT, "%.1f", score.capabilityMean()))
        .append(" of ").append(QuestionnaireScorer.capabilityMaximum()).append(" (").append(score.capabilityLowest())
        .append(" to ").append(score.capabilityHighest()).append("); ");
    List<String> levels = new ArrayList<>();
    for (CapabilityLevel level : CapabilityLevel.values()) {
      levels.add(score.capabilityLevels().get(level) + " " + level.jsonName());
    }
    text.append(String.join(", ", levels)).append(n);
    List<ItemSpread> widest = score.widestDisagreements(top);
    if (!widest.isEmpty()) {
      text.append("Widest disagreement (spread 0 to 0.5):").append(n);
      for (ItemSpread item : widest) {
        text.append(String.format(Locale.ROOT, "  %-24s %.2f  answers %d to %d  %s", item.key(), item.spread(),
            item.lowest(), item.highest(), item.wording())).append(n);
      }
    }
    text.append("Members:").append(n);
    for (int i = 0; i < score.size(); i++) {
      QuestionnaireScore member = score.members().get(i);
      text.append("  ").append(score.names().get(i)).append(": ");
      List<String> parts = new ArrayList<>();
      Facet.ordered().forEach(facet -> parts.add(facet.jsonName() + " " + member.percentage(facet) + " %"));
      text.append(String.join(", ", parts)).append("; ").append(member.tendency().label()).append("; capability ")
          .append(member.capabilityScore()).append(" (").append(member.capabilityLevel().jsonName()).append(')')
          .append(n);
    }
    return text.toString();
  }
}
