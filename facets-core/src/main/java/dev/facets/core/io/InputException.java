package dev.facets.core.io;

import dev.facets.api.Checks;
import java.util.Objects;

/**
 * A file that facets cannot accept: names the source, the line and column where known, the path of
 * the offending field ({@code initiatives[3].budget}, or a CSV column) and what is wrong with its
 * value.
 *
 * <p>The message is one line, ready to print: {@code portfolio.json:12:18: initiatives[3].budget
 * must be finite and >= 0, got -5.0}. It is an {@link IllegalArgumentException} because a bad file is
 * bad input, like any invalid argument.
 */
public final class InputException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;
  private final int column;
  private final String path;
  private final String detail;

  /**
   * Creates the exception.
   *
   * @param source the file name or another name of the input ({@code <stdin>})
   * @param line the 1-based line, or 0 when unknown
   * @param column the 1-based column, or 0 when unknown
   * @param path the path of the field, or empty for the input as a whole
   * @param detail what is wrong, naming the value
   * @param cause the underlying exception, or null
   */
  public InputException(String source, int line, int column, String path, String detail, Throwable cause) {
    super(format(source, line, column, path, detail), cause);
    this.source = Objects.requireNonNull(source, "source");
    this.line = line;
    this.column = column;
    this.path = Objects.requireNonNull(path, "path");
    this.detail = Objects.requireNonNull(detail, "detail");
  }

  private static String format(String source, int line, int column, String path, String detail) {
    StringBuilder text = new StringBuilder(source);
    if (line > 0) {
      text.append(':').append(line);
      if (column > 0) {
        text.append(':').append(column);
      }
    }
    text.append(": ");
    if (!path.isEmpty() && !detail.startsWith(path)) {
      text.append(path).append(": ");
    }
    // Everything here may come from the file (a key, a value) or its name: keep it one line.
    return Checks.oneLine(text.append(detail).toString());
  }

  /** The file name or another name of the input. */
  public String source() {
    return source;
  }

  /** The 1-based line, or 0 when unknown. */
  public int line() {
    return line;
  }

  /** The 1-based column, or 0 when unknown. */
  public int column() {
    return column;
  }

  /** The path of the offending field ({@code initiatives[3].budget}), or empty. */
  public String path() {
    return path;
  }

  /** What is wrong, naming the value. */
  public String detail() {
    return detail;
  }
}
