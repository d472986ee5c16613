package dev.facets.examples;

import dev.facets.api.Classification;
import dev.facets.api.Driver;
import dev.facets.api.FacetMix;
import dev.facets.api.Initiative;
import dev.facets.api.Purpose;
import dev.facets.core.classify.ContractClassifier;
import dev.facets.report.Numbers;
import java.io.PrintStream;

/**
 * {@code facets classify} in Java: the facet mix, dominant facet and zone of initiatives whose mix
 * comes from different sources (explicit weights; the Portfolio Exploration Tool's purpose and
 * driver), through {@link ContractClassifier#DEFAULT}, which applies the portfolio file's order of
 * mix sources. Run it: {@code java -cp facets.jar dev.facets.examples.ClassifyExample}.
 */
public final class ClassifyExample {
  private ClassifyExample() {}

  /** Runs the example, printing to standard output. */
  public static void main(String[] args) {
    run(System.out);
  }

  /** Runs the example, printing to {@code out}: one line per initiative. */
  public static void run(PrintStream out) {
    Initiative weighted = new Initiative.Builder()
        .id("weighted").budget(100_000).facets(FacetMix.of(7, 3, 0, 0)).build();
    Initiative mapped = new Initiative.Builder()
        .id("mapped").budget(100_000).purpose(Purpose.MISSION).driver(Driver.EFFICIENCY).build();
    for (Initiative initiative : new Initiative[] {weighted, mapped}) {
      Classification classification = ContractClassifier.DEFAULT.classify(initiative);
      out.println(initiative.id() + ": mix " + mix(classification.mix()) + ", dominant "
          + classification.dominant().jsonName() + ", zone " + classification.zone().jsonName());
    }
  }

  /** A mix as enhancement/mission/adaptive/anticipatory shares. */
  static String mix(FacetMix mix) {
    StringBuilder text = new StringBuilder();
    for (double share : mix.toArray()) {
      text.append(text.length() == 0 ? "" : "/").append(Numbers.fixed(share, 4));
    }
    return text.toString();
  }
}
