package dev.facets.core.io;

import dev.facets.api.Checks;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A file that facets cannot accept: names the source, the line and column where known, the path of
 * the offending field ({@code initiatives[3].budget}, or a CSV column) and what is wrong with its
 * value.
 *
 * <p>The message is one line, ready to print: {@code portfolio.json:12:18: initiatives[3].budget
 * must be finite and >= 0, got -5.0}. It is an {@link IllegalArgumentException} because a bad file is
 * bad input, like any invalid argument.
 *
 * <p>A reader that can go on after a problem (a CSV row with a bad cell does not spoil the next row)
 * reports every problem of the file in one exception: {@link #problems()} lists them in file order,
 * at most {@link #MAX_PROBLEMS}, and {@link #problemCount()} says how many there were; the message,
 * line and path are the first problem's.
 */
public final class InputException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;
  private final int column;
  private final String path;
  private final String detail;
  /** Every problem kept, this one first; an array, so that the exception stays serializable. */
  private final InputException[] problems;
  private final long problemCount;

  /** The problems of one input kept in an exception: a reader's report prints at most this many. */
  public static final int MAX_PROBLEMS = 20;

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
    this.problems = new InputException[] {this};
    this.problemCount = 1;
  }

  private InputException(InputException first, InputException[] problems, long problemCount) {
    super(first.getMessage(), first.getCause());
    this.source = first.source;
    this.line = first.line;
    this.column = first.column;
    this.path = first.path;
    this.detail = first.detail;
    this.problems = problems;
    this.problemCount = problemCount;
  }

  /**
   * The problems of one input as one exception: the first {@link #MAX_PROBLEMS} of {@code problems}
   * (each a single problem), out of {@code count} found in all.
   *
   * @param problems the problems in file order, not empty
   * @param count how many problems were found, at least {@code problems.size()}
   * @return the one problem itself when it is the only one; else an exception whose message, line
   *     and path are the first problem's
   * @throws IllegalArgumentException if {@code problems} is empty or {@code count} is less than its
   *     size
   */
  static InputException of(List<InputException> problems, long count) {
    Checks.notEmpty(problems, "problems");
    Checks.atLeast(count, problems.size(), "count");
    if (problems.size() == 1 && count == 1) {
      return problems.get(0);
    }
    List<InputException> kept = new ArrayList<>();
    for (InputException problem : problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS))) {
      kept.addAll(problem.problems());
    }
    List<InputException> first = kept.subList(0, Math.min(kept.size(), MAX_PROBLEMS));
    return new InputException(first.get(0), first.toArray(new InputException[0]), count);
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

  /** {@return the file name or another name of the input ({@code <stdin>})} */
  public String source() {
    return source;
  }

  /** {@return the 1-based line, or 0 when unknown} */
  public int line() {
    return line;
  }

  /** {@return the 1-based column, or 0 when unknown} */
  public int column() {
    return column;
  }

  /**
   * {@return the path of the offending field ({@code initiatives[3].budget}, or a CSV column), or
   * empty when the problem is the input's as a whole}
   */
  public String path() {
    return path;
  }

  /** {@return what is wrong, naming the value: the message without the source, line and column} */
  public String detail() {
    return detail;
  }

  /**
   * {@return every problem kept (at most {@link #MAX_PROBLEMS}), in file order: this one alone when
   * it is one; each element is a single problem}
   */
  public List<InputException> problems() {
    return problems.length == 1 && problems[0] == this ? List.of(this) : List.copyOf(Arrays.asList(problems));
  }

  /** {@return how many problems the reader found, kept or not; at least 1} */
  public long problemCount() {
    return problemCount;
  }

  /**
   * {@return the report as lines, ready to print: one per problem kept, then, when more were found,
   * one saying how many more}
   */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    problems().forEach(problem -> lines.add(problem.getMessage()));
    if (problemCount > problems.length) {
      long more = problemCount - problems.length;
      lines.add(source + ": and " + more + " more problem" + (more == 1 ? "" : "s") + " (the first "
          + problems.length + " are listed)");
    }
    return lines;
  }
}
