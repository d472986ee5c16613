package dev.facets.core.score;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What one initiative (or one facet) contributes to one metric, two ways.
 *
 * <p>Leave-one-out: the metric of the portfolio without it ({@link #valueWithout()}) and the change
 * that removal makes ({@link #changeIfRemoved()}, without minus with): "what happens to our balance
 * if we stop this project?". Euler: its share of the metric under the metric's homogeneous form
 * ({@link Metric#eulerDegree()}); the Euler shares of all initiatives, like those of all facets, sum
 * to the metric. Anything undefined is empty, never NaN, and {@link #note()} says why: removing the
 * only funded initiative leaves no weight to take shares of; KL is undefined where the target is 0 on
 * a held facet; variety and {@code e^H} have no homogeneous form; Hellinger and Euclidean are not
 * differentiable where the shares meet the target. This class is immutable and thread-safe.
 */
public final class Contribution {
  private final Metric metric;
  private final OptionalDouble value;
  private final OptionalDouble valueWithout;
  private final OptionalDouble eulerShare;
  private final Optional<String> note;

  private Contribution(Metric metric, OptionalDouble value, OptionalDouble valueWithout, OptionalDouble eulerShare,
      Optional<String> note) {
    this.metric = metric;
    this.value = value;
    this.valueWithout = valueWithout;
    this.eulerShare = eulerShare;
    this.note = note;
  }

  static Contribution of(Metric metric, double value, double without, double euler, Optional<String> note) {
    return new Contribution(Objects.requireNonNull(metric, "metric"), PortfolioScore.defined(value),
        PortfolioScore.defined(without), PortfolioScore.defined(euler), note);
  }

  /** {@return the metric attributed} */
  public Metric metric() {
    return metric;
  }

  /** {@return the metric of the whole portfolio (empty only for an undefined KL divergence)} */
  public OptionalDouble value() {
    return value;
  }

  /**
   * {@return the metric of the portfolio without this initiative or facet; empty where undefined
   * (no weight left, or KL with the target 0 on a held facet)}
   */
  public OptionalDouble valueWithout() {
    return valueWithout;
  }

  /**
   * {@return {@code valueWithout - value}: what removing it does to the metric; empty where either
   * is undefined}
   */
  public OptionalDouble changeIfRemoved() {
    return value.isPresent() && valueWithout.isPresent()
        ? OptionalDouble.of(valueWithout.getAsDouble() - value.getAsDouble())
        : OptionalDouble.empty();
  }

  /**
   * {@return its Euler share of the metric; empty where the metric has none here (variety and
   * {@code e^H} never have one; see {@code docs/metrics.md#euler})}
   */
  public OptionalDouble eulerShare() {
    return eulerShare;
  }

  /** {@return why a value is empty, in a sentence; empty when every value is present} */
  public Optional<String> note() {
    return note;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Contribution)) {
      return false;
    }
    Contribution that = (Contribution) other;
    return metric == that.metric && value.equals(that.value) && valueWithout.equals(that.valueWithout)
        && eulerShare.equals(that.eulerShare) && note.equals(that.note);
  }

  @Override
  public int hashCode() {
    return Objects.hash(metric, value, valueWithout, eulerShare, note);
  }

  /** For example {@code Contribution[hhi: value=0.3, without=0.4, euler=0.12]}. */
  @Override
  public String toString() {
    return "Contribution[" + metric.jsonName() + ": value=" + value + ", without=" + valueWithout + ", euler="
        + eulerShare + note.map(text -> ", note=" + text).orElse("") + "]";
  }
}
