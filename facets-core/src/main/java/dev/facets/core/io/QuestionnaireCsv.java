package dev.facets.core.io;

import dev.facets.api.Checks;
import dev.facets.api.InvalidValueException;
import dev.facets.core.questionnaire.Question;
import dev.facets.core.questionnaire.QuestionFormat;
import dev.facets.core.questionnaire.QuestionItem;
import dev.facets.core.questionnaire.Questionnaire;
import dev.facets.core.questionnaire.QuestionnaireAnswers;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * Questionnaire answers as CSV (RFC 4180, UTF-8): one row per respondent, one column per item, so a
 * whole team's answers fit in one spreadsheet.
 *
 * <p>The columns, in any order, all required: {@code respondent} (a non-blank name, unique in the
 * file), then for every question in order: a rated item as {@code q1.efficiency}, a whole number 0 to
 * 4; a ranked item as {@code q2.goal}, its rank 1 to 4 (1 = first = most, each rank once per
 * question); a tick box as {@code q10.optimisation}, 1 when ticked and 0 when not; a yes-or-no
 * question as {@code q17}, {@code yes}, {@code no} or {@code unsure}. {@link #columns()} lists them;
 * {@link #write} writes them in that order and {@link #read} reads back exactly what it wrote (text
 * cells go through {@link CsvTable}'s formula guard and back).
 *
 * <p>The reader is as strict as the JSON one: an unknown, repeated or missing column, a blank line, a
 * row of the wrong length, every bad value and more than {@value #MAX_RESPONDENTS} respondents are an
 * {@link InputException} naming the file, the line, the column and the value. This class is stateless
 * and thread-safe.
 */
public final class QuestionnaireCsv {
  /** The column of the respondent's name. */
  public static final String RESPONDENT = "respondent";

  /**
   * The most respondents a file may hold: far more than any workshop, and a bound on the memory a
   * file can take (every respondent's answers are kept, a few kilobytes each).
   */
  public static final int MAX_RESPONDENTS = 10_000;

  private static final List<String> COLUMNS = columnNames();

  private QuestionnaireCsv() {}

  private static List<String> columnNames() {
    List<String> names = new ArrayList<>();
    names.add(RESPONDENT);
    for (Question question : Questionnaire.STANDARD.questions()) {
      if (question.format() == QuestionFormat.YES_NO) {
        names.add(question.key());
      } else {
        question.keys().forEach(key -> names.add(question.key() + "." + key));
      }
    }
    return List.copyOf(names);
  }

  /**
   * {@return every column, in the order {@link #write} writes them: {@value #RESPONDENT} first,
   * then the items of every question of the standard questionnaire, in question order} The list is
   * unmodifiable.
   */
  public static List<String> columns() {
    return COLUMNS;
  }

  /**
   * Reads the answers of every respondent in a UTF-8 CSV file, in the file's order.
   *
   * @param file the file, not null
   * @return one complete set of answers per row, at least one, each with its respondent's name
   * @throws InputException if the file cannot be opened or read, or breaks the format: the first
   *     problem, naming the file, line, column, column name and value
   */
  public static List<QuestionnaireAnswers> read(Path file) {
    return read(InputFiles.open(file), file.toString());
  }

  /**
   * Reads answers from a stream of UTF-8 CSV, closed afterwards, as {@link #read(Path)}.
   *
   * @param input the stream, not null
   * @param source what names the stream in errors
   * @return one complete set of answers per row, at least one
   * @throws InputException if the stream cannot be read or the text breaks the format: the first
   *     problem, naming {@code source}, line, column, column name and value
   */
  public static List<QuestionnaireAnswers> read(InputStream input, String source) {
    try (CsvRecords records = new CsvRecords(input, source)) {
      return new Reader(records).read();
    }
  }

  /**
   * Reads answers from CSV text, as {@link #read(Path)}.
   *
   * @param csv the text, not null
   * @param source what names the text in errors
   * @return one complete set of answers per row, at least one
   * @throws InputException if the text breaks the format: the first problem, naming
   *     {@code source}, line, column, column name and value
   */
  public static List<QuestionnaireAnswers> parse(String csv, String source) {
    return read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), source);
  }

  /**
   * Writes answers as CSV, one row each, with the header of {@link #columns()}, and flushes the
   * writer (which is not closed).
   *
   * @param answers complete answers, each with a respondent's name unique among them; not null
   * @param out where the CSV goes, not null
   * @throws java.io.UncheckedIOException if the writer fails
   * @throws InvalidValueException naming {@code answers[i].respondent} when a respondent has no name
   *     or shares it with an earlier one, since the file could then not be read back
   */
  public static void write(List<QuestionnaireAnswers> answers, Writer out) {
    Map<String, Integer> names = new HashMap<>();
    for (int i = 0; i < answers.size(); i++) {
      String field = "answers[" + i + "].respondent";
      String name = answers.get(i).respondent().orElseThrow(() -> new InvalidValueException(
          field, "absent", "be given to write answers as CSV"));
      Integer first = names.putIfAbsent(name, i);
      if (first != null) {
        throw new InvalidValueException("answers[" + i + "].respondent", Checks.quote(name),
            "be unique, but answers[" + first + "] has it too");
      }
    }
    CsvTable table = CsvTable.start(out, COLUMNS);
    for (QuestionnaireAnswers respondent : answers) {
      CsvTable.Row row = table.row().text(respondent.respondent().orElseThrow());
      for (Question question : Questionnaire.STANDARD.questions()) {
        cells(row, respondent, question);
      }
      row.end();
    }
    table.flush();
  }

  /** Adds the cells of one question's answer to a row: one per item, or one for a yes-no answer. */
  private static CsvTable.Row cells(CsvTable.Row row, QuestionnaireAnswers respondent, Question question) {
    int n = question.number();
    return switch (question.format()) {
      case LIKERT, HALF_SCALE -> numbers(row, question, key -> respondent.rating(n, key));
      case RANK -> numbers(row, question, key -> respondent.ranking(n).indexOf(key) + 1L);
      case TICK_BOX -> numbers(row, question, key -> respondent.ticked(n).contains(key) ? 1L : 0L);
      case YES_NO -> row.text(respondent.yesNo(n).jsonName());
    };
  }

  private static CsvTable.Row numbers(CsvTable.Row row, Question question, ToLongFunction<String> cell) {
    for (String key : question.keys()) {
      row.number(cell.applyAsLong(key));
    }
    return row;
  }

  /**
   * {@return the answers as CSV text, as {@link #write} writes them}
   *
   * @param answers complete answers, each with a unique respondent's name; not null
   * @throws InvalidValueException when a respondent has no name or a repeated one
   */
  public static String toCsv(List<QuestionnaireAnswers> answers) {
    StringWriter out = new StringWriter();
    write(answers, out);
    return out.toString();
  }

  /** One pass over a file: the header, then one respondent per row. Not thread-safe. */
  private static final class Reader {
    private final CsvRecords records;
    private int[] columnOf;
    private final Map<String, Integer> respondents = new HashMap<>();

    Reader(CsvRecords records) {
      this.records = records;
    }

    List<QuestionnaireAnswers> read() {
      CsvRecords.Record head = records.next(COLUMNS.size() + 1);
      if (head == null) {
        throw new InputException(records.source(), 0, 0, "", "the file is empty: expected a header line with the"
            + " columns respondent, q1.efficiency, ... (" + COLUMNS.size() + " in all), got nothing", null);
      }
      header(head);
      List<QuestionnaireAnswers> answers = new ArrayList<>();
      for (CsvRecords.Record row = records.next(COLUMNS.size() + 1); row != null;
          row = records.next(COLUMNS.size() + 1)) {
        if (answers.size() == MAX_RESPONDENTS) {
          throw error(row.line, "", "more than " + MAX_RESPONDENTS + " respondents: split the team, got a row "
              + (MAX_RESPONDENTS + 1) + " on this line");
        }
        answers.add(row(row));
      }
      if (answers.isEmpty()) {
        throw new InputException(records.source(), head.line, 0, "",
            "the file has a header but no respondents: at least one row is required after it", null);
      }
      return Collections.unmodifiableList(answers);
    }

    private void header(CsvRecords.Record head) {
      columnOf = new int[COLUMNS.size()];
      Arrays.fill(columnOf, -1);
      Map<String, Integer> index = new LinkedHashMap<>();
      for (int i = 0; i < COLUMNS.size(); i++) {
        index.put(COLUMNS.get(i), i);
      }
      for (int cell = 0; cell < Math.min(head.size, head.cells.size()); cell++) {
        String name = head.cells.get(cell);
        Integer column = index.get(name);
        if (column == null) {
          throw error(head.line, name, (name.isEmpty() ? "cell " + (cell + 1) + " of the header" : name)
              + " is not a known column (respondent, then q1.efficiency to q24.noSharing as docs/questionnaire.md"
              + " lists them; names are exact, case included), got " + Checks.quote(name));
        }
        if (columnOf[column] >= 0) {
          throw error(head.line, name, name + " appears twice in the header, as cells " + (columnOf[column] + 1)
              + " and " + (cell + 1) + ", got " + Checks.quote(name));
        }
        columnOf[column] = cell;
      }
      for (int i = 0; i < COLUMNS.size(); i++) {
        if (columnOf[i] < 0) {
          throw error(head.line, COLUMNS.get(i), COLUMNS.get(i) + " is a required column, but the header has none");
        }
      }
    }

    private QuestionnaireAnswers row(CsvRecords.Record row) {
      if (row.isBlankLine()) {
        throw error(row.line, "", "a blank line: every line after the header is a respondent, so remove it");
      }
      if (row.size != COLUMNS.size()) {
        throw error(row.line, "", "the row has " + row.size + " cells, but the header has " + COLUMNS.size()
            + " columns");
      }
      QuestionnaireAnswers.Builder builder = new QuestionnaireAnswers.Builder();
      String name = CsvText.restore(cell(row, RESPONDENT));
      try {
        builder.respondent(name);
      } catch (InvalidValueException e) {
        throw error(row.line, RESPONDENT, RESPONDENT + " must not be blank, got " + Checks.quote(name));
      }
      Integer first = respondents.putIfAbsent(name, row.line);
      if (first != null) {
        throw error(row.line, RESPONDENT, RESPONDENT + " must be unique, but line " + first + " has it too, got "
            + Checks.quote(name));
      }
      for (Question question : Questionnaire.STANDARD.questions()) {
        answer(row, builder, question);
      }
      return builder.build();
    }

    private QuestionnaireAnswers.Builder answer(CsvRecords.Record row, QuestionnaireAnswers.Builder builder,
        Question question) {
      return switch (question.format()) {
        case LIKERT, HALF_SCALE -> ratings(row, builder, question);
        case RANK -> ranking(row, builder, question);
        case TICK_BOX -> ticks(row, builder, question);
        case YES_NO -> yesNo(row, builder, question);
      };
    }

    private QuestionnaireAnswers.Builder ratings(CsvRecords.Record row, QuestionnaireAnswers.Builder builder,
        Question question) {
      for (QuestionItem item : question.items()) {
        String column = question.key() + "." + item.key();
        builder.rating(question.number(), item.key(), whole(row, column, 0, QuestionnaireAnswers.MAX_RATING,
            "a whole number from 0 to " + QuestionnaireAnswers.MAX_RATING));
      }
      return builder;
    }

    private QuestionnaireAnswers.Builder ranking(CsvRecords.Record row, QuestionnaireAnswers.Builder builder,
        Question question) {
      String[] order = new String[question.items().size()];
      for (QuestionItem item : question.items()) {
        String column = question.key() + "." + item.key();
        int rank = whole(row, column, 1, order.length, "a rank from 1 (first) to " + order.length);
        if (order[rank - 1] != null) {
          throw error(row.line, column, column + " must be a rank not given to another item of " + question.key()
              + ", but " + question.key() + "." + order[rank - 1] + " is ranked " + rank + " too, got " + rank);
        }
        order[rank - 1] = item.key();
      }
      return builder.ranking(question.number(), List.of(order));
    }

    private QuestionnaireAnswers.Builder ticks(CsvRecords.Record row, QuestionnaireAnswers.Builder builder,
        Question question) {
      List<String> ticked = new ArrayList<>();
      for (QuestionItem item : question.items()) {
        if (whole(row, question.key() + "." + item.key(), 0, 1, "1 (ticked) or 0 (not ticked)") == 1) {
          ticked.add(item.key());
        }
      }
      return builder.ticks(question.number(), ticked);
    }

    private QuestionnaireAnswers.Builder yesNo(CsvRecords.Record row, QuestionnaireAnswers.Builder builder,
        Question question) {
      String text = cell(row, question.key());
      try {
        return builder.yesNo(question.number(), QuestionnaireAnswers.YesNo.parse(text));
      } catch (InvalidValueException e) {
        throw error(row.line, question.key(), question.key() + " must be yes, no or unsure, got "
            + Checks.quote(text));
      }
    }

    private int whole(CsvRecords.Record row, String column, int lowest, int highest, String what) {
      String text = cell(row, column).strip();
      if (text.matches("[0-9]{1,2}")) {
        int value = Integer.parseInt(text);
        if (value >= lowest && value <= highest) {
          return value;
        }
      }
      throw error(row.line, column, column + " must be " + what + ", got " + Checks.quote(cell(row, column)));
    }

    private String cell(CsvRecords.Record row, String column) {
      return row.cells.get(columnOf[COLUMNS.indexOf(column)]);
    }

    private InputException error(int line, String column, String detail) {
      return new InputException(records.source(), line, 0, column, detail, null);
    }
  }
}
