package dev.facets.core.compare;

import dev.facets.api.Checks;
import java.util.List;
import java.util.Objects;

/**
 * An initiative present in both snapshots whose fields differ: its id and the names of the fields
 * that changed, as the portfolio file spells them, in the file's order. This class is immutable and
 * thread-safe.
 */
public final class InitiativeChange {
  private final String id;
  private final List<String> fields;

  InitiativeChange(String id, List<String> fields) {
    this.id = Checks.notBlank(id, "id");
    this.fields = List.copyOf(fields);
  }

  /** {@return the initiative's id, as both snapshots spell it} */
  public String id() {
    return id;
  }

  /**
   * {@return the names of the fields that differ ({@code budget}, {@code stage}, ...), as the
   * portfolio file spells them and in its column order; never empty}
   */
  public List<String> fields() {
    return fields;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof InitiativeChange && id.equals(((InitiativeChange) other).id)
        && fields.equals(((InitiativeChange) other).fields);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, fields);
  }

  /** For example {@code InitiativeChange[m-003: budget, stage]}. */
  @Override
  public String toString() {
    return "InitiativeChange[" + id + ": " + String.join(", ", fields) + "]";
  }
}
