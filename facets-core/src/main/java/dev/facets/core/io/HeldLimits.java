package dev.facets.core.io;

/**
 * How many initiatives or scenarios a reader that holds them all may hold: half the maximum heap
 * at the memory each one needs, checked as each arrives, so that a file too long for the heap is one
 * error naming the limit and the {@code -Xmx} to raise it, never an {@link OutOfMemoryError}. The
 * streaming readers ({@link PortfolioFiles#stream}) hold no initiatives and have their own limit.
 *
 * <p>The bytes each are about twice what a held value measures (475 bytes an initiative with a
 * name, a mix, a stage, an impact and two tags; 149 bytes a scenario, on a 64-bit JVM with
 * compressed pointers): the list is copied into the immutable value, and the engines keep a few
 * numbers per value beside it.
 */
final class HeldLimits {
  /** Bytes a held initiative is allowed. */
  static final long BYTES_PER_INITIATIVE = 1024;
  /** Bytes a held scenario is allowed. */
  static final long BYTES_PER_SCENARIO = 512;

  private HeldLimits() {}

  /** The most values of {@code bytesEach} that half a maximum heap of {@code heap} bytes holds. */
  static long limit(long heap, long bytesEach) {
    return heap / 2 / bytesEach;
  }

  /**
   * Refuses the {@code count}-th value when it is beyond the limit for this heap, as an error of
   * {@code source} at the given place.
   */
  static void check(long count, long bytesEach, String what, String source, int line, int column, String path) {
    long heap = Runtime.getRuntime().maxMemory();
    long limit = limit(heap, bytesEach);
    if (count > limit) {
      throw new InputException(source, line, column, path, "more than " + limit + " " + what
          + ": a file is read whole, at about " + bytesEach + " bytes a value, into at most half the maximum heap of "
          + heap / (1 << 20) + " MiB; run Java with a larger heap, e.g. java -Xmx"
          + (2 * heap / (1L << 30) + 2) + "g", null);
    }
  }
}
