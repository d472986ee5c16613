package dev.facets.core.simulate;

import dev.facets.api.Checks;
import dev.facets.api.Facet;
import dev.facets.api.FacetMix;
import dev.facets.api.Initiative;
import dev.facets.api.InvalidValueException;
import dev.facets.api.Portfolio;
import dev.facets.api.ScenarioSet;
import dev.facets.core.classify.InitiativeMixes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.math3.special.Erf;

/**
 * The model of one trial, with everything that does not change between trials computed once: per
 * initiative its success probability (or copula threshold), its triangular constants and its
 * multiplier in every scenario, laid out in flat arrays so that the hot loop allocates nothing.
 *
 * <p>A trial draws, from its block's stream and in this order: one uniform for the scenario (only
 * with scenarios), one normal per correlation group (only with a correlation), then per initiative in
 * portfolio order one uniform (independent) or one normal (copula) for its success and, only on
 * success, one uniform for its impact. Replaying a block's stream therefore replays its trials
 * exactly; the measuring pass notes each trial's {@link TrialStream#position() position}, so a
 * trial is replayed by moving its block's stream there. Immutable and thread-safe; the mutable
 * scratch of a worker is a {@link Trial}.
 */
final class TrialKernel {
  /**
   * The largest total a trial may reach in absolute value: beyond it the sums of squared deviations
   * of 2^31 trials could overflow.
   */
  static final double TOTAL_LIMIT = 1e145;

  private final String[] ids;
  private final int[] facet;
  private final boolean[] facetPresent;
  private final double[] probability;
  private final double[] threshold;
  private final double[] low;
  private final double[] high;
  private final double[] modeCdf;
  private final double[] lowerSpan;
  private final double[] upperSpan;
  private final double[] multiplier;
  private final double[] scenarioCdf;
  private final boolean correlated;
  private final int groups;
  private final int[] groupStart;
  private final int[] groupIndex;
  private final double[] loading;
  private final double[] idiosyncratic;
  private final int scenarioCount;

  private TrialKernel(Portfolio portfolio, Optional<ScenarioSet> scenarios, Correlation correlation) {
    List<Initiative> initiatives = portfolio.initiatives();
    int n = initiatives.size();
    ids = new String[n];
    facet = new int[n];
    facetPresent = new boolean[Facet.COUNT];
    probability = new double[n];
    threshold = new double[n];
    low = new double[n];
    high = new double[n];
    modeCdf = new double[n];
    lowerSpan = new double[n];
    upperSpan = new double[n];
    double[][] mixes = new double[n][];
    for (int i = 0; i < n; i++) {
      Initiative initiative = initiatives.get(i);
      FacetMix mix = InitiativeMixes.of(initiative);
      ids[i] = initiative.id();
      mixes[i] = mix.toArray();
      facet[i] = mix.dominant().ordinal();
      facetPresent[facet[i]] = true;
      probability[i] = initiative.successProbability();
      threshold[i] = standardNormalQuantile(probability[i]);
      Triangular triangular = Triangular.of(initiative.impact());
      low[i] = triangular.low();
      high[i] = triangular.high();
      modeCdf[i] = triangular.modeCdf();
      lowerSpan[i] = triangular.lowerSpan();
      upperSpan[i] = triangular.upperSpan();
    }
    scenarioCount = scenarios.map(ScenarioSet::size).orElse(0);
    multiplier = scenarios.map(set -> multipliers(set, mixes)).orElseGet(() -> ones(n));
    scenarioCdf = scenarios.map(TrialKernel::cumulative).orElse(null);
    checkTotalsBounded(initiatives);

    correlated = !correlation.isIndependent();
    List<List<Integer>> memberships = memberships(initiatives, correlation);
    groupStart = new int[n + 1];
    loading = new double[n];
    idiosyncratic = new double[n];
    List<Integer> flat = new ArrayList<>();
    int groupCount = 0;
    for (int i = 0; i < n; i++) {
      List<Integer> member = memberships.get(i);
      groupStart[i] = flat.size();
      flat.addAll(member);
      for (int g : member) {
        groupCount = Math.max(groupCount, g + 1);
      }
      // sqrt(rho / k) on each of k shocks plus sqrt(1 - rho) of its own: the latent variance stays 1.
      loading[i] = member.isEmpty() ? 0 : Math.sqrt(correlation.rho() / member.size());
      idiosyncratic[i] = member.isEmpty() ? 1 : Math.sqrt(1 - correlation.rho());
    }
    groupStart[n] = flat.size();
    groupIndex = flat.stream().mapToInt(Integer::intValue).toArray();
    groups = groupCount;
  }

  /** The kernel of a portfolio, with or without scenarios, under a correlation model. */
  static TrialKernel of(Portfolio portfolio, Optional<ScenarioSet> scenarios, Correlation correlation) {
    return new TrialKernel(portfolio, scenarios, correlation);
  }

