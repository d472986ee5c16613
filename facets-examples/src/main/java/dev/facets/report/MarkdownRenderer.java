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
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Writes a {@link Doc} as Markdown (CommonMark with GitHub tables). Charts are not inlined: each is an
 * image link to an SVG file beside the Markdown ({@code prefix + kind + ".svg"}), which renders on
 * code hosts and in editors; without a prefix they are omitted and a note says so. Every text goes
 * through {@link Escape#markdown}.
 */
final class MarkdownRenderer {
  private MarkdownRenderer() {}

  static String render(Doc doc, Optional<String> chartPrefix) {
    StringBuilder md = new StringBuilder(1 << 14);
    md.append("# ").append(Escape.markdown(doc.title())).append("\n\n");
    md.append(Escape.markdown(String.join(" \u00b7 ", doc.meta()))).append("\n\n");
    if (chartPrefix.isEmpty()) {
      md.append("> Charts are omitted from this Markdown; written to a file (facets report --format markdown --out "
          + "FILE.md), they come as SVG files beside it.\n\n");
    }
    for (Section section : doc.sections()) {
      md.append("## ").append(Escape.markdown(section.heading())).append("\n\n");
      for (Block block : section.blocks()) {
        block(md, block, chartPrefix);
      }
    }
    md.append("---\n\nMade with facets: every number comes from its engines; the last section says how they were made.\n");
    if (!doc.footer().isEmpty()) {
      md.append('\n');
      for (String line : doc.footer()) {
        md.append("- ").append(Escape.markdown(line)).append('\n');
      }
    }
    return md.toString();
  }

  private static void block(StringBuilder md, Block block, Optional<String> chartPrefix) {
    if (block instanceof Paragraph paragraph) {
      md.append(Escape.markdown(paragraph.text())).append("\n\n");
    } else if (block instanceof Note note) {
      md.append("> **Not available:** ").append(Escape.markdown(note.text())).append("\n\n");
    } else if (block instanceof Heading heading) {
      md.append("### ").append(Escape.markdown(heading.text())).append("\n\n");
    } else if (block instanceof Bullets bullets) {
      for (String item : bullets.items()) {
        md.append("- ").append(Escape.markdown(item)).append('\n');
      }
      md.append('\n');
    } else if (block instanceof Terms terms) {
      for (Term term : terms.terms()) {
        md.append("- **").append(Escape.markdown(term.term())).append("**: ").append(Escape.markdown(term.text())).append('\n');
      }
      md.append('\n');
    } else if (block instanceof Table table) {
      table(md, table);
    } else if (block instanceof Figure figure && chartPrefix.isPresent()) {
      md.append("![").append(Escape.markdown(figure.chart().title())).append("](")
          .append(link(chartFile(chartPrefix.get(), figure.name()))).append(")\n\n");
    }
  }

  /** The file a chart is written to and linked as. */
  static String chartFile(String prefix, String name) {
    return prefix + name + ".svg";
  }

  /** A link destination: everything but unreserved characters and {@code /} percent-encoded. */
  private static String link(String file) {
    StringBuilder encoded = new StringBuilder();
    for (byte b : file.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "-._~/".indexOf(c) >= 0) {
        encoded.append(c);
      } else {
        encoded.append('%').append(String.format(java.util.Locale.ROOT, "%02X", b & 0xff));
      }
    }
    return encoded.toString();
  }

  private static void table(StringBuilder md, Table table) {
    row(md, table.header());
    md.append('|');
    for (int i = 0; i < table.header().size(); i++) {
      md.append(i < table.columns().size() && table.columns().get(i) == Column.NUMBER ? " ---: |" : " --- |");
    }
    md.append('\n');
    for (List<String> cells : table.rows()) {
      row(md, cells);
    }
    md.append('\n');
  }

  private static void row(StringBuilder md, List<String> cells) {
    md.append('|');
    for (String cell : cells) {
      md.append(' ').append(Escape.markdown(cell)).append(" |");
    }
    md.append('\n');
  }
}
