package dev.facets.api;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The one argument-checking helper of facets: each check returns its argument and, on failure,
 * throws an {@link InvalidValueException} naming the field and the value.
 *
 * <p>Public so that the engines in {@code facets-core} validate exactly as the value types do; it is
 * not meant as general-purpose API. This class is stateless and thread-safe.
 */
public final class Checks {
  private Checks() {}

  /**
   * Checks that {@code value} is finite (not NaN, not infinite).
   *
   * @param value the value to check
   * @param field the field it was given for, named in the error
   * @return {@code value}
   * @throws InvalidValueException if it is NaN or infinite
   */
  public static double finite(double value, String field) {
    if (!Double.isFinite(value)) {
      throw new InvalidValueException(field, render(value), "be finite");
    }
    return value;
  }

  /**
   * Checks that {@code value} is finite and {@code >= 0}.
   *
   * @param value the value to check
   * @param field the field it was given for, named in the error
   * @return {@code value}
   * @throws InvalidValueException if it is NaN, infinite or negative
   */
  public static double finiteNonNegative(double value, String field) {
    if (!Double.isFinite(value) || value < 0) {
      throw new InvalidValueException(field, render(value), "be finite and >= 0");
    }
    return value;
  }

  /**
   * Checks that {@code value} is finite and {@code > 0}.
   *
   * @param value the value to check
   * @param field the field it was given for, named in the error
   * @return {@code value}
   * @throws InvalidValueException if it is NaN, infinite, zero or negative
   */
  public static double finitePositive(double value, String field) {
    if (!Double.isFinite(value) || value <= 0) {
      throw new InvalidValueException(field, render(value), "be finite and > 0");
    }
    return value;
  }

  /**
   * Checks that {@code value} lies in the closed interval {@code [low, high]} (so is not NaN).
   *
   * @param value the value to check
   * @param low the smallest value allowed
   * @param high the largest value allowed
   * @param field the field it was given for, named in the error
   * @return {@code value}
   * @throws InvalidValueException if it is outside the interval or NaN
   */
  public static double inClosedRange(double value, double low, double high, String field) {
    if (!(value >= low && value <= high)) {
      throw new InvalidValueException(
          field, render(value), "be in [" + render(low) + ", " + render(high) + "]");
    }
    return value;
  }

  /**
   * Checks that {@code value} is a probability: in {@code [0, 1]}.
   *
   * @param value the value to check
   * @param field the field it was given for, named in the error
   * @return {@code value}
   * @throws InvalidValueException if it is outside [0, 1] or NaN
   */
  public static double probability(double value, String field) {
    if (value > 1 && value <= 100) {
      // Most likely a percentage: name the share it means.
      throw new InvalidValueException(field, render(value), "be in [0.0, 1.0] (a share: for " + render(value)
          + " % write " + render(value / 100) + ", or " + render(value) + "% in a spreadsheet cell)");
    }
    return inClosedRange(value, 0, 1, field);
  }

  /**
   * Checks that {@code value} lies in the open interval {@code (low, high)}.
   *
   * @param value the value to check
   * @param low the bound it must exceed
   * @param high the bound it must stay below
   * @param field the field it was given for, named in the error
   * @return {@code value}
   * @throws InvalidValueException if it is outside the interval or NaN
   */
  public static double inOpenRange(double value, double low, double high, String field) {
    if (!(value > low && value < high)) {
      throw new InvalidValueException(
          field, render(value), "be in (" + render(low) + ", " + render(high) + ")");
    }
    return value;
  }

  /**
   * Checks that {@code value} lies in the half-open interval {@code (low, high]}.
   *
   * @param value the value to check
   * @param low the bound it must exceed
   * @param high the largest value allowed
   * @param field the field it was given for, named in the error
   * @return {@code value}
   * @throws InvalidValueException if it is outside the interval or NaN
   */
  public static double inHalfOpenRange(double value, double low, double high, String field) {
    if (!(value > low && value <= high)) {
      throw new InvalidValueException(
          field, render(value), "be in (" + render(low) + ", " + render(high) + "]");
    }
    return value;
  }

