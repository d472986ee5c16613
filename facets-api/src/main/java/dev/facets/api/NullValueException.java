package dev.facets.api;

/**
 * A null given to a builder of a facets value type, thrown by the generated builders (see
 * {@link FacetsStyle}) with the field's name as the message. It is an
 * {@link IllegalArgumentException}, as every invalid argument in facets is; callers catch that, so
 * this type stays out of the public API.
 */
final class NullValueException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param field the field the null was given for, as the generated code names it ("name", or
   *     "tags element" for an element of a list)
   */
  NullValueException(String field) {
    super(field + " must not be null");
  }

  /**
   * Checks a container (an optional, a list, a map, an array or an entry) that the generated builder
   * would dereference before it looks at the elements inside.
   *
   * @param <T> the container's type
   * @param value the container
   * @param field the field it was given for
   * @return {@code value}
   * @throws NullValueException if {@code value} is null
   */
  static <T> T check(T value, String field) {
    if (value == null) {
      throw new NullValueException(field);
    }
    return value;
  }
}
