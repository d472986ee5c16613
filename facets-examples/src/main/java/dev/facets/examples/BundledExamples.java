package dev.facets.examples;

import dev.facets.api.Portfolio;
import dev.facets.api.ScenarioSet;
import dev.facets.core.io.FacetsJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The example data bundled in the jar under {@code /examples/} (illustrative, not official data), for
 * the examples and for exploring in jshell.
 */
public final class BundledExamples {
  private BundledExamples() {}

  /**
   * A bundled portfolio by name: {@code federal-portfolio} or {@code regional-labs}.
   *
   * @throws IllegalArgumentException if there is no such example
   */
  public static Portfolio portfolio(String name) {
    return FacetsJson.readPortfolio(text(name), "bundled examples/" + name + ".json");
  }

  /** The bundled scenario set {@code futures}: steady state, fiscal squeeze, technology shock, public-health crisis. */
  public static ScenarioSet futures() {
    return FacetsJson.readScenarios(text("futures"), "bundled examples/futures.json");
  }

  /** The text of a bundled JSON example, for callers that parse it themselves (a service receiving it). */
  public static String text(String name) {
    try (InputStream in = BundledExamples.class.getResourceAsStream("/examples/" + name + ".json")) {
      if (in == null) {
        throw new IllegalArgumentException("example must be a bundled example such as federal-portfolio, got '" + name + "'");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
