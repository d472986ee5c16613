package dev.facets.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code facets classify}: the contract's JSON, both sources of a classification, and its errors. */
class ClassifyCommandTest {
  @Test
  void theContractExample() throws Exception {
    CommandRun run = CommandRun.of("classify", "--uncertainty", "-0.8", "--directedness", "0.2", "--format", "json");
    assertEquals(0, run.exitCode, run::toString);
    JsonNode expected = JsonTrees.mapper().readTree(
        "{\"mix\": {\"enhancement\": 0.8, \"mission\": 0.2, \"adaptive\": 0.0, \"anticipatory\": 0.0},"
            + " \"dominant\": \"enhancement\", \"zone\": \"enhancement\"}");
    assertEquals(expected, run.json());
    List<String> keys = new ArrayList<>();
    run.json().fieldNames().forEachRemaining(keys::add);
    assertEquals(List.of("mix", "dominant", "zone"), keys);
    List<String> facets = new ArrayList<>();
    run.json().get("mix").fieldNames().forEachRemaining(facets::add);
    assertEquals(List.of("enhancement", "mission", "adaptive", "anticipatory"), facets);
    // JSON is the default format.
    assertEquals(expected, CommandRun.of("classify", "--uncertainty", "-0.8", "--directedness", "0.2").json());
  }

  @Test
  void purposeAndDriverUseTheZoneTable() {
    JsonNode json = CommandRun.of("classify", "--purpose", "enhancement", "--driver", "future").json();
    assertEquals("mixed", json.get("zone").asText());
    assertEquals(0.5, json.get("mix").get("enhancement").asDouble());
    assertEquals(0.5, json.get("mix").get("anticipatory").asDouble());
    assertEquals("enhancement", json.get("dominant").asText());
    JsonNode optimising = CommandRun.of("classify", "--driver", "bottom-up", "--purpose", "enhancement").json();
    assertEquals("optimising", optimising.get("zone").asText());
  }

  @Test
  void theOriginTiesAndPurity() {
    JsonNode origin = CommandRun.of("classify", "--uncertainty", "0", "--directedness", "0").json();
    assertEquals("mixed", origin.get("zone").asText());
    assertEquals(0.25, origin.get("mix").get("adaptive").asDouble());
    assertEquals("enhancement", origin.get("dominant").asText());
    JsonNode tie = CommandRun.of("classify", "--uncertainty", "0.5", "--directedness", "0.5").json();
    assertEquals("mission", tie.get("dominant").asText());
    assertEquals("transformative", tie.get("zone").asText());
    JsonNode strict = CommandRun.of("classify", "--uncertainty", "-0.8", "--directedness", "0.2", "--purity", "0.9")
        .json();
    assertEquals("sustaining", strict.get("zone").asText());
  }

  @Test
  void textExplainsTheZone() {
    CommandRun run = CommandRun.of("classify", "--uncertainty", "-0.8", "--directedness", "0.2", "--format", "text");
    assertEquals(0, run.exitCode, run::toString);
    assertTrue(run.out.startsWith("Zone: enhancement" + System.lineSeparator() + "Dominant facet: enhancement"),
        run.out);
    assertTrue(run.out.contains("Enhancement holds 80%, at least the purity threshold of 66.7%"), run.out);
  }

  @Test
  void badValuesAndWrongUseAreUsageErrors() {
    CommandRun outside = CommandRun.of("classify", "--uncertainty", "1.5", "--directedness", "0");
    assertEquals(FacetsCommand.USAGE, outside.exitCode, outside::toString);
    assertTrue(outside.err.startsWith("facets: usage error: Invalid value for option '--uncertainty': uncertainty must "
        + "be in [-1.0, 1.0], got 1.5" + System.lineSeparator()), outside::toString);
    assertEquals("", outside.out);
    CommandRun directedness = CommandRun.of("classify", "--uncertainty", "0", "--directedness", "-2");
    assertTrue(directedness.err.startsWith("facets: usage error: Invalid value for option '--directedness': "
        + "directedness must be in [-1.0, 1.0], got -2.0"), directedness::toString);
    CommandRun purity = CommandRun.of("classify", "--uncertainty", "0.1", "--directedness", "0", "--purity", "0.2");
    assertEquals(FacetsCommand.USAGE, purity.exitCode, purity::toString);
    assertTrue(purity.err.startsWith("facets: usage error: Invalid value for option '--purity': purity must be in "
        + "(0.25, 1.0], got 0.2" + System.lineSeparator()), purity::toString);
    for (String[] args : List.of(
        new String[] {"classify", "--uncertainty", "0.1"},
        new String[] {"classify"},
        new String[] {"classify", "--uncertainty", "0.1", "--directedness", "0", "--purpose", "all", "--driver", "future"},
        new String[] {"classify", "--purpose", "all"},
        new String[] {"classify", "--purpose", "everything", "--driver", "future"},
        new String[] {"classify", "--uncertainty", "abc", "--directedness", "0"})) {
      CommandRun run = CommandRun.of(args);
      assertEquals(FacetsCommand.USAGE, run.exitCode, run::toString);
      assertTrue(run.err.startsWith("facets: usage error: "), run.err);
    }
    assertTrue(CommandRun.of("classify", "--purpose", "everything", "--driver", "future").err
        .contains("purpose must be one of enhancement, mission, adaptive, anticipatory, all, got 'everything'"));
  }
}
