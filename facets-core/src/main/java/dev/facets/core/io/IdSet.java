package dev.facets.core.io;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * The ids one pass over a portfolio file has seen, to reject a repeated one.
 *
 * <p>Three kinds. {@link #exact()} keeps every id (for reads that hold the whole portfolio anyway).
 * {@link #streaming()} is for streams of any length: it keeps the first {@value #EXACT_IDS} ids
 * exactly (so a repeat of one of them stops the pass at once), and of every id only a keyed 64-bit
 * hash, 8 bytes, in chunks that never need a copy to grow. When the pass ends (at its end or at such
 * a repeat) {@link Streaming#suspects()} sorts the chunks and returns the hashes that occur twice; a
 * second pass with {@link Streaming#restrictedTo(long[])} then keeps exactly the ids with those
 * hashes and reports the first real repeat where it is, with the same message as an exact pass
 * (two different ids with equal hashes pass the second pass without error). The hash is SipHash-2-4 under a random key, so a file
 * cannot be built to collide: only a file with repeated ids is read twice.
 *
 * <p>Not thread-safe: one instance serves one pass on one thread.
 */
abstract class IdSet {
  /** The ids a streaming set keeps exactly: found at once when repeated, about 6 MB at most. */
  static final int EXACT_IDS = 1 << 16;
  /** Hashes per chunk: 8 MB. */
  private static final int CHUNK = 1 << 20;
  /** Bytes the streaming set needs per id beyond the first {@link #EXACT_IDS}. */
  static final int BYTES_PER_ID = Long.BYTES;

  /**
   * Registers {@code id} first seen at {@code position} (an index or a line), or returns the position
   * of an earlier equal id; -1 when it is new (or, for a streaming set, not known yet to be repeated).
   */
  abstract long register(String id, long position);

  /** A set that keeps every id. */
  static IdSet exact() {
    return new Exact(null, null);
  }

  /** A set for a stream of any length: 8 bytes an id beyond the first {@link #EXACT_IDS}. */
  static Streaming streaming() {
    return new Streaming(new SipHash(new SecureRandom())::of, EXACT_IDS);
  }

  /** An exact set that only holds ids whose hash is among {@code suspects} (sorted). */
  private static final class Exact extends IdSet {
    private final Map<String, Long> ids = new HashMap<>();
    private final ToLongFunction<String> hash;
    private final long[] suspects;

    Exact(ToLongFunction<String> hash, long[] suspects) {
      this.hash = hash;
      this.suspects = suspects;
    }

    @Override
    long register(String id, long position) {
      if (suspects != null && Arrays.binarySearch(suspects, hash.applyAsLong(id)) < 0) {
        return -1;
      }
      Long first = ids.putIfAbsent(id, position);
      return first == null ? -1 : first;
    }
  }

  /** The streaming set: exact for the first ids, hashes for all. */
  static final class Streaming extends IdSet {
    private final ToLongFunction<String> hash;
    private final int exactIds;
    private final Map<String, Long> first = new HashMap<>();
    private final List<long[]> chunks = new ArrayList<>();
    private long[] current = new long[CHUNK];
    private int filled;
    private boolean hit;
    private long hitHash;
    private long[] suspects;

    /** A set keeping the first {@code exactIds} ids exactly and the {@code hash} of every id. */
    Streaming(ToLongFunction<String> hash, int exactIds) {
      this.hash = hash;
      this.exactIds = exactIds;
    }

    @Override
    long register(String id, long position) {
      Long earlier = first.get(id);
      if (earlier != null) {
        // A repeat of one of the first ids; but two later ids may have repeated before it unseen,
        // so the pass that stops here must still run the second pass (see suspects()).
        hit = true;
        hitHash = hash.applyAsLong(id);
        return earlier;
      }
      if (first.size() < exactIds) {
        first.put(id, position);
      }
      if (filled == current.length) {
        checkHeap((chunks.size() + 2L) * CHUNK);
        chunks.add(current);
        current = new long[CHUNK];
        filled = 0;
      }
      current[filled++] = hash.applyAsLong(id);
      return -1;
    }

    /**
     * Refuses, before allocating, more hashes than half the heap holds: the limit on a streamed
     * register's length, derived from the 8 bytes an id needs.
     */
    static void checkHeap(long hashes) {
      long heap = Runtime.getRuntime().maxMemory();
      long limit = maxIds(heap);
      if (hashes > limit) {
        throw new dev.facets.api.InvalidValueException("initiatives", "more than " + (hashes - CHUNK) + " initiatives",
            "number at most " + limit + " with this heap (checking that ids are unique takes " + BYTES_PER_ID
                + " bytes an initiative, up to half the maximum heap of " + heap / (1 << 20)
                + " MiB); run Java with a larger heap, e.g. java -Xmx" + Math.max(1, 2 * heap / (1L << 30) + 1)
                + "g");
      }
    }

    /** The most ids a streaming set takes with a maximum heap of {@code heap} bytes. */
    static long maxIds(long heap) {
      return heap / 2 / BYTES_PER_ID;
    }

    /**
     * The hashes seen more than once, sorted; empty when every id is unique. After
     * {@link #register} found a repeat of one of the first ids, they include that id's hash: a second
     * pass then stops at the first real repeat, that one or an earlier one among the later ids.
     */
    long[] suspects() {
      if (suspects == null) {
        suspects = findSuspects();
      }
      return suspects;
    }

    private long[] findSuspects() {
      List<long[]> sorted = new ArrayList<>(chunks);
      sorted.add(Arrays.copyOf(current, filled));
      current = null;
      chunks.clear();
      for (long[] chunk : sorted) {
        Arrays.sort(chunk);
      }
      long[] cursor = new long[sorted.size()];
      long[] repeated = new long[16];
      int count = 0;
      boolean haveLast = false;
      long last = 0;
      // A k-way merge over the sorted chunks: equal neighbours in the merged order are repeats.
      while (true) {
        int min = -1;
        for (int c = 0; c < sorted.size(); c++) {
          if (cursor[c] < sorted.get(c).length
              && (min < 0 || sorted.get(c)[(int) cursor[c]] < sorted.get(min)[(int) cursor[min]])) {
            min = c;
          }
        }
        if (min < 0) {
          break;
        }
        long value = sorted.get(min)[(int) cursor[min]++];
        if (haveLast && value == last && (count == 0 || repeated[count - 1] != value)) {
          if (count == repeated.length) {
            repeated = Arrays.copyOf(repeated, 2 * count);
          }
          repeated[count++] = value;
        }
        haveLast = true;
        last = value;
      }
      long[] result = Arrays.copyOf(repeated, count);
      if (hit && Arrays.binarySearch(result, hitHash) < 0) {
        result = Arrays.copyOf(result, count + 1);
        result[count] = hitHash;
        Arrays.sort(result);
      }
      return result;
    }

    /**
     * After a pass that ended normally: runs {@code secondPass} if any hash was seen twice (it throws
     * at the first real repeat, or returns when all were different ids with equal hashes).
     */
    void checkUnique(java.util.function.Supplier<?> secondPass) {
      if (!hit && suspects().length > 0) {
        secondPass.get();
      }
    }

    /**
     * After a pass that failed with {@code error}: when it stopped at a repeat of one of the first
     * ids, or a hash was seen twice before the error, runs {@code secondPass}, which throws at the
     * first error of the file, as an exact pass would: a real repeat before {@code error}'s place,
     * else {@code error} itself again. Returns only when there was nothing to check; the caller then
     * rethrows {@code error}.
     */
    void rethrowFirstRepeat(InputException error, java.util.function.Supplier<?> secondPass) {
      if (hit || suspects().length > 0) {
        secondPass.get();
        throw new IllegalStateException("the second pass ended without the error of the first", error);
      }
    }

    /** An exact set holding only the ids whose hash is among {@code suspects}, for the second pass. */
    IdSet restrictedTo(long[] suspects) {
      return new Exact(hash, suspects);
    }
  }

  /**
   * SipHash-2-4 of a string's UTF-16 code units, four to a word, under a fixed random key. The state
   * lives in four fields rather than an array per id, so hashing a million ids allocates nothing; an
   * instance therefore serves one thread, as its id set does.
   */
  static final class SipHash {
    private final long k0;
    private final long k1;
    private long v0;
    private long v1;
    private long v2;
    private long v3;

    SipHash(java.util.Random random) {
      this.k0 = random.nextLong();
      this.k1 = random.nextLong();
    }

    long of(String text) {
      v0 = k0 ^ 0x736f6d6570736575L;
      v1 = k1 ^ 0x646f72616e646f6dL;
      v2 = k0 ^ 0x6c7967656e657261L;
      v3 = k1 ^ 0x7465646279746573L;
      int length = text.length();
      int full = length & ~3;
      for (int i = 0; i < full; i += 4) {
        long m = text.charAt(i) | (long) text.charAt(i + 1) << 16 | (long) text.charAt(i + 2) << 32
            | (long) text.charAt(i + 3) << 48;
        compress(m);
      }
      long last = (long) (length & 0xff) << 56;
      for (int i = full; i < length; i++) {
        last |= (long) text.charAt(i) << (16 * (i - full));
      }
      compress(last);
      v2 ^= 0xff;
      for (int round = 0; round < 4; round++) {
        round();
      }
      return v0 ^ v1 ^ v2 ^ v3;
    }

    private void compress(long m) {
      v3 ^= m;
      round();
      round();
      v0 ^= m;
    }

    private void round() {
      v0 += v1;
      v1 = Long.rotateLeft(v1, 13);
      v1 ^= v0;
      v0 = Long.rotateLeft(v0, 32);
      v2 += v3;
      v3 = Long.rotateLeft(v3, 16);
      v3 ^= v2;
      v0 += v3;
      v3 = Long.rotateLeft(v3, 21);
      v3 ^= v0;
      v2 += v1;
      v1 = Long.rotateLeft(v1, 17);
      v1 ^= v2;
      v2 = Long.rotateLeft(v2, 32);
    }
  }
}
