package dev.facets.core.questionnaire;

import static dev.facets.api.Facet.ADAPTIVE;
import static dev.facets.api.Facet.ANTICIPATORY;
import static dev.facets.api.Facet.ENHANCEMENT;
import static dev.facets.api.Facet.MISSION;
import static dev.facets.core.questionnaire.QuestionFormat.HALF_SCALE;
import static dev.facets.core.questionnaire.QuestionFormat.LIKERT;
import static dev.facets.core.questionnaire.QuestionFormat.RANK;
import static dev.facets.core.questionnaire.QuestionFormat.TICK_BOX;
import static dev.facets.core.questionnaire.QuestionFormat.YES_NO;

import dev.facets.api.Facet;
import dev.facets.api.InvalidValueException;
import java.util.ArrayList;
import java.util.List;

/**
 * The 24 questions of the facets questionnaire, modelled on module 1 of the OECD Portfolio
 * Exploration Tool: 16 facet-orientation questions in four sections and 8 portfolio-management
 * questions.
 *
 * <p>The structure follows the tool's published scoring rules (formats, how many items per facet,
 * the points of ranks, ticks and yes answers), so that every facet can reach 64 points (anticipatory
 * 60: question 6 has no anticipatory item) and the capability score runs from 0 to 108. The wording
 * of every question and item is the library's own paraphrase; the tool's question text is not
 * reproduced. How the items of questions 17 to 24 split among those questions is not published in
 * the rules the library follows, so it is the library's own, chosen to keep the published totals:
 * three yes-or-no questions (a yes to 17 or 19 scores 4, to 20 scores 8), nineteen items rated 0 to 4
 * and four reverse-scored items (0 to -4).
 *
 * <p>{@link #STANDARD} is the one questionnaire; answers are checked against it and scored by
 * {@link QuestionnaireScorer}. This class is immutable and thread-safe.
 */
public final class Questionnaire {
  /** The number of facet-orientation questions: 1 to 16. */
  public static final int FACET_QUESTIONS = 16;

  /** The number of questions: 1 to 24. */
  public static final int QUESTIONS = 24;

  private static final String PURPOSE = "Purpose and strategy";
  private static final String RISK = "Risk and permission";
  private static final String HORIZONS = "Inclinations and horizons";
  private static final String TOOLS = "Tools and methods";
  private static final String CAPABILITY = "Portfolio management";

