package dev.facets.core.questionnaire;

import dev.facets.api.Checks;
import dev.facets.api.InvalidValueException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One question of the questionnaire: its number, section, topic, answer format and items.
 *
 * <p>Questions 1 to 16 measure facet orientation, each item counting towards one facet; questions
 * 17 to 24 measure portfolio-management capability. The topics and item wordings are the library's
 * own. This class is immutable and thread-safe.
 */
public final class Question {
  private final int number;
  private final String section;
  private final String topic;
  private final QuestionFormat format;
  private final List<QuestionItem> items;

  Question(int number, String section, String topic, QuestionFormat format, List<QuestionItem> items) {
    this.number = number;
    this.section = section;
    this.topic = topic;
    this.format = format;
    this.items = List.copyOf(items);
  }

  /** {@return the number, 1 to 24} */
  public int number() {
    return number;
  }

  /** {@return the key of this question in an answers file: {@code "q"} and the number ({@code "q7"})} */
  public String key() {
    return "q" + number;
  }

  /** {@return the section of the questionnaire ({@code "Purpose and strategy"})} */
  public String section() {
    return section;
  }

  /** {@return what the question asks, in the library's own words} */
  public String topic() {
    return topic;
  }

  /** {@return how the question is answered and scored} */
  public QuestionFormat format() {
    return format;
  }

  /** {@return whether this question measures facet orientation (1 to 16) rather than capability (17 to 24)} */
  public boolean facetOrientation() {
    return number <= Questionnaire.FACET_QUESTIONS;
  }

  /** {@return the items, in the order they are shown} */
  public List<QuestionItem> items() {
    return items;
  }

  /** {@return the item keys, in the order they are shown} */
  public List<String> keys() {
    List<String> keys = new ArrayList<>();
    items.forEach(item -> keys.add(item.key()));
    return keys;
  }

  /**
   * The item of a key.
   *
   * @throws InvalidValueException naming {@code field} if this question has no such item
   */
  QuestionItem item(String key, String field) {
    for (QuestionItem item : items) {
      if (item.key().equals(key)) {
        return item;
      }
    }
    throw new InvalidValueException(field, key == null ? "null" : Checks.quote(key),
        "be a known key of " + key() + ": one of " + String.join(", ", keys()));
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Question)) {
      return false;
    }
    Question that = (Question) other;
    return number == that.number && section.equals(that.section) && topic.equals(that.topic)
        && format == that.format && items.equals(that.items);
  }

  @Override
  public int hashCode() {
    return Objects.hash(number, section, topic, format, items);
  }

  /** For example {@code q3 (likert): How are projects managed?}. */
  @Override
  public String toString() {
    return key() + " (" + format.name().toLowerCase(java.util.Locale.ROOT) + "): " + topic;
  }
}