  /** Phi^-1(p): -infinity at 0 (never succeeds), +infinity at 1 (always succeeds). */
  static double standardNormalQuantile(double p) {
    if (p <= 0) {
      return Double.NEGATIVE_INFINITY;
    }
    if (p >= 1) {
      return Double.POSITIVE_INFINITY;
    }
    return Math.sqrt(2) * Erf.erfInv(2 * p - 1);
  }

  /** m_is = sum_f m_if P_sf, scenario-major: index s * n + i. */
  private static double[] multipliers(ScenarioSet set, double[][] mixes) {
    int n = mixes.length;
    double[] result = new double[set.size() * n];
    for (int s = 0; s < set.size(); s++) {
      double[] payoff = set.scenarios().get(s).payoff().toArray();
      for (int i = 0; i < n; i++) {
        double m = 0;
        for (int f = 0; f < Facet.COUNT; f++) {
          m += mixes[i][f] * payoff[f];
        }
        result[s * n + i] = m;
      }
    }
    return result;
  }

  private static double[] ones(int n) {
    double[] result = new double[n];
    java.util.Arrays.fill(result, 1);
    return result;
  }

  /**
   * The scenarios' CDF normalised to end at exactly 1 from the last scenario of positive
   * probability on, so that a uniform in [0, 1) always finds one and never a scenario of
   * probability 0.
   */
  private static double[] cumulative(ScenarioSet set) {
    double[] p = set.probabilityArray();
    double[] cdf = new double[p.length];
    double sum = 0;
    int lastPositive = 0;
    for (int s = 0; s < p.length; s++) {
      sum += p[s];
      cdf[s] = sum;
      lastPositive = p[s] > 0 ? s : lastPositive;
    }
    for (int s = 0; s < p.length; s++) {
      cdf[s] = s >= lastPositive ? 1 : cdf[s] / sum;
    }
    return cdf;
  }

  private void checkTotalsBounded(List<Initiative> initiatives) {
    int n = ids.length;
    double bound = 0;
    for (int i = 0; i < n; i++) {
      double largestMultiplier = 0;
      for (int s = 0; s < multiplier.length / n; s++) {
        largestMultiplier = Math.max(largestMultiplier, Math.abs(multiplier[s * n + i]));
      }
      bound += Math.max(Math.abs(low[i]), Math.abs(high[i])) * largestMultiplier;
    }
    if (!(bound <= TOTAL_LIMIT)) {
      throw new InvalidValueException("initiatives[*].impact", Checks.render(bound),
          "keep the largest possible total (sum of |impact| times |scenario multiplier|) within "
              + TOTAL_LIMIT + " for " + initiatives.size() + " initiatives");
    }
  }

  /** The correlation groups of each initiative, numbered from 0. */
  private static List<List<Integer>> memberships(List<Initiative> initiatives, Correlation correlation) {
    List<List<Integer>> result = new ArrayList<>();
    Map<String, Integer> tagGroups = new LinkedHashMap<>();
    for (Initiative initiative : initiatives) {
      List<Integer> member = switch (correlation.grouping()) {
        case NONE -> List.of();
        case DOMINANT_FACET -> List.of(InitiativeMixes.of(initiative).dominant().ordinal());
        case TAG -> tagGroups(initiative, tagGroups);
      };
      result.add(member);
    }
    return result;
  }

  /** The groups of an initiative's distinct tags, numbering each tag not seen before next. */
  private static List<Integer> tagGroups(Initiative initiative, Map<String, Integer> tagGroups) {
    List<Integer> member = new ArrayList<>();
    for (String tag : new LinkedHashSet<>(initiative.tags())) {
      member.add(tagGroups.computeIfAbsent(tag, t -> tagGroups.size()));
    }
    return member;
  }

  /** The number of initiatives. */
  int size() {
    return ids.length;
  }

  /** The number of scenarios, 0 without a scenario set. */
  int scenarioCount() {
    return scenarioCount;
  }

  String id(int initiative) {
    return ids[initiative];
  }

  /** The ordinal of the dominant facet of an initiative. */
  int facet(int initiative) {
    return facet[initiative];
  }

  /** Whether some initiative has this facet (by ordinal) as its dominant one. */
  boolean hasFacet(int facetOrdinal) {
    return facetPresent[facetOrdinal];
  }

  /** Fresh scratch for one worker. */
  Trial newTrial() {
    return new Trial(ids.length, groups);
  }

