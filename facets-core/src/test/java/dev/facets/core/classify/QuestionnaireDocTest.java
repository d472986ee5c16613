package dev.facets.core.classify;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
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
}
