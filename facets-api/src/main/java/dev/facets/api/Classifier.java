package dev.facets.api;

/**
 * Turns an initiative into its facet mix, dominant facet and zone, with an explanation a person can
 * check.
 *
 * <p>The engines in {@code facets-core} supply the contract's classifier (explicit facets, else the
 * geometric rule, else the project mapping) and an evidence-based one; a caller may plug in its own,
 * for instance one fitted to its own register. Implementations must be stateless or immutable, so
 * that one classifier can be shared by threads.
 */
@FunctionalInterface
public interface Classifier {
  /**
   * Classifies one initiative.
   *
   * @throws IllegalArgumentException if this classifier cannot classify the initiative, naming the
   *     initiative and what is missing
   * @param initiative the initiative, not null
   * @return its classification, never null
   */
  Classification classify(Initiative initiative);
}
