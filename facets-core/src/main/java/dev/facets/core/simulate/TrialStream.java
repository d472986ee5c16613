package dev.facets.core.simulate;

import java.util.random.RandomGenerator;

/**
 * The random stream of one block of trials: SplitMix64, the algorithm of
 * {@link java.util.SplittableRandom} (Steele, Lea and Flood, "Fast splittable pseudorandom number
 * generators", OOPSLA 2014), drawing the same numbers from the same seed, with its position exposed.
 *
 * <p>The state is a 64-bit counter advanced by an odd gamma on every draw, each output a bit mix
 * of it; {@link #nextDouble} and {@link #nextGaussian} are {@link RandomGenerator}'s defaults over
 * {@link #nextLong}, as they are for {@code SplittableRandom}, so every draw of the simulation is the
 * one the contract's seeds have always given (a test checks this against {@code SplittableRandom}).
 * What {@code SplittableRandom} does not offer is {@link #position()} and {@link #moveTo}: the
 * measuring pass notes where each trial starts, and the replay of the lower tail jumps to its
 * trials directly instead of drawing every trial before them again. Not thread-safe: one block, one
 * worker.
 */
final class TrialStream implements RandomGenerator {
  /** The gamma of a stream made from a seed alone: the odd integer closest to 2^64 / phi. */
  private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

  private long seed;
  private final long gamma;

  private TrialStream(long seed, long gamma) {
    this.seed = seed;
    this.gamma = gamma;
  }

  /** The stream {@code new SplittableRandom(seed)} would be. */
  static TrialStream of(long seed) {
    return new TrialStream(seed, GOLDEN_GAMMA);
  }

  /** A new stream, as {@link java.util.SplittableRandom#split()}: two draws of this one seed it. */
  TrialStream split() {
    return new TrialStream(nextLong(), mixGamma(nextSeed()));
  }

  @Override
  public long nextLong() {
    return mix64(nextSeed());
  }

  /** Where the stream is: {@link #moveTo} with it draws the same numbers again from here. */
  long position() {
    return seed;
  }

  /** Moves the stream to a {@link #position()} it had. */
  void moveTo(long position) {
    seed = position;
  }

  /**
   * The increment of the state per draw. With {@link #position()} it lets a hot loop keep the state
   * in a local variable: the k-th draw from position p is {@link #uniformAt uniformAt}(p + k gamma),
   * and {@link #moveTo} afterwards hands the advanced state back.
   */
  long gamma() {
    return gamma;
  }

  /**
   * The {@link #nextDouble()} a stream draws when its state advances to {@code state}: the same
   * number, bit for bit ({@code (nextLong() >>> 11) * 2^-53}, the default {@code nextDouble}).
   */
  static double uniformAt(long state) {
    return (mix64(state) >>> 11) * 0x1.0p-53;
  }

  private long nextSeed() {
    return seed += gamma;
  }

  /** Stafford's variant 13 of the 64-bit finaliser: the output of a state. */
  private static long mix64(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /** MurmurHash3's finaliser, made odd and with enough bit transitions: the gamma of a split. */
  private static long mixGamma(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    z = (z ^ (z >>> 33)) | 1L;
    int transitions = Long.bitCount(z ^ (z >>> 1));
    return transitions < 24 ? z ^ 0xaaaaaaaaaaaaaaaaL : z;
  }
}
