package dev.facets.report.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.facets.api.AxisPosition;
import dev.facets.api.Generators;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The map's spread of shared points: deterministic, independent of the input order, every point
 * distinct, each within the spread's radius of its true point, and a point nobody shares unmoved.
 * Positions come from the generators, which favour the axes' ends, zero and halves, so most lists
 * hold points that several initiatives share.
 */
class MapSpreadProperties {
  private static List<String> keys(int size) {
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      keys.add("i-" + i);
    }
    return keys;
  }

  private static List<Point2D.Double> points(List<AxisPosition> positions) {
    List<Point2D.Double> points = new ArrayList<>();
    positions.forEach(at -> points.add(new Point2D.Double(at.uncertainty(), at.directedness())));
    return points;
  }

  @Test
  void everyPointIsDistinctAndNearItsTruePoint() {
    qt().withFixedSeed(20261202L).forAll(lists().of(Generators.positions()).ofSizeBetween(1, 80)).checkAssert(positions -> {
      List<Point2D.Double> truth = points(positions);
      List<Point2D.Double> spread = MapSpread.of(keys(truth.size()), truth);
      assertEquals(truth.size(), spread.size());
      assertEquals(truth.size(), new HashSet<>(spread).size(), "distinct: " + spread);
      for (int i = 0; i < truth.size(); i++) {
        double distance = truth.get(i).distance(spread.get(i));
        assertTrue(distance <= MapSpread.MAX_RADIUS + 1e-12, i + " moved " + distance);
        int sharing = Collections.frequency(truth, truth.get(i));
        if (sharing == 1) {
          assertEquals(truth.get(i), spread.get(i), "a point nobody shares stays");
        } else {
          assertTrue(distance > 0, "a shared point moves");
        }
      }
    });
  }

  @Test
  void theSameKeyedPointsGiveTheSamePictureInAnyOrder() {
    qt().withFixedSeed(20261203L).forAll(lists().of(Generators.positions()).ofSizeBetween(1, 80)).checkAssert(positions -> {
      List<Point2D.Double> truth = points(positions);
      List<String> keys = keys(truth.size());
      Map<String, Point2D.Double> once = byKey(keys, MapSpread.of(keys, truth));
      assertEquals(once, byKey(keys, MapSpread.of(keys, truth)), "deterministic");
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < truth.size(); i++) {
        order.add(i);
      }
      Collections.shuffle(order, new Random(truth.size()));
      List<String> shuffledKeys = new ArrayList<>();
      List<Point2D.Double> shuffledPoints = new ArrayList<>();
      for (int at : order) {
        shuffledKeys.add(keys.get(at));
        shuffledPoints.add(truth.get(at));
      }
      assertEquals(once, byKey(shuffledKeys, MapSpread.of(shuffledKeys, shuffledPoints)));
    });
  }

  private static Map<String, Point2D.Double> byKey(List<String> keys, List<Point2D.Double> points) {
    Map<String, Point2D.Double> map = new HashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      map.put(keys.get(i), points.get(i));
    }
    return map;
  }

  @Test
  void minusZeroAndZeroAreOnePlace() {
    List<Point2D.Double> spread = MapSpread.of(List.of("a", "b"),
        List.of(new Point2D.Double(-0.0, 0.0), new Point2D.Double(0.0, -0.0)));
    Set<Point2D.Double> distinct = new HashSet<>(spread);
    assertEquals(2, distinct.size(), spread.toString());
    // Two members: radii r * sqrt(1/4) and r * sqrt(3/4) with r = min(0.25, 0.1 * sqrt 2) = 0.1414...
    double r = 0.1 * Math.sqrt(2);
    assertEquals(r / 2, spread.get(0).distance(0, 0), 1e-12);
    assertEquals(r * Math.sqrt(0.75), spread.get(1).distance(0, 0), 1e-12);
  }
}
