package dev.facets.core.classify;

import dev.facets.api.Checks;
import dev.facets.api.Classification;
import dev.facets.api.Classifier;
import dev.facets.api.Initiative;
import java.util.ArrayList;
import java.util.List;

/** The contract's source order, behind {@link Classifiers}. Immutable and thread-safe. */
final class ContractClassifier implements Classifier {
  private final GeometricRule rule;

  ContractClassifier(GeometricRule rule) {
    this.rule = rule;
  }

  @Override
  public Classification classify(Initiative initiative) {
    String who = "Initiative " + Checks.quote(initiative.id());
    if (initiative.facets().isPresent()) {
      return withHeader(who + ": its explicit facet weights give the mix; the generalised geometric rule gives the zone.",
          rule.classify(initiative.facets().get()));
    }
    if (initiative.position().isPresent()) {
      return withHeader(who + ": no explicit weights, so its position on the diamond gives the mix and zone.",
          rule.classify(initiative.position().get()));
    }
    // Initiative guarantees a source, so purpose and driver are both here.
    return withHeader(who + ": no explicit weights or position, so the project mapping of its purpose and driver"
        + " gives the mix and zone.",
        ProjectMapping.classify(initiative.purpose().get(), initiative.driver().get()));
  }

  private static Classification withHeader(String header, Classification classification) {
    List<String> lines = new ArrayList<>();
    lines.add(header);
    lines.addAll(classification.explanation());
    return new Classification.Builder().from(classification).explanation(lines).build();
  }

  @Override
  public String toString() {
    return "Classifiers[contract, purity=" + rule.purity() + "]";
  }
}
