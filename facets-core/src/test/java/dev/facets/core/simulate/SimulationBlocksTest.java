package dev.facets.core.simulate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.facets.api.Portfolio;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SimulationBlocksTest {
  private static final Portfolio PORTFOLIO = SimulationFixtures.mixed();

  @Test
  void blocksSerialisedBetweenProcessesGiveTheSimulatorsResult() throws Exception {
    // 10 000 trials in blocks of 1 024: ten blocks, the last one short (784 trials).
    SimulationSettings settings = SimulationSettings.trials(10_000).withSeed(42).withBlockSize(1024).withThreads(3);
    SimulationBlocks blocks = SimulationBlocks.of(PORTFOLIO, SimulationFixtures.twoFutures(), settings);
    assertEquals(10, blocks.count());
    List<SimulationBlocks.Measured> measured = new ArrayList<>();
    for (int b = 0; b < blocks.count(); b++) {
      measured.add(roundTrip(blocks.measure(b)));
    }
    SimulationBlocks.Tail tail = roundTrip(blocks.tail(measured));
    List<double[]> replays = new ArrayList<>();
    for (int b = 0; b < blocks.count(); b++) {
      replays.add(blocks.replay(b, tail));
    }
    OutcomeDistribution expected = OutcomeSimulator.DEFAULT.simulate(
        PORTFOLIO, SimulationFixtures.twoFutures(), settings, SimulationControl.DEFAULT);
    SimulationFixtures.assertSameOutcome(expected, blocks.finish(measured, tail, replays));
    assertEquals(expected, blocks.finish(measured, tail, replays));
  }

  @Test
  void blocksOutOfOrderOrMissingAreRejectedWithTheirIndex() {
    SimulationBlocks blocks = SimulationBlocks.of(PORTFOLIO, SimulationSettings.trials(300).withSeed(1).withBlockSize(100));
    SimulationBlocks.Measured first = blocks.measure(0);
    SimulationBlocks.Measured second = blocks.measure(1);
    SimulationBlocks.Measured third = blocks.measure(2);
    IllegalArgumentException swapped =
        assertThrows(IllegalArgumentException.class, () -> blocks.tail(List.of(first, third, second)));
    assertEquals("blocks[1] must be block 1, not 2", swapped.getMessage());
    IllegalArgumentException missing =
        assertThrows(IllegalArgumentException.class, () -> blocks.tail(List.of(first, second)));
    assertTrue(missing.getMessage().contains("all 3 blocks, not 2"), missing.getMessage());
    assertThrows(IndexOutOfBoundsException.class, () -> blocks.measure(3));
    assertEquals(2, third.block());
  }

  @SuppressWarnings("unchecked")
  private static <T> T roundTrip(T value) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (T) in.readObject();
    }
  }
}
