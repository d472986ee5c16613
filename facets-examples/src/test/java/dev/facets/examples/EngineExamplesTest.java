package dev.facets.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.facets.core.questionnaire.HandScoredQuestionnaires;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * One example per engine, each checked against values computed here by hand (in the comments) or by
 * enumeration, not against the engine's own output: a printed number must equal the independent one
 * to the 4 decimals printed.
 */
class EngineExamplesTest {
  private static final double PRINTED = 0.5e-4;

  /** The example's printed lines "label: rest", by label. */
  private static Map<String, String> lines(Consumer<PrintStream> example) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      example.accept(out);
    }
    Map<String, String> lines = new LinkedHashMap<>();
    for (String line : bytes.toString(StandardCharsets.UTF_8).split("\\R")) {
      int colon = line.indexOf(": ");
      if (colon > 0) {
        lines.put(line.substring(0, colon), line.substring(colon + 2));
      }
    }
    return lines;
  }

  private static void assertPrinted(double expected, String printed, String what) {
    assertEquals(expected, Double.parseDouble(printed), PRINTED, what + " printed " + printed);
  }

  private static void assertMix(double[] expected, String printed, String what) {
    String[] shares = printed.split("/");
    assertEquals(4, shares.length, what + ": " + printed);
    for (int f = 0; f < 4; f++) {
      assertPrinted(expected[f], shares[f], what + " facet " + f);
    }
  }

  @Test
  void classify() {
    Map<String, String> lines = lines(ClassifyExample::run);
    // Explicit weights 7:3 normalise to 0.7/0.3; the larger is enhancement.
    String weighted = lines.get("weighted");
    assertMix(new double[] {0.7, 0.3, 0, 0}, weighted.substring(4, weighted.indexOf(',')), "weighted");
    assertTrue(weighted.contains("dominant enhancement"), weighted);
    // The tool's table: purpose mission pushed by efficiency (which points at enhancement), two
    // neighbouring facets: half on each.
    String mapped = lines.get("mapped");
    assertMix(new double[] {0.5, 0.5, 0, 0}, mapped.substring(4, mapped.indexOf(',')), "mapped");
  }

  @Test
  void score() {
    Map<String, String> lines = lines(ScoreExample::run);
    assertEquals("two bets", lines.get("portfolio"));
    // 300,000 of 400,000 on enhancement, 100,000 on mission.
    assertMix(new double[] {0.75, 0.25, 0, 0}, lines.get("shares"), "shares");
    // H = -(0.75 ln 0.75 + 0.25 ln 0.25) = 0.215762 + 0.346574 = 0.562335 nats.
    assertPrinted(0.562335, lines.get("shannon entropy"), "entropy");
    // TV to (0.5, 0.5, 0, 0) = (|0.75 - 0.5| + |0.25 - 0.5|) / 2 = 0.25.
    assertPrinted(0.25, lines.get("total variation to target"), "total variation");
  }

  @Test
  void hedge() {
    Map<String, String> lines = lines(HedgeExample::run);
    // Shares (0.75, 0.25, 0, 0). Boom pays (2, 1, 0, 0): 1.5 + 0.25 = 1.75; bust pays (0, 1, 2, 0):
    // 0.25. Expected (1.75 + 0.25) / 2 = 1; worst 0.25; regret per future is the best facet's payoff
    // (2 in both) minus the value: 0.25 and 1.75.
    assertPrinted(1.0, lines.get("expected value"), "expected value");
    assertPrinted(0.25, lines.get("worst case"), "worst case");
    assertPrinted(1.75, lines.get("max regret"), "max regret");
  }

  @Test
  void optimize() {
    Map<String, String> lines = lines(OptimizeExample::run);
    // Boom pays 2e + m, bust m + 2a; their minimum is at most their mean e + m + a <= 1, and all on
    // mission reaches 1: the maximin value (the worst case) is 1. Regret is 2 minus the value in
    // both futures, so the least maximum regret is 2 - 1 = 1.
    for (String objective : List.of("maximin", "minimax-regret")) {
      String line = lines.get(objective);
      assertTrue(line != null && line.startsWith("optimal, value "), lines.toString());
      assertPrinted(1, line.substring("optimal, value ".length(), line.indexOf(", allocation")), objective);
      // The optimum is not unique; whichever allocation is printed must reach 1 in both futures.
      String[] w = line.substring(line.indexOf("allocation ") + "allocation ".length()).split("/");
      double e = Double.parseDouble(w[0]);
      double m = Double.parseDouble(w[1]);
      double a = Double.parseDouble(w[2]);
      assertTrue(Math.min(2 * e + m, m + 2 * a) >= 1 - 1e-3, line);
    }
  }

  @Test
  void select() {
    Map<String, String> lines = lines(SelectExample::run);
    // Values p * (low + mode + high) / 3: a 0.5 * 2 = 1, b 0.9 * 1 = 0.9, c 0.6 * 3 = 1.8; costs
    // 40, 30, 50. Every subset within 80, enumerated: {a} 1, {b} 0.9, {c} 1.8, {a, b} 1.9 (70),
    // {b, c} 2.7 (80); {a, c} (90) and {a, b, c} (120) are over. Best: {b, c}, value 2.7, cost 80.
    double[] cost = {40, 30, 50};
    double[] value = {1, 0.9, 1.8};
    double best = -1;
    int bestMask = 0;
    for (int mask = 1; mask < 8; mask++) {
      double c = 0;
      double v = 0;
      for (int i = 0; i < 3; i++) {
        if ((mask & 1 << i) != 0) {
          c += cost[i];
          v += value[i];
        }
      }
      if (c <= SelectExample.BUDGET_LIMIT && v > best) {
        best = v;
        bestMask = mask;
      }
    }
    assertEquals(6, bestMask);
    assertEquals("optimal", lines.get("status"));
    assertEquals("b, c", lines.get("funded"));
    assertPrinted(80, lines.get("cost"), "cost");
    assertPrinted(best, lines.get("value"), "value");
  }

  @Test
  void simulate() {
    Map<String, String> lines = lines(SimulateExample::run);
    // E[total] = 0.5 * (1 + 2 + 3) / 3 + 0.8 * (0 + 1 + 2) / 3 = 1 + 0.8 = 1.8; P(no success) =
    // 0.5 * 0.2 = 0.1. Sampled: within 5 standard errors (SE of a proportion: sqrt(0.1 * 0.9 / N)).
    double standardError = Double.parseDouble(lines.get("standard error"));
    assertTrue(standardError > 0 && standardError < 0.01, "standard error " + standardError);
    assertEquals(1.8, Double.parseDouble(lines.get("mean total")), 5 * standardError + PRINTED);
    double proportionError = Math.sqrt(0.1 * 0.9 / SimulateExample.TRIALS);
    assertEquals(0.1, Double.parseDouble(lines.get("probability of no success")), 5 * proportionError + PRINTED);
  }

  @Test
  void pet() {
    Map<String, String> lines = lines(out -> PetExample.run(HandScoredQuestionnaires.steadyMinistry(), out));
    // Scored by hand in HandScoredQuestionnaires (compatible mode): E 61.5, M 30, A 11.5, N 2 points
    // of 64 each: 96.09 -> 96, 46.88 -> 47, 17.97 -> 18, 3.13 -> 3; capability 16 + 10 = 26, low.
    assertEquals("96 %", lines.get("enhancement"));
    assertEquals("47 %", lines.get("mission"));
    assertEquals("18 %", lines.get("adaptive"));
    assertEquals("3 %", lines.get("anticipatory"));
    assertEquals("26 (low)", lines.get("capability"));
  }

  @Test
  void petOnTheBundledAnswers() {
    // main reads the bundled file: it must be there and score without error.
    PetExample.main(new String[0]);
  }
}
