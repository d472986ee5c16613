package dev.facets.core.select;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The non-dominated selections found so far, and the test that prunes a search node against them;
 * for one or two objectives.
 *
 * <p>The kept vectors form a staircase: sorted by the first objective, strictly falling in the
 * second (with one objective, the staircase is a single step), so both operations are a lookup in a
 * sorted map, not a scan of a front that may hold thousands of selections.
 * <ul>
 *   <li>{@link #covers} asks whether a kept vector is within the slack of a vector on every
 *       objective: {@code y <= v + slack}. The step to ask is the last whose first objective is at
 *       most {@code v_0 + slack_0}, as it has the least second objective among those.
 *   <li>{@link #offer} rejects a vector that is covered (it cannot be more than the slack better
 *       anywhere than a kept one), else evicts the kept vectors it is at least as good as on both
 *       objectives (a run of steps from its own first objective on) and joins.
 * </ul>
 * The slack is half the result's tolerance: it makes the search stop at exact ties (shared mixes
 * make many), and keeps vectors a rounding error apart from crowding the front. So every feasible
 * selection z ends up matched by a kept y with {@code y <= z + slack} on each objective, as eviction
 * only ever replaces a vector by one at least as good.
 */
final class ParetoArchive {
  private final double[] slack;
  private final NavigableMap<Double, Step> steps = new TreeMap<>();

  /** One kept vector and its set. */
  private static final class Step {
    final double[] value;
    final long set;

    Step(double[] value, long set) {
      this.value = value;
      this.set = set;
    }
  }

  ParetoArchive(double[] slack) {
    if (slack.length < 1 || slack.length > 2) {
      throw new IllegalArgumentException("objectives must number 1 or 2, got " + slack.length);
    }
    this.slack = slack.clone();
  }

  /** Offers a feasible selection; whether it was kept. */
  boolean offer(double[] value, long set) {
    if (covers(value)) {
      return false;
    }
    for (Map.Entry<Double, Step> step = steps.ceilingEntry(value[0]);
        step != null && second(step.getValue().value) >= second(value);
        step = steps.higherEntry(step.getKey())) {
      steps.remove(step.getKey());
    }
    steps.put(value[0], new Step(value, set));
    return true;
  }

  /** Whether a kept vector y has {@code y <= value + slack} on every objective. */
  boolean covers(double[] value) {
    Map.Entry<Double, Step> step = steps.floorEntry(value[0] + slack[0]);
    return step != null && second(step.getValue().value) <= second(value) + (slack.length == 2 ? slack[1] : 0);
  }

  private double second(double[] value) {
    return value.length == 2 ? value[1] : 0;
  }

  /**
   * The kept selections by increasing first objective, without any that another kept one beats by
   * more than the slack on one objective while staying within it on the other: vectors a rounding
   * error apart count as equal, so no selection stays on the front by rounding alone.
   *
   * <p>On the staircase, a step is so beaten only by the last step more than the slack before it
   * in the first objective (if that one is within the slack in the second), or by the last step at
   * most the slack after it (if that one is more than the slack better in the second).
   */
  List<Long> front() {
    List<Long> front = new ArrayList<>();
    for (Step step : steps.values()) {
      if (slack.length == 1 || !nearlyBeaten(step.value)) {
        front.add(step.set);
      }
    }
    return front;
  }

  private boolean nearlyBeaten(double[] value) {
    Map.Entry<Double, Step> before = steps.lowerEntry(value[0] - slack[0]);
    if (before != null && before.getValue().value[1] <= value[1] + slack[1]) {
      return true;
    }
    Map.Entry<Double, Step> after = steps.floorEntry(value[0] + slack[0]);
    return after != null && after.getValue().value[1] < value[1] - slack[1];
  }
}