  /** The library's questionnaire. */
  public static final Questionnaire STANDARD = new Questionnaire(List.of(
      new Draft(1, PURPOSE, "What does the organisation focus on?", LIKERT, 1)
          .item(ENHANCEMENT, "efficiency", "Making existing services and processes work better for less.")
          .item(MISSION, "goals", "Delivering ambitious goals for society.")
          .item(ADAPTIVE, "change", "Reacting to changes that are already under way.")
          .item(ANTICIPATORY, "futures", "Preparing for futures that may or may not come.")
          .build(),
      new Draft(2, PURPOSE, "What does leadership prefer? Rank from most to least preferred.", RANK, 1)
          .item(ENHANCEMENT, "efficiency", "Getting more out of the resources we have.")
          .item(MISSION, "goal", "Reaching the goal that has been set.")
          // The published tool tags these two the other way round; see ScoringMode.
          .item(ADAPTIVE, ANTICIPATORY, "externalDemands", "Changing course when demands from outside change.")
          .item(ANTICIPATORY, ADAPTIVE, "aheadOfCurve", "Being ahead of the curve on what is coming.")
          .build(),
      new Draft(3, PURPOSE, "How are projects managed?", LIKERT, 1)
          .item(ENHANCEMENT, "milestones", "With precise milestones, deadlines and outputs.")
          .item(MISSION, "outcomes", "Around results that move a broad outcome forward.")
          .item(ADAPTIVE, "iterative", "In short, flexible phases that change as we learn.")
          .item(ANTICIPATORY, "alternatives", "By keeping alternatives open and testing assumptions.")
          .build(),
      new Draft(4, PURPOSE, "How are strategy and goals set?", LIKERT, 1)
          .item(ENHANCEMENT, "targets", "Each unit's goals follow from its performance targets.")
          .item(MISSION, "shared", "Everyone knows the overall goals and works to deliver them.")
          .item(ADAPTIVE, "ownGoals", "Units and teams set their own goals.")
          .item(ANTICIPATORY, "questioning", "People may question the mission and the strategy itself.")
          .build(),
      // Hardest to get done: each difficulty is a sign of the facet that resists it.
      new Draft(5, RISK, "What is hardest to get done? Rank from hardest to easiest.", RANK, 1)
          .item(ENHANCEMENT, "fundamentalChange", "Changing things fundamentally.")
          .item(MISSION, "changeStrategy", "Changing the strategy when new information arrives.")
          .item(ADAPTIVE, "coherence", "Keeping all parts of the organisation pulling together.")
          .item(ANTICIPATORY, "crisisFocus", "Keeping attention on an urgent crisis.")
          .build(),
      new Draft(6, RISK, "Which risks are taken most seriously?", HALF_SCALE, 0.5)
          .item(ENHANCEMENT, "unclearReturn", "Spending without a clear return.")
          .item(ENHANCEMENT, "disruption", "Breaking rules or disrupting day-to-day operations.")
          .item(MISSION, "lostConfidence", "Losing confidence that the work makes a difference.")
          .item(MISSION, "missedGoal", "Missing a big goal.")
          .item(ADAPTIVE, "criticism", "Criticism from stakeholders.")
          .item(ADAPTIVE, "usersLeaving", "Users turning away from the service.")
          .build(),
      new Draft(7, RISK, "What may people do without asking permission?", LIKERT, 1)
          .item(ENHANCEMENT, "tweaks", "Adjust policies or operations to make them more efficient.")
          .item(MISSION, "priorityGoal", "Whatever a priority goal needs.")
          .item(ADAPTIVE, "userOptions", "Explore options that start from users' needs.")
          .item(ANTICIPATORY, "againstStandards", "Work differently, even against the usual standards.")
          .build(),
      new Draft(8, RISK, "Which bad news gets most attention? Rank from most to least.", RANK, 1)
          .item(ENHANCEMENT, "moneyWasted", "Money was wasted.")
          .item(MISSION, "outcomeMissed", "A promised outcome was missed.")
          .item(ADAPTIVE, "serviceFailure", "A service let its users down.")
          .item(ANTICIPATORY, "crisisUnforeseen", "A crisis was not seen coming.")
          .build(),
      new Draft(9, HORIZONS, "What gets punished?", LIKERT, 1)
          .item(ENHANCEMENT, "overspend", "Missed deadlines and overspending.")
          .item(MISSION, "noImpact", "Failing to show impact.")
          .item(ADAPTIVE, "keptWaiting", "Keeping users or partners waiting.")
          .item(ANTICIPATORY, "notForeseen", "Failing to see a crisis or an opportunity coming.")
          .build(),
      new Draft(10, HORIZONS, "What gets funded? Tick all that apply.", TICK_BOX, 4)
          .item(ENHANCEMENT, "optimisation", "Optimising and digitising processes.")
          .item(MISSION, "programmes", "Large programmes and challenges aimed at outcomes.")
          .item(ADAPTIVE, "testingSpaces", "Spaces to test new ideas.")
          .item(ANTICIPATORY, "exploration", "Exploratory experiments and research.")
          .build(),
      new Draft(11, HORIZONS, "How often is each kind of procurement used?", LIKERT, 1)
          .item(ENHANCEMENT, "waterfall", "Full requirements fixed up front.")
          .item(MISSION, "challenge", "Challenges that buy outcomes, not specifications.")
          .item(ADAPTIVE, "agile", "Agile contracts: modular, iterative, with user feedback.")
          .item(ANTICIPATORY, "sandbox", "Sandboxes that fund competing answers to an unclear need.")
          .build(),
      new Draft(12, HORIZONS, "Which time horizon counts most? Rank from most to least.", RANK, 1)
          .item(ENHANCEMENT, "budgetCycle", "This budget cycle.")
          .item(MISSION, "untilGoal", "Two to three years, or until the goal is reached.")
          .item(ADAPTIVE, "months", "The next three to six months, as needs emerge.")
          .item(ANTICIPATORY, "decade", "Five to ten years and beyond.")
          .build(),
      new Draft(13, TOOLS, "Which data are used? Tick all that apply.", TICK_BOX, 2)
          .item(ENHANCEMENT, "administrative", "Administrative, transaction and performance data.")
          .item(ENHANCEMENT, "behavioural", "Behavioural and user-experience data.")
          .item(MISSION, "problemStatistics", "Statistics about the specific problem.")
          .item(MISSION, "pooledData", "Data pooled with partners to follow shared impact.")
          .item(ADAPTIVE, "contextual", "Contextual and ethnographic insight.")
          .item(ADAPTIVE, "realTime", "Real-time data from the web, sensors or public mood.")
          .item(ANTICIPATORY, "weakSignals", "Weak signals, outliers and trends.")
          .item(ANTICIPATORY, "scenarios", "Scenarios and extreme cases.")
          .build(),
      new Draft(14, TOOLS, "What gets evaluated? Tick all that apply.", TICK_BOX, 2)
          .item(ENHANCEMENT, "processes", "How well operational processes run.")
          .item(ENHANCEMENT, "compliance", "Whether money is spent compliantly and efficiently.")
          .item(MISSION, "publicValues", "What the work adds to public values.")
          .item(MISSION, "outcomes", "Outcomes and effectiveness.")
          .item(ADAPTIVE, "relevance", "Relevance to people's lived experience.")
          .item(ADAPTIVE, "responsiveness", "How quickly we respond.")
          .item(ANTICIPATORY, "nearMisses", "Near misses and the cost of being surprised.")
          .item(ANTICIPATORY, "newTechnology", "What new technologies could make possible.")
          .build(),
      new Draft(15, TOOLS, "Which tools and methods are used? Tick all that apply.", TICK_BOX, 1)
          .item(ENHANCEMENT, "behaviouralInsights", "Behavioural insights.")
          .item(ENHANCEMENT, "lean", "Lean.")
          .item(ENHANCEMENT, "processImprovement", "Business-process improvement.")
          .item(ENHANCEMENT, "serviceDesign", "Service design.")
          .item(MISSION, "systemsThinking", "Systems thinking.")
          .item(MISSION, "challengePrizes", "Challenges and prizes.")
          .item(MISSION, "strategicDesign", "Strategic design.")
          .item(MISSION, "crowdsourcing", "Crowdsourcing and crowdfunding.")
          .item(ADAPTIVE, "edgeCases", "Exploring edge cases.")
          .item(ADAPTIVE, "ideasManagement", "Ideas management.")
          .item(ADAPTIVE, "agileMethods", "Agile methods.")
          .item(ADAPTIVE, "coCreation", "Co-creation.")
          .item(ANTICIPATORY, "horizonScanning", "Horizon scanning.")
          .item(ANTICIPATORY, "foresight", "Strategic foresight and futures thinking.")
          .item(ANTICIPATORY, "sandboxes", "Regulatory or experimental sandboxes.")
          .item(ANTICIPATORY, "scenarioModelling", "Scenario modelling.")
          .build(),
      new Draft(16, TOOLS, "How does the organisation engage with technology?", HALF_SCALE, 0.5)
          .item(ENHANCEMENT, "efficientTech", "Technology makes current practice more efficient.")
          .item(ENHANCEMENT, "fewVendors", "We rely on a few large vendors.")
          .item(MISSION, "techForOutcomes", "Technology helps reach outcomes in new ways.")
          .item(MISSION, "openPartners", "We choose partners goal by goal, with no fixed suppliers.")
          .item(ADAPTIVE, "staffTests", "Staff and users propose small technology tests.")
          .item(ADAPTIVE, "smallTeams", "Many small agile teams build and adapt tools.")
          .item(ANTICIPATORY, "frontierWatch", "We keep watch on the technology frontier.")
          .item(ANTICIPATORY, "earlyVendors", "We work with early-stage firms close to research.")
          .build(),
      new Draft(17, CAPABILITY, "Is there a clear, shared understanding of what innovation means here?", YES_NO, 4)
          .item("yes", "Yes.")
          .build(),
      new Draft(18, CAPABILITY, "How is room made for new work?", LIKERT, 1)
          .item("protectedTime", "Staff have protected time for new ideas.")
          .item("stopOldWork", "Old activities are stopped to make room for new ones.")
          .item("budgetReserve", "Some budget is kept free for new initiatives.")
          .reverseItem("adHoc", "New projects appear ad hoc, without a plan.")
          .build(),
      new Draft(19, CAPABILITY, "Does someone keep a continuous overview of all innovation projects?", YES_NO, 4)
          .item("yes", "Yes.")
          .build(),
      new Draft(20, CAPABILITY, "Does someone advise on synergies and overlaps between projects?", YES_NO, 8)
          .item("yes", "Yes.")
          .build(),
      new Draft(21, CAPABILITY, "How is the impact of innovation looked at?", LIKERT, 1)
          .item("jointReview", "The impact of all innovation projects is reviewed together.")
          .item("sharedMeasures", "Projects report against shared measures.")
          .item("portfolioDecisions", "Joint reviews lead to decisions about the whole set of projects.")
          .build(),
      new Draft(22, CAPABILITY, "How well does the organisation understand its innovation?", LIKERT, 1)
          .item("typesContribute", "We understand how different types of innovation serve our aims.")
          .item("multipleAims", "We can pursue several aims at once.")
          .item("longAndShort", "We balance the long and the short term.")
          .item("senseMaking", "We regularly make sense of our projects together.")
          .item("crossUnitLearning", "Units learn from each other's projects.")
          .build(),
      new Draft(23, CAPABILITY, "How is innovation funded?", LIKERT, 1)
          .item("longTerm", "Funding can run for several years.")
          .item("flexible", "Funding can move between projects as we learn.")
          .item("portfolioAware", "Funding decisions look at the whole set of projects.")
          .item("externalContributions", "Contributions from outside partners are valued.")
          .build(),
      new Draft(24, CAPABILITY, "How do people work together?", LIKERT, 1)
          .item("diverseMethods", "Teams use a variety of methods.")
          .item("diverseSkills", "Teams bring a variety of skills.")
          .item("crossDepartment", "Departments cooperate on innovation.")
          .item("externalStakeholders", "We work with stakeholders outside government.")
          .reverseItem("suspicion", "People are suspicious of other departments.")
          .reverseItem("littleRespect", "There is little respect between departments.")
          .reverseItem("noSharing", "People are unwilling to share information.")
          .build()));

