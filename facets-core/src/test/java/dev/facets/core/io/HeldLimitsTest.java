package dev.facets.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The limits of the readers that hold a whole file: half the heap at the bytes each value is allowed. */
class HeldLimitsTest {
  @Test
  void theLimitIsHalfTheHeapAtTheBytesEach() {
    // 256 MiB: 128 MiB at 1 KiB an initiative, 131,072; at 512 bytes a scenario, 262,144.
    assertEquals(131_072, HeldLimits.limit(256L << 20, HeldLimits.BYTES_PER_INITIATIVE));
    assertEquals(262_144, HeldLimits.limit(256L << 20, HeldLimits.BYTES_PER_SCENARIO));
  }

  @Test
  void oneValueBeyondTheLimitIsOneErrorNamingTheLimitTheHeapAndTheHint() {
    long heap = Runtime.getRuntime().maxMemory();
    long limit = HeldLimits.limit(heap, HeldLimits.BYTES_PER_SCENARIO);
    HeldLimits.check(limit, HeldLimits.BYTES_PER_SCENARIO, "scenarios", "s.json", 3, 7, "scenarios");
    InputException error = assertThrows(InputException.class,
        () -> HeldLimits.check(limit + 1, HeldLimits.BYTES_PER_SCENARIO, "scenarios", "s.json", 3, 7, "scenarios"));
    assertTrue(error.getMessage().startsWith("s.json:3:7: "), error::getMessage);
    assertTrue(error.getMessage().contains("more than " + limit + " scenarios"), error::getMessage);
    assertTrue(error.getMessage().contains(heap / (1 << 20) + " MiB") && error.getMessage().contains("-Xmx"),
        error::getMessage);
  }
}
