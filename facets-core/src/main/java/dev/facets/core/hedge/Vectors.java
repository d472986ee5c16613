package dev.facets.core.hedge;

/** The few vector operations the hedge engines share, on plain arrays. */
final class Vectors {
  private Vectors() {}

  static double dot(double[] a, double[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }

  static double max(double[] values) {
    double max = Double.NEGATIVE_INFINITY;
    for (double value : values) {
      max = Math.max(max, value);
    }
    return max;
  }

  static double min(double[] values) {
    double min = Double.POSITIVE_INFINITY;
    for (double value : values) {
      min = Math.min(min, value);
    }
    return min;
  }

  static double sum(double[] values) {
    double sum = 0;
    for (double value : values) {
      sum += value;
    }
    return sum;
  }

  /** The element-wise absolute values. */
  static double[] absolute(double[] values) {
    double[] result = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      result[i] = Math.abs(values[i]);
    }
    return result;
  }

  /** The element-wise {@code max(x, 0)}: removes a solver's tiny negative zeros. */
  static double[] positivePart(double[] values) {
    double[] result = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      result[i] = Math.max(0, values[i]);
    }
    return result;
  }

  /** The element-wise product. */
  static double[] times(double[] a, double[] b) {
    double[] product = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      product[i] = a[i] * b[i];
    }
    return product;
  }

  /** The indices 0..n-1 sorted by ascending value; ties keep index order, so the order is deterministic. */
  static int[] ascendingOrder(double[] values) {
    return java.util.stream.IntStream.range(0, values.length).boxed()
        .sorted((i, j) -> values[i] != values[j] ? Double.compare(values[i], values[j]) : Integer.compare(i, j))
        .mapToInt(Integer::intValue).toArray();
  }
}