  /**
   * Checks that {@code value} is at least {@code min}.
   *
   * @param value the value to check
   * @param min the smallest value allowed
   * @param field the field it was given for, named in the error
   * @return {@code value}
   * @throws InvalidValueException if it is below {@code min}
   */
  public static int atLeast(int value, int min, String field) {
    if (value < min) {
      throw new InvalidValueException(field, Integer.toString(value), "be >= " + min);
    }
    return value;
  }

  /**
   * Checks that {@code value} is at least {@code min}.
   *
   * @param value the value to check
   * @param min the smallest value allowed
   * @param field the field it was given for, named in the error
   * @return {@code value}
   * @throws InvalidValueException if it is below {@code min}
   */
  public static long atLeast(long value, long min, String field) {
    if (value < min) {
      throw new InvalidValueException(field, Long.toString(value), "be >= " + min);
    }
    return value;
  }

  /**
   * Checks that {@code value} has a non-whitespace character; null is a programming error.
   *
   * @param value the text to check, not null
   * @param field the field it was given for, named in the error
   * @return {@code value}
   * @throws InvalidValueException if it is empty or whitespace only
   */
  public static String notBlank(String value, String field) {
    Objects.requireNonNull(value, field);
    if (value.isBlank()) {
      throw new InvalidValueException(field, quote(value), "not be blank");
    }
    return value;
  }

  /**
   * Checks that {@code values} is not empty.
   *
   * @param <T> the collection's type, kept for the caller
   * @param values the collection to check, not null
   * @param field the field it was given for, named in the error
   * @return {@code values}
   * @throws InvalidValueException if it is empty
   */
  public static <T extends Collection<?>> T notEmpty(T values, String field) {
    if (values.isEmpty()) {
      throw new InvalidValueException(field, "[]", "not be empty");
    }
    return values;
  }

  /**
   * Checks that the keys of {@code values} are unique, naming the first repeated one with the index
   * of both occurrences ({@code initiatives[4].id} repeats {@code initiatives[1].id}).
   *
   * @param <T> the type of the values
   * @param values the values, in the order their indices are reported
   * @param key the key of a value, never null
   * @param listField the list's field, such as {@code initiatives}
   * @param keyField the key's field within a value, such as {@code id}
   * @return {@code values}
   * @throws InvalidValueException naming the first repeated key
   */
  public static <T> List<T> uniqueKeys(
      List<T> values, Function<T, String> key, String listField, String keyField) {
    // Sized for every key up front: a million scenario names or ids would otherwise rehash 17 times.
    Set<String> seen = new HashSet<>(Math.max(16, (int) (values.size() / 0.75) + 1));
    for (int i = 0; i < values.size(); i++) {
      String k = key.apply(values.get(i));
      if (!seen.add(k)) {
        int first = firstIndexOf(values, key, k);
        throw new InvalidValueException(
            listField + "[" + i + "]." + keyField,
            quote(k),
            "be unique, but " + listField + "[" + first + "]." + keyField + " has it too");
      }
    }
    return values;
  }

