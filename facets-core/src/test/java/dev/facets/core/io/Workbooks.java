package dev.facets.core.io;

import dev.facets.api.Portfolio;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Workbooks for the tests, made two ways: by fastexcel's writer (shared strings, as spreadsheets
 * write them), and by hand as a ZIP of XML parts, for what that writer cannot make: a formula with a
 * cached value, an error value, a sheet with a bomb in it.
 *
 * <p>The hand-made workbook has these cell styles: 0 general, 1 percent ({@code 0%}, built-in 9),
 * 2 a built-in date (14), 3 a custom date ({@code yyyy-mm-dd}, 164), 4 thousands ({@code #,##0.00},
 * built-in 4).
 */
final class Workbooks {
  private Workbooks() {}

  /** A text cell (an inline string). */
  static String text(String reference, String text) {
    return "<c r=\"" + reference + "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">" + escape(text) + "</t></is></c>";
  }

  /** A number cell in style {@code style}. */
  static String number(String reference, String value, int style) {
    return "<c r=\"" + reference + "\" s=\"" + style + "\"><v>" + value + "</v></c>";
  }

  /** A number cell. */
  static String number(String reference, String value) {
    return number(reference, value, 0);
  }

  /** A row of cells. */
  static String row(int number, String... cells) {
    return "<row r=\"" + number + "\">" + String.join("", cells) + "</row>";
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** Writes a workbook of sheets, each a name and its rows' XML, made by hand. */
  static Path handMade(Path file, List<String[]> sheets) {
    StringBuilder types = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
        + ".spreadsheetml.sheet.main+xml\"/>"
        + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
        + ".spreadsheetml.styles+xml\"/>");
    StringBuilder workbook = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook"
        + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
        + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>");
    StringBuilder rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships"
        + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rIdStyles\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
        + "relationships/styles\" Target=\"styles.xml\"/>");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      for (int i = 0; i < sheets.size(); i++) {
        int n = i + 1;
        types.append("<Override PartName=\"/xl/worksheets/sheet").append(n).append(".xml\" ContentType=\"application/"
            + "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        workbook.append("<sheet name=\"").append(escape(sheets.get(i)[0]).replace("\"", "&quot;"))
            .append("\" sheetId=\"").append(n).append("\" r:id=\"rId").append(n).append("\"/>");
        rels.append("<Relationship Id=\"rId").append(n).append("\" Type=\"http://schemas.openxmlformats.org/"
            + "officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet").append(n).append(".xml\"/>");
        put(zip, "xl/worksheets/sheet" + n + ".xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet"
            + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" + sheets.get(i)[1]
            + "</sheetData></worksheet>");
      }
      put(zip, "[Content_Types].xml", types.append("</Types>").toString());
      put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships"
          + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\""
          + " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\""
          + " Target=\"xl/workbook.xml\"/></Relationships>");
      put(zip, "xl/workbook.xml", workbook.append("</sheets></workbook>").toString());
      put(zip, "xl/_rels/workbook.xml.rels", rels.append("</Relationships>").toString());
      put(zip, "xl/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet"
          + " xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
          + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"yyyy\\-mm\\-dd\"/></numFmts>"
          + "<cellXfs count=\"5\"><xf numFmtId=\"0\"/><xf numFmtId=\"9\"/><xf numFmtId=\"14\"/>"
          + "<xf numFmtId=\"164\"/><xf numFmtId=\"4\"/></cellXfs></styleSheet>");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /** Writes a workbook with one sheet named {@code Register} whose rows are {@code rows}. */
  static Path handMade(Path file, String... rows) {
    return handMade(file, List.<String[]>of(new String[] {"Register", String.join("", rows)}));
  }

  private static void put(ZipOutputStream zip, String name, String text) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  /**
   * Writes a portfolio as a workbook with fastexcel's writer, cell for cell as its CSV holds it:
   * metadata lines as one text cell each, texts as shared strings (without CSV's formula guard, which
   * a sheet does not need), numbers as number cells, probabilities and facet weights formatted as
   * percentages (the value stays the share).
   */
  static Path written(Path file, Portfolio portfolio) {
    try (OutputStream out = Files.newOutputStream(file)) {
      Workbook workbook = new Workbook(out, "facets-tests", "1.0");
      Worksheet sheet = workbook.newWorksheet("Register");
      CsvRecords records = new CsvRecords(new java.io.ByteArrayInputStream(
          FacetsCsv.toCsv(portfolio).getBytes(StandardCharsets.UTF_8)), "csv");
      List<String> header = null;
      int r = 0;
      for (TableRow record = records.next(1000); record != null; record = records.next(1000), r++) {
        if (header == null && !record.cells.get(0).startsWith("#")) {
          header = record.cells;
        }
        for (int c = 0; c < record.cells.size(); c++) {
          String cell = record.cells.get(c);
          if (cell.isEmpty()) {
            continue;
          }
          PortfolioColumn column = header == null || record.cells == header ? null
              : PortfolioColumn.named(header.get(c)).orElse(null);
          if (column != null && column.isNumber()) {
            sheet.value(r, c, Double.parseDouble(cell));
            if (column.allowsPercent()) {
              sheet.style(r, c).format("0.0%").set();
            }
          } else {
            sheet.value(r, c, CsvText.restore(cell));
          }
        }
      }
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }
}
