package dev.facets.core.score;

import dev.facets.api.Checks;
import dev.facets.api.Initiative;
import dev.facets.core.classify.InitiativeZones;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What to group a portfolio by: an initiative's {@code stage}, {@code priority}, {@code zone}, its
 * {@code tag}s, or the value of one of its attributes.
 *
 * <p>A group's name is the file's spelling of the value ({@code implement}, {@code high},
 * {@code sustaining}, the tag, the attribute's text). An initiative without a value (no stage, no
 * tag, the attribute absent) falls in the group without a name, written {@code null} in JSON, so the
 * groups always cover the whole portfolio. Under {@code tag} an initiative counts in the group of
 * each of its tags (a tag given twice counts once), so groups may overlap and their weights then sum
 * to more than the portfolio's. This class is immutable and thread-safe.
 */
public final class GroupKey {
  private static final String STAGE = "stage";
  private static final String PRIORITY = "priority";
  private static final String ZONE = "zone";
  private static final String TAG = "tag";

  private final String name;
  private final boolean attribute;

  private GroupKey(String name, boolean attribute) {
    this.name = name;
    this.attribute = attribute;
  }

  /** {@return the key by lifecycle stage; initiatives without a stage form the unnamed group} */
  public static GroupKey stage() {
    return new GroupKey(STAGE, false);
  }

  /** {@return the key by priority (every initiative has one: medium unless given)} */
  public static GroupKey priority() {
    return new GroupKey(PRIORITY, false);
  }

  /** {@return the key by zone, as the contract derives it from the initiative's mix source} */
  public static GroupKey zone() {
    return new GroupKey(ZONE, false);
  }

  /**
   * {@return the key by tag: an initiative counts in each of its tags' groups, and one without
   * tags in the unnamed group}
   */
  public static GroupKey tag() {
    return new GroupKey(TAG, false);
  }

  /**
   * By the value of an attribute (a column of the register beyond the contract's, such as
   * {@code unit}).
   *
   * @param name the attribute's name, as the register spells it; not blank. A contract field's name
   *     ({@code stage}) is read as an attribute of that name here, unlike in {@link #parse}
   * @return the key
   * @throws dev.facets.api.InvalidValueException if the name is blank
   */
  public static GroupKey attribute(String name) {
    return new GroupKey(Checks.notBlank(name, "attribute"), true);
  }

  /**
   * The key a command line names: {@code stage}, {@code priority}, {@code zone}, {@code tag}, and any
   * other name is an attribute.
   *
   * @param name the name as typed, case-sensitive, not blank
   * @return the key
   * @throws dev.facets.api.InvalidValueException if the name is blank
   */
  public static GroupKey parse(String name) {
    Checks.notBlank(name, "group key");
    return switch (name) {
      case STAGE, PRIORITY, ZONE, TAG -> new GroupKey(name, false);
      default -> attribute(name);
    };
  }

  /**
   * {@return the key's name: {@code stage}, {@code priority}, {@code zone}, {@code tag}, or the
   * attribute's name}
   */
  public String name() {
    return name;
  }

  /** {@return whether this key reads an attribute rather than a field of the contract} */
  public boolean isAttribute() {
    return attribute;
  }

  /**
   * The groups an initiative belongs to, without repeats: one for every key but {@code tag}, which
   * gives one per distinct tag; an empty optional is the group of initiatives without a value.
   *
   * @param initiative the initiative, not null
   * @return at least one group, in the order of the initiative's tags under {@code tag}
   */
  List<Optional<String>> groupsOf(Initiative initiative) {
    Objects.requireNonNull(initiative, "initiative");
    if (attribute) {
      return List.of(Optional.ofNullable(initiative.attributes().get(name)));
    }
    return switch (name) {
      case STAGE -> List.of(initiative.stage().map(stage -> stage.jsonName()));
      case PRIORITY -> List.of(Optional.of(initiative.priority().jsonName()));
      case ZONE -> List.of(Optional.of(InitiativeZones.of(initiative).jsonName()));
      default -> tags(initiative);
    };
  }

  private static List<Optional<String>> tags(Initiative initiative) {
    if (initiative.tags().isEmpty()) {
      return List.of(Optional.empty());
    }
    Set<String> distinct = new LinkedHashSet<>(initiative.tags());
    List<Optional<String>> groups = new ArrayList<>(distinct.size());
    for (String tag : distinct) {
      groups.add(Optional.of(tag));
    }
    return groups;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof GroupKey && name.equals(((GroupKey) other).name)
        && attribute == ((GroupKey) other).attribute;
  }

  @Override
  public int hashCode() {
    return 31 * name.hashCode() + Boolean.hashCode(attribute);
  }

  /** For example {@code GroupKey[stage]} or {@code GroupKey[attribute unit]}. */
  @Override
  public String toString() {
    return "GroupKey[" + (attribute ? "attribute " : "") + name + "]";
  }
}
