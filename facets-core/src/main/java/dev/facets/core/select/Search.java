package dev.facets.core.select;


/**
 * One depth-first branch and bound over a compiled problem, for all its objectives or for one of
 * them; single use, not thread-safe.
 *
 * <p>A node is a funded set I, always closed under prerequisites and free of exclusions and within
 * the budget, and an excluded set O, always closed under dependents; every other candidate is free.
 * Because I is itself feasible, every node with a positive budget is scored as it is reached, so the
 * best-so-far front fills from the first dive (the search also starts from the compilation's
 * witness and any seeds, so even the tiniest time limit returns a feasible selection). Branching
 * takes the free candidate of largest budget first, funding it (with what it needs, excluding what
 * it excludes and whatever needs that) before leaving it out (with whatever needs it): large budgets
 * move the mix most, so fixing them first tightens the bounds fastest. Zero-budget candidates are
 * never branched on: they never change a mix, so leaving them out loses nothing; they are funded
 * only when something funded needs them.
 */
final class Search extends HullWalk {
  /** The indices, in the instance's objective vector, of the objectives this search minimises. */
  private final int[] objectives;
  private final HullBound hull;
  private final ParetoArchive archive;
  private final long start;
  private final long limit;
  private long nodes;
  private boolean timedOut;

  /**
   * A search of the given objectives (indices into the instance's objective vector) that stops
   * once {@code limitNanos} have passed since {@code startNanos}.
   */
  Search(SelectionInstance instance, int[] objectives, long startNanos, long limitNanos) {
    super(instance);
    this.objectives = objectives.clone();
    this.hull = new HullBound(instance);
    this.archive = new ParetoArchive(project(halves(instance.tolerance)));
    this.start = startNanos;
    this.limit = limitNanos;
  }

  /** The archive's slack: half the tolerance, as the front's final clean-up may use the other half. */
  private static double[] halves(double[] tolerance) {
    double[] half = tolerance.clone();
    for (int k = 0; k < half.length; k++) {
      half[k] /= 2;
    }
    return half;
  }

  /** The searched objectives of a full vector. */
  private double[] project(double[] full) {
    if (objectives.length == full.length) {
      return full;
    }
    double[] projected = new double[objectives.length];
    for (int k = 0; k < objectives.length; k++) {
      projected[k] = full[objectives[k]];
    }
    return projected;
  }

  /**
   * Runs the search from the witness and the given feasible seeds; afterwards {@link #timedOut()},
   * {@link #nodes()} and {@link #archive()} tell what it found.
   */
  void run(long... seeds) {
    offer(instance.witness);
    for (long seed : seeds) {
      offer(seed);
    }
    explore(instance.rootIn, instance.rootOut, true);
  }

  boolean timedOut() {
    return timedOut;
  }

  long nodes() {
    return nodes;
  }

  ParetoArchive archive() {
    return archive;
  }

  @Override
  void offer(long set) {
    archive.offer(project(instance.objectives(set)), set);
  }

  @Override
  boolean stop() {
    if (timedOut) {
      return true;
    }
    nodes++;
    if (System.nanoTime() - start >= limit) {
      timedOut = true;
    }
    return timedOut;
  }

  /**
   * Whether the node can hold nothing the front lacks: no completion has a positive budget, or the
   * front covers the node's lower bounds.
   */
  @Override
  boolean pruned(long in, long out) {
    node.load(in, out);
    double[] lower = hull.lowerBounds(node);
    return lower == null || archive.covers(project(lower));
  }
}
