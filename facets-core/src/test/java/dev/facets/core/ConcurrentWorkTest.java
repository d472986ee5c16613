package dev.facets.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The stress harness itself: it passes a thread-safe engine and catches one that is not. */
class ConcurrentWorkTest {
  private static final List<Integer> INPUTS = IntStream.range(0, 64).boxed().toList();

  /** An engine with a shared scratch field, as a careless implementation might have. */
  private static final class RacyEngine {
    private int scratch;

    int square(int x) {
      scratch = x;
      Thread.yield();
      return scratch * scratch;
    }
  }

  @Test
  void aThreadSafeEnginePasses() throws Exception {
    ConcurrentWork work = new ConcurrentWork().add(ConcurrentWork.Work.of("square", INPUTS, x -> x * x));
    assertEquals(64, work.size());
    assertTrue(work.assertConcurrentMatchesSequential(8, Duration.ofMillis(200)) >= 8 * 64);
  }

  @Test
  void anEngineWithSharedStateIsCaught() {
    RacyEngine engine = new RacyEngine();
    ConcurrentWork work = new ConcurrentWork().add(ConcurrentWork.Work.of("racy square", INPUTS, engine::square));
    ExecutionException e = assertThrows(ExecutionException.class,
        () -> work.assertConcurrentMatchesSequential(8, Duration.ofSeconds(2)));
    assertTrue(e.getCause() instanceof AssertionError, e::toString);
    assertTrue(e.getCause().getMessage().startsWith("racy square of input "), e.getCause()::getMessage);
  }

  @Test
  void drawsTheSameValuesForTheSameSeed() {
    assertEquals(ConcurrentWork.draw(dev.facets.api.Generators.initiatives(), 20, 3),
        ConcurrentWork.draw(dev.facets.api.Generators.initiatives(), 20, 3));
  }
}
