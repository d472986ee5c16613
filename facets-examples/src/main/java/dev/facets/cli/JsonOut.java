package dev.facets.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.facets.api.Facet;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Building the contract's JSON output and its plain-text twin: facet objects in the one facet
 * order, {@code null} for undefined values (never a string or NaN), and a generic text rendering.
 */
final class JsonOut {
  private JsonOut() {}

  /** A new empty JSON object. */
  static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  /** An object with one number per facet, in facet order. */
  static ObjectNode facets(double[] values) {
    ObjectNode node = object();
    for (Facet facet : Facet.ordered()) {
      node.put(facet.jsonName(), values[facet.ordinal()]);
    }
    return node;
  }

  /** Puts a number, or {@code null} when it is undefined (empty or not finite). */
  static void putOptional(ObjectNode node, String key, OptionalDouble value) {
    if (value.isPresent() && Double.isFinite(value.getAsDouble())) {
      node.put(key, value.getAsDouble());
    } else {
      node.putNull(key);
    }
  }

  /**
   * A readable rendering of any result: one {@code key: value} line per field, nested objects
   * indented, for {@code --format text} where a command has nothing better to say.
   */
  static String text(JsonNode node) {
    StringBuilder text = new StringBuilder();
    render(node, "", text);
    return text.toString();
  }

  private static void render(JsonNode node, String indent, StringBuilder text) {
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      JsonNode value = field.getValue();
      text.append(indent).append(field.getKey()).append(':');
      if (value.isObject()) {
        text.append(System.lineSeparator());
        render(value, indent + "  ", text);
      } else if (value.isArray()) {
        text.append(System.lineSeparator());
        int index = 0;
        for (JsonNode element : value) {
          if (element.isObject()) {
            text.append(indent).append("  - [").append(index++).append(']').append(System.lineSeparator());
            render(element, indent + "    ", text);
          } else {
            text.append(indent).append("  - ").append(element.asText()).append(System.lineSeparator());
          }
        }
      } else {
        text.append(' ').append(value.isNull() ? "undefined" : value.asText()).append(System.lineSeparator());
      }
    }
  }
}
