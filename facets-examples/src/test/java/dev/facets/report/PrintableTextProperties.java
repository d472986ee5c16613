package dev.facets.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Every output's last pass: what comes out holds only characters XML 1.0 allows and no control
 * character but tab and line breaks; printable text passes unchanged.
 */
class PrintableTextProperties {
  /** Any UTF-16 sequence, lone surrogates, controls and the two non-characters included. */
  private static Gen<String> anyUnits() {
    Gen<Character> unit = SourceDSL.integers().between(0, 0xFFFF).map(i -> (char) i.intValue())
        .mix(SourceDSL.integers().between(0, 0xA0).map(i -> (char) i.intValue()), 50);
    return SourceDSL.lists().of(unit).ofSizeBetween(0, 40).map(units -> {
      StringBuilder text = new StringBuilder();
      units.forEach(text::append);
      return text.toString();
    });
  }

  /** XML 1.0's Char production, by code point, with controls other than tab and line breaks excluded too. */
  private static boolean printable(int codePoint) {
    if (codePoint == 0x9 || codePoint == 0xA || codePoint == 0xD) {
      return true;
    }
    boolean xml = (codePoint >= 0x20 && codePoint <= 0xD7FF) || (codePoint >= 0xE000 && codePoint <= 0xFFFD)
        || (codePoint >= 0x10000 && codePoint <= 0x10FFFF);
    return xml && !(codePoint >= 0x7F && codePoint <= 0x9F);
  }

  @Test
  void theResultHoldsOnlyPrintableCharacters() {
    qt().withFixedSeed(18L).withExamples(2000).forAll(anyUnits()).checkAssert(text -> {
      String clean = PrintableText.of(text);
      clean.codePoints().forEach(cp -> assertTrue(printable(cp), () -> Integer.toHexString(cp) + " in " + clean));
    });
  }

  @Test
  void printableTextIsLeftAsItIsAndEachBadUnitBecomesItsVisibleEscape() {
    qt().withFixedSeed(18L).withExamples(2000).forAll(anyUnits()).checkAssert(text -> {
      // Rebuild the expected result by code point, independently of the implementation's loop.
      StringBuilder expected = new StringBuilder();
      text.codePoints().forEach(cp -> {
        if (printable(cp)) {
          expected.appendCodePoint(cp);
        } else {
          expected.append(String.format("\\u%04X", cp)); // only single units are ever bad here
        }
      });
      assertEquals(expected.toString(), PrintableText.of(text));
    });
    String fine = "Caf\u00e9 \ud83d\ude00 \u2028 tab\there\nline";
    assertSame(fine, PrintableText.of(fine));
    assertEquals("a\\u001B[2Jb\\u0000c\\u0085d\\uD800e\\uFFFE", PrintableText.of("a\u001b[2Jb\u0000c\u0085d\ud800e\ufffe"));
  }
}
