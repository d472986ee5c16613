package dev.facets.core.simulate;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * Runs the blocks of a simulation on worker threads and hands their results to a merge step in
 * block order, whatever order they finish in.
 *
 * <p>Workers take the next block index from a shared counter, so a slow block never idles the
 * others; each keeps its own scratch. A finished block is parked until every earlier block has been
 * merged: the merge step sees blocks 0, 1, 2, ... exactly as a single thread would, which is what
 * makes the floating-point result independent of the number of threads. Progress and cancellation
 * are handled under the same lock, between blocks. The first failure of any worker stops the others
 * and is rethrown. One instance serves the passes of one run; closing it shuts down the pool it
 * created (never a caller's executor).
 */
final class BlockRunner implements AutoCloseable {
  /** The work of one block, given its index and the worker's scratch. */
  interface BlockWork<S, R> {
    R run(int block, S scratch);
  }

  /** Receives block results in block order, one at a time. */
  interface OrderedMerge<R> {
    void merge(R result);
  }

  private static final AtomicInteger POOL_NUMBER = new AtomicInteger();

  private final SimulationSettings settings;
  private final SimulationControl control;
  private final int workers;
  private final Executor executor;
  private final ExecutorService ownPool;
  private final long totalWork;
  private final Object lock = new Object();
  private long done;

  private BlockRunner(SimulationSettings settings, SimulationControl control, int passes) {
    this.settings = settings;
    this.control = control;
    this.workers = Math.min(settings.threads(), settings.blocks());
    this.totalWork = (long) passes * settings.trials();
    if (control.executor().isPresent()) {
      executor = control.executor().get();
      ownPool = null;
    } else if (workers == 1) {
      executor = Runnable::run;
      ownPool = null;
    } else {
      ownPool = Executors.newFixedThreadPool(workers, daemonThreads());
      executor = ownPool;
    }
  }

  /** A runner of {@code passes} passes over the blocks of {@code settings}. */
  static BlockRunner open(SimulationSettings settings, SimulationControl control, int passes) {
    return new BlockRunner(settings, control, passes);
  }

  private static ThreadFactory daemonThreads() {
    int pool = POOL_NUMBER.incrementAndGet();
    AtomicInteger thread = new AtomicInteger();
    return task -> {
      Thread worker = new Thread(task, "facets-simulate-" + pool + "-" + thread.incrementAndGet());
      worker.setDaemon(true);
      return worker;
    };
  }

  /**
   * Runs {@code work} on every block and merges the results in block order.
   *
   * @throws CancellationException if the control's cancellation answered true, or the waiting
   *     thread was interrupted (the workers have stopped when it is thrown)
   */
  <S, R> void run(Supplier<S> scratch, BlockWork<S, R> work, OrderedMerge<R> merge) {
    Pass<S, R> pass = new Pass<>(scratch, work, merge);
    for (int w = 0; w < workers; w++) {
      executor.execute(pass::work);
    }
    if (!awaitFinished(pass)) {
      throw new CancellationException("simulation interrupted after " + progressText());
    }
    if (pass.failure != null) {
      throwUnchecked(pass.failure);
    }
    if (pass.cancelled) {
      throw new CancellationException("simulation cancelled after " + progressText());
    }
  }

  /** The number of workers the passes run on. */
  int workers() {
    return workers;
  }

  /**
   * Runs tasks {@code 0} to {@code tasks - 1} on the workers, each taking the next task until none is
   * left, and waits for them all: for work between passes that splits into independent parts (the
   * sort of the totals). The first failure is rethrown; neither progress nor cancellation is asked,
   * as such work is short.
   *
   * @throws CancellationException if the waiting thread was interrupted (the tasks have ended)
   */
  void each(int tasks, IntConsumer task) {
    AtomicInteger next = new AtomicInteger();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    int started = Math.min(workers, tasks);
    CountDownLatch finished = new CountDownLatch(started);
    for (int w = 0; w < started; w++) {
      executor.execute(() -> {
        try {
          for (int i = next.getAndIncrement(); i < tasks && failure.get() == null; i = next.getAndIncrement()) {
            task.accept(i);
          }
        } catch (Throwable t) {
          failure.compareAndSet(null, t);
        } finally {
          finished.countDown();
        }
      });
    }
    boolean interrupted = false;
    while (true) {
      try {
        finished.await();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
      throw new CancellationException("simulation interrupted after " + progressText());
    }
    if (failure.get() != null) {
      throwUnchecked(failure.get());
    }
  }

  /**
   * Waits for every worker of the pass to return. An interrupt stops the workers after their
   * current block, but the wait goes on until they have returned, so that no callback runs after
   * the simulation has; the interrupt status is then restored and {@code false} returned.
   */
  private static boolean awaitFinished(Pass<?, ?> pass) {
    boolean interrupted = false;
    while (true) {
      try {
        pass.finished.await();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
        pass.stopped = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    return !interrupted;
  }

  private String progressText() {
    synchronized (lock) {
      return done + " of " + totalWork + " trial simulations";
    }
  }

  private static void throwUnchecked(Throwable failure) {
    if (failure instanceof RuntimeException) {
      throw (RuntimeException) failure;
    }
    if (failure instanceof Error) {
      throw (Error) failure;
    }
    throw new IllegalStateException(failure);
  }

  @Override
  public void close() {
    if (ownPool != null) {
      ownPool.shutdownNow();
    }
  }

  /** The shared state of one pass over the blocks. */
  private final class Pass<S, R> {
    private final Supplier<S> scratch;
    private final BlockWork<S, R> work;
    private final OrderedMerge<R> merge;
    private final AtomicInteger nextBlock = new AtomicInteger();
    private final Object[] parked = new Object[settings.blocks()];
    private final CountDownLatch finished = new CountDownLatch(workers);
    private int nextMerge;
    private volatile boolean stopped;
    private volatile boolean cancelled;
    private volatile Throwable failure;

    Pass(Supplier<S> scratch, BlockWork<S, R> work, OrderedMerge<R> merge) {
      this.scratch = scratch;
      this.work = work;
      this.merge = merge;
    }

    void work() {
      try {
        S own = scratch.get();
        while (!stopped && !cancelledNow()) {
          int block = nextBlock.getAndIncrement();
          if (block >= parked.length) {
            return;
          }
          finish(block, work.run(block, own));
        }
      } catch (Throwable t) {
        synchronized (lock) {
          failure = failure == null ? t : failure;
        }
        stopped = true;
      } finally {
        finished.countDown();
      }
    }

    private boolean cancelledNow() {
      synchronized (lock) {
        if (!cancelled && control.cancellation().getAsBoolean()) {
          cancelled = true;
          stopped = true;
        }
        return cancelled;
      }
    }

    @SuppressWarnings("unchecked")
    private void finish(int block, R result) {
      synchronized (lock) {
        parked[block] = result;
        while (nextMerge < parked.length && parked[nextMerge] != null) {
          merge.merge((R) parked[nextMerge]);
          parked[nextMerge] = null;
          nextMerge++;
        }
        done += settings.blockEnd(block) - settings.blockStart(block);
        control.progress().onProgress(done, totalWork);
      }
    }
  }
}
