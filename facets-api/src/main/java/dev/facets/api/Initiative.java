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

  /** {@return the identifier, unique within its portfolio and not blank} */
  public abstract String id();

  /** {@return a readable name} */
  public abstract Optional<String> name();

  /** {@return the budget, finite and {@code >= 0}, in the portfolio's currency} */
  public abstract double budget();

  /** {@return the position on the diamond, when known} */
  public abstract Optional<AxisPosition> position();

  /**
   * Explicit facet weights (normalised), the first source of the facet mix.
   *
   * @return the weights, when given
   */
  public abstract Optional<FacetMix> facets();

  /** {@return what the initiative was created to do (project mapping, first answer)} */
  public abstract Optional<Purpose> purpose();

  /** {@return what pushes it forward (project mapping, second answer)} */
  public abstract Optional<Driver> driver();

  /** {@return the lifecycle stage} */
  public abstract Optional<Stage> stage();

  /** {@return the priority; medium unless given} */
  @Value.Default
  public Priority priority() {
    return Priority.MEDIUM;
  }

  /** {@return the probability that the initiative succeeds, in [0, 1]; 1 unless given} */
  @Value.Default
  public double successProbability() {
    return 1;
  }

  /**
   * {@return the impact if it succeeds, as given; empty when the file or the caller gave none} Kept apart
   * from {@link #impact()} because an impact given as exactly (1, 1, 1) is information (the
   * initiative was valued) while a missing one is not: value-based selection needs every initiative
   * valued and must tell the two apart.
   */
  public abstract Optional<ImpactEstimate> givenImpact();

  /** {@return the impact if it succeeds: the given one, else exactly 1 ({@link ImpactEstimate#UNIT})} */
  public ImpactEstimate impact() {
    return givenImpact().orElse(ImpactEstimate.UNIT);
  }

  /**
   * Free-form tags (themes, units), each non-blank and free of {@code ';'}.
   *
   * @return the tags, in the order given; empty when none
   */
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
   *
   * @return the attributes, key to value, in the order given
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
  public static class Builder {
    private final ImmutableInitiative.Builder generated = ImmutableInitiative.builder();

    /** Creates an empty builder. */
    public Builder() {}

    /**
     * Sets every attribute from a built value: single values are replaced, lists and maps are
     * added to.
     *
     * @param instance the value to copy, not null
     * @return this builder
     */
    public final Builder from(Initiative instance) {
      generated.from(instance);
      return this;
    }

    /**
     * Sets the {@link Initiative#id() id}.
     *
     * @param id the value, not null
     * @return this builder
     */
    public final Builder id(String id) {
      generated.id(id);
      return this;
    }

    /**
     * Sets the optional {@link Initiative#name() name}.
     *
     * @param name the value, not null
     * @return this builder
     */
    public final Builder name(String name) {
      generated.name(name);
      return this;
    }

    /**
     * Sets the optional {@link Initiative#name() name}; an empty optional leaves it absent.
     *
     * @param name the value or empty, not null
     * @return this builder
     */
    public final Builder name(Optional<String> name) {
      generated.name(NullValueException.check(name, "name"));
      return this;
    }

    /**
     * Sets the {@link Initiative#budget() budget}.
     *
     * @param budget the value
     * @return this builder
     */
    public final Builder budget(double budget) {
      generated.budget(budget);
      return this;
    }

    /**
     * Sets the optional {@link Initiative#position() position}.
     *
     * @param position the value, not null
     * @return this builder
     */
    public final Builder position(AxisPosition position) {
      generated.position(position);
      return this;
    }

    /**
     * Sets the optional {@link Initiative#position() position}; an empty optional leaves it absent.
     *
     * @param position the value or empty, not null
     * @return this builder
     */
    public final Builder position(Optional<? extends AxisPosition> position) {
      generated.position(NullValueException.check(position, "position"));
      return this;
    }

    /**
     * Sets the optional {@link Initiative#facets() facets}.
     *
     * @param facets the value, not null
     * @return this builder
     */
    public final Builder facets(FacetMix facets) {
      generated.facets(facets);
      return this;
    }

    /**
     * Sets the optional {@link Initiative#facets() facets}; an empty optional leaves it absent.
     *
     * @param facets the value or empty, not null
     * @return this builder
     */
    public final Builder facets(Optional<? extends FacetMix> facets) {
      generated.facets(NullValueException.check(facets, "facets"));
      return this;
    }

    /**
     * Sets the optional {@link Initiative#purpose() purpose}.
     *
     * @param purpose the value, not null
     * @return this builder
     */
    public final Builder purpose(Purpose purpose) {
      generated.purpose(purpose);
      return this;
    }

    /**
     * Sets the optional {@link Initiative#purpose() purpose}; an empty optional leaves it absent.
     *
     * @param purpose the value or empty, not null
     * @return this builder
     */
    public final Builder purpose(Optional<? extends Purpose> purpose) {
      generated.purpose(NullValueException.check(purpose, "purpose"));
      return this;
    }

    /**
     * Sets the optional {@link Initiative#driver() driver}.
     *
     * @param driver the value, not null
     * @return this builder
     */
    public final Builder driver(Driver driver) {
      generated.driver(driver);
      return this;
    }

    /**
     * Sets the optional {@link Initiative#driver() driver}; an empty optional leaves it absent.
     *
     * @param driver the value or empty, not null
     * @return this builder
     */
    public final Builder driver(Optional<? extends Driver> driver) {
      generated.driver(NullValueException.check(driver, "driver"));
      return this;
    }

    /**
     * Sets the optional {@link Initiative#stage() stage}.
     *
     * @param stage the value, not null
     * @return this builder
     */
    public final Builder stage(Stage stage) {
      generated.stage(stage);
      return this;
    }

    /**
     * Sets the optional {@link Initiative#stage() stage}; an empty optional leaves it absent.
     *
     * @param stage the value or empty, not null
     * @return this builder
     */
    public final Builder stage(Optional<? extends Stage> stage) {
      generated.stage(NullValueException.check(stage, "stage"));
      return this;
    }

    /**
     * Sets the {@link Initiative#priority() priority}.
     *
     * @param priority the value, not null
     * @return this builder
     */
    public final Builder priority(Priority priority) {
      generated.priority(priority);
      return this;
    }

    /**
     * Sets the {@link Initiative#successProbability() successProbability}.
     *
     * @param successProbability the value
     * @return this builder
     */
    public final Builder successProbability(double successProbability) {
      generated.successProbability(successProbability);
      return this;
    }

    /**
     * Sets the optional {@link Initiative#givenImpact() givenImpact}.
     *
     * @param givenImpact the value, not null
     * @return this builder
     */
    public final Builder givenImpact(ImpactEstimate givenImpact) {
      generated.givenImpact(givenImpact);
      return this;
    }

    /**
     * Sets the optional {@link Initiative#givenImpact() givenImpact}; an empty optional leaves it absent.
     *
     * @param givenImpact the value or empty, not null
     * @return this builder
     */
    public final Builder givenImpact(Optional<? extends ImpactEstimate> givenImpact) {
      generated.givenImpact(NullValueException.check(givenImpact, "givenImpact"));
      return this;
    }

    /**
     * Adds one element to {@link Initiative#tags() tags}.
     *
     * @param element the element, not null
     * @return this builder
     */
    public final Builder addTags(String element) {
      generated.addTags(element);
      return this;
    }

    /**
     * Adds elements to {@link Initiative#tags() tags}.
     *
     * @param elements the elements, not null and without nulls
     * @return this builder
     */
    public final Builder addTags(String... elements) {
      generated.addTags(NullValueException.check(elements, "tags"));
      return this;
    }

    /**
     * Replaces the elements of {@link Initiative#tags() tags}.
     *
     * @param elements the elements, not null and without nulls
     * @return this builder
     */
    public final Builder tags(Iterable<String> elements) {
      generated.tags(NullValueException.check(elements, "tags"));
      return this;
    }

    /**
     * Adds elements to {@link Initiative#tags() tags}.
     *
     * @param elements the elements, not null and without nulls
     * @return this builder
     */
    public final Builder addAllTags(Iterable<String> elements) {
      generated.addAllTags(NullValueException.check(elements, "tags"));
      return this;
    }

    /**
     * Puts one entry into {@link Initiative#attributes() attributes}.
     *
     * @param key the key, not null
     * @param value the value, not null
     * @return this builder
     */
    public final Builder putAttributes(String key, String value) {
      generated.putAttributes(key, value);
      return this;
    }

    /**
     * Puts one entry into {@link Initiative#attributes() attributes}.
     *
     * @param entry the entry, not null, with a key and a value
     * @return this builder
     */
    public final Builder putAttributes(Map.Entry<String, ? extends String> entry) {
      generated.putAttributes(NullValueException.check(entry, "attributes entry"));
      return this;
    }

    /**
     * Replaces the entries of {@link Initiative#attributes() attributes}.
     *
     * @param entries the entries, not null and without null keys or values
     * @return this builder
     */
    public final Builder attributes(Map<String, ? extends String> entries) {
      generated.attributes(NullValueException.check(entries, "attributes"));
      return this;
    }

    /**
     * Puts entries into {@link Initiative#attributes() attributes}.
     *
     * @param entries the entries, not null and without null keys or values
     * @return this builder
     */
    public final Builder putAllAttributes(Map<String, ? extends String> entries) {
      generated.putAllAttributes(NullValueException.check(entries, "attributes"));
      return this;
    }


    /**
     * {@return the initiative built from the attributes set so far}
     *
     * @throws IllegalArgumentException if a required attribute is missing or a value is invalid
     */
    public Initiative build() {
      return generated.build();
    }

    /**
     * Gives the impact if it succeeds (the same as {@code givenImpact(impact)}).
     *
     * @param impact the impact estimate, not null
     * @return this builder
     */
    public Builder impact(ImpactEstimate impact) {
      if (impact == null) {
        throw new NullValueException("impact");
      }
      givenImpact(impact);
      return this;
    }
  }
}
