package dev.facets.report;

import dev.facets.report.Doc.Block;
import dev.facets.report.Doc.Bullets;
import dev.facets.report.Doc.Column;
import dev.facets.report.Doc.Figure;
import dev.facets.report.Doc.Heading;
import dev.facets.report.Doc.Note;
import dev.facets.report.Doc.Paragraph;
import dev.facets.report.Doc.Section;
import dev.facets.report.Doc.Table;
import dev.facets.report.Doc.Term;
import dev.facets.report.Doc.Terms;
import java.util.List;

/**
 * Writes a {@link Doc} as one self-contained HTML page: inline CSS and SVG charts, no script, no
 * external resource, so it opens offline and can be mailed as a single file. Every text goes
 * through {@link Escape#html}; the SVG comes from the chart exporter, which escapes its own text.
 */
final class HtmlRenderer {
  private static final String CSS = String.join("\n",
      ":root { color-scheme: light; }",
      "body { margin: 0; font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;",
      "  color: #222; background: #fafafa; line-height: 1.5; }",
      "main { max-width: 1040px; margin: 0 auto; padding: 24px 32px 48px; background: #fff; }",
      "header h1 { font-size: 1.7em; margin: 0.2em 0; color: #4a148c; }",
      ".meta { color: #555; margin: 0 0 1em; }",
      "nav { font-size: 0.95em; margin-bottom: 1.5em; }",
      "nav a { margin-right: 1em; color: #6a1b9a; }",
      "section { border-top: 1px solid #e0e0e0; padding-top: 0.5em; margin-top: 1.5em; }",
      "h2 { color: #4a148c; font-size: 1.35em; }",
      "h3 { font-size: 1.1em; margin-top: 1.4em; }",
      "figure { margin: 1em 0; text-align: center; }",
      "figure svg { max-width: 100%; height: auto; }",
      "figcaption { color: #555; font-size: 0.9em; }",
      "table { border-collapse: collapse; margin: 0.8em 0; font-size: 0.92em; }",
      "th, td { border-bottom: 1px solid #e0e0e0; padding: 4px 8px; text-align: left; vertical-align: top; }",
      "th { background: #f3e5f5; }",
      "td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }",
      "td.num, td.key { white-space: nowrap; }",
      ".table { overflow-x: auto; max-width: 100%; }",
      "dl { margin: 0.5em 0; }",
      "dt { font-weight: 600; margin-top: 0.6em; }",
      "dd { margin-left: 1.5em; }",
      ".note { background: #fff8e1; border-left: 4px solid #f9a825; padding: 8px 12px; }",
      "#summary ul { font-size: 1.05em; }",
      "footer { color: #777; font-size: 0.85em; margin-top: 2em; }",
      "footer ul { list-style: none; padding: 0; overflow-wrap: anywhere; }",
      "@media print { body { background: #fff; } main { max-width: none; } section { break-inside: avoid-page; } }");

  private HtmlRenderer() {}

  static String render(Doc doc) {
    StringBuilder html = new StringBuilder(1 << 16);
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(Escape.html(doc.title())).append("</title>\n")
        .append("<style>\n").append(CSS).append("\n</style>\n</head>\n<body>\n<main>\n<header>\n<h1>")
        .append(Escape.html(doc.title())).append("</h1>\n<p class=\"meta\">")
        .append(Escape.html(String.join(" \u00b7 ", doc.meta()))).append("</p>\n</header>\n<nav>");
    for (Section section : doc.sections()) {
      html.append("<a href=\"#").append(section.id()).append("\">").append(Escape.html(section.heading())).append("</a>");
    }
    html.append("</nav>\n");
    for (Section section : doc.sections()) {
      html.append("<section id=\"").append(section.id()).append("\">\n<h2>").append(Escape.html(section.heading()))
          .append("</h2>\n");
      for (Block block : section.blocks()) {
        block(html, block);
      }
      html.append("</section>\n");
    }
    html.append("<footer>Made with facets: every number comes from its engines; the last section says how they were made.");
    if (!doc.footer().isEmpty()) {
      html.append("\n<ul id=\"provenance\">\n");
      for (String line : doc.footer()) {
        html.append("<li>").append(Escape.html(line)).append("</li>\n");
      }
      html.append("</ul>\n");
    }
    html.append("</footer>\n</main>\n</body>\n</html>\n");
    return html.toString();
  }

  private static void block(StringBuilder html, Block block) {
    if (block instanceof Paragraph paragraph) {
      html.append("<p>").append(Escape.html(paragraph.text())).append("</p>\n");
    } else if (block instanceof Note note) {
      html.append("<p class=\"note\">").append(Escape.html(note.text())).append("</p>\n");
    } else if (block instanceof Heading heading) {
      html.append("<h3>").append(Escape.html(heading.text())).append("</h3>\n");
    } else if (block instanceof Bullets bullets) {
      html.append("<ul>\n");
      for (String item : bullets.items()) {
        html.append("<li>").append(Escape.html(item)).append("</li>\n");
      }
      html.append("</ul>\n");
    } else if (block instanceof Terms terms) {
      html.append("<dl>\n");
      for (Term term : terms.terms()) {
        html.append("<dt>").append(Escape.html(term.term())).append("</dt><dd>").append(Escape.html(term.text()))
            .append("</dd>\n");
      }
      html.append("</dl>\n");
    } else if (block instanceof Table table) {
      table(html, table);
    } else if (block instanceof Figure figure) {
      html.append("<figure id=\"figure-").append(figure.name()).append("\">\n")
          .append(figure.chart().toSvgElement("chart-" + figure.name()))
          .append("\n<figcaption>").append(Escape.html(figure.chart().title())).append("</figcaption>\n</figure>\n");
    }
  }

  private static void table(StringBuilder html, Table table) {
    html.append("<div class=\"table\"><table>\n<thead><tr>");
    cells(html, "th", table.header(), table.columns());
    html.append("</tr></thead>\n<tbody>\n");
    for (List<String> row : table.rows()) {
      html.append("<tr>");
      cells(html, "td", row, table.columns());
      html.append("</tr>\n");
    }
    html.append("</tbody>\n</table></div>\n");
  }

  private static void cells(StringBuilder html, String tag, List<String> cells, List<Column> columns) {
    for (int i = 0; i < cells.size(); i++) {
      Column column = i < columns.size() ? columns.get(i) : Column.TEXT;
      String style = column == Column.NUMBER ? " class=\"num\">" : column == Column.KEY ? " class=\"key\">" : ">";
      html.append('<').append(tag).append(style).append(Escape.html(cells.get(i)))
          .append("</").append(tag).append('>');
    }
  }
}
