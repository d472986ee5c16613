package dev.facets.core;

import static org.quicktheories.QuickTheory.qt;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.quicktheories.core.Gen;

/**
 * A stress harness for shared engines: several kinds of work (classify these initiatives, score
 * those portfolios, ...) run first one after another, then all at once on many threads sharing the
 * same engine instances, and every concurrent result must equal its sequential one.
 *
 * <p>Each thread walks every (work, input) pair, starting at its own offset so that threads run
 * different inputs and different engines at the same moment, and keeps walking until a time budget
 * is spent (at least one full pass each). A wrong result, an exception or a hung thread fails the
 * run, naming the work and the input.
 */
public final class ConcurrentWork {
  /** One kind of work: a name, its inputs, and the engine call that maps an input to a result. */
  public static final class Work<I, R> {
    final String name;
    final List<I> inputs;
    final Function<I, R> compute;

    private Work(String name, List<I> inputs, Function<I, R> compute) {
      this.name = name;
      this.inputs = List.copyOf(inputs);
      this.compute = compute;
    }

    /** Work over the given inputs; results are compared with {@code equals}. */
    public static <I, R> Work<I, R> of(String name, List<I> inputs, Function<I, R> compute) {
      return new Work<>(name, inputs, compute);
    }

    /** Work over {@code count} values of a generator, drawn with a fixed seed. */
    public static <I, R> Work<I, R> of(String name, Gen<I> generator, int count, long seed, Function<I, R> compute) {
      return of(name, draw(generator, count, seed), compute);
    }
  }

  private final List<Work<?, ?>> works = new ArrayList<>();

  /** Adds a kind of work. */
  public <I, R> ConcurrentWork add(Work<I, R> work) {
    works.add(work);
    return this;
  }

  /** The number of (work, input) pairs one pass makes. */
  public int size() {
    return works.stream().mapToInt(work -> work.inputs.size()).sum();
  }

  /**
   * Up to {@code count} values of a generator, the same ones for the same seed (QuickTheories skips
   * values it has already produced, so a generator with few values yields fewer).
   */
  public static <T> List<T> draw(Gen<T> generator, int count, long seed) {
    List<T> values = new ArrayList<>();
    qt().withFixedSeed(seed).withExamples(count).withShrinkCycles(0).forAll(generator).checkAssert(values::add);
    return values;
  }

  /**
   * Runs every work sequentially, then on {@code threads} threads at once for about {@code budget},
   * and throws an {@link AssertionError} at the first result that differs; returns the number of
   * concurrent calls made.
   */
  public long assertConcurrentMatchesSequential(int threads, Duration budget) throws Exception {
    List<Object[]> expected = new ArrayList<>();
    int total = 0;
    for (Work<?, ?> work : works) {
      expected.add(sequential(work));
      total += work.inputs.size();
    }
    int pairs = total;
    CyclicBarrier start = new CyclicBarrier(threads);
    long deadline = System.nanoTime() + budget.toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Long>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int offset = t * Math.max(1, pairs / threads);
        done.add(pool.submit(() -> {
          start.await();
          long calls = 0;
          do {
            for (int k = 0; k < pairs; k++) {
              check((offset + k) % pairs, expected);
              calls++;
            }
          } while (System.nanoTime() < deadline);
          return calls;
        }));
      }
      long calls = 0;
      for (Future<Long> future : done) {
        calls += future.get(budget.toMillis() * 20 + 60_000, TimeUnit.MILLISECONDS);
      }
      return calls;
    } finally {
      pool.shutdownNow();
    }
  }

  private static <I, R> Object[] sequential(Work<I, R> work) {
    Object[] results = new Object[work.inputs.size()];
    for (int i = 0; i < results.length; i++) {
      results[i] = work.compute.apply(work.inputs.get(i));
    }
    return results;
  }

  /** Computes pair {@code index} of the flattened (work, input) list and compares. */
  private void check(int index, List<Object[]> expected) {
    int w = 0;
    while (index >= works.get(w).inputs.size()) {
      index -= works.get(w).inputs.size();
      w++;
    }
    Object result = apply(works.get(w), index);
    if (!Objects.equals(expected.get(w)[index], result)) {
      throw new AssertionError(works.get(w).name + " of input " + index + " (" + works.get(w).inputs.get(index)
          + ") gave " + result + " concurrently but " + expected.get(w)[index] + " alone");
    }
  }

  private static <I, R> R apply(Work<I, R> work, int index) {
    return work.compute.apply(work.inputs.get(index));
  }
}
