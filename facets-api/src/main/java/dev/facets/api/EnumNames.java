package dev.facets.api;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The names an enum's constants have in files, in JSON and on the command line, and the way back
 * from a name to its constant: the one implementation behind every {@code jsonName()} and
 * {@code parse(String)} of facets.
 *
 * <p>An enum holds one table as a constant and forwards to it, so that each enum states only its
 * naming rule and the field named by its errors:
 *
 * <pre>{@code
 * private static final EnumNames<Stage> NAMES = EnumNames.hyphenated(Stage.class, "stage");
 * public String jsonName() { return NAMES.name(this); }
 * public static Stage parse(String name) { return NAMES.parse(name); }
 * }</pre>
 *
 * <p>Names are computed once, when the table is built, because readers and writers ask for them on
 * every row. A name that is none of the constants' is an {@link InvalidValueException} naming the
 * field and listing the names allowed in declaration order. Public so that the enums of
 * {@code facets-core} and of the command name themselves exactly as the value types do; like
 * {@link Checks}, it is not meant as general-purpose API. This class is immutable and thread-safe.
 *
 * @param <E> the enum
 */
public final class EnumNames<E extends Enum<E>> {
  private final E[] constants;
  private final String[] names;
  private final Map<String, E> byName;
  private final String field;

  private EnumNames(Class<E> type, String field, Function<E, String> rule) {
    this.constants = type.getEnumConstants();
    this.field = Objects.requireNonNull(field, "field");
    this.names = new String[constants.length];
    this.byName = new HashMap<>();
    for (E constant : constants) {
      String name = Objects.requireNonNull(rule.apply(constant), "name");
      names[constant.ordinal()] = name;
      if (byName.put(name, constant) != null) {
        throw new IllegalArgumentException(type.getSimpleName() + " names two constants " + name);
      }
    }
  }

  /**
   * Names in lower case with words joined by hyphens: {@code BOTTOM_UP} is {@code "bottom-up"},
   * {@code STAGE} is {@code "stage"}.
   *
   * @param field the field an unknown name is reported against ({@code "stage"})
   */
  public static <E extends Enum<E>> EnumNames<E> hyphenated(Class<E> type, String field) {
    return new EnumNames<>(type, field, constant -> constant.name().toLowerCase(Locale.ROOT).replace('_', '-'));
  }

  /**
   * Names in lower camel case: {@code SHANNON_ENTROPY} is {@code "shannonEntropy"}, {@code HHI} is
   * {@code "hhi"}.
   *
   * @param field the field an unknown name is reported against ({@code "metric"})
   */
  public static <E extends Enum<E>> EnumNames<E> camelCase(Class<E> type, String field) {
    return new EnumNames<>(type, field, constant -> camel(constant.name()));
  }

  /**
   * Names given by {@code rule}, for an enum whose file names do not follow its constants' names.
   *
   * @param field the field an unknown name is reported against ({@code "mode"})
   * @throws IllegalArgumentException if two constants get the same name
   */
  public static <E extends Enum<E>> EnumNames<E> of(Class<E> type, String field, Function<E, String> rule) {
    return new EnumNames<>(type, field, rule);
  }

  /** The name of {@code constant}. */
  public String name(E constant) {
    return names[constant.ordinal()];
  }

  /**
   * The constant named {@code name}; the inverse of {@link #name}.
   *
   * @throws InvalidValueException if no constant has that name; the message lists the names allowed
   */
  public E parse(String name) {
    Objects.requireNonNull(name, field);
    E constant = byName.get(name);
    return constant != null ? constant : Checks.oneOf(constants, this::name, name, field);
  }

  private static String camel(String constant) {
    StringBuilder name = new StringBuilder();
    for (String word : constant.toLowerCase(Locale.ROOT).split("_")) {
      name.append(name.length() == 0 ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
    }
    return name.toString();
  }
}
