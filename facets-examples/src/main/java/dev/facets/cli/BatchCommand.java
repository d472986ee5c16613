package dev.facets.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code facets batch JOBS [--threads N]}: many commands in one JVM, one job per line of a JSON
 * Lines file, one JSON result per line on standard output, in the jobs' order.
 *
 * <p>A job is a JSON array of strings (a command and its arguments, as the command line takes them)
 * or an object {@code {"id": "...", "args": [...]}}. Each job runs exactly as {@code facets ARGS...}
 * would ({@link FacetsCommand#run}): its standard output and error are captured and put into its
 * result line ({@link BatchJob}). A failed job (any exit code but 0, or a line that is not a job) is
 * a result line of its own that names it, and the jobs after it still run. The exit code is 0 when
 * every job succeeded, else 1.
 *
 * <p>Streaming: the jobs file is read one line at a time and each result is printed as soon as it
 * and every job before it are done, so at most {@code 2 * threads} jobs (their captured outputs) are
 * held at once, whatever the number of jobs.
 */
@Command(name = "batch", mixinStandardHelpOptions = true,
    description = {
      "Run many facets commands in one JVM: one job per line of JOBS (a JSON array of strings,"
          + " [\"score\", \"p.json\"], or {\"id\": \"a\", \"args\": [...]}), one JSON result per line"
          + " on standard output, in the jobs' order.",
      "A failed job gives a result line with its line, id, exit code and error lines; the others go on."
          + " Exit code 0 when every job succeeded, else 1."
    })
final class BatchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "JOBS",
      description = "The jobs file: JSON Lines, one job per line; blank lines are skipped.")
  Path jobs;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
      description = "Run up to N jobs at once (1-" + SizeLimits.MAX_THREADS + ", default: ${DEFAULT-VALUE});"
          + " results still come in the jobs' order.")
  int threads;

  @Override
  public Integer call() {
    SizeLimits.threads(spec, "--threads", threads);
    PrintWriter out = spec.commandLine().getOut();
    BufferedReader reader;
    try {
      reader = Files.newBufferedReader(jobs, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalArgumentException(jobs + ": cannot be read: " + OutputFiles.reason(e), e);
    }
    ExecutorService pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, BatchCommand::worker);
    Deque<Future<BatchJob.Result>> window = new ArrayDeque<>();
    boolean allSucceeded = true;
    // A standard output that fails stops the batch: FacetsCommand reports why, and no more jobs run
    // for results that cannot be delivered.
    try (reader) {
      int lineNumber = 0;
      String line;
      while (!out.checkError() && (line = reader.readLine()) != null) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        BatchJob job = BatchJob.parse(jobs, lineNumber, line);
        window.add(start(pool, job));
        if (window.size() >= 2 * threads) {
          allSucceeded &= print(out, window.poll());
        }
      }
      while (!window.isEmpty() && !out.checkError()) {
        allSucceeded &= print(out, window.poll());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(new IOException(jobs + ": cannot be read: " + OutputFiles.reason(e), e));
    } finally {
      window.forEach(pending -> pending.cancel(true));
      if (pool != null) {
        pool.shutdownNow();
      }
    }
    return allSucceeded ? FacetsCommand.OK : FacetsCommand.BAD_INPUT;
  }

  /** Runs a job on the pool, or, with one thread, right here when its result is asked for. */
  private static Future<BatchJob.Result> start(ExecutorService pool, BatchJob job) {
    if (pool != null) {
      return pool.submit(job::run);
    }
    FutureTask<BatchJob.Result> task = new FutureTask<>(job::run);
    task.run();
    return task;
  }

  /** Prints one result line; true when its job succeeded. */
  private static boolean print(PrintWriter out, Future<BatchJob.Result> pending) {
    BatchJob.Result result;
    try {
      result = pending.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a job", e);
    } catch (ExecutionException e) {
      // BatchJob.run turns every failure of a job into a result line; anything else is a bug.
      throw new IllegalStateException("a job failed outside its command: " + e.getCause(), e.getCause());
    }
    out.print(result.line());
    out.print(System.lineSeparator());
    // Each line as it comes, so that a consumer of a long batch sees progress.
    out.flush();
    return result.succeeded();
  }

  private static final AtomicInteger WORKERS = new AtomicInteger();

  /** Daemon workers, so that a batch interrupted by an error never keeps the JVM alive. */
  private static Thread worker(Runnable task) {
    Thread thread = new Thread(task, "facets-batch-" + WORKERS.incrementAndGet());
    thread.setDaemon(true);
    return thread;
  }
}