  /**
   * Simulates one trial from {@code random} and returns its total, the sum of the initiatives' values
   * in portfolio order. Initiative i's value is added to {@code work[offset + i]}, written to
   * {@code work[valuesAt + i]} (the trial's values, for the tail's cache) and, on success, one is
   * added to {@code successCounts[i]}, in the same loop that draws it; the trial's number of
   * successes and its facets with a success are left in {@code trial}.
   *
   * <p>The sums and the values share one array, and the sum is updated before the value is
   * written, on purpose: with the values in a second {@code double[]}, or written before the sum is
   * read, the loop ran 1.6 times slower (measured, JDK 17 on x86; the likely cause is a load ordered
   * after a store it may alias).
   *
   * <p>Without the copula, the uniforms are drawn from a copy of the stream's state in a local
   * variable, handed back at the end: a state kept in the stream object would be stored and loaded
   * again on every draw, a chain through memory that cost about a tenth of the loop. The numbers are
   * the stream's own, in the same order. The two models have a loop each, so that the independent
   * one carries no test of the model per initiative.
   */
  double run(TrialStream random, Trial trial, double[] work, int offset, int valuesAt, long[] successCounts) {
    return correlated
        ? runCorrelated(random, trial, work, offset, valuesAt, successCounts)
        : runIndependent(random, trial, work, offset, valuesAt, successCounts);
  }

  /** {@link #run} with independent successes: one uniform per initiative decides. */
  private double runIndependent(
      TrialStream random, Trial trial, double[] work, int offset, int valuesAt, long[] successCounts) {
    long gamma = random.gamma();
    long state = random.position();
    int scenario = scenarioCdf == null ? 0 : drawScenario(TrialStream.uniformAt(state += gamma)) * ids.length;
    double total = 0;
    int successes = 0;
    int facetMask = 0;
    for (int i = 0; i < ids.length; i++) {
      double value = 0;
      if (TrialStream.uniformAt(state += gamma) < probability[i]) {
        value = value(i, scenario, TrialStream.uniformAt(state += gamma));
        successes++;
        successCounts[i]++;
        facetMask |= 1 << facet[i];
      }
      work[offset + i] += value;
      work[valuesAt + i] = value;
      total += value;
    }
    random.moveTo(state);
    trial.successes = successes;
    trial.facetMask = facetMask;
    return total;
  }

  /**
   * {@link #run} through the copula: the group shocks, then per initiative its own normal; the
   * normals come from the stream object (its {@code nextGaussian}), the impact uniforms from the
   * local state in between.
   */
  private double runCorrelated(
      TrialStream random, Trial trial, double[] work, int offset, int valuesAt, long[] successCounts) {
    long gamma = random.gamma();
    long state = random.position();
    int scenario = scenarioCdf == null ? 0 : drawScenario(TrialStream.uniformAt(state += gamma)) * ids.length;
    double[] shocks = trial.shocks;
    random.moveTo(state);
    for (int g = 0; g < groups; g++) {
      shocks[g] = random.nextGaussian();
    }
    trial.successes = 0;
    trial.facetMask = 0;
    double total = 0;
    for (int i = 0; i < ids.length; i++) {
      double common = 0;
      for (int k = groupStart[i]; k < groupStart[i + 1]; k++) {
        common += shocks[groupIndex[k]];
      }
      boolean success = loading[i] * common + idiosyncratic[i] * random.nextGaussian() < threshold[i];
      // The normals dominate this loop's cost; the counts can go through the trial.
      double value = success ? succeed(i, scenario, random.nextDouble(), trial, successCounts) : 0;
      work[offset + i] += value;
      work[valuesAt + i] = value;
      total += value;
    }
    return total;
  }

  /** Counts initiative i's success in {@code trial} and {@code successCounts}; returns its value. */
  private double succeed(int i, int scenario, double u, Trial trial, long[] successCounts) {
    successCounts[i]++;
    trial.successes++;
    trial.facetMask |= 1 << facet[i];
    return value(i, scenario, u);
  }

  /** The value of initiative i on success: its impact at uniform u times its multiplier in the scenario. */
  private double value(int i, int scenario, double u) {
    return Triangular.sample(u, low[i], high[i], modeCdf[i], lowerSpan[i], upperSpan[i]) * multiplier[scenario + i];
  }

  /** The first scenario whose CDF exceeds {@code u}. */
  private int drawScenario(double u) {
    int lowIndex = 0;
    int highIndex = scenarioCdf.length - 1;
    while (lowIndex < highIndex) {
      int middle = (lowIndex + highIndex) >>> 1;
      if (u < scenarioCdf[middle]) {
        highIndex = middle;
      } else {
        lowIndex = middle + 1;
      }
    }
    return lowIndex;
  }

  /** The scratch of one worker: the last trial's shocks, number of successes and facets with a success. */
  static final class Trial {
    final double[] shocks;
    /** Per initiative, successes a caller counts but does not need (the tail's replay): never read. */
    final long[] uncounted;
    int successes;
    int facetMask;

    private Trial(int size, int groups) {
      shocks = new double[groups];
      uncounted = new long[size];
    }
  }
}