  private static <T> int firstIndexOf(List<T> values, Function<T, String> key, String k) {
    for (int i = 0; i < values.size(); i++) {
      if (key.apply(values.get(i)).equals(k)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * {@return the constant of {@code values} whose file name ({@code nameOf}) is {@code name}, or an error
   * listing the names allowed;
   * package-private, as {@link EnumNames} is its one caller}
   *
   * @param <E> the enum type
   * @param values the constants allowed, in the order the error lists them
   * @param nameOf the file name of a constant
   * @param name the name to look up; null is a programming error
   * @param field the field it was given for, named in the error
   * @throws InvalidValueException listing the names allowed if none matches
   */
  static <E extends Enum<E>> E oneOf(
      E[] values, Function<E, String> nameOf, String name, String field) {
    Objects.requireNonNull(name, field);
    for (E value : values) {
      if (nameOf.apply(value).equals(name)) {
        return value;
      }
    }
    StringBuilder allowed = new StringBuilder("be one of ");
    for (int i = 0; i < values.length; i++) {
      allowed.append(i == 0 ? "" : ", ").append(nameOf.apply(values[i]));
    }
    throw new InvalidValueException(field, quote(name), allowed.toString());
  }

  /**
   * The name of {@code names} that {@code name} nearly is, if any: the same letters in another case,
   * or at most two single-character edits (insertions, deletions, substitutions) away, but not
   * {@code name} itself. The closest wins, the first of equals. Used where a free-form name sits
   * beside fixed ones (a spreadsheet column beside the portfolio's), so that a typo of a fixed name
   * is caught instead of being taken as a new name.
   *
   * @param name the name given, never null
   * @param names the fixed names it could be a typo of
   * @return the fixed name {@code name} nearly is, or empty if it is one of them or near none
   */
  public static Optional<String> nearMiss(String name, List<String> names) {
    Objects.requireNonNull(name, "name");
    String best = null;
    int bestDistance = 3;
    for (String candidate : names) {
      if (candidate.equals(name)) {
        return Optional.empty();
      }
      int distance = candidate.equalsIgnoreCase(name) ? 0 : editDistance(name, candidate, bestDistance);
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Levenshtein's distance: the fewest single-character insertions, deletions and substitutions
   * that turn {@code a} into {@code b} (a swap of two letters is two). The one edit distance of the
   * project: near-miss column names here, "did you mean" for the command's subcommands.
   *
   * @param a a string, not null
   * @param b a string, not null
   * @return the distance, at least 0 and at most the longer length
   */
  public static int editDistance(String a, String b) {
    return editDistance(a, b, Integer.MAX_VALUE);
  }

  /** Levenshtein distance, or {@code limit} as soon as it is known to be at least that. */
  private static int editDistance(String a, String b, int limit) {
    if (Math.abs(a.length() - b.length()) >= limit) {
      return limit;
    }
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      int rowMin = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
        rowMin = Math.min(rowMin, current[j]);
      }
      if (rowMin >= limit) {
        return limit;
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return Math.min(previous[b.length()], limit);
  }

  /**
   * Renders a double for an error message: {@code Double.toString}, so NaN and Infinity show.
   *
   * @param value any double, NaN and infinities included
   * @return its {@code Double.toString} form
   */
  public static String render(double value) {
    return Double.toString(value);
  }

  /**
   * {@return a text made safe to print as one line of an error message: line breaks of every kind (CR, LF,
   * NEL, the Unicode line and paragraph separators) become spaces, and other control characters
   * (an ANSI escape, a NUL) become visible escapes like {@code \u001B}} A key, a file name or a
   * value from a hostile file can then neither split a message into forged lines of a log nor drive
   * the terminal that shows it.
   *
   * @param text any text, not null
   */
  public static String oneLine(String text) {
    StringBuilder line = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean lineBreak = c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
      boolean control = !lineBreak && c != '\t' && Character.isISOControl(c);
      if ((lineBreak || control) && line == null) {
        line = new StringBuilder(text.length() + 8).append(text, 0, i);
      }
      if (line != null) {
        if (lineBreak) {
          line.append(' ');
        } else if (control) {
          line.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
        } else {
          line.append(c);
        }
      }
    }
    return line == null ? text : line.toString();
  }

  /**
   * Quotes a text for an error message, shortened past 80 characters.
   *
   * @param text the text, not null
   * @return the text in single quotes, at most 80 characters of it
   */
  public static String quote(String text) {
    String shown = text.length() > 80 ? text.substring(0, 77) + "..." : text;
    return "'" + shown + "'";
  }
}
