package dev.facets.core.select;

/**
 * The depth-first walk shared by the hull searches ({@link Search}, {@link RatioSearch}): what a
 * node is and how it branches; the searches say what a funded set is worth, when a node is pruned
 * and when time is up.
 *
 * <p>A node is a funded set I, always closed under prerequisites and free of exclusions and within
 * the budget, and an excluded set O, always closed under dependents; every other candidate is free.
 * Each funded set of positive budget is offered as it is reached. Branching takes the free
 * candidate of largest budget first ({@link Node#next}), funding it (with what it needs, excluding
 * what it excludes and whatever needs that) before leaving it out (with whatever needs it).
 */
abstract class HullWalk {
  final SelectionInstance instance;
  /** The scratch summary of the node being bounded. */
  final Node node;

  HullWalk(SelectionInstance instance) {
    this.instance = instance;
    this.node = new Node(instance);
  }

  /** Counts a node; whether the walk must stop there (its time is up, or it already stopped). */
  abstract boolean stop();

  /** A funded set of positive budget, reached by the walk. */
  abstract void offer(long funded);

  /** Whether nothing below the node (loaded into {@link #node} by the call) need be searched. */
  abstract boolean pruned(long in, long out);

  final void explore(long in, long out, boolean fundedChanged) {
    if (stop()) {
      return;
    }
    if (fundedChanged && instance.weight(in) > 0) {
      offer(in);
    }
    int next = node.next(node.free(in, out));
    if (next < 0 || pruned(in, out)) {
      return;
    }
    long added = instance.fund(next, in, out);
    if (added != 0) {
      explore(in | added, out | instance.excludedWith(in | added, added), true);
    }
    explore(in, out | instance.withDependents(SelectionInstance.bit(next)), false);
  }
}
