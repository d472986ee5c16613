package dev.facets.examples;

import dev.facets.api.Facet;
import dev.facets.api.FacetMix;
import dev.facets.api.ImpactEstimate;
import dev.facets.api.Initiative;
import dev.facets.api.Portfolio;
import dev.facets.core.select.Selection;
import dev.facets.core.select.SelectionObjective;
import dev.facets.core.select.SelectionProblem;
import dev.facets.core.select.SelectionResult;
import dev.facets.core.select.Selector;
import dev.facets.report.Numbers;
import java.io.PrintStream;

/**
 * {@code facets select} in Java: which whole initiatives to fund within a budget for the largest
 * expected value, through {@link Selector#DEFAULT}. Run it:
 * {@code java -cp facets.jar dev.facets.examples.SelectExample}.
 */
public final class SelectExample {
  /** The budget the selection may spend. */
  static final double BUDGET_LIMIT = 80;

  private SelectExample() {}

  /** Runs the example, printing to standard output. */
  public static void main(String[] args) {
    run(System.out);
  }

  /** Runs the example, printing to {@code out}. */
  public static void run(PrintStream out) {
    SelectionProblem problem = new SelectionProblem.Builder()
        .portfolio(portfolio()).budgetLimit(BUDGET_LIMIT).objective(SelectionObjective.VALUE).build();
    SelectionResult result = Selector.DEFAULT.select(problem);
    Selection best = result.best().orElseThrow();
    out.println("status: " + result.status().jsonName());
    out.println("funded: " + String.join(", ", best.ids()));
    out.println("cost: " + Numbers.fixed(best.cost(), 4));
    out.println("value: " + Numbers.fixed(best.value(), 4));
  }

  /** Three candidates: budget, success probability and three-point impact. */
  static Portfolio portfolio() {
    return new Portfolio.Builder().name("candidates")
        .addInitiatives(candidate("a", 40, 0.5, ImpactEstimate.of(1, 2, 3), Facet.ENHANCEMENT))
        .addInitiatives(candidate("b", 30, 0.9, ImpactEstimate.of(1, 1, 1), Facet.MISSION))
        .addInitiatives(candidate("c", 50, 0.6, ImpactEstimate.of(2, 3, 4), Facet.ADAPTIVE))
        .build();
  }

  private static Initiative candidate(String id, double budget, double probability, ImpactEstimate impact, Facet facet) {
    return new Initiative.Builder().id(id).budget(budget).successProbability(probability).impact(impact)
        .facets(FacetMix.pure(facet)).build();
  }
}
