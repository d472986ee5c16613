package dev.facets.cli;

import dev.facets.core.hedge.RobustnessEvaluator;
import dev.facets.core.simulate.SimulationSettings;
import dev.facets.report.QuestionnaireReport;
import dev.facets.report.ReportRequest;

/**
 * The defaults of the command's options, as the strings picocli needs at compile time, in one place.
 *
 * <p>Each is the default of the engine the option configures, never a choice of the command: where
 * the engine publishes its default as a constant the string is made from it; where it keeps it
 * inside a builder or a value ({@code SelectionProblem.Builder}'s minimum spend, time limit, front
 * step and distance, {@code Correlation.NONE}'s rho), the string is written here and
 * {@code DefaultsTest} checks it against the engine, so that the two cannot drift apart.
 */
final class Defaults {
  /** {@code --alpha}: the engines' CVaR tail. */
  static final String ALPHA = "" + RobustnessEvaluator.DEFAULT_ALPHA;
  /** {@code --hurwicz}: the evaluator's optimism. */
  static final String HURWICZ = "" + RobustnessEvaluator.DEFAULT_HURWICZ_OPTIMISM;
  /** {@code --trials}: the report's trials, which simulate and chart share. */
  static final String TRIALS = "" + ReportRequest.DEFAULT_TRIALS;
  /** {@code --seed}: the report's seed, which simulate and chart share. */
  static final String SEED = "" + ReportRequest.DEFAULT_SEED;
  /** {@code --bins}: the simulator's histogram bins. */
  static final String BINS = "" + SimulationSettings.DEFAULT_HISTOGRAM_BINS;
  /** {@code --top}: the questionnaire report's items of widest disagreement. */
  static final String TOP = "" + QuestionnaireReport.DEFAULT_DISAGREEMENTS;
  /** {@code --weight}: budget weighting, the scorer's and the report's. */
  static final String WEIGHT = "budget";
  /** {@code --min-spend}: a selection problem's least spend. */
  static final String MIN_SPEND = "0";
  /** {@code --time-limit}: a selection problem's time limit. */
  static final String TIME_LIMIT = "60s";
  /** {@code --resolution}: a selection front's step. */
  static final String RESOLUTION = "0.01";
  /** {@code --distance}: a selection problem's distance measure. */
  static final String DISTANCE = "totalVariation";
  /** {@code --correlate}: independent successes. */
  static final String CORRELATE = "none";
  /** {@code --rho}: the correlation of independent successes. */
  static final String RHO = "0";

  private Defaults() {}
}
