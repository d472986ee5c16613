package dev.facets.core.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.base.ParserBase;
import dev.facets.api.Checks;
import dev.facets.api.InvalidValueException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * A strict, streaming walk over one JSON document that always knows where it is.
 *
 * <p>Readers describe the shape they expect ({@link #readObject}, {@link #readArray},
 * {@link #readDouble}...), and every surprise (a wrong type, an unknown key, a non-finite number, a
 * value a builder rejects) becomes one {@link InputException} naming the source, the line and
 * column, the JSON path and the value. Streaming keeps memory bounded by the largest single value,
 * not the file. Not thread-safe: one instance reads one document on one thread.
 */
final class JsonInput {
  /** Handles one key of an object; must consume exactly the key's value. */
  @FunctionalInterface
  interface FieldHandler {
    void field(String key) throws IOException;
  }

  /**
   * An input error that ends the reading at once even where a reader goes on after bad values (a
   * limit, or a failure of the consumer of what was read): carried past the readers' handlers of
   * value errors, and reported by {@link #read} after the problems noted before it.
   */
  static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The error to report. */
    final InputException error;

    Stop(InputException error) {
      super(error.getMessage(), null, false, false);
      this.error = error;
    }
  }

  /** A {@link #mark} whose column needs the parser's location object: the parser is not the one calibrated. */
  private static final int UNCALIBRATED = Integer.MIN_VALUE;

  private final JsonParser parser;
  /** The parser as the base class whose token line and column cost no object, or null. */
  private final ParserBase base;
  private final String source;
  private final PathStack path = new PathStack();
  /** The problems noted so far (at most as many as a report lists), and how many there were. */
  private final List<InputException> problems = new ArrayList<>();
  private long problemCount;
  /**
   * What the parser's cheap token column ({@link ParserBase#getTokenColumnNr()}) exceeds its
   * location's column by, learnt from the first {@link #mark}; {@link #UNCALIBRATED} before, and
   * {@link #NO_SHIFT} when the two disagree in a way a shift cannot mend.
   */
  private int columnShift = UNCALIBRATED;
  private static final int NO_SHIFT = Integer.MAX_VALUE;

  private JsonInput(JsonParser parser, String source) {
    this.parser = parser;
    this.base = parser instanceof ParserBase ? (ParserBase) parser : null;
    this.source = source;
  }

  /**
   * Reads one whole document from {@code input} with {@code body}, which must consume exactly the
   * root value; anything after it is an error. The stream is closed.
   */
  static <T> T read(InputStream input, String source, Function<JsonInput, T> body) {
    JsonInput json;
    try {
      json = new JsonInput(JsonLimits.factory().createParser(input), source);
    } catch (IOException e) {
      closeQuietly(input);
      throw new InputException(source, 0, 0, "", "cannot be read: " + e.getMessage(), e);
    }
    // Closing the parser closes the stream too (AUTO_CLOSE_SOURCE), on every path out.
    T result;
    try (json.parser) {
      if (json.next() == null) {
        throw json.error("", "the file is empty: expected a JSON object");
      }
      result = body.apply(json);
      JsonToken trailing = json.next();
      if (trailing != null) {
        throw json.error("", "unexpected text after the end of the document: " + json.describe(trailing));
      }
    } catch (Stop e) {
      throw json.report(e.error);
    } catch (InputException e) {
      throw json.report(e);
    } catch (UncheckedIOException e) {
      throw json.report(json.translate(e.getCause()));
    } catch (IOException e) {
      throw json.report(json.translate(e));
    }
    if (json.problemCount > 0) {
      throw InputException.of(json.problems, json.problemCount);
    }
    return result;
  }

  /**
   * Notes a problem of a value that left the text intact (a bad value, a missing or unknown key), so
   * that reading goes on and the file's report lists every problem, as the CSV reader's does.
   */
  void problem(InputException e) {
    if (problems.size() < InputException.MAX_PROBLEMS) {
      problems.add(e);
    }
    problemCount++;
  }

  /** Whether a problem was noted: what was read is then not valid, and only read on to find more. */
  boolean hasProblems() {
    return problemCount > 0;
  }

  /** The problems noted so far and {@code last}, which ends the reading, as one exception. */
  private InputException report(InputException last) {
    if (problemCount == 0) {
      return last;
    }
    problem(last);
    return InputException.of(problems, problemCount);
  }

  private static void closeQuietly(InputStream input) {
    try {
      input.close();
    } catch (IOException ignored) {
      // Already failing with the cause that matters.
    }
  }

  private JsonToken next() {
    try {
      return parser.nextToken();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Turns a failure of the text itself (broken JSON, a limit exceeded, bytes that are not UTF-8)
   * into an input error. Its path comes from the parser's own context, not from {@link #path}:
   * Jackson reads a scalar value together with its key, so a bad value ({@code "budget": NaN}) fails
   * before this reader has stepped into the key. Limit errors carry no location of their own; the
   * parser's current one is where the limit was crossed.
   */
  private InputException translate(IOException e) {
    if (e instanceof JsonProcessingException) {
      JsonProcessingException jackson = (JsonProcessingException) e;
      JsonLocation at = jackson.getLocation() != null ? jackson.getLocation() : parser.currentLocation();
      String detail = jackson.getOriginalMessage();
      if (detail.contains("end-of-input")) {
        detail = "the JSON ends too early (truncated?): " + detail;
      }
      return new InputException(source, Math.max(0, at.getLineNr()), Math.max(0, at.getColumnNr()), parserPath(),
          "not valid JSON: " + firstLine(detail), e);
    }
    JsonLocation at = parser.currentLocation();
    return new InputException(source, Math.max(0, at.getLineNr()), Math.max(0, at.getColumnNr()), parserPath(),
        "cannot be read: " + e.getMessage(), e);
  }

  /** The path of the parser's current position, from its parsing context. */
  private String parserPath() {
    Deque<String> segments = new ArrayDeque<>();
    for (JsonStreamContext context = parser.getParsingContext(); context != null && !context.inRoot();
        context = context.getParent()) {
      if (context.inArray()) {
        segments.push("[" + Math.max(0, context.getCurrentIndex()) + "]");
      } else if (context.getCurrentName() != null) {
        segments.push(context.getCurrentName());
      }
    }
    return join(segments.iterator());
  }

  /** Jackson's message without its advice to programmers and its redacted source notes. */
  private static String firstLine(String text) {
    int end = text.indexOf('\n');
    String line = end < 0 ? text : text.substring(0, end);
    line = line.replaceAll(": enable `[^`]*` to allow", " (NaN and Infinity are not JSON numbers)")
        .replaceAll(", from `StreamReadConstraints\\.[^`]*`", "")
        .replaceAll(" ?\\(start marker at \\[Source: [^]]*\\]\\)", "")
        .replaceAll("\\[Source: [^]]*\\]", "");
    return line.strip();
  }

  /** The path of the value being read: {@code initiatives[3].budget}, or empty at the root. */
  String pathText() {
    return path.text();
  }

  /** Joins path segments outermost first: keys with dots, indexes as they are. */
  private static String join(Iterator<String> segments) {
    StringBuilder text = new StringBuilder();
    while (segments.hasNext()) {
      String segment = segments.next();
      if (text.length() > 0 && !segment.startsWith("[")) {
        text.append('.');
      }
      text.append(segment);
    }
    return text.toString();
  }

  /** An error at the current token, for the current path, with a detail naming the value. */
  InputException error(String rule, String detail) {
    JsonLocation at = parser.currentTokenLocation();
    String where = pathText();
    String text = rule.isEmpty() ? detail : (where.isEmpty() ? "" : where + " ") + "must " + rule + ", got " + detail;
    return new InputException(source, at.getLineNr(), at.getColumnNr(), where, text, null);
  }

  /**
   * Turns a value type's own validation error into an input error at {@code at}. The error's field
   * is relative to the value at the current path, except that a field named like the current key
   * (a {@code budget} check while reading {@code initiatives[3].budget}) is that value itself.
   */
  InputException invalid(InvalidValueException e, JsonLocation at) {
    return invalid(e, pack(at.getLineNr(), at.getColumnNr()));
  }

  /**
   * Turns a validation error into an input error at {@code at} for a field whose full path the
   * caller knows (a builder that checks a whole section names fields relative to that section).
   */
  InputException invalidField(String field, InvalidValueException e, JsonLocation at) {
    return invalidField(field, e, pack(at.getLineNr(), at.getColumnNr()));
  }

  /** {@link #invalid(InvalidValueException, JsonLocation)} at a {@link #mark}. */
  InputException invalid(InvalidValueException e, long at) {
    String where = pathText();
    String field = e.field().equals(path.topKey()) ? where : e.under(where).field();
    return invalidField(field, e, at);
  }

  /** {@link #invalidField(String, InvalidValueException, JsonLocation)} at a {@link #mark}. */
  InputException invalidField(String field, InvalidValueException e, long at) {
    return new InputException(source, line(at), column(at), field, field + " must " + e.rule() + ", got " + e.value(),
        e);
  }

  /** The name of the input in messages. */
  String source() {
    return source;
  }

  /** Where the current token starts. */
  JsonLocation location() {
    return parser.currentTokenLocation();
  }

  /**
   * Where the current token (not a key) starts, as {@link #location()} says it, packed into a long
   * without an object: a reader keeps the start of every initiative in case it must name it, and
   * pays for a location object only when it does ({@link #line}, {@link #column}). The parser's
   * cheap token column differs from its location's by a constant, learnt from the first mark's
   * location; a parser whose two lines disagree gets a location object each time instead.
   */
  long mark() {
    int shift = columnShift;
    if (shift == UNCALIBRATED) {
      JsonLocation at = parser.currentTokenLocation();
      shift = base != null && at.getLineNr() == base.getTokenLineNr() ? base.getTokenColumnNr() - at.getColumnNr()
          : NO_SHIFT;
      columnShift = shift;
    }
    if (shift == NO_SHIFT) {
      JsonLocation at = parser.currentTokenLocation();
      return pack(at.getLineNr(), at.getColumnNr());
    }
    return pack(base.getTokenLineNr(), base.getTokenColumnNr() - shift);
  }

  private static long pack(int line, int column) {
    return (long) line << 32 | (column & 0xFFFFFFFFL);
  }

  /** The line of a {@link #mark}. */
  static int line(long mark) {
    return (int) (mark >> 32);
  }

  /** The column of a {@link #mark}. */
  static int column(long mark) {
    return (int) mark;
  }

  /**
   * Starts reading an object, as {@link #readObject} does, for a reader that walks its keys itself
   * with {@link #nextKey}; returns the depth of the path to hand to it.
   */
  int beginObject() {
    expect(JsonToken.START_OBJECT, "be an object");
    return path.size;
  }

  /**
   * The next key of the object begun at path depth {@code depth}, with the path extended by it and
   * the parser on its value; null at the end of the object. The value must be consumed before the
   * next call, as a {@link FieldHandler} must.
   */
  String nextKey(int depth) {
    path.size = depth;
    try {
      if (parser.nextToken() != JsonToken.FIELD_NAME) {
        return null;
      }
      String key = parser.currentName();
      path.pushKey(key);
      parser.nextToken();
      return key;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts reading an array for a reader that walks its elements with {@link #nextElement}; returns the path depth. */
  int beginArray() {
    expect(JsonToken.START_ARRAY, "be an array");
    return path.size;
  }

  /**
   * Moves to element {@code index} of the array begun at path depth {@code depth}, with the path
   * naming it; false at the end of the array.
   */
  boolean nextElement(int depth, int index) {
    path.size = depth;
    try {
      if (parser.nextToken() == JsonToken.END_ARRAY) {
        return false;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    path.pushIndex(index);
    return true;
  }

  /** How deep in objects and arrays the parser is: compare it with {@link #skipRest}. */
  int nesting() {
    return parser.getParsingContext().getNestingDepth();
  }

  /**
   * After a problem somewhere inside a value whose container was at {@link #nesting} {@code outer}
   * (an element of an array, a value of a key), moves the parser to that value's last token, so
   * that reading goes on with the next element or key. Only a value error may be passed over so:
   * the text itself is intact, and Jackson still checks it while skipping (a syntax error there ends
   * the reading as any other).
   */
  void skipRest(int outer) {
    try {
      while (true) {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
          parser.skipChildren();
        }
        if (parser.getParsingContext().getNestingDepth() <= outer) {
          return;
        }
        parser.nextToken();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Builds a value, turning a builder's {@link InvalidValueException} into an input error at
   * {@code at} under the current path.
   */
  <T> T build(JsonLocation at, Supplier<T> builder) {
    try {
      return builder.get();
    } catch (InvalidValueException e) {
      throw invalid(e, at);
    }
  }

  /** Reads an object, handing each key to {@code handler} with the path extended by the key. */
  void readObject(FieldHandler handler) {
    expect(JsonToken.START_OBJECT, "be an object");
    try {
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String key = parser.currentName();
        path.pushKey(key);
        parser.nextToken();
        handler.field(key);
        path.pop();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads an array, calling {@code element} with each index while the path names it. */
  void readArray(IntConsumer element) {
    expect(JsonToken.START_ARRAY, "be an array");
    try {
      int index = 0;
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        path.pushIndex(index);
        element.accept(index);
        path.pop();
        index++;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The error for a key the format does not have; reports it with its path. */
  InputException unknownKey(String key, String allowed) {
    return error("", pathText() + " is not a known key (allowed here: " + allowed + ")");
  }

  /** Reads a string. */
  String readString() {
    expect(JsonToken.VALUE_STRING, "be a string");
    return text();
  }

  /** Reads a finite number. */
  double readDouble() {
    if (!parser.currentToken().isNumeric()) {
      throw error("be a number", describe(parser.currentToken()));
    }
    try {
      double value = parser.getDoubleValue();
      if (!Double.isFinite(value)) {
        throw error("be a finite number", parser.getText());
      }
      return value;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a whole number in the range of {@code long}. */
  long readLong() {
    if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      throw error("be a whole number", describe(parser.currentToken()));
    }
    try {
      return parser.getLongValue();
    } catch (IOException e) {
      throw error("be a whole number within 64 bits", text());
    }
  }

  /**
   * Reads a string and parses it with {@code parse}, reporting a rejected text at its location. The
   * location is taken only on error (the parser stays on the string meanwhile), so reading a million
   * names allocates no location for any of them.
   */
  <T> T readParsed(Function<String, T> parse) {
    String text = readString();
    try {
      return parse.apply(text);
    } catch (InvalidValueException e) {
      throw invalid(e, location());
    }
  }

  /**
   * Reads a finite number and checks it with {@code check} (which returns it or throws), reporting a
   * rejected number at its location, taken only on error as in {@link #readParsed}.
   */
  double readDouble(DoubleUnaryOperator check) {
    double value = readDouble();
    try {
      return check.applyAsDouble(value);
    } catch (InvalidValueException e) {
      throw invalid(e, location());
    }
  }

  private void expect(JsonToken token, String rule) {
    if (parser.currentToken() != token) {
      throw error(rule, describe(parser.currentToken()));
    }
  }

  private String text() {
    try {
      return parser.getText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String describe(JsonToken token) {
    if (token == null) {
      return "the end of the input";
    }
    switch (token) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "the string " + Checks.quote(text());
      case VALUE_NULL:
        return "null";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "the boolean " + text();
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "the number " + text();
      default:
        return token.asString() == null ? token.name() : token.asString();
    }
  }

  /**
   * The path being read, as a stack of keys and array indexes. An index stays a number until an
   * error names it, so walking an array of a million elements builds no string per element.
   */
  private static final class PathStack {
    // Jackson refuses deeper nesting than the limit, so the path never has more segments than this.
    private final String[] keys = new String[JsonLimits.MAX_NESTING_DEPTH + 1]; // null for an index
    private final int[] indexes = new int[JsonLimits.MAX_NESTING_DEPTH + 1];
    private int size;

    void pushKey(String key) {
      keys[size++] = key;
    }

    void pushIndex(int index) {
      keys[size] = null;
      indexes[size++] = index;
    }

    void pop() {
      size--;
    }

    /** The innermost key, or null when the innermost segment is an index or there is none. */
    String topKey() {
      return size == 0 ? null : keys[size - 1];
    }

    String text() {
      List<String> segments = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        segments.add(keys[i] != null ? keys[i] : "[" + indexes[i] + "]");
      }
      return join(segments.iterator());
    }
  }
}
