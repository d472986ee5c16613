package dev.facets.report.charts;

import dev.facets.core.hedge.ScenarioResult;
import java.util.Comparator;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Which scenarios the report's scenario table and chart show, so that a report of any number of
 * scenarios stays readable and of bounded size.
 *
 * <p>Up to {@link #LIMIT} scenarios, all are shown. Beyond it, the {@link #EACH} worst and the
 * {@link #EACH} best by the portfolio's value, and the {@link #EACH} with the largest regret: at most
 * {@code 3 * EACH} scenarios, in the order of the scenario file (ties broken by that order, so the
 * selection is deterministic). The JSON of {@code facets hedge} has every scenario. Stateless.
 */
public final class ScenarioSelection {
  /** The most scenarios shown in full; a larger set is shown by its extremes. */
  public static final int LIMIT = 50;
  /** How many worst, best and largest-regret scenarios a larger set shows. */
  public static final int EACH = 10;

  private ScenarioSelection() {}

  /** Whether a set of this many scenarios is shown in full. */
  public static boolean showsAll(int scenarios) {
    return scenarios <= LIMIT;
  }

  /**
   * The scenarios to show, in their given order: all of them up to {@link #LIMIT}, else the union of
   * the {@link #EACH} lowest values, the {@link #EACH} highest values and the {@link #EACH} largest
   * regrets.
   */
  public static List<ScenarioResult> of(List<ScenarioResult> scenarios) {
    if (showsAll(scenarios.size())) {
      return List.copyOf(scenarios);
    }
    Comparator<Integer> byValue = Comparator.comparingDouble(at -> scenarios.get(at).value());
    Comparator<Integer> byRegret = Comparator.comparingDouble(at -> scenarios.get(at).regret());
    // Sorting by index first makes each "first EACH" pick the earliest scenario among equals.
    SortedSet<Integer> chosen = new TreeSet<>();
    chosen.addAll(first(scenarios.size(), byValue));
    chosen.addAll(first(scenarios.size(), byValue.reversed()));
    chosen.addAll(first(scenarios.size(), byRegret.reversed()));
    return chosen.stream().map(scenarios::get).collect(Collectors.toUnmodifiableList());
  }

  private static List<Integer> first(int size, Comparator<Integer> order) {
    // A stable sort keeps the file order among equal keys; n log n on at most HeldLimits' scenarios.
    return IntStream.range(0, size).boxed().sorted(order).limit(EACH).collect(Collectors.toList());
  }
}
