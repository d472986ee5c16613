package dev.facets.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** {@link Checks#oneLine}: what a hostile text becomes in a one-line error message. */
class ChecksOneLineTest {
  @Test
  void lineBreaksOfEveryKindBecomeSpaces() {
    assertEquals("a b c d e f", Checks.oneLine("a\nb\rc\u0085d\u2028e\u2029f"));
    assertEquals("x  y", Checks.oneLine("x\r\ny"));
  }

  @Test
  void otherControlCharactersBecomeVisibleEscapes() {
    assertEquals("\\u001B[2Jcleared\\u0000\\u007F\\u009B", Checks.oneLine("\u001b[2Jcleared\u0000\u007f\u009b"));
  }

  @Test
  void ordinaryTextIsReturnedAsItIs() {
    String text = "initiatives[3].budget must be finite and >= 0, got -5.0 \t é ☃ 日本";
    assertSame(text, Checks.oneLine(text));
    assertEquals("", Checks.oneLine(""));
  }
}
