package dev.facets.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** Escaping properties: nothing a user writes can become markup, and nothing written is lost. */
class EscapeProperties {
  /** Strings rich in the characters that are markup somewhere. */
  private static Gen<String> texts() {
    Gen<String> special = SourceDSL.integers().between(0, 24)
        .map(i -> String.valueOf("<>&\"'`*_[]()|~!#\\\n\r -.aZ9".charAt(i)));
    return SourceDSL.lists().of(SourceDSL.strings().basicLatinAlphabet().ofLengthBetween(0, 3).mix(special, 60))
        .ofSizeBetween(0, 30).map(parts -> String.join("", parts));
  }

  @Test
  void htmlLeavesNoMarkupAndUnescapesToTheOriginal() {
    qt().withFixedSeed(20261126L).forAll(texts()).checkAssert(text -> {
      String escaped = Escape.html(text);
      assertFalse(escaped.contains("<") || escaped.contains(">") || escaped.contains("\"") || escaped.contains("'"), escaped);
      assertEquals(text, escaped.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
          .replace("&amp;", "&"));
    });
  }

  @Test
  void markdownBackslashesEverySpecialCharacterAndKeepsTheRest() {
    qt().withFixedSeed(20261126L).forAll(texts()).checkAssert(text -> {
      String escaped = Escape.markdown(text);
      StringBuilder unescaped = new StringBuilder();
      for (int i = 0; i < escaped.length(); i++) {
        char c = escaped.charAt(i);
        assertFalse(c == '\n' || c == '\r', "no line break survives");
        if ("\\`*_[]<>|~&".indexOf(c) >= 0) {
          assertEquals('\\', c, "an unescaped special character in " + escaped);
          i++;
          unescaped.append(escaped.charAt(i));
        } else {
          unescaped.append(c);
        }
      }
      assertEquals(text.replace('\r', ' ').replace('\n', ' '), unescaped.toString());
    });
  }
}
