package dev.facets.core.select;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.facets.api.Facet;
import dev.facets.api.InvalidValueException;
import dev.facets.api.Portfolio;
import dev.facets.api.TargetMix;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Every invalid input is rejected on build, naming the field and the value. */
class SelectionProblemTest {
  private static void assertRejected(String message, Consumer<SelectionProblem.Builder> change) {
    SelectionProblem.Builder builder = SelectorTest.threeCandidateProblem(3);
    InvalidValueException error = assertThrows(InvalidValueException.class, () -> {
      change.accept(builder);
      builder.build();
    });
    assertEquals(message, error.getMessage());
  }

  @Test
  void budgetLimitMustBeFiniteAndNotNegative() {
    assertRejected("budgetLimit must be finite and >= 0, got NaN", b -> b.budgetLimit(Double.NaN));
    assertRejected("budgetLimit must be finite and >= 0, got -1.0", b -> b.budgetLimit(-1));
    assertRejected("budgetLimit must be finite and >= 0, got Infinity", b -> b.budgetLimit(Double.POSITIVE_INFINITY));
  }

  @Test
  void requiredFieldsMustBeGiven() {
    InvalidValueException noLimit = assertThrows(InvalidValueException.class,
        () -> new SelectionProblem.Builder().portfolio(SelectorTest.threeCandidates()).target(TargetMix.of(1, 0, 0, 0)).build());
    assertEquals("budgetLimit must be given, got absent", noLimit.getMessage());
    InvalidValueException noPortfolio = assertThrows(InvalidValueException.class,
        () -> new SelectionProblem.Builder().budgetLimit(1).target(TargetMix.of(1, 0, 0, 0)).build());
    assertEquals("portfolio must be given, got absent", noPortfolio.getMessage());
    InvalidValueException noObjective = assertThrows(InvalidValueException.class,
        () -> new SelectionProblem.Builder().portfolio(SelectorTest.threeCandidates()).budgetLimit(1).build());
    assertEquals("target must be given, or scenarios: a selection needs at least one objective, got absent",
        noObjective.getMessage());
  }

  @Test
  void idsMustNameInitiatives() {
    String known = "be the id of an initiative of portfolio 'three'";
    assertRejected("prerequisites[0].dependent must " + known + ", got 'x'", b -> b.requires("x", "a"));
    assertRejected("prerequisites[1].required must " + known + ", got 'y'", b -> b.requires("a", "b").requires("a", "y"));
    assertRejected("exclusions[0].first must " + known + ", got 'x'", b -> b.excludes("x", "a"));
    assertRejected("exclusions[0].second must " + known + ", got 'y'", b -> b.excludes("a", "y"));
    assertRejected("forcedIn must " + known + ", got 'x'", b -> b.forceIn("x"));
    assertRejected("forcedOut must " + known + ", got 'x'", b -> b.forceOut("x"));
    assertRejected("costs must " + known + ", got 'x'", b -> b.cost("x", 1));
  }

  @Test
  void linksMustJoinTwoInitiatives() {
    InvalidValueException self = assertThrows(InvalidValueException.class,
        () -> SelectorTest.threeCandidateProblem(3).requires("a", "a"));
    assertEquals("required must differ from dependent (an initiative cannot require itself), got 'a'", self.getMessage());
    InvalidValueException excluded = assertThrows(InvalidValueException.class, () -> Exclusion.of("a", "a"));
    assertEquals("second must differ from first (an initiative cannot exclude itself), got 'a'", excluded.getMessage());
    InvalidValueException blank = assertThrows(InvalidValueException.class, () -> Prerequisite.of(" ", "a"));
    assertEquals("dependent must not be blank, got ' '", blank.getMessage());
  }

  @Test
  void costsMustBeFiniteAndNotNegative() {
    assertRejected("costs['a'] must be finite and >= 0, got NaN", b -> b.cost("a", Double.NaN));
    assertRejected("costs['b'] must be finite and >= 0, got -2.0", b -> b.cost("b", -2));
  }

  @Test
  void forcedDecisionsMustNotClash() {
    assertRejected("forcedOut must not also be in forcedIn, got 'a'", b -> b.forceIn("a").forceOut("a"));
  }

  @Test
  void timeLimitMustBePositive() {
    assertRejected("timeLimit must be > 0, got PT0S", b -> b.timeLimit(Duration.ZERO));
    assertRejected("timeLimit must be > 0, got PT-1S", b -> b.timeLimit(Duration.ofSeconds(-1)));
  }