  private final List<Question> questions;

  private Questionnaire(List<Question> questions) {
    this.questions = List.copyOf(questions);
  }

  /** {@return the questions, 1 to 24 in order} */
  public List<Question> questions() {
    return questions;
  }

  /**
   * {@return the question of a number}
   *
   * @param number the question's number, 1 to 24
   * @throws InvalidValueException if the number is not 1 to 24
   */
  public Question question(int number) {
    if (number < 1 || number > QUESTIONS) {
      throw new InvalidValueException("question", Integer.toString(number), "be a number from 1 to " + QUESTIONS);
    }
    return questions.get(number - 1);
  }

  /** A question being written: its items share the question's format and weight. */
  private static final class Draft {
    private final int number;
    private final String section;
    private final String topic;
    private final QuestionFormat format;
    private final double weight;
    private final List<QuestionItem> items = new ArrayList<>();

    Draft(int number, String section, String topic, QuestionFormat format, double weight) {
      this.number = number;
      this.section = section;
      this.topic = topic;
      this.format = format;
      this.weight = weight;
    }

    Draft item(Facet facet, String key, String wording) {
      return item(facet, facet, key, wording);
    }

    Draft item(Facet facet, Facet petFacet, String key, String wording) {
      items.add(new QuestionItem(key, wording, facet, petFacet, weight));
      return this;
    }

    Draft item(String key, String wording) {
      return item(null, key, wording);
    }

    Draft reverseItem(String key, String wording) {
      items.add(new QuestionItem(key, wording, null, null, -weight));
      return this;
    }

    Question build() {
      return new Question(number, section, topic, format, items);
    }
  }
}
