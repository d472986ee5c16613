package dev.facets.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The numbers the readers parse without {@link Double#parseDouble} are its numbers bit for bit: the
 * CSV reader's {@link Decimals} and the JSON parser of {@link JsonLimits#factory()} (both Jackson's
 * fast double parser), over generated decimals of every length and exponent, and the hard cases:
 * halfway points between neighbouring doubles and a digit either side, subnormals, the largest and
 * smallest doubles, overflow and underflow. {@link Decimals#isPlain} accepts exactly what the regular
 * expression of its grammar accepts.
 */
class DecimalsProperties {
  private static final long SEED = 1602L;
  private static final Pattern PLAIN = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

  /** Digits, a point somewhere or nowhere, an exponent or none, a sign or none: any length up to 30 digits. */
  static Gen<String> decimals() {
    Gen<String> digits = integers().between(1, 30).zip(longs().all(), longs().all(), (count, a, b) -> {
      String pool = Long.toUnsignedString(a) + Long.toUnsignedString(b) + "0000000000";
      return pool.substring(0, Math.min(count, pool.length()));
    });
    Gen<Integer> point = integers().between(-1, 31);
    Gen<Integer> exponent = integers().between(-400, 400).mix(integers().between(-30, 30), 50);
    Gen<Integer> form = integers().between(0, 7);
    return digits.zip(point, exponent, form, (d, p, e, f) -> {
      String number = p < 0 || p > d.length() ? d : d.substring(0, p) + "." + d.substring(p);
      String sign = (f & 1) == 0 ? "" : "-";
      String exp = (f & 2) == 0 ? "" : (f & 4) == 0 ? "e" + e : e < 0 ? "E" + e : "E+" + e;
      return sign + number + exp;
    });
  }

  /**
   * Decimals at the hardest places: the exact halfway point between a double and the next one up, as
   * a decimal of up to 770 digits, or that decimal cut to 17-20 digits, or nudged by one unit in its
   * last digit.
   */
  static Gen<String> halfways() {
    Gen<Double> values = doubles().any().mix(doubles().between(0, 1e-300), 30).mix(doubles().between(1e300, 1e308), 20)
        .assuming(Double::isFinite);
    return values.zip(integers().between(0, 4), (value, how) -> {
      double x = Math.min(Math.abs(value), Math.nextDown(Double.MAX_VALUE));
      BigDecimal low = new BigDecimal(x);
      BigDecimal half = low.add(new BigDecimal(Math.nextUp(x)).subtract(low).divide(BigDecimal.valueOf(2)));
      String exact = half.toString();
      return switch (how) {
        case 0 -> exact;
        case 1 -> half.round(new java.math.MathContext(17)).toString();
        case 2 -> half.round(new java.math.MathContext(20)).toString();
        case 3 -> half.add(half.ulp()).toString();
        default -> half.subtract(half.ulp()).toString();
      };
    });
  }

  private static final List<String> EDGES = List.of("0", "-0", "0.0", "-0.0", ".5", "5.", "00012.50", "4.9e-324",
      "4.9E-324", "2.4703282292062327e-324", "2.4703282292062328e-324", "2.2250738585072011e-308",
      "2.2250738585072012e-308", "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308",
      "1e309", "1e-400", "9007199254740993", "9007199254740992.5", "0.1", "0.30000000000000004", "1e23", "8.41e21",
      "123456789012345678901234567890", "1" + "0".repeat(300) + "e-300", "0." + "0".repeat(330) + "1");

  @Test
  void decimalsParseAsDoubleParseDoubleDoes() {
    qt().withFixedSeed(SEED).withExamples(20_000).forAll(decimals()).checkAssert(DecimalsProperties::sameAsJdk);
    qt().withFixedSeed(SEED).withExamples(5_000).forAll(halfways()).checkAssert(DecimalsProperties::sameAsJdk);
    qt().withFixedSeed(SEED).forAll(Generate.pick(EDGES)).checkAssert(DecimalsProperties::sameAsJdk);
  }

  private static void sameAsJdk(String text) {
    assertTrue(Decimals.isPlain(text), text);
    assertEquals(Double.doubleToRawLongBits(Double.parseDouble(text)), Double.doubleToRawLongBits(Decimals.parse(text)),
        () -> text + ": " + Double.parseDouble(text) + " vs " + Decimals.parse(text));
  }

  @Test
  void theJsonParserReadsNumbersAsDoubleParseDoubleDoes() {
    // JSON numbers have no '+', no bare point and no leading zeros: the same decimals written so.
    Gen<String> json = decimals().mix(halfways(), 30)
        .map(text -> text.length() > JsonLimits.MAX_NUMBER_LENGTH ? text.substring(0, 300) : text)
        .map(DecimalsProperties::asJson);
    qt().withFixedSeed(SEED).withExamples(10_000).forAll(json).checkAssert(text -> assertEquals(
        Double.doubleToRawLongBits(Double.parseDouble(text)), Double.doubleToRawLongBits(viaJson(text)), text));
  }

  private static String asJson(String decimal) {
    String text = decimal.replace("E+", "e");
    String sign = text.startsWith("-") ? "-" : "";
    text = text.substring(sign.length());
    text = text.startsWith(".") ? "0" + text : text;
    text = text.replace(".e", ".0e").replace(".E", ".0E");
    text = text.endsWith(".") ? text + "0" : text;
    text = text.replaceFirst("^0+(?=\\d)", "");
    return sign + text;
  }

  private static double viaJson(String number) {
    try (JsonParser parser = JsonLimits.factory().createParser("[" + number + "]")) {
      parser.nextToken();
      JsonToken token = parser.nextToken();
      assertTrue(token.isNumeric(), number);
      return parser.getDoubleValue();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void isPlainAcceptsExactlyTheGrammar() {
    Gen<String> texts = Generate.pick(List.of("", "+", "-", ".", "e", "E", "0", "1", "9", "x", " ", "٣", ",", "%"))
        .zip(Generate.pick(List.of("", "+", "-", ".", "e", "E", "0", "5", "9", "a", "d", "\u00A0")), integers()
            .between(0, 6), (a, b, n) -> (a + b).repeat(n % 3 + 1) + (n > 3 ? "e" + b : ""));
    qt().withFixedSeed(SEED).withExamples(20_000).forAll(texts.mix(decimals(), 50)).checkAssert(text ->
        assertEquals(PLAIN.matcher(text).matches(), Decimals.isPlain(text), () -> "'" + text + "'"));
    for (String bad : List.of("NaN", "Infinity", "-Infinity", "0x10", "1d", "1f", " 1", "1 ", "1e", "1e+", ".", "+",
        "--1", "1.2.3", "1,5", "٣")) {
      assertFalse(Decimals.isPlain(bad), bad);
    }
  }
}
