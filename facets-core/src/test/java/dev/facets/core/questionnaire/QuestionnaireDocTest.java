package dev.facets.core.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code docs/questionnaire.md} lists every question and item key, so files can be written from it. */
class QuestionnaireDocTest {
  @Test
  void theDocumentationListsEveryKey() throws Exception {
    String doc = Files.readString(Path.of("..", "docs", "questionnaire.md"));
    for (Question question : Questionnaire.STANDARD.questions()) {
      int at = doc.indexOf("**" + question.key() + "** " + question.topic());
      assertTrue(at >= 0, question.toString());
      int end = question.number() == Questionnaire.QUESTIONS ? doc.length()
          : doc.indexOf("**q" + (question.number() + 1) + "**", at);
      String block = doc.substring(at, end);
      if (question.format() != QuestionFormat.YES_NO) {
        for (QuestionItem item : question.items()) {
          assertTrue(block.contains("| `" + item.key() + "` | " + item.wording() + " |"), question + " " + item);
        }
      }
    }
  }

  /**
   * The table from the tool's items to the answers-file keys names every one of our keys exactly once,
   * and a reverse item of the tool only in one of our reverse keys, so a transcription keeps every
   * mode's score.
   */
  @Test
  void theToolTableFillsEveryKeyOnce() throws Exception {
    String doc = Files.readString(Path.of("..", "docs", "questionnaire.md"));
    int start = doc.indexOf("| tool item | the tool's facet | our key |");
    assertTrue(start >= 0, "the table is in the documentation");
    int end = doc.indexOf("\n\n", start);
    Map<String, Integer> seen = new HashMap<>();
    Pattern key = Pattern.compile("`(q\\d+)(?:\\.(\\w+))?`(?::((?: `\\w+`,?)+))?");
    for (String row : doc.substring(start, end).split("\n")) {
      if (!row.startsWith("| Q")) {
        continue;
      }
      String[] cells = row.split("\\|");
      Matcher matcher = key.matcher(cells[3]);
      assertTrue(matcher.find(), row);
      List<String> keys = new ArrayList<>();
      if (matcher.group(2) != null) {
        keys.add(matcher.group(1) + "." + matcher.group(2));
      } else if (matcher.group(3) != null) {
        for (String item : matcher.group(3).replace("`", "").replace(",", " ").trim().split("\\s+")) {
          keys.add(matcher.group(1) + "." + item);
        }
      } else {
        keys.add(matcher.group(1) + ".yes");
      }
      for (String k : keys) {
        seen.merge(k, 1, Integer::sum);
        String[] parts = k.split("\\.");
        QuestionItem item = Questionnaire.STANDARD.question(Integer.parseInt(parts[0].substring(1))).item(parts[1], k);
        assertEquals(cells[2].contains("reverse"), item.reverse(), row);
      }
    }
    int items = 0;
    for (Question question : Questionnaire.STANDARD.questions()) {
      for (QuestionItem item : question.items()) {
        items++;
        assertEquals(1, seen.getOrDefault(question.key() + "." + item.key(), 0), question.key() + "." + item.key());
      }
    }
    assertEquals(items, seen.size());
  }
}
