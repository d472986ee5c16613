package dev.facets.report.charts;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Spreads points that share a place around it, so that initiatives placed on the same point of the
 * map (every initiative given the same purpose and driver lands on one pole or edge) are each seen.
 *
 * <p>How: the points are grouped by exact equality; a group of one stays where it is; a group of
 * {@code k > 1} is laid out on a sunflower (Vogel's spiral) around its point: the j-th member by key
 * (0-based) at radius {@code r * sqrt((j + 1/2) / k)} and angle {@code j} times the golden angle,
 * with {@code r = min(MAX_RADIUS, STEP * sqrt(k))}, so the members fill a disc evenly whatever their
 * number. The radii grow strictly with {@code j}, so no two members coincide; every member stays
 * within {@link #MAX_RADIUS} of its true point; and members are ordered by key, not by input order,
 * so the same keyed points give the same picture in any order. Stateless.
 */
final class MapSpread {
  /** The farthest a spread point moves from its true point, in axis units (the diamond spans 2). */
  static final double MAX_RADIUS = 0.25;
  /** The disc's radius per square root of members, so that members keep about this far apart. */
  static final double STEP = 0.1;
  private static final double GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

  private MapSpread() {}

  /**
   * The points, each spread from its true point if others share it, in the input order.
   *
   * @param keys one distinct key per point (an initiative's id), which orders a group's members
   * @param points the true points, as many as keys
   */
  static List<Point2D.Double> of(List<String> keys, List<Point2D.Double> points) {
    if (keys.size() != points.size()) {
      throw new IllegalArgumentException("keys and points must be as many, got " + keys.size() + " and " + points.size());
    }
    Map<Point2D.Double, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < points.size(); i++) {
      Point2D.Double at = Objects.requireNonNull(points.get(i), "points");
      // + 0.0 makes -0.0 and 0.0 one place, as they are on the map.
      groups.computeIfAbsent(new Point2D.Double(at.x + 0.0, at.y + 0.0), place -> new ArrayList<>()).add(i);
    }
    List<Point2D.Double> spread = new ArrayList<>(points.size());
    for (int i = 0; i < points.size(); i++) {
      spread.add(null);
    }
    for (Map.Entry<Point2D.Double, List<Integer>> group : groups.entrySet()) {
      List<Integer> members = group.getValue();
      members.sort(Comparator.comparing(keys::get));
      int k = members.size();
      Point2D.Double centre = group.getKey();
      if (k == 1) {
        spread.set(members.get(0), centre);
        continue;
      }
      double radius = Math.min(MAX_RADIUS, STEP * Math.sqrt(k));
      for (int j = 0; j < k; j++) {
        double r = radius * Math.sqrt((j + 0.5) / k);
        double angle = j * GOLDEN_ANGLE;
        spread.set(members.get(j), new Point2D.Double(centre.x + r * Math.cos(angle), centre.y + r * Math.sin(angle)));
      }
    }
    return spread;
  }
}
