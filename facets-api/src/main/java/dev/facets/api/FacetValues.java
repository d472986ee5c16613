package dev.facets.api;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * One finite number per facet, of any sign: a scenario's payoffs, a per-facet gap, a per-facet
 * attribution.
 *
 * <p>Values are indexed in the library's facet order ({@link Facet#ordered()}). {@code -0.0} is
 * stored as {@code 0.0} so that equality follows the numbers a person reads. This class is immutable
 * and thread-safe.
 */
public final class FacetValues {
  private final double[] values;

  private FacetValues(double[] values) {
    this.values = values;
  }

  /**
   * {@return the values in facet order: enhancement, mission, adaptive, anticipatory}
   *
   * @param enhancement the enhancement facet's value, finite
   * @param mission the mission facet's value, finite
   * @param adaptive the adaptive facet's value, finite
   * @param anticipatory the anticipatory facet's value, finite
   */
  public static FacetValues of(double enhancement, double mission, double adaptive, double anticipatory) {
    return ofArray(new double[] {enhancement, mission, adaptive, anticipatory});
  }

  /**
   * {@return the values of a four-element array in facet order; the array is copied}
   *
   * @param values four finite values in facet order; the array is not kept
   */
  public static FacetValues of(double[] values) {
    Objects.requireNonNull(values, "values");
    if (values.length != Facet.COUNT) {
      throw new InvalidValueException(
          "values", Arrays.toString(values), "have exactly " + Facet.COUNT + " entries");
    }
    return ofArray(values.clone());
  }

  /**
   * {@return the values of a map from facet to value; a facet the map lacks is 0}
   *
   * @param values a finite value for each of the four facets, not null
   */
  public static FacetValues of(Map<Facet, Double> values) {
    double[] array = new double[Facet.COUNT];
    values.forEach((facet, value) -> array[facet.ordinal()] = value);
    return ofArray(array);
  }

  /**
   * Parses the command-line form of per-facet numbers: {@code facet=number} pairs separated by commas
   * ({@code "enhancement=0.4,mission=0.6"}), each facet at most once. The numbers are returned as
   * written, in facet order, with only the facets given; the caller checks and completes them (a
   * target normalises them, bounds keep them).
   *
   * @param field the name of the whole list in error messages ({@code "target"})
   * @param numberName what each number is ({@code "weight"}), for the message of a malformed pair
   * @throws InvalidValueException naming the part that cannot be read
   * @param text the pairs, not null
   * @return the numbers by facet, in facet order, only the facets given
   */
  public static Map<Facet, Double> parsePairs(String text, String field, String numberName) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(numberName, "numberName");
    Map<Facet, Double> numbers = new EnumMap<>(Facet.class);
    for (String part : text.split(",", -1)) {
      String[] pair = part.split("=", -1);
      if (pair.length != 2) {
        throw new InvalidValueException(field, Checks.quote(part.strip()), "be facet=" + numberName);
      }
      Facet facet = Facet.parse(pair[0].strip());
      double number;
      try {
        number = Double.parseDouble(pair[1].strip());
      } catch (NumberFormatException e) {
        throw new InvalidValueException(facet.jsonName(), Checks.quote(pair[1].strip()), "be a number");
      }
      if (numbers.put(facet, number) != null) {
        throw new InvalidValueException(facet.jsonName(), Checks.quote(part.strip()), "be given once");
      }
    }
    return numbers;
  }

  private static FacetValues ofArray(double[] owned) {
    for (Facet facet : Facet.ordered()) {
      double value = Checks.finite(owned[facet.ordinal()], facet.jsonName());
      owned[facet.ordinal()] = value + 0.0; // turns -0.0 into 0.0
    }
    return new FacetValues(owned);
  }

  /**
   * {@return the value of one facet}
   *
   * @param facet a facet, not null
   */
  public double get(Facet facet) {
    return values[facet.ordinal()];
  }

  /** {@return a copy of the values in facet order} */
  public double[] toArray() {
    return values.clone();
  }

  /** {@return the values as an ordered map from facet to value} */
  public Map<Facet, Double> toMap() {
    Map<Facet, Double> map = new EnumMap<>(Facet.class);
    for (Facet facet : Facet.ordered()) {
      map.put(facet, values[facet.ordinal()]);
    }
    return map;
  }

  /** {@return the largest value} */
  public double max() {
    return Arrays.stream(values).max().getAsDouble();
  }

  /** {@return the smallest value} */
  public double min() {
    return Arrays.stream(values).min().getAsDouble();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FacetValues && Arrays.equals(values, ((FacetValues) other).values);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values);
  }

  /** For example {@code {enhancement=1.2, mission=1.0, adaptive=0.8, anticipatory=0.5}}. */
  @Override
  public String toString() {
    return FacetMix.format(values);
  }
}
