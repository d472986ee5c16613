package dev.facets.core.classify;

import dev.facets.api.Facet;
import dev.facets.api.Initiative;
import dev.facets.api.Zone;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The Portfolio Exploration Tool's project map: every project in one of the nine zones, sorted by
 * priority within its zone, as {@link ProjectMapping#map(List)} makes it.
 *
 * <p>Within a zone, high priority comes first, then medium, then low; projects of equal priority keep
 * the order they were given in, so the map is deterministic. This class is immutable and
 * thread-safe.
 */
public final class ProjectMap {
  private final Map<Zone, List<Initiative>> byZone;

  ProjectMap(List<Placed> placed) {
    Map<Zone, List<Initiative>> zones = new EnumMap<>(Zone.class);
    for (Zone zone : Zone.values()) {
      List<Initiative> inZone = new ArrayList<>();
      for (Placed project : placed) {
        if (project.zone() == zone) {
          inZone.add(project.initiative());
        }
      }
      // List.sort is stable, so equal priorities keep the given order; Priority declares high first.
      inZone.sort(Comparator.comparing(Initiative::priority));
      zones.put(zone, List.copyOf(inZone));
    }
    this.byZone = Collections.unmodifiableMap(zones);
  }

  /**
   * {@return the projects in a zone, high priority first; empty if none}
   *
   * @param zone any of the nine zones
   */
  public List<Initiative> projects(Zone zone) {
    return byZone.get(zone);
  }

  /**
   * {@return the number of projects in a zone, {@code >= 0}}
   *
   * @param zone any of the nine zones
   */
  public int count(Zone zone) {
    return byZone.get(zone).size();
  }

  /** The tool's lightness of the facet zone with the fewest projects: the lightest shade. */
  public static final int LIGHTEST = 90;

  /** The tool's lightness of the facet zone with the most projects: the darkest shade. */
  public static final int DARKEST = 35;

  /**
   * {@return the lightness, in percent, with which the tool shades a facet's zone by how many projects it
   * holds, from {@value #DARKEST} to {@value #LIGHTEST}}
   *
   * <p>A straight line from {@value #LIGHTEST} for the fewest among the four facet zones to
   * {@value #DARKEST} for the most, rounded half up (the hue 288° and saturation 75 % are fixed). The
   * tool divides by zero when the four counts are equal; here they are then all the lightest.
   *
   * @param facet the facet whose pure zone is shaded
   */
  public int lightness(Facet facet) {
    int fewest = Integer.MAX_VALUE;
    int most = 0;
    for (Facet each : Facet.ordered()) {
      fewest = Math.min(fewest, count(Zone.of(each)));
      most = Math.max(most, count(Zone.of(each)));
    }
    if (most == fewest) {
      return LIGHTEST;
    }
    return (int) Math.round((DARKEST - LIGHTEST) * (double) (count(Zone.of(facet)) - fewest) / (most - fewest) + LIGHTEST);
  }

  /** {@return the number of projects on the map} */
  public int size() {
    int size = 0;
    for (List<Initiative> projects : byZone.values()) {
      size += projects.size();
    }
    return size;
  }

  /** {@return every zone, in zone order, with its projects (an empty list where there are none)} */
  public Map<Zone, List<Initiative>> byZone() {
    return byZone;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ProjectMap && byZone.equals(((ProjectMap) other).byZone);
  }

  @Override
  public int hashCode() {
    return byZone.hashCode();
  }

  /** {@return the ids in each non-empty zone, for example {@code ProjectMap{enhancement=[m-1, m-4]}}} */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("ProjectMap{");
    String separator = "";
    for (Map.Entry<Zone, List<Initiative>> entry : byZone.entrySet()) {
      if (!entry.getValue().isEmpty()) {
        List<String> ids = new ArrayList<>();
        entry.getValue().forEach(initiative -> ids.add(initiative.id()));
        text.append(separator).append(entry.getKey().jsonName()).append('=').append(ids);
        separator = ", ";
      }
    }
    return text.append('}').toString();
  }

  /** One project and its zone, before sorting. */
  record Placed(Initiative initiative, Zone zone) {}
}
