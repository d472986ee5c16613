package dev.facets.core.hedge;

import java.util.List;
import java.util.OptionalDouble;

/**
 * What robustness costs: allocations maximising {@code lambda * expectedValue + (1 - lambda) *
 * worstCase} on a grid of lambda from 0 (maximin) to 1 (expected value), in ascending lambda. Made by
 * {@link RobustAllocator#tradeOffCurve}. This class is immutable and thread-safe.
 */
public final class TradeOffCurve {
  private final List<TradeOffPoint> points;

  private TradeOffCurve(List<TradeOffPoint> points) {
    this.points = points;
  }

  static TradeOffCurve of(List<TradeOffPoint> points) {
    return new TradeOffCurve(List.copyOf(points));
  }

  /** {@return the points in ascending lambda} */
  public List<TradeOffPoint> points() {
    return points;
  }

  /**
   * {@return the expected value given up for robustness: expected value at lambda 1 minus expected value at
   * lambda 0, {@code >= 0} up to the solver's rounding; empty when the constraints admit no
   * allocation}
   */
  public OptionalDouble robustnessCost() {
    OptionalDouble robust = points.get(0).expectedValue();
    OptionalDouble greedy = points.get(points.size() - 1).expectedValue();
    if (robust.isEmpty() || greedy.isEmpty()) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(greedy.getAsDouble() - robust.getAsDouble());
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TradeOffCurve && points.equals(((TradeOffCurve) other).points);
  }

  @Override
  public int hashCode() {
    return points.hashCode();
  }

  /** {@return the points, one a line} */
  @Override
  public String toString() {
    return "TradeOffCurve" + points;
  }
}
