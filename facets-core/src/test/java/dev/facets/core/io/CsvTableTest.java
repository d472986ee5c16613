package dev.facets.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.facets.api.InvalidValueException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The generic CSV writer: exact output, and the misuse it refuses. */
class CsvTableTest {
  @Test
  void writesHeaderCommentsAndRowsQuotingOnlyWhereNeeded() {
    StringWriter out = new StringWriter();
    CsvTable table = CsvTable.start(out, List.of("portfolio: Ministry", "weighting: budget"), List.of("id", "zone", "share", "count"));
    table.row().text("m-1").text("sustaining").number(0.25).number(3L).end()
        .row().text("a,b").text("say \"hi\"").number(-1.5E-7).empty().end()
        .row().text("two\nlines").text("").number(1e21).number(-4L).end()
        .row().text("-1").text("=HYPERLINK(\"x\")").number(-0.0).text("+x").end();
    assertEquals("# portfolio: Ministry\r\n"
        + "# weighting: budget\r\n"
        + "id,zone,share,count\r\n"
        + "m-1,sustaining,0.25,3\r\n"
        + "\"a,b\",\"say \"\"hi\"\"\",-1.5E-7,\r\n"
        + "\"two\nlines\",,1.0E21,-4\r\n"
        // Text that looks like a formula, even "-1", is guarded; the numbers are not.
        + "'-1,\"'=HYPERLINK(\"\"x\"\")\",-0.0,'+x\r\n", out.toString());
    assertEquals(List.of("id", "zone", "share", "count"), table.header());
  }

  @Test
  void anEmptyCellAloneOnItsLineIsQuotedSoThatItIsNotABlankLine() {
    StringWriter out = new StringWriter();
    CsvTable.start(out, List.of("only")).row().empty().end().row().text("x").end();
    assertEquals("only\r\n\"\"\r\nx\r\n", out.toString());
  }

  @Test
  void refusesBadHeaders() {
    StringWriter out = new StringWriter();
    assertEquals("header must not be empty, got []",
        assertThrows(InvalidValueException.class, () -> CsvTable.start(out, List.of())).getMessage());
    assertEquals("header[1] must not be blank, got ' '",
        assertThrows(InvalidValueException.class, () -> CsvTable.start(out, List.of("a", " "))).getMessage());
    assertEquals("header[2] must be unique, but header[0] has it too, got 'a'",
        assertThrows(InvalidValueException.class, () -> CsvTable.start(out, List.of("a", "b", "a"))).getMessage());
    assertEquals("", out.toString(), "nothing written for a refused header");
  }

  @Test
  void refusesRowsOfTheWrongWidthAndUndefinedNumbers() {
    StringWriter out = new StringWriter();
    CsvTable table = CsvTable.start(out, List.of("id", "score"));
    CsvTable.Row short_ = table.row().text("a");
    assertEquals("the row has 1 cells, but the header has 2 columns",
        assertThrows(IllegalStateException.class, short_::end).getMessage());
    assertThrows(IllegalStateException.class, table::row, "the previous row is still open");
    short_.number(1).end();
    assertThrows(IllegalStateException.class, short_::end, "a row ends once");
    CsvTable.Row full = table.row().text("b").number(2);
    assertThrows(IllegalStateException.class, () -> full.text("c"));
    full.end();
    InvalidValueException nan = assertThrows(InvalidValueException.class, () -> table.row().text("c").number(Double.NaN));
    assertEquals("score must be finite, got NaN", nan.getMessage());
    // number(1) with an int is the whole-number overload: "1", not "1.0".
    assertEquals("id,score\r\na,1\r\nb,2\r\n", out.toString(), "a broken row is not written");
  }

  @Test
  void reportsAFailingWriter() {
    Writer broken = new Writer() {
      @Override
      public void write(char[] buffer, int offset, int length) throws IOException {
        throw new IOException("disk full");
      }

      @Override
      public void flush() throws IOException {
        throw new IOException("disk full");
      }

      @Override
      public void close() {}
    };
    UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> CsvTable.start(broken, List.of("a")));
    assertTrue(e.getMessage().contains("disk full"), e.getMessage());
  }
}
