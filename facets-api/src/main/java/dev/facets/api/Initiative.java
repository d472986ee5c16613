package dev.facets.api;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One innovation initiative (project, programme, experiment) of a portfolio, with every field of the
 * portfolio file.
 *
 * <p>Only {@code id} and {@code budget} are required, but an initiative must say where its facet mix
 * comes from: explicit {@link #facets()} weights, else a {@link #position()} on the diamond, else a
 * {@link #purpose()} together with a {@link #driver()} (the Portfolio Exploration Tool's project
 * mapping). How each source turns into a mix is the classifier's business, in {@code facets-core};
 * this type only guarantees that one source is there. Build with {@code new Initiative.Builder()}.
 * This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Initiative {
  Initiative() {}

  /** The identifier, unique within its portfolio and not blank. */
  public abstract String id();

  /** A readable name. */
  public abstract Optional<String> name();

  /** The budget, finite and {@code >= 0}, in the portfolio's currency. */
  public abstract double budget();

  /** The position on the diamond, when known. */
  public abstract Optional<AxisPosition> position();

  /** Explicit facet weights (normalised), the first source of the facet mix. */
  public abstract Optional<FacetMix> facets();

  /** What the initiative was created to do (project mapping, first answer). */
  public abstract Optional<Purpose> purpose();

  /** What pushes it forward (project mapping, second answer). */
  public abstract Optional<Driver> driver();

  /** The lifecycle stage. */
  public abstract Optional<Stage> stage();

  /** The priority; medium unless given. */
  @Value.Default
  public Priority priority() {
    return Priority.MEDIUM;
  }

  /** The probability that the initiative succeeds, in [0, 1]; 1 unless given. */
  @Value.Default
  public double successProbability() {
    return 1;
  }

  /**
   * The impact if it succeeds, as given; empty when the file or the caller gave none. Kept apart
   * from {@link #impact()} because an impact given as exactly (1, 1, 1) is information (the
   * initiative was valued) while a missing one is not: value-based selection needs every initiative
   * valued and must tell the two apart.
   */
  public abstract Optional<ImpactEstimate> givenImpact();

  /** The impact if it succeeds: the given one, else exactly 1 ({@link ImpactEstimate#UNIT}). */
  public ImpactEstimate impact() {
    return givenImpact().orElse(ImpactEstimate.UNIT);
  }

  /** Free-form tags (themes, units), each non-blank and free of {@code ';'}. */
  public abstract List<String> tags();

  /**
   * Free-form attributes the register keeps beside the contract's fields (unit, owner, start date):
   * non-blank keys to non-blank text, in the order given (a file's column or key order), which is
   * the order writers put them back in. Insertion order rather than sorted because the order of a
   * register's columns is its keeper's, and a round trip should not reshuffle it; equality ignores
   * order, as for any map. A blank value is refused rather than kept: a spreadsheet cannot tell an
   * empty cell from a missing attribute, so it leaves the key out. A key may not be a portfolio file
   * column nor a near miss of one ({@code Budget}, {@code budgte}; see {@link Checks#nearMiss}): in
   * a spreadsheet such a column is taken for a typo, so the attribute could not round-trip.
   */
  public abstract Map<String, String> attributes();

  /** Whether the facet mix can be derived: facets, or position, or purpose together with driver. */
  private boolean hasMixSource() {
    return facets().isPresent() || position().isPresent()
        || (purpose().isPresent() && driver().isPresent());
  }

  @Value.Check
  void check() {
    Checks.notBlank(id(), "id");
    name().ifPresent(name -> Checks.notBlank(name, "name"));
    Checks.finiteNonNegative(budget(), "budget");
    Checks.probability(successProbability(), "successProbability");
    for (int i = 0; i < tags().size(); i++) {
      String tag = Checks.notBlank(tags().get(i), "tags[" + i + "]");
      if (tag.indexOf(';') >= 0) {
        throw new InvalidValueException("tags[" + i + "]", Checks.quote(tag), "not contain ';'");
      }
    }
    attributes().forEach(Initiative::checkAttribute);
    if (!hasMixSource()) {
      throw new InvalidValueException(
          "facets", "nothing",
          "be given (or a position, or a purpose with a driver) so that initiative "
              + Checks.quote(id()) + " has a facet mix");
    }
  }

  /**
   * The columns of a portfolio file (nested keys flattened), which an attribute's key must keep
   * clear of; the file readers and writers use the same names.
   */
  private static final List<String> FILE_COLUMNS = List.of("id", "name", "budget", "position.uncertainty",
      "position.directedness", "facets.enhancement", "facets.mission", "facets.adaptive", "facets.anticipatory",
      "purpose", "driver", "stage", "priority", "successProbability", "impact.low", "impact.mode", "impact.high",
      "tags");

  private static void checkAttribute(String key, String value) {
    if (key.isBlank()) {
      throw new InvalidValueException("attributes", Checks.quote(key), "have non-blank keys");
    }
    if (FILE_COLUMNS.contains(key)) {
      throw new InvalidValueException("attributes", Checks.quote(key),
          "have keys that are not fields of the portfolio file");
    }
    Checks.nearMiss(key, FILE_COLUMNS).ifPresent(column -> {
      throw new InvalidValueException("attributes", Checks.quote(key), "have keys that are not near misses of a"
          + " portfolio file column (a spreadsheet would take this one for a typo of " + column + ")");
    });
    Checks.notBlank(value, "attributes." + key);
  }

  /** Builds an {@link Initiative}; {@code id}, {@code budget} and a mix source are required. */
  public static class Builder extends ImmutableInitiative.Builder {
    /** Gives the impact if it succeeds (the same as {@code givenImpact(impact)}). */
    public Builder impact(ImpactEstimate impact) {
      givenImpact(impact);
      return this;
    }
  }
}
