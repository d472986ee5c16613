package dev.facets.core.compare;

import dev.facets.api.Initiative;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The fields of an initiative that a comparison looks at, by their file names and in the file's
 * order. Values are compared as the API holds them: a facet mix after normalisation (so weights
 * {@code 2, 2} and {@code 1, 1} are the same mix), a budget to the last bit, tags in order,
 * attributes as a map (their order is not compared).
 */
enum InitiativeFields {
  NAME("name", Initiative::name),
  BUDGET("budget", Initiative::budget),
  POSITION("position", Initiative::position),
  FACETS("facets", Initiative::facets),
  PURPOSE("purpose", Initiative::purpose),
  DRIVER("driver", Initiative::driver),
  STAGE("stage", Initiative::stage),
  PRIORITY("priority", Initiative::priority),
  SUCCESS_PROBABILITY("successProbability", Initiative::successProbability),
  IMPACT("impact", Initiative::givenImpact),
  TAGS("tags", Initiative::tags),
  /** Compared as a map: the same keys and values in another order are no change. */
  ATTRIBUTES("attributes", Initiative::attributes);

  private final String fileName;
  private final Function<Initiative, Object> value;

  InitiativeFields(String fileName, Function<Initiative, Object> value) {
    this.fileName = fileName;
    this.value = value;
  }

  /** The names of the fields in which two snapshots of one initiative differ, in the file's order. */
  static List<String> changed(Initiative old, Initiative changed) {
    List<String> fields = new ArrayList<>();
    for (InitiativeFields field : values()) {
      if (!Objects.equals(field.value.apply(old), field.value.apply(changed))) {
        fields.add(field.fileName);
      }
    }
    return fields;
  }
}
