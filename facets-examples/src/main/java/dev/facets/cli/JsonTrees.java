package dev.facets.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.facets.core.io.JsonLimits;

/**
 * The object mapper that prints the command's JSON results, built as trees of {@code ObjectNode}s.
 *
 * <p>It lives with the command, not in the library: the library only streams JSON (jackson-core),
 * so only the command depends on Jackson's tree model. It writes through {@link JsonLimits#factory()}
 * so that output is escaped exactly as the library's writers escape it. Immutable once built and
 * thread-safe; never reconfigure it, copy it instead ({@code mapper().copy()}).
 */
final class JsonTrees {
  private static final ObjectMapper MAPPER = JsonMapper.builder(JsonLimits.factory())
      .enable(SerializationFeature.INDENT_OUTPUT)
      .build();

  private JsonTrees() {}

  /** The mapper for writing (and, in tests, reading) the command's JSON. */
  static ObjectMapper mapper() {
    return MAPPER;
  }
}
