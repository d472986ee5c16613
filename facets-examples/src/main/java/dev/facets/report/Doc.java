package dev.facets.report;

import dev.facets.report.charts.Chart;
import java.util.List;

/**
 * A report's content before it is HTML or Markdown: sections of plain-text blocks, and footer lines
 * (where the report came from). Text here is never escaped; each renderer escapes every string it
 * writes, so user strings (names, ids) are escaped in exactly one place per format.
 */
record Doc(String title, List<String> meta, List<Section> sections, List<String> footer) {
  Doc {
    meta = List.copyOf(meta);
    sections = List.copyOf(sections);
    footer = List.copyOf(footer);
  }

  /** A document without footer lines. */
  Doc(String title, List<String> meta, List<Section> sections) {
    this(title, meta, sections, List.of());
  }

  /**
   * This document with one more section, placed after the section with the given id (at the end
   * when there is none): how an optional part (the groups of {@code report --group-by}) joins a
   * report without the report's assembly knowing it.
   */
  Doc withSectionAfter(String id, Section section) {
    List<Section> extended = new java.util.ArrayList<>(sections);
    int at = extended.size();
    for (int i = 0; i < extended.size(); i++) {
      if (extended.get(i).id().equals(id)) {
        at = i + 1;
      }
    }
    extended.add(at, section);
    return new Doc(title, meta, extended);
  }

  /** A section with an anchor id (fixed by the report, never a user string), a heading and blocks. */
  record Section(String id, String heading, List<Block> blocks) {
    Section {
      blocks = List.copyOf(blocks);
    }
  }

  /** A piece of a section. */
  sealed interface Block permits Paragraph, Note, Heading, Bullets, Terms, Table, Figure {}

  /** A paragraph of running text. */
  record Paragraph(String text) implements Block {}

  /** A notice that an input was not given, so this part of the report is absent. */
  record Note(String text) implements Block {}

  /** A sub-heading within a section. */
  record Heading(String text) implements Block {}

  /** A bulleted list. */
  record Bullets(List<String> items) implements Block {
    Bullets {
      items = List.copyOf(items);
    }
  }

  /** Terms with their explanations: a number and what it means. */
  record Terms(List<Term> terms) implements Block {
    Terms {
      terms = List.copyOf(terms);
    }
  }

  /** One term and its explanation. */
  record Term(String term, String text) {}

  /** How a table column shows: running text, a key never broken across lines, or a number. */
  enum Column {
    /** Running text, wrapped as needed, left-aligned. */
    TEXT,
    /** An identifier, left-aligned and never wrapped (ids contain hyphens). */
    KEY,
    /** A number, right-aligned and never wrapped. */
    NUMBER
  }

  /** A table with one {@link Column} kind per column. */
  record Table(List<String> header, List<Column> columns, List<List<String>> rows) implements Block {
    Table {
      header = List.copyOf(header);
      columns = List.copyOf(columns);
      rows = rows.stream().map(List::copyOf).toList();
    }
  }

  /**
   * A chart with its name, which makes its element id and its file name: fixed by the report (letters,
   * digits and hyphens), never a user string.
   */
  record Figure(String name, Chart chart) implements Block {
    /** A portfolio report's chart, named by its kind. */
    Figure(ChartKind kind, Chart chart) {
      this(kind.jsonName(), chart);
    }
  }
}
