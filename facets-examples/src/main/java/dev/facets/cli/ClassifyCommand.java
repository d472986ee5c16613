package dev.facets.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.facets.api.AxisPosition;
import dev.facets.api.Classification;
import dev.facets.api.Driver;
import dev.facets.api.Purpose;
import dev.facets.core.classify.GeometricRule;
import dev.facets.core.classify.ProjectMapping;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code facets classify}: the facet mix, dominant facet and zone of one initiative, from a position
 * on the diamond (the geometric rule) or from a purpose and a driver (the Portfolio Exploration
 * Tool's zone table), as the file contract specifies.
 */
@Command(name = "classify", mixinStandardHelpOptions = true,
    description = "Classify one initiative by its position or by its purpose and driver.")
final class ClassifyCommand implements Callable<Integer> {
  /** The options of a position, by the fields {@code AxisPosition} names in its errors. */
  private static final Map<String, String> POSITION_OPTIONS =
      Map.of("uncertainty", "--uncertainty", "directedness", "--directedness");

  @Spec CommandSpec spec;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source;

  @Option(names = "--purity", paramLabel = "T",
      description = "Purity threshold in (0.25, 1] for the geometric rule (default: 2/3); the zone table has none.")
  Double purity;

  @Mixin OutputOptions output;

  /** Either a position or a purpose with a driver. */
  static final class Source {
    @ArgGroup(exclusive = false, multiplicity = "1")
    Position position;

    @ArgGroup(exclusive = false, multiplicity = "1")
    Mapping mapping;
  }

  /** A position on the diamond. */
  static final class Position {
    @Option(names = "--uncertainty", required = true, paramLabel = "U",
        description = "Uncertainty in [-1, 1]: -1 certainty (enhancement), +1 uncertainty (anticipatory).")
    double uncertainty;

    @Option(names = "--directedness", required = true, paramLabel = "D",
        description = "Directedness in [-1, 1]: -1 undirected (adaptive), +1 directed (mission).")
    double directedness;
  }

  /** The project mapping's two answers. */
  static final class Mapping {
    @Option(names = "--purpose", required = true, paramLabel = "P",
        description = "What it was created for: enhancement, mission, adaptive, anticipatory or all.")
    Purpose purpose;

    @Option(names = "--driver", required = true, paramLabel = "R",
        description = "What pushes it forward: leaders, efficiency, bottom-up or future.")
    Driver driver;
  }

  @Override
  public Integer call() {
    GeometricRule rule = purity == null ? GeometricRule.DEFAULT
        : OptionValues.check(spec, "--purity", () -> GeometricRule.DEFAULT.withPurity(purity));
    Classification classification = source.position != null
        ? rule.classify(OptionValues.check(spec, POSITION_OPTIONS, "--uncertainty",
            () -> AxisPosition.of(source.position.uncertainty, source.position.directedness)))
        : ProjectMapping.classify(source.mapping.purpose, source.mapping.driver);
    ObjectNode json = JsonOut.object();
    json.set("mix", JsonOut.facets(classification.mix().toArray()));
    json.put("dominant", classification.dominant().jsonName());
    json.put("zone", classification.zone().jsonName());
    output.emit(spec.commandLine().getOut(), json, () -> text(classification), List.of());
    return FacetsCommand.OK;
  }

  private static String text(Classification classification) {
    StringBuilder text = new StringBuilder();
    text.append("Zone: ").append(classification.zone().jsonName()).append(System.lineSeparator());
    text.append("Dominant facet: ").append(classification.dominant().jsonName()).append(System.lineSeparator());
    for (String line : classification.explanation()) {
      text.append(line).append(System.lineSeparator());
    }
    return text.toString();
  }
}
