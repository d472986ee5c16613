package dev.facets.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.facets.core.io.JsonLimits;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The printing of the command's JSON results, built as trees of {@code ObjectNode}s, and the object
 * mapper for reading such trees back.
 *
 * <p>It lives with the command, not in the library: the library only streams JSON (jackson-core),
 * so only the command depends on Jackson's tree model. It writes through {@link JsonLimits#factory()}
 * so that output is escaped exactly as the library's writers escape it.
 *
 * <p>{@link #print} walks the tree onto a {@link JsonGenerator} itself instead of asking an
 * {@link ObjectMapper}: the mapper's serializer machinery is some 300 classes, loaded and
 * initialised on every run, a sizeable part of a short command's start-up. The bytes are the
 * mapper's with {@code INDENT_OUTPUT} (a test compares the two on every kind of node); the mapper is
 * built only when something asks for it ({@link #mapper()}: {@code facets batch}, the tests).
 */
final class JsonTrees {
  private JsonTrees() {}

  /** The mapper for reading, and for writing as the printer does; immutable, thread-safe. */
  static ObjectMapper mapper() {
    return Holder.MAPPER;
  }

  /** Built on first use only (the holder idiom), so a command that only prints never builds it. */
  private static final class Holder {
    static final ObjectMapper MAPPER = JsonMapper.builder(JsonLimits.factory())
        .enable(SerializationFeature.INDENT_OUTPUT)
        .build();
  }

  /** The tree as indented JSON, exactly as {@code mapper().writeValueAsString(json)} prints it. */
  static String print(JsonNode json) {
    StringWriter text = new StringWriter();
    try (JsonGenerator generator = JsonLimits.factory().createGenerator(text)) {
      generator.setPrettyPrinter(new DefaultPrettyPrinter());
      write(json, generator);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  private static void write(JsonNode node, JsonGenerator out) throws IOException {
    switch (node.getNodeType()) {
      case OBJECT -> {
        out.writeStartObject();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
          out.writeFieldName(field.getKey());
          write(field.getValue(), out);
        }
        out.writeEndObject();
      }
      case ARRAY -> {
        out.writeStartArray();
        for (JsonNode element : node) {
          write(element, out);
        }
        out.writeEndArray();
      }
      case STRING -> out.writeString(node.textValue());
      case BOOLEAN -> out.writeBoolean(node.booleanValue());
      case NULL, MISSING -> out.writeNull();
      case NUMBER -> number(node, out);
      case BINARY, POJO -> throw new IllegalArgumentException("not a JSON result: a " + node.getNodeType() + " node");
    }
  }

  /** A number exactly as its node writes itself: doubles by {@code Double.toString}'s digits. */
  private static void number(JsonNode node, JsonGenerator out) throws IOException {
    switch (node.numberType()) {
      case INT -> out.writeNumber(node.intValue());
      case LONG -> out.writeNumber(node.longValue());
      case BIG_INTEGER -> out.writeNumber(node.bigIntegerValue());
      case FLOAT -> out.writeNumber(node.floatValue());
      case DOUBLE -> out.writeNumber(node.doubleValue());
      case BIG_DECIMAL -> out.writeNumber(node.decimalValue());
    }
  }
}
