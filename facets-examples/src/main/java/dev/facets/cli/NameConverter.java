package dev.facets.cli;

import dev.facets.api.InvalidValueException;
import java.util.function.Function;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads an option value by its file name with the domain's own parser, so a wrong name is a usage
 * error whose message lists the names allowed, and nothing of the exception's class leaks out.
 */
abstract class NameConverter<T> implements ITypeConverter<T> {
  private final Function<String, T> parse;

  NameConverter(Function<String, T> parse) {
    this.parse = parse;
  }

  @Override
  public final T convert(String value) {
    try {
      return parse.apply(value);
    } catch (InvalidValueException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }
}
