package dev.facets.cli;

import java.util.List;

/**
 * The contract's JSON names that several command tests check outputs against, written out here
 * rather than taken from the engines' enums, so that a renamed constant fails the tests.
 */
final class ContractNames {
  /** The four facets, in the contract's order. */
  static final List<String> FACETS = List.of("enhancement", "mission", "adaptive", "anticipatory");
  /** The nine balance indices, in the contract's order. */
  static final List<String> BALANCE = List.of("variety", "shannonEntropy", "evenness", "hhi",
      "normalizedHhi", "giniSimpson", "effectiveFacets", "shannonEffectiveFacets", "raoStirling");

  private ContractNames() {}
}
