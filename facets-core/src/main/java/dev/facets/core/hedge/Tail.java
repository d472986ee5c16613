package dev.facets.core.hedge;

/**
 * The lower tail of a discrete distribution of values: the scenario weights whose weighted mean is
 * the CVaR, and lower quantiles.
 *
 * <p>The tie convention: CVaR at level alpha is the mean of the worst alpha of probability mass.
 * The values below the boundary value b (the lower alpha-quantile) count with their whole
 * probability, and the atom at b with the mass still missing, {@code alpha - P(X < b)}. When several
 * scenarios tie at b, that mass is shared among them in proportion to their probabilities, so a
 * scenario's tail weight, and with it the CVaR attribution and the CVaR cut of the optimiser, does
 * not depend on the order the scenarios are listed in. It is the convention of the simulation's
 * tail too ({@code simulate/LowerTail}, equal probabilities: an equal share per tied trial).
 */
final class Tail {
  private Tail() {}

  /**
   * The weights q_s of the worst {@code alpha} of probability mass: scenarios sorted by ascending
   * value get q_s = p_s / alpha until the mass is used up, the scenarios tied at the boundary value
   * the same fraction of their probabilities, the one that fits (see the class comment). They sum to 1, so CVaR = sum_s q_s V_s, and
   * as CVaR is linear in the shares once the tail is fixed, the same weights give its Euler
   * attribution (the boundary scenario weighted fractionally). Linear time on average
   * ({@link #forEachInTail}).
   */
  static double[] weights(double[] values, double[] probabilities, double alpha) {
    double[] weights = new double[values.length];
    forEachInTail(values, probabilities, alpha, new int[values.length], (s, weight) -> weights[s] = weight);
    // Divide by the mass actually taken (alpha, unless the probabilities sum a rounding error short).
    double taken = Vectors.sum(weights);
    for (int s = 0; s < weights.length; s++) {
      weights[s] /= taken;
    }
    return weights;
  }

  /** Receives one tail scenario and its weight {@code min(p_s, mass still to take)}. */
  interface Taker {
    void take(int scenario, double weight);
  }

  /**
   * Hands each scenario of the lower tail of mass {@code alpha} to the taker with its weight, as if
   * the scenarios were walked by ascending value, one group of equal values at a time, until the
   * mass is used up: a group that fits gives each scenario its probability, the boundary group
   * {@code p_s * remaining / (its probability)}. Scenarios of weight 0 (probability 0) may be handed
   * over too.
   *
   * <p>Weighted quickselect, linear time on average instead of a sort: a three-way partition around
   * a median-of-three pivot; if the scenarios below it carry at least the remaining mass, the tail
   * lies among them, otherwise they are taken whole (in partition order: their weights are their
   * probabilities whatever the order) and the walk goes on with the group equal to the pivot, then
   * above it. Ranges of at most 16 scenarios, and any range after too many
   * partitions (a pathological input), are sorted instead.
   *
   * @param order a buffer of at least {@code values.length} entries, overwritten
   */
  static void forEachInTail(double[] values, double[] probabilities, double alpha, int[] order, Taker taker) {
    int size = values.length;
    for (int s = 0; s < size; s++) {
      order[s] = s;
    }
    double remaining = alpha;
    int from = 0;
    int to = size;
    int partitionsLeft = 4 * (32 - Integer.numberOfLeadingZeros(size)) + 8;
    while (remaining > 0 && from < to) {
      if (to - from <= 16 || partitionsLeft-- <= 0) {
        sortByValue(values, order, from, to);
        for (int i = from; i < to && remaining > 0; ) {
          int end = i + 1;
          while (end < to && values[order[end]] == values[order[i]]) {
            end++;
          }
          remaining = handOverGroup(order, i, end, probabilities, remaining, taker);
          i = end;
        }
        return;
      }
      double pivot = medianOfThree(values, order, from, to);
      int lt = from;
      int gt = to;
      int i = from;
      while (i < gt) {
        double value = values[order[i]];
        if (value < pivot) {
          swap(order, lt++, i++);
        } else if (value > pivot) {
          swap(order, i, --gt);
        } else {
          i++;
        }
      }
      double below = 0;
      for (int k = from; k < lt; k++) {
        below += probabilities[order[k]];
      }
      if (below >= remaining) {
        to = lt;
        continue;
      }
      for (int k = from; k < lt && remaining > 0; k++) {
        remaining -= handOver(order[k], probabilities, remaining, taker);
      }
      java.util.Arrays.sort(order, lt, gt);
      remaining = handOverGroup(order, lt, gt, probabilities, remaining, taker);
      from = gt;
    }
  }

  /**
   * Hands over a group of scenarios of equal value, order[from, to): whole when its probability fits
   * in the remaining mass, else each the same fraction of its probability, which uses the mass up.
   * Returns the mass still to take.
   */
  private static double handOverGroup(
      int[] order, int from, int to, double[] probabilities, double remaining, Taker taker) {
    double group = 0;
    for (int k = from; k < to; k++) {
      group += probabilities[order[k]];
    }
    if (group <= remaining) {
      for (int k = from; k < to && remaining > 0; k++) {
        remaining -= handOver(order[k], probabilities, remaining, taker);
      }
      return remaining;
    }
    double fraction = remaining / group;
    for (int k = from; k < to; k++) {
      taker.take(order[k], probabilities[order[k]] * fraction);
    }
    return 0;
  }

  private static double handOver(int scenario, double[] probabilities, double remaining, Taker taker) {
    double weight = Math.min(probabilities[scenario], remaining);
    taker.take(scenario, weight);
    return weight;
  }

  private static double medianOfThree(double[] values, int[] order, int from, int to) {
    double a = values[order[from]];
    double b = values[order[(from + to) >>> 1]];
    double c = values[order[to - 1]];
    return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
  }

  /** Sorts order[from, to) by (value, scenario index). */
  private static void sortByValue(double[] values, int[] order, int from, int to) {
    if (to - from <= 16) {
      for (int i = from + 1; i < to; i++) {
        int current = order[i];
        int j = i - 1;
        while (j >= from && (values[order[j]] > values[current]
            || (values[order[j]] == values[current] && order[j] > current))) {
          order[j + 1] = order[j];
          j--;
        }
        order[j + 1] = current;
      }
      return;
    }
    int[] sorted = java.util.stream.IntStream.range(from, to).map(i -> order[i]).boxed()
        .sorted((i, j) -> values[i] != values[j] ? Double.compare(values[i], values[j]) : Integer.compare(i, j))
        .mapToInt(Integer::intValue).toArray();
    System.arraycopy(sorted, 0, order, from, sorted.length);
  }

  private static void swap(int[] order, int i, int j) {
    int kept = order[i];
    order[i] = order[j];
    order[j] = kept;
  }

  /**
   * The lower quantile {@code min{x : P(X <= x) >= level}}, level in (0, 1]: the first value in
   * ascending order at which the cumulative probability reaches the level (within 1e-12, so sums of
   * equal probabilities that fall one ulp short still count).
   */
  static double quantile(double[] values, double[] probabilities, double level) {
    double cumulative = 0;
    double last = Double.NaN;
    for (int s : Vectors.ascendingOrder(values)) {
      if (probabilities[s] == 0) {
        continue;
      }
      cumulative += probabilities[s];
      last = values[s];
      if (cumulative >= level - 1e-12) {
        return values[s];
      }
    }
    return last;
  }
}
