package dev.facets.core.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * The one Jackson setup of facets, with deliberate limits on what a file may make the reader do.
 *
 * <p>facets files nest four levels at most, so a nesting depth of {@value #MAX_NESTING_DEPTH} already
 * is generous and stops a hostile 10^5-deep file before it costs stack; no name, id or tag needs more
 * than {@value #MAX_STRING_LENGTH} characters, so a 100 MB string is refused before it is held; and
 * no finite double needs more than {@value #MAX_NUMBER_LENGTH} digits; and the longest key of the
 * formats has 18 characters, so {@value #MAX_NAME_LENGTH} leaves room for any typo while keeping an
 * error that quotes an unknown key on one readable line. Jackson checks string and name lengths as
 * its buffers grow, so an over-long value is refused after about a buffer beyond the limit, never
 * held whole. Duplicate keys are errors, not silently overwritten. {@code SECURITY.md} documents
 * these limits.
 *
 * <p>Numbers are parsed by the fast double parser Jackson ships (an Eisel-Lemire parser with an exact
 * fallback): the same double as {@link Double#parseDouble} for every decimal (a property checks it),
 * several times faster on the 17-digit numbers that written doubles have, and without a string
 * per number.
 *
 * <p>Written JSON escapes, beyond the control characters JSON itself requires escaped, DEL and the C1
 * controls (a terminal may act on U+009B), the line and paragraph separators, U+FFFE and U+FFFF, and
 * every surrogate (so that a lone one, which UTF-8 cannot encode, survives as {@code \ud800} instead
 * of becoming a question mark): the JSON stays exact and never holds a character that drives a
 * terminal or breaks a consumer. The factory is immutable once built and thread-safe.
 */
public final class JsonLimits {
  /** The deepest nesting of objects and arrays accepted. */
  public static final int MAX_NESTING_DEPTH = 32;
  /** The longest string accepted, in characters. */
  public static final int MAX_STRING_LENGTH = 100_000;
  /** The longest number accepted, in characters. */
  public static final int MAX_NUMBER_LENGTH = 400;
  /** The longest key accepted, in characters. */
  public static final int MAX_NAME_LENGTH = 200;

  private static final JsonFactory FACTORY = new JsonFactoryBuilder()
      .characterEscapes(new PrintableEscapes())
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(MAX_NESTING_DEPTH)
          .maxStringLength(MAX_STRING_LENGTH)
          .maxNumberLength(MAX_NUMBER_LENGTH)
          .maxNameLength(MAX_NAME_LENGTH)
          .build())
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
      .build();

  private JsonLimits() {}

  /**
   * {@return the JSON factory every facets reader and writer uses, with the limits and escapes
   * described above; shared, and thread-safe as Jackson's factories are}
   */
  public static JsonFactory factory() {
    return FACTORY;
  }

  /** The escapes described above: JSON's standard ones plus the non-printable characters beyond ASCII. */
  private static final class PrintableEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private static final int[] ASCII = CharacterEscapes.standardAsciiEscapesForJSON();

    static {
      ASCII[0x7F] = CharacterEscapes.ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ASCII;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      boolean escape = (ch >= 0x80 && ch <= 0x9F) || ch == 0x2028 || ch == 0x2029 || (ch >= 0xD800 && ch <= 0xDFFF)
          || ch == 0xFFFE || ch == 0xFFFF;
      return escape ? new SerializedString(String.format(java.util.Locale.ROOT, "\\u%04x", ch)) : null;
    }
  }
}