  @Test
  void atMostSixtyFourCandidates() {
    List<dev.facets.api.Initiative> many = new ArrayList<>();
    for (int i = 0; i < 66; i++) {
      many.add(SelectorTest.pure("i-" + i, 1, Facet.MISSION));
    }
    Portfolio portfolio = new Portfolio.Builder().name("many").addAllInitiatives(many).build();
    SelectionProblem.Builder builder = new SelectionProblem.Builder().portfolio(portfolio).budgetLimit(10)
        .target(TargetMix.of(1, 1, 1, 1)).forceOut("i-0");
    InvalidValueException error = assertThrows(InvalidValueException.class, builder::build);
    assertEquals("portfolio.initiatives must number at most 64 (force some out, or split the portfolio), "
        + "got 65 initiatives not forced out", error.getMessage());
    builder.forceOut("i-1").build(); // 64 candidates are fine
  }

  @Test
  void costIsTheGivenCostElseTheBudget() {
    SelectionProblem problem = SelectorTest.threeCandidateProblem(3).cost("a", 0.5).build();
    assertEquals(0.5, problem.cost(problem.portfolio().initiative("a").orElseThrow()));
    assertEquals(1.0, problem.cost(problem.portfolio().initiative("b").orElseThrow()));
    assertEquals(Map.of("a", 0.5), problem.costs());
    assertEquals(SelectionProblem.DEFAULT_TIME_LIMIT, problem.timeLimit());
    assertEquals(DistanceMeasure.TOTAL_VARIATION, problem.distance());
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(SelectorTest.threeCandidateProblem(3).build(), SelectorTest.threeCandidateProblem(3).build())
        .addEqualityGroup(SelectorTest.threeCandidateProblem(4).build())
        .addEqualityGroup(SelectorTest.threeCandidateProblem(3).requires("a", "b").build())
        .addEqualityGroup(SelectorTest.threeCandidateProblem(3).excludes("a", "b").build())
        .addEqualityGroup(SelectorTest.threeCandidateProblem(3).forceIn("a").build())
        .addEqualityGroup(SelectorTest.threeCandidateProblem(3).forceOut("a").build())
        .addEqualityGroup(SelectorTest.threeCandidateProblem(3).cost("a", 1).build())
        .addEqualityGroup(SelectorTest.threeCandidateProblem(3).distance(DistanceMeasure.EUCLIDEAN).build())
        .addEqualityGroup(SelectorTest.threeCandidateProblem(3).timeLimit(Duration.ofSeconds(1)).build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Prerequisite.of("a", "b"), Prerequisite.of("a", "b"))
        .addEqualityGroup(Prerequisite.of("b", "a"))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Exclusion.of("a", "b"), Exclusion.of("b", "a"))
        .addEqualityGroup(Exclusion.of("a", "c"))
        .testEquals();
  }

  @Test
  void nullsAreRejected() {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(Duration.class, Duration.ofSeconds(1))
        .setDefault(TargetMix.class, TargetMix.of(1, 0, 0, 0))
        .setDefault(dev.facets.api.FacetMix.class, dev.facets.api.FacetMix.uniform())
        .setDefault(Portfolio.class, SelectorTest.threeCandidates())
        .setDefault(SelectionProblem.class, SelectorTest.threeCandidateProblem(3).build());
    tester.testAllPublicStaticMethods(Prerequisite.class);
    tester.testAllPublicStaticMethods(Exclusion.class);
    tester.testAllPublicInstanceMethods(new SelectionProblem.Builder());
    tester.testAllPublicInstanceMethods(SelectorTest.threeCandidateProblem(3).build());
    tester.testAllPublicInstanceMethods(Selector.DEFAULT);
    tester.testAllPublicStaticMethods(Selector.class);
    tester.testAllPublicInstanceMethods(DistanceMeasure.TOTAL_VARIATION);
  }

  @Test
  void linksPrintInTheCommandLineForm() {
    assertEquals("a:b", Prerequisite.of("a", "b").toString());
    assertEquals("a:b", Exclusion.of("a", "b").toString());
    assertEquals("b", Prerequisite.of("a", "b").required());
    assertEquals("a", Prerequisite.of("a", "b").dependent());
  }
}
