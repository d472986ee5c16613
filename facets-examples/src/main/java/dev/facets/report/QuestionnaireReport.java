package dev.facets.report;

import static dev.facets.report.Doc.Column.KEY;
import static dev.facets.report.Doc.Column.NUMBER;
import static dev.facets.report.Doc.Column.TEXT;

import dev.facets.api.Facet;
import dev.facets.api.FacetValues;
import dev.facets.core.questionnaire.CapabilityLevel;
import dev.facets.core.questionnaire.ItemSpread;
import dev.facets.core.questionnaire.QuestionnaireAnswers;
import dev.facets.core.questionnaire.QuestionnaireScore;
import dev.facets.core.questionnaire.QuestionnaireScorer;
import dev.facets.core.questionnaire.ScoringMode;
import dev.facets.core.questionnaire.TeamScore;
import dev.facets.core.questionnaire.TendencyGroup;
import dev.facets.report.Doc.Block;
import dev.facets.report.Doc.Figure;
import dev.facets.report.Doc.Paragraph;
import dev.facets.report.Doc.Section;
import dev.facets.report.Doc.Table;
import dev.facets.report.charts.Chart;
import dev.facets.report.charts.Charts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The result views of the Portfolio Exploration Tool's module 1, for one respondent or a whole team:
 * the facet diamond with its shaded percentage tiles, the tendency statement and the capability in
 * plain words, as one self-contained HTML page or as Markdown.
 *
 * <p>The tool's own statements are editable texts that it does not publish, so every sentence here is
 * the library's own. A team report adds the members' diamonds drawn faintly under the team's, the
 * spread of each facet, the items on which the members disagree most, and the capability levels.
 * Nothing is computed here beyond wording: the numbers come from {@link QuestionnaireScorer}. Every
 * text from the answers (a respondent's name) is escaped by the renderer. This class is immutable and
 * thread-safe.
 */
public final class QuestionnaireReport {
  /** The name of the diamond chart, in element ids and chart file names. */
  public static final String DIAMOND = "pet-diamond";

  /** How many items of widest disagreement a team report names by default. */
  public static final int DEFAULT_DISAGREEMENTS = 5;

  private final Optional<QuestionnaireScore> single;
  private final Optional<QuestionnaireAnswers> answers;
  private final Optional<TeamScore> team;
  private final int disagreements;

  private QuestionnaireReport(Optional<QuestionnaireScore> single, Optional<QuestionnaireAnswers> answers,
      Optional<TeamScore> team, int disagreements) {
    this.single = single;
    this.answers = answers;
    this.team = team;
    this.disagreements = disagreements;
  }

  /** The report of one respondent's answers and their score. */
  public static QuestionnaireReport of(QuestionnaireAnswers answers, QuestionnaireScore score) {
    return new QuestionnaireReport(Optional.of(Objects.requireNonNull(score, "score")),
        Optional.of(Objects.requireNonNull(answers, "answers")), Optional.empty(), 0);
  }

  /**
   * The report of a team, naming the {@code disagreements} items of widest spread.
   *
   * @throws IllegalArgumentException if {@code disagreements} is negative
   */
  public static QuestionnaireReport ofTeam(TeamScore team, int disagreements) {
    if (disagreements < 0) {
      throw new IllegalArgumentException("disagreements must be >= 0, got " + disagreements);
    }
    return new QuestionnaireReport(Optional.empty(), Optional.empty(), Optional.of(Objects.requireNonNull(team, "team")),
        disagreements);
  }

  /** The diamond: the respondent's percentages, or the team's means over its members' outlines. */
  public Chart diamond() {
    if (team.isPresent()) {
      TeamScore t = team.get();
      List<FacetValues> members = new ArrayList<>();
      t.members().forEach(member -> members.add(percentages(member)));
      return Charts.teamDiamond("Facet orientation of the team (means; members faint)", t.means(), members);
    }
    return Charts.questionnaireDiamond("Facet orientation", percentages(single.get()));
  }

  /** The charts of this report by name: the diamond. */
  public Map<String, Chart> charts() {
    Map<String, Chart> charts = new LinkedHashMap<>();
    charts.put(DIAMOND, diamond());
    return charts;
  }

  /** The report as one self-contained HTML page: inline SVG and CSS, no scripts, no network. */
  public String html() {
    return PrintableText.of(HtmlRenderer.render(document()));
  }

  /**
   * The report as Markdown, the diamond an image link to {@code chartFilePrefix + "pet-diamond.svg"},
   * which the caller writes from {@link #charts()} beside the Markdown file.
   */
  public String markdown(String chartFilePrefix) {
    return PrintableText.of(MarkdownRenderer.render(document(), Optional.of(chartFilePrefix)));
  }

  private static FacetValues percentages(QuestionnaireScore score) {
    double[] values = new double[Facet.COUNT];
    for (Facet facet : Facet.ordered()) {
      values[facet.ordinal()] = score.percentage(facet);
    }
    return FacetValues.of(values);
  }

  // ---------------------------------------------------------------- the document

  private Doc document() {
    return team.isPresent() ? teamDocument(team.get()) : singleDocument(single.get(), answers.get());
  }

  private Doc singleDocument(QuestionnaireScore score, QuestionnaireAnswers given) {
    String who = given.respondent().orElse("one respondent");
    List<String> meta = List.of("Questionnaire answered by " + who, "scored in " + score.mode().jsonName() + " mode");
    List<Block> orientation = new ArrayList<>();
    orientation.add(new Paragraph("Each facet's tile is shaded by its percentage, darker for a stronger orientation,"
        + " as the Portfolio Exploration Tool shades it. A facet is strong from " + QuestionnaireScorer.STRONG_PERCENT
        + "%."));
    orientation.add(new Figure(DIAMOND, diamond()));
    List<List<String>> rows = new ArrayList<>();
    for (Facet facet : Facet.ordered()) {
      rows.add(List.of(facet.jsonName(), Numbers.fixed(score.points().get(facet), 1),
          Numbers.fixed(score.normalisers().get(facet), 0), score.percentage(facet) + "%",
          score.strongFacets().contains(facet) ? "strong" : ""));
    }
    orientation.add(new Table(List.of("facet", "points", "out of", "percentage", ""),
        List.of(KEY, NUMBER, NUMBER, NUMBER, TEXT), rows));
    List<Section> sections = List.of(
        new Section("orientation", "Facet orientation", orientation),
        new Section("tendency", "Portfolio tendency: " + score.tendency().label(),
            List.of(new Paragraph(tendency(score.tendency(), percentageValues(score))))),
        new Section("capability", "Portfolio-management capability: " + score.capabilityLevel().jsonName(),
            List.of(new Paragraph(capability(score, given)))),
        new Section("scoring", "How it was scored", List.of(new Paragraph(mode(score.mode())))));
    return new Doc("Portfolio exploration: " + who, meta, sections);
  }

  private Doc teamDocument(TeamScore t) {
    List<String> meta = List.of("Questionnaires of " + t.size() + (t.size() == 1 ? " respondent" : " respondents"),
        "scored in " + t.mode().jsonName() + " mode");
    List<Block> orientation = new ArrayList<>();
    orientation.add(new Paragraph("The tiles are shaded by the team's mean percentage of each facet; each member's"
        + " answers are a faint outline (a facet at 100% reaches its pole) and the team's means the bold one. Where"
        + " the faint outlines scatter, the members see the organisation differently."));
    orientation.add(new Figure(DIAMOND, diamond()));
    List<List<String>> rows = new ArrayList<>();
    for (Facet facet : Facet.ordered()) {
      rows.add(List.of(facet.jsonName(), Numbers.fixed(t.means().get(facet), 1) + "%",
          Numbers.fixed(t.spreads().get(facet), 1), t.lowest(facet) + "%", t.highest(facet) + "%",
          Integer.toString(t.range(facet)), t.strongFacets().contains(facet) ? "strong" : ""));
    }
    orientation.add(new Table(List.of("facet", "mean", "spread (sd)", "lowest", "highest", "range", ""),
        List.of(KEY, NUMBER, NUMBER, NUMBER, NUMBER, NUMBER, TEXT), rows));

    List<Block> disagreement = new ArrayList<>();
    List<ItemSpread> widest = t.widestDisagreements(disagreements);
    if (widest.isEmpty()) {
      disagreement.add(new Paragraph(t.size() == 1 ? "One respondent cannot disagree with anyone."
          : "Every member gave every answer alike."));
    } else {
      disagreement.add(new Paragraph("The items on which the members' answers spread most, widest first. The spread"
          + " is the standard deviation of the answers over the width of the item's scale: 0 when all answer"
          + " alike, 0.5 when half the team is at each end."));
      List<List<String>> items = new ArrayList<>();
      for (ItemSpread item : widest) {
        items.add(List.of(item.key(), item.wording(), Numbers.fixed(item.spread(), 2),
            item.lowest() + " to " + item.highest()));
      }
      disagreement.add(new Table(List.of("item", "statement", "spread", "answers"), List.of(KEY, TEXT, NUMBER, NUMBER),
          items));
    }

    List<List<String>> levels = new ArrayList<>();
    for (CapabilityLevel level : CapabilityLevel.values()) {
      levels.add(List.of(level.jsonName(), Integer.toString(t.capabilityLevels().get(level))));
    }
    List<Block> capability = List.of(new Paragraph("The members' capability scores run from " + t.capabilityLowest()
        + " to " + t.capabilityHighest() + " of " + QuestionnaireScorer.capabilityMaximum() + ", with a mean of "
        + Numbers.fixed(t.capabilityMean(), 1) + ". " + publishedCapabilityNote(t.mode())),
        new Table(List.of("level", "members"), List.of(KEY, NUMBER), levels));

    List<List<String>> members = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      QuestionnaireScore member = t.members().get(i);
      List<String> row = new ArrayList<>();
      row.add(t.names().get(i));
      Facet.ordered().forEach(facet -> row.add(member.percentage(facet) + "%"));
      row.add(member.tendency().label());
      row.add(member.capabilityScore() + " (" + member.capabilityLevel().jsonName() + ")");
      members.add(row);
    }
    List<Section> sections = List.of(
        new Section("orientation", "Facet orientation of the team", orientation),
        new Section("tendency", "Team tendency: " + t.tendency().label(),
            List.of(new Paragraph(tendency(t.tendency(), t.means().toArray())))),
        new Section("disagreement", "Where the team disagrees most", disagreement),
        new Section("capability", "Portfolio-management capability", capability),
        new Section("members", "Each member", List.of(new Table(
            List.of("respondent", "enhancement", "mission", "adaptive", "anticipatory", "tendency", "capability"),
            List.of(TEXT, NUMBER, NUMBER, NUMBER, NUMBER, TEXT, NUMBER), members))),
        new Section("scoring", "How it was scored", List.of(new Paragraph(mode(t.mode())))));
    return new Doc("Portfolio exploration: a team of " + t.size(), meta, sections);
  }

  private static double[] percentageValues(QuestionnaireScore score) {
    return percentages(score).toArray();
  }

  // ---------------------------------------------------------------- plain words

  /** What a facet drives, in a few words. */
  private static String drive(Facet facet) {
    switch (facet) {
      case ENHANCEMENT:
        return "doing what it already does better and more efficiently";
      case MISSION:
        return "reaching ambitious goals set from the top";
      case ADAPTIVE:
        return "responding to changes already under way around it";
      default:
        return "exploring possible futures before they arrive";
    }
  }

  /**
   * The tendency statement: which facets are strong and what that means, with the weakest facet
   * named, in the library's own words.
   */
  static String tendency(TendencyGroup group, double[] percentages) {
    Set<Facet> strong = group.strongFacets();
    List<Facet> byLevel = new ArrayList<>(Facet.ordered());
    byLevel.sort(Comparator.comparingDouble((Facet facet) -> percentages[facet.ordinal()]).reversed());
    Facet top = byLevel.get(0);
    Facet weakest = byLevel.get(byLevel.size() - 1);
    String weak = " The weakest facet is " + weakest.jsonName() + " (" + level(percentages, weakest)
        + "): what it would catch, " + drive(weakest) + ", gets the least room.";
    switch (strong.size()) {
      case 0:
        return "No facet reaches " + QuestionnaireScorer.STRONG_PERCENT + "%: the answers show no clear orientation."
            + " The organisation may innovate little, or in ways these questions do not pick up; it leans most"
            + " towards " + top.jsonName() + " (" + level(percentages, top) + "), " + drive(top) + ".";
      case 1:
        return "Only " + top.jsonName() + " is strong (" + level(percentages, top) + "): innovation here is mainly"
            + " about " + drive(top) + "." + weak;
      case 2: {
        List<Facet> pair = new ArrayList<>(strong);
        Facet a = pair.get(0);
        Facet b = pair.get(1);
        String both = Character.toUpperCase(a.jsonName().charAt(0)) + a.jsonName().substring(1) + " ("
            + level(percentages, a) + ") and " + b.jsonName() + " ("
            + level(percentages, b) + ") are strong: ";
        if (a.isNeighbour(b)) {
          String change = dev.facets.api.Zone.between(a, b).jsonName();
          return both + "the organisation combines " + drive(a) + " with " + drive(b) + ", the mix that makes "
              + change + " change." + weak;
        }
        return both + "they pull in opposite directions, " + drive(a) + " against " + drive(b) + ". Holding both is a"
            + " strength if they are kept in separate projects; mixed within one project they confuse its purpose."
            + weak;
      }
      case 3:
        return "Three facets are strong; only " + weakest.jsonName() + " (" + level(percentages, weakest) + ") is not."
            + " The organisation innovates on a broad front, but " + drive(weakest) + " gets the least room.";
      default:
        return "All four facets are strong: a broad base for a balanced portfolio, provided the organisation can give"
            + " each kind of innovation its own room, funding and ways of working. The weakest is "
            + weakest.jsonName() + " (" + level(percentages, weakest) + ").";
    }
  }

  private static String level(double[] percentages, Facet facet) {
    double value = percentages[facet.ordinal()];
    return (value == Math.rint(value) ? Long.toString(Math.round(value)) : Numbers.fixed(value, 1)) + "%";
  }

  /** The capability in plain words, with what the yes-or-no answers say. */
  static String capability(QuestionnaireScore score, QuestionnaireAnswers answers) {
    StringBuilder text = new StringBuilder("The capability score is " + score.capabilityScore() + " of "
        + QuestionnaireScorer.capabilityMaximum() + ", which is " + score.capabilityLevel().jsonName() + " (low below "
        + CapabilityLevel.MEDIUM_FROM + ", high from " + CapabilityLevel.HIGH_FROM + "). ");
    switch (score.capabilityLevel()) {
      case LOW:
        text.append("Innovation is likely managed project by project, without a view of how the projects fit"
            + " together or what the whole set achieves. ");
        break;
      case MEDIUM:
        text.append("Some practices of managing innovation as a portfolio are in place and others are missing. ");
        break;
      default:
        text.append("The organisation looks at its innovation as a whole: it keeps an overview, reviews projects"
            + " together and funds them with the whole set in mind. ");
    }
    List<String> present = new ArrayList<>();
    List<String> absent = new ArrayList<>();
    (yes(answers, 17) ? present : absent).add("a shared understanding of what innovation means");
    (yes(answers, 19) ? present : absent).add("someone with an overview of all projects");
    (yes(answers, 20) ? present : absent).add("someone who advises on synergies and overlaps");
    if (!present.isEmpty()) {
      text.append("The answers report ").append(inWords(present)).append(". ");
    }
    if (!absent.isEmpty()) {
      text.append("They do not report ").append(inWords(absent)).append(". ");
    }
    text.append(publishedCapabilityNote(score.mode()));
    return text.toString().strip();
  }

  /** {@code a}, {@code a and b}, {@code a, b and c}. */
  private static String inWords(List<String> items) {
    int last = items.size() - 1;
    return last == 0 ? items.get(0) : String.join(", ", items.subList(0, last)) + " and " + items.get(last);
  }

  private static boolean yes(QuestionnaireAnswers answers, int question) {
    return answers.yesNo(question) == QuestionnaireAnswers.YesNo.YES;
  }

  private static String publishedCapabilityNote(ScoringMode mode) {
    return mode == ScoringMode.PUBLISHED
        ? "In published mode each rated capability item adds 1 whatever its rating, so every complete questionnaire"
            + " scores from " + QuestionnaireScorer.capabilityMinimum(mode) + " to "
            + QuestionnaireScorer.capabilityMaximum(mode) + " and is medium: the level says nothing about the answers."
        : "";
  }

  /** How the mode scores, for the last section. */
  static String mode(ScoringMode mode) {
    switch (mode) {
      case PET_COMPATIBLE:
        return "Compatible mode: the scoring the Portfolio Exploration Tool's authors intended, with the tool's facet"
            + " tags (its two question-2 items swapped) and every facet out of 64 points, so anticipatory, which can"
            + " reach only 60, tops out at 94%.";
      case PUBLISHED:
        return "Published mode: exactly what the live Portfolio Exploration Tool shows. Its ticked boxes (questions 10,"
            + " 13, 14 and 15) add nothing, so no facet can pass 75%, and each rated capability item adds 1 whatever"
            + " its rating. Use it to compare with results taken from the tool; the other modes say what the answers"
            + " mean.";
      default:
        return "Corrected mode: the intended scoring with question 2's two items counted as worded and each facet out"
            + " of the points it can attain, so anticipatory is out of 60 and its percentage is higher than the"
            + " tool's for the same points.";
    }
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof QuestionnaireReport)) {
      return false;
    }
    QuestionnaireReport that = (QuestionnaireReport) other;
    return single.equals(that.single) && answers.equals(that.answers) && team.equals(that.team)
        && disagreements == that.disagreements;
  }

  @Override
  public int hashCode() {
    return Objects.hash(single, answers, team, disagreements);
  }

  /** For example {@code QuestionnaireReport{team of 3, compatible}}. */
  @Override
  public String toString() {
    return "QuestionnaireReport{" + team.map(t -> "team of " + t.size() + ", " + t.mode().jsonName())
        .orElseGet(() -> single.get().mode().jsonName()) + "}";
  }
}
