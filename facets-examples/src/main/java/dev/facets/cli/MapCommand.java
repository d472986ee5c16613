package dev.facets.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.facets.api.Initiative;
import dev.facets.api.Portfolio;
import dev.facets.api.Zone;
import dev.facets.core.classify.ProjectMap;
import dev.facets.core.classify.ProjectMapping;
import dev.facets.core.io.CsvTable;
import dev.facets.report.charts.ChartFormat;
import dev.facets.report.charts.Charts;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code facets map PORTFOLIO}: module 2 of the Portfolio Exploration Tool, the project map. Each
 * initiative goes to its zone (by the file contract: explicit facets, else position, else purpose
 * and driver, so an initiative given by purpose and driver lands where the tool puts it), high
 * priority first within a zone; {@code --chart} draws it as the tool does and {@code --csv} exports
 * it, one row per initiative.
 */
@Command(name = "map", mixinStandardHelpOptions = true,
    description = {"The project map of the Portfolio Exploration Tool: each initiative in its zone, high priority first.",
        "--chart draws it (bubbles by priority, facet zones shaded by how many they hold); --csv exports it."})
final class MapCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin PortfolioFile portfolioFile;

  @Option(names = "--chart", paramLabel = "FILE.svg|FILE.png", description = "Also draw the map, as SVG or PNG by the extension.")
  Path chart;

  @Option(names = "--csv", paramLabel = "FILE.csv", description = "Also write the map as CSV, one row per initiative.")
  Path csv;

  @Mixin OutputOptions output;

  @Override
  public Integer call() {
    ChartFormat format = chart == null ? null : OptionValues.chartFormat(spec, "--chart", chart);
    Portfolio read = portfolioFile.read();
    ProjectMap map = ProjectMapping.mapByZone(read.initiatives());
    OutputFiles files = new OutputFiles(List.of(portfolioFile.file));
    if (chart != null) {
      files.add(chart, Charts.projectMap("Project map: " + read.name(), map).encode(format));
    }
    if (csv != null) {
      files.add(csv, csv(map));
    }
    files.commit();
    output.emit(spec.commandLine().getOut(), json(read, map), () -> text(read, map), List.of(portfolioFile.file));
    return FacetsCommand.OK;
  }

  private static ObjectNode json(Portfolio portfolio, ProjectMap map) {
    ObjectNode json = JsonOut.object();
    json.put("portfolio", portfolio.name());
    json.put("initiatives", map.size());
    ArrayNode zones = json.putArray("zones");
    for (Zone zone : Zone.values()) {
      ObjectNode node = zones.addObject();
      node.put("zone", zone.jsonName());
      node.put("count", map.count(zone));
      if (zone.isFacet()) {
        node.put("lightness", map.lightness(zone.facet().get()));
      } else {
        node.putNull("lightness");
      }
      ArrayNode projects = node.putArray("projects");
      for (Initiative initiative : map.projects(zone)) {
        ObjectNode project = projects.addObject();
        project.put("id", initiative.id());
        if (initiative.name().isPresent()) {
          project.put("name", initiative.name().get());
        } else {
          project.putNull("name");
        }
        project.put("priority", initiative.priority().jsonName());
        project.put("bubbleSize", initiative.priority().bubbleSize());
      }
    }
    return json;
  }

  private static String text(Portfolio portfolio, ProjectMap map) {
    StringBuilder text = new StringBuilder();
    String n = System.lineSeparator();
    text.append("Project map of ").append(portfolio.name()).append(": ").append(map.size())
        .append(map.size() == 1 ? " initiative" : " initiatives").append(n);
    for (Zone zone : Zone.values()) {
      List<Initiative> projects = map.projects(zone);
      text.append(String.format(Locale.ROOT, "%-15s %3d", zone.jsonName(), projects.size())).append(n);
      for (Initiative initiative : projects) {
        text.append("  ").append(String.format(Locale.ROOT, "%-7s", initiative.priority().jsonName()))
            .append(initiative.id()).append(initiative.name().map(name -> "  " + name).orElse("")).append(n);
      }
    }
    return text.toString();
  }

  /** The map as CSV: zone, id, name, priority and bubble size, zone by zone, high priority first. */
  static String csv(ProjectMap map) {
    StringWriter out = new StringWriter();
    CsvTable table = CsvTable.start(out, new ArrayList<>(List.of("zone", "id", "name", "priority", "bubbleSize")));
    for (Zone zone : Zone.values()) {
      for (Initiative initiative : map.projects(zone)) {
        table.row().text(zone.jsonName()).text(initiative.id()).text(initiative.name().orElse(""))
            .text(initiative.priority().jsonName()).number((long) initiative.priority().bubbleSize())
            .end();
      }
    }
    return out.toString();
  }
}
