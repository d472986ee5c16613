package dev.facets.core.io;

import dev.facets.api.Checks;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A strict, streaming RFC 4180 parser that knows the physical line where every record starts.
 *
 * <p>Cells are separated by commas; a cell in double quotes may hold commas, line breaks and quotes
 * (doubled: {@code ""}). Records end at CRLF, LF or a lone CR, or at the end of the input, so a last
 * line with or without a line break reads the same. A UTF-8 byte order mark at the start is skipped.
 * Anything else RFC 4180 does not allow is an {@link InputException} at its line and column: a quote
 * inside an unquoted cell, text after a closing quote, a quote never closed, bytes that are not
 * UTF-8. Memory stays bounded: a cell may hold at most {@link JsonLimits#MAX_STRING_LENGTH}
 * characters, and a record keeps at most the number of cells its caller asks for (it still counts
 * the rest). Not thread-safe: one instance reads one stream on one thread.
 */
final class CsvRecords implements RowSource {
  private static final int END = -1;
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  /** How far ahead {@link #detecting} looks for the header line. */
  private static final int LOOK_AHEAD = 1 << 16;

  private final InputStream stream;
  private final char separator;
  private final Utf8Chars chars;
  private final String source;
  private final char[] buffer;
  /** The cell being read, reused for every cell. */
  private final StringBuilder cell = new StringBuilder();
  private int position;
  private int limit;
  private boolean started;
  private int line = 1;
  private int column = 1;

  CsvRecords(InputStream stream, String source) {
    this(stream, source, 8192, ',');
  }

  /** A parser with buffers of {@code bufferSize} (at least 4): small ones test the buffer edges. */
  CsvRecords(InputStream stream, String source, int bufferSize) {
    this(stream, source, bufferSize, ',');
  }

  /** A parser of cells separated by {@code separator} ({@code ','} or {@code ';'}). */
  CsvRecords(InputStream stream, String source, int bufferSize, char separator) {
    this.stream = stream;
    this.separator = separator;
    this.chars = new Utf8Chars(stream, bufferSize);
    this.buffer = new char[bufferSize];
    this.source = source;
  }

  /**
   * A parser whose separator is the header line's: {@code ';'} when that line (the first that is not
   * a {@code #} metadata line, within the first 64 KiB) holds more semicolons than commas outside
   * quotes, as Excel writes CSV where the decimal separator is a comma; else {@code ','}.
   */
  static CsvRecords detecting(InputStream input, String source) {
    // Plain reads into a pushback buffer: BufferedInputStream asks available(), which a pipe refuses.
    PushbackInputStream pushback = new PushbackInputStream(input, LOOK_AHEAD);
    byte[] head = new byte[LOOK_AHEAD];
    int length = 0;
    try {
      for (int read = 0; read >= 0 && length < LOOK_AHEAD; read = input.read(head, length, LOOK_AHEAD - length)) {
        length += read;
      }
      pushback.unread(head, 0, length);
    } catch (IOException e) {
      throw new InputException(source, 0, 0, "", "cannot be read: " + e.getMessage(), e);
    }
    char separator = headerSeparator(new String(head, 0, length, StandardCharsets.UTF_8));
    return new CsvRecords(pushback, source, 8192, separator);
  }

  /**
   * The separator of the first record that is not a metadata line: the one of {@code ','} and
   * {@code ';'} found more often outside quotes (a quoted cell may span lines), {@code ','} on a tie.
   */
  static char headerSeparator(String head) {
    int start = head.startsWith("\uFEFF") ? 1 : 0;
    boolean quoted = false;
    int commas = 0;
    int semicolons = 0;
    for (int i = start; i < head.length(); i++) {
      char c = head.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        // The LF of a CRLF (or a blank line, which the reader refuses anyway) ends no record.
        if (i > start && !isMetadata(head, start)) {
          return semicolons > commas ? ';' : ',';
        }
        start = i + 1;
        commas = 0;
        semicolons = 0;
      } else if (!quoted && c == ',') {
        commas++;
      } else if (!quoted && c == ';') {
        semicolons++;
      }
    }
    return semicolons > commas && !isMetadata(head, start) ? ';' : ',';
  }

  /** Whether the record starting at {@code start} is a metadata line ({@code #}, quoted or not). */
  private static boolean isMetadata(String head, int start) {
    return head.startsWith("#", start) || head.startsWith("\"#", start);
  }

  @Override
  public char separator() {
    return separator;
  }

  @Override
  public String source() {
    return source;
  }

  @Override
  public TableRow next(int keep) {
    int first = read();
    if (first == END) {
      return null;
    }
    int startLine = line;
    List<String> cells = new ArrayList<>(Math.min(keep, 32));
    StringBuilder cell = this.cell;
    int size = 0;
    int c = first;
    while (true) {
      cell.setLength(0);
      String text;
      if (c == '"') {
        c = quoted(cell);
        text = cell.toString();
      } else {
        text = plain(c);
        if (text == null) {
          c = unquoted(cell, read());
          text = cell.toString();
        } else {
          // An empty cell ends at c; any other at the terminator the parser stands before.
          c = lineBreak(text.isEmpty() ? c : read());
        }
      }
      size++;
      if (cells.size() < keep) {
        cells.add(text);
      }
      if (c != separator) {
        // A line break (already counted) or the end of the input ends the record.
        return new TableRow(startLine, cells, size);
      }
      c = read();
    }
  }

  /**
   * Reads an unquoted cell whose first character {@code first} was just read, as far as the buffer
   * holds it: empty when {@code first} already ends it; its text when it ends in the buffer (the
   * parser then stands before its terminator); or null with the characters so far in {@link #cell}
   * when the buffer ends first, a quote comes, or the cell reaches the length limit, for
   * {@link #unquoted} to go on with and report a problem at its exact character. The same
   * characters and columns as one {@link #read()} each, but a run of them is one string, copied once.
   */
  private String plain(int first) {
    if (first == separator || first == '\n' || first == '\r' || first == END) {
      return "";
    }
    int start = position - 1;
    int end = position;
    int room = Math.min(limit, start + JsonLimits.MAX_STRING_LENGTH);
    while (end < room) {
      char next = buffer[end];
      if (next == separator || next == '\n' || next == '\r' || next == '"') {
        break;
      }
      end++;
    }
    column += end - position;
    position = end;
    if (end < room && buffer[end] != '"') {
      return new String(buffer, start, end - start);
    }
    cell.append(buffer, start, end - start);
    return null;
  }

  /** Reads an unquoted cell whose first character is {@code c}; returns the character after it. */
  private int unquoted(StringBuilder cell, int first) {
    int c = first;
    while (c != separator && c != '\n' && c != '\r' && c != END) {
      if (c == '"') {
        throw error("a quote inside a cell that does not start with one: quote the whole cell and double"
            + " the quotes inside it (\"5\"\" screen\"), got " + excerpt(cell.append('"')));
      }
      append(cell, (char) c);
      c = read();
    }
    return lineBreak(c);
  }

  /** Reads a quoted cell after its opening quote; returns the character after the closing quote. */
  private int quoted(StringBuilder cell) {
    int openLine = line;
    int openColumn = column - 1;
    while (true) {
      int c = read();
      if (c == END) {
        throw new InputException(source, openLine, openColumn, "",
            "a quoted cell opened here is never closed (a missing \"?), got " + Checks.quote("\"" + cell), null);
      }
      if (c == '"') {
        int after = read();
        if (after != '"') {
          if (after != separator && after != '\n' && after != '\r' && after != END) {
            throw error("text after the closing quote of a quoted cell: double a quote inside a quoted"
                + " cell (\"\"), got " + excerpt(cell.append('"').append((char) after)));
          }
          return lineBreak(after);
        }
      }
      append(cell, (char) c);
      if (c == '\r' && peek() == '\n') {
        append(cell, '\n');
      }
      // Counts the line, and takes the LF of a CRLF, appended just above.
      lineBreak(c);
    }
  }

  /** Counts the line break {@code c} (a lone CR, a LF, or the CR of a CRLF, whose LF it takes). */
  private int lineBreak(int c) {
    if (c == '\r' || c == '\n') {
      if (c == '\r' && peek() == '\n') {
        position++;
      }
      line++;
      column = 1;
    }
    return c;
  }

  private void append(StringBuilder cell, char c) {
    if (cell.length() >= JsonLimits.MAX_STRING_LENGTH) {
      throw error("a cell longer than " + JsonLimits.MAX_STRING_LENGTH + " characters, got "
          + excerpt(cell.append(c)));
    }
    cell.append(c);
  }

  /** The end of a cell read so far, where the problem is, quoted for a message. */
  private static String excerpt(CharSequence cell) {
    int from = Math.max(0, cell.length() - 40);
    return Checks.quote((from > 0 ? "..." : "") + cell.subSequence(from, cell.length()));
  }

  private InputException error(String detail) {
    return new InputException(source, line, column - 1, "", detail, null);
  }

  private int read() {
    if (position == limit && !fill()) {
      return END;
    }
    char c = buffer[position++];
    if (!started) {
      started = true;
      if (c == BYTE_ORDER_MARK) {
        return read();
      }
    }
    column++;
    return c;
  }

  private int peek() {
    if (position == limit && !fill()) {
      return END;
    }
    return buffer[position];
  }

  private boolean fill() {
    try {
      int count = chars.read(buffer);
      if (count < 0) {
        return false;
      }
      position = 0;
      limit = count;
      return true;
    } catch (Utf8Chars.Malformed e) {
      throw new InputException(source, line, column, "", e.getMessage(), e);
    } catch (IOException e) {
      throw new InputException(source, line, column, "", "cannot be read: " + e.getMessage(), e);
    }
  }

  @Override
  public boolean isSheet() {
    return false;
  }

  @Override
  public String cellName(int line, int index) {
    return "";
  }

  @Override
  public void close() {
    try {
      stream.close();
    } catch (IOException ignored) {
      // Reading is over; a failure to release the file changes nothing that was read.
    }
  }
}
